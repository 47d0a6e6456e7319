"""People on the fake Discord: they write, run slash commands, press buttons and react."""

from __future__ import annotations

import secrets
from typing import Any

from tests.e2e.discord.fake import FakeDiscord
from tests.e2e.discord.interactions import Interaction
from tests.e2e.discord.world import Account, Json


class Person:
    """Someone who talks to the bot, in a DM or in the server's channels and threads."""

    def __init__(self, fake: FakeDiscord, name: str) -> None:
        self.fake = fake
        self.account = Account(fake.world.snowflake(), name)
        fake.accounts[self.account.id] = self.account

    @property
    def id(self) -> int:
        return self.account.id

    @property
    def dm(self) -> int:
        """This person's DM channel with the bot."""
        with self.fake.changed:
            return int(self.fake.world.dm_channel(self.account)["id"])

    def say(
        self,
        channel_id: int,
        text: str,
        *,
        mention: bool = False,
        reply_to: Json | None = None,
        picture: bool = False,
    ) -> Json:
        """Writes a message (MESSAGE_CREATE), mentioning the bot, replying, with a picture."""
        bot = self.fake.world.bot
        extra: Json = {}
        if picture:
            extra["attachments"] = [
                {
                    "id": str(self.fake.world.snowflake()),
                    "filename": "us.jpg",
                    "size": 1000,
                    "url": "https://cdn.discordapp.com/attachments/1/2/us.jpg",
                    "proxy_url": "https://media.discordapp.net/attachments/1/2/us.jpg",
                    "content_type": "image/jpeg",
                }
            ]
        if mention:
            text = f"<@{bot.id}> {text}"
            extra["mentions"] = [bot.payload()]
        if reply_to is not None:
            extra["type"] = 19
            extra["message_reference"] = {
                "message_id": reply_to["id"],
                "channel_id": reply_to["channel_id"],
                "type": 0,
            }
            extra["referenced_message"] = reply_to
        message = self.fake.world.message(channel_id, self.account, text, **extra)
        self.fake.store(message)
        self.fake.run(self.fake.gateway.dispatch("MESSAGE_CREATE", message))
        return message

    def start_thread(self, name: str) -> int:
        """Opens a public thread of one's own in the server channel (THREAD_CREATE)."""
        world = self.fake.world
        thread = world.thread(world.channel_id, name, 11, self.id)
        self.fake.run(self.fake.gateway.dispatch("THREAD_CREATE", thread | {"newly_created": True}))
        return int(thread["id"])

    def slash(self, channel_id: int, name: str, **options: str) -> Interaction:
        """Runs a slash command (INTERACTION_CREATE, type 2) with string options."""
        command = self._command(name)
        data: Json = {
            "id": command["id"],
            "name": name,
            "type": 1,
            "options": [{"name": k, "type": 3, "value": v} for k, v in options.items()],
        }
        if "guild_id" in command:
            data["guild_id"] = command["guild_id"]
        return self._interact(2, channel_id, data)

    def click(self, message: Json, label: str) -> Interaction:
        """Presses the button whose label starts with `label` (INTERACTION_CREATE, type 3)."""
        custom_id = button(message, label)["custom_id"]
        data = {"custom_id": custom_id, "component_type": 2}
        return self._interact(3, int(message["channel_id"]), data, message=message)

    def press(self, message: Json, custom_id: str) -> Interaction:
        """Presses a button with any custom id, on a copy of the message that carries it.

        Discord only reports presses of buttons a message has; this stands for a message
        whose buttons name things that are gone, or that some other version of the bot sent.
        """
        row = {
            "type": 1,
            "components": [{"type": 2, "style": 2, "label": "?", "custom_id": custom_id}],
        }
        return self.click(message | {"components": [row]}, "?")

    def react(self, message: Json, emoji: str) -> None:
        """Adds a reaction (MESSAGE_REACTION_ADD)."""
        event: Json = {
            "user_id": str(self.id),
            "channel_id": message["channel_id"],
            "message_id": message["id"],
            "message_author_id": message["author"]["id"],
            "emoji": {"id": None, "name": emoji},
            "burst": False,
            "type": 0,
        }
        if "guild_id" in message:
            event["guild_id"] = message["guild_id"]
            event["member"] = self.account.member()
        self.fake.run(self.fake.gateway.dispatch("MESSAGE_REACTION_ADD", event))

    def _command(self, name: str) -> Json:
        for commands in self.fake.commands.values():
            for command in commands:
                if command["name"] == name:
                    return command
        raise AssertionError(f"/{name} was never synced")

    def _interact(self, kind: int, channel_id: int, data: Json, **extra: Any) -> Interaction:
        world = self.fake.world
        channel = world.channels[channel_id]
        interaction = Interaction(world.snowflake(), secrets.token_urlsafe(16), kind, channel_id)
        payload: Json = {
            "id": str(interaction.id),
            "application_id": str(world.app_id),
            "type": kind,
            "token": interaction.token,
            "version": 1,
            "data": data,
            "channel_id": str(channel_id),
            "channel": channel,
            "locale": "en-GB",
            "app_permissions": "0",
            "attachment_size_limit": 10 * 1024 * 1024,
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(world.guild_id)},
            "context": 0 if world.in_guild(channel_id) else 1,
            **extra,
        }
        if world.in_guild(channel_id):
            payload |= {"guild_id": str(world.guild_id), "guild_locale": "en-US"}
            payload["member"] = self.account.member()
        else:
            payload["user"] = self.account.payload()
        self.fake.interactions.add(interaction)
        self.fake.run(self.fake.gateway.dispatch("INTERACTION_CREATE", payload))
        return interaction


def buttons(message: Json) -> list[Json]:
    """Every button of a message, row by row."""
    return [b for row in message.get("components", []) for b in row.get("components", [])]


def button(message: Json, label: str) -> Json:
    """The button whose label starts with `label`."""
    for candidate in buttons(message):
        if candidate.get("label", "").startswith(label):
            return candidate
    raise AssertionError(f"no {label!r} button in {buttons(message)}")
