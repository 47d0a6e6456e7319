"""Discord messages and interactions, built by discord.py from generated payloads.

Messages go through the adapter's real handler (`DiscordHandlers.on_message`) on real
discord.py channels whose HTTP client is a fake that records what would be posted; the core
runs on in-memory fakes. Slash commands and button presses are real `discord.Interaction`s,
turned into the core's input by the adapter's own functions.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import discord
from hypothesis import given
from hypothesis import strategies as st

from adapters.discord import parse
from adapters.discord.app import intents
from adapters.discord.commands import command_text
from adapters.discord.handlers import DiscordHandlers
from adapters.discord.messenger import DmChannels
from adapters.discord.render import MAX_LABEL, parts
from core import texts
from tests.fakes import InMemoryStore
from tests.properties import inputs
from tests.properties.checks import assert_fine_reply, assert_stored_once_if_text, units
from tests.properties.conftest import EXAMPLES, Coach, Run, ran_every_example

BOT_ID, SAM_ID, GUILD_ID, CHANNEL_ID, DM_ID, THREAD_ID = 999, 100, 500, 600, 700, 800
MESSAGE_ID = 4242
Json = dict[str, Any]


def account(user_id: int, name: str, *, bot: bool = False) -> Json:
    return {
        "id": str(user_id),
        "username": name.lower(),
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
    }


BOT = account(BOT_ID, "Amora", bot=True)
SAM = account(SAM_ID, "Sam")


class FakeHttp:
    """discord.py's HTTP client as the adapter uses it: posts are recorded, never sent."""

    _HTTPClient__session = None  # what an Interaction reads as its aiohttp session

    def __init__(self) -> None:
        self.posted: list[tuple[int, Json]] = []
        self.typing = 0
        self._ids = itertools.count(9000)

    async def send_message(self, channel_id: int, *, params: Any) -> Json:
        payload = params.payload
        if payload is None:  # with files, the message travels as multipart "payload_json"
            form = {part["name"]: part["value"] for part in params.multipart}
            payload = json.loads(form["payload_json"])
        self.posted.append((int(channel_id), payload | {"files": params.files or []}))
        return message_payload(str(channel_id), "", BOT, message_id=next(self._ids))

    async def send_typing(self, channel_id: int) -> None:
        self.typing += 1

    async def start_private_message(self, user_id: int) -> Json:
        return {"id": str(DM_ID), "type": 1, "recipients": [SAM]}

    async def start_thread_without_message(self, channel_id: int, **fields: Any) -> Json:
        return thread_payload(next(self._ids), fields.get("name", "…"))

    async def add_user_to_thread(self, channel_id: int, user_id: int) -> None:
        return None


def message_payload(channel_id: str, content: str, author: Json, *, message_id: int) -> Json:
    return {
        "id": str(message_id),
        "channel_id": channel_id,
        "author": author,
        "content": content,
        "timestamp": "2026-03-02T10:00:00+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": False,
        "type": 0,
    }


def thread_payload(thread_id: int, name: str) -> Json:
    return {
        "id": str(thread_id),
        "guild_id": str(GUILD_ID),
        "parent_id": str(CHANNEL_ID),
        "owner_id": str(BOT_ID),
        "name": name,
        "type": 12,
        "message_count": 0,
        "member_count": 1,
        "rate_limit_per_user": 0,
        "last_message_id": None,
        "flags": 0,
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": 10080,
            "archive_timestamp": "2026-03-02T10:00:00+00:00",
            "locked": False,
        },
    }


class World:
    """A logged-in bot's view: its user, one server with a channel, Sam's DM, a thread."""

    def __init__(self) -> None:
        self.client = discord.Client(intents=intents(message_content=True))
        self.http = FakeHttp()
        state = self.state = self.client._connection
        state.http = self.http  # type: ignore[assignment]
        state.user = discord.ClientUser(state=state, data=BOT)  # type: ignore[arg-type]
        guild = discord.Guild(
            data={"id": str(GUILD_ID), "name": "Us", "channels": [], "roles": []},  # type: ignore[typeddict-item]
            state=state,
        )
        self.channels: dict[str, discord.abc.Messageable] = {
            "dm": discord.DMChannel(
                me=state.user,
                state=state,
                data={"id": str(DM_ID), "type": 1, "recipients": [SAM]},  # type: ignore[typeddict-item]
            ),
            "channel": discord.TextChannel(
                state=state,
                guild=guild,
                data={  # type: ignore[typeddict-item]
                    "id": str(CHANNEL_ID),
                    "type": 0,
                    "name": "relationships",
                    "position": 0,
                    "permission_overwrites": [],
                },
            ),
            "thread": discord.Thread(
                guild=guild,
                state=state,
                data=thread_payload(THREAD_ID, "Trust"),  # type: ignore[arg-type]
            ),
        }
        guild._add_channel(self.channels["channel"])  # type: ignore[arg-type]
        state._add_guild(guild)

    def message(self, where: str, payload: Json) -> discord.Message:
        channel = self.channels[where]
        return discord.Message(state=self.state, channel=channel, data=payload)  # type: ignore[arg-type]


@st.composite
def message_payloads(draw: st.DrawFn) -> tuple[str, Json]:
    """A person's message in their DM, a server channel or a thread; maybe naming the bot."""
    where = draw(st.sampled_from(["dm", "channel", "thread"]))
    text = draw(inputs.messages(surrogates=True))
    channel_id = {"dm": DM_ID, "channel": CHANNEL_ID, "thread": THREAD_ID}[where]
    payload = message_payload(str(channel_id), text, SAM, message_id=MESSAGE_ID)
    if where != "dm":
        payload["guild_id"] = str(GUILD_ID)
        payload["member"] = {"roles": [], "joined_at": "2026-01-01T00:00:00+00:00"}
        if draw(st.booleans()):
            payload["content"] = draw(st.sampled_from([f"<@{BOT_ID}> ", f"<@!{BOT_ID}>"])) + text
            payload["mentions"] = [BOT]
    if draw(st.integers(0, 9)) == 0:
        payload["attachments"] = [
            {"id": "1", "filename": "a.png", "size": 10, "url": "https://x/a.png", "proxy_url": "x"}
        ]
    payload["type"] = draw(st.sampled_from([0, 0, 0, 19, 7]))  # default, reply, a join
    return where, payload


def assert_posts_fit(http: FakeHttp) -> None:
    """Every post has content or a file, within Discord's limits, and pings nobody."""
    for _, post in http.posted:
        content = post.get("content") or ""
        assert content.strip() or post["files"], "an empty message"
        assert units(content) <= 2000
        assert post["allowed_mentions"]["parse"] == []  # no @everyone, no roles, no users
        for row in post.get("components") or []:
            for button in row["components"]:
                assert len(button["custom_id"]) <= 100 and 0 < len(button["label"]) <= MAX_LABEL


def test_any_message_is_handled_without_error_and_stored_at_most_once(
    coach: Coach, run: Run
) -> None:
    world = World()

    @EXAMPLES
    @given(generated=message_payloads())
    def check(generated: tuple[str, Json]) -> None:
        where, payload = generated
        store = InMemoryStore()
        world.http.posted.clear()
        handlers = DiscordHandlers(coach(store), world.client, DmChannels())

        run(handlers.on_message(world.message(where, payload)))
        first = list(world.http.posted)
        run(handlers.on_message(world.message(where, payload)))  # a resumed gateway replays

        assert_posts_fit(world.http)
        spoken_to = where == "dm" or payload["mentions"]
        if payload["type"] == 7 or not spoken_to:  # a join; talk among people in a server
            assert store.messages == {} and world.http.posted == []
            return
        text = parse.text_of(world.message(where, payload), BOT_ID)
        assert_stored_once_if_text(store, text, str(MESSAGE_ID))
        assert first, "the person was left without an answer"
        if not text.strip():
            said = [p.get("content") for _, p in first]
            assert said in ([texts.EMPTY], [discord.utils.escape_markdown(texts.NON_TEXT)])

    ran_every_example(check)


SLASH = ["newsession", "rename", "followup", "timezone", "sessions", "stats", "export", "nope"]


@st.composite
def interactions(draw: st.DrawFn) -> tuple[Json, str]:
    """A slash command with typed options, or a press of any custom id, in a DM or a server."""
    in_dm = draw(st.booleans())
    payload: Json = {
        "id": "1",
        "application_id": str(BOT_ID),
        "token": "t",
        "version": 1,
        "attachment_size_limit": 8 << 20,
        "locale": draw(st.sampled_from(["en-US", "de", "ar"])),
        "channel_id": str(DM_ID if in_dm else CHANNEL_ID),
        "channel": {"id": str(DM_ID if in_dm else CHANNEL_ID), "type": 1 if in_dm else 0},
    }
    if in_dm:
        payload["user"] = SAM
    else:
        payload["guild_id"] = str(GUILD_ID)
        payload["member"] = {
            "user": SAM,
            "roles": [],
            "joined_at": "2026-01-01T00:00:00+00:00",
            "flags": 0,
        }
        payload["member"] |= {"deaf": False, "mute": False, "permissions": "0"}
        payload["channel"] |= {"guild_id": str(GUILD_ID), "name": "relationships"}
    if draw(st.booleans()):
        name = draw(st.sampled_from(SLASH))
        options = draw(st.lists(inputs.arguments(surrogates=True), max_size=2))
        payload["type"] = 2
        payload["data"] = {
            "id": "5",
            "name": name,
            "type": 1,
            "options": [{"name": f"o{n}", "type": 3, "value": v} for n, v in enumerate(options)],
        }
        return payload, command_text(name, *options)
    custom_id = draw(inputs.action_ids())
    payload["type"] = 3
    payload["data"] = {"custom_id": custom_id, "component_type": 2}
    return payload, custom_id


def test_any_command_option_or_custom_id_gets_a_fitting_answer(coach: Coach, run: Run) -> None:
    world = World()

    @EXAMPLES
    @given(generated=interactions())
    def check(generated: tuple[Json, str]) -> None:
        payload, typed = generated
        interaction = discord.Interaction(data=payload, state=world.state)  # type: ignore[arg-type]
        address = parse.address_of(interaction.channel)
        assert address is not None
        incoming = parse.from_interaction(interaction, address, "")
        amora = coach(InMemoryStore())

        if interaction.type is discord.InteractionType.application_command:
            reply = run(amora.message(parse.from_interaction(interaction, address, typed)))
        else:
            reply = run(amora.press(incoming, typed))

        assert reply is not None
        assert_fine_reply(reply)
        for part in parts(reply):
            assert part.content or part.view or part.files
            assert units(part.content or "") <= 2000

    ran_every_example(check)
