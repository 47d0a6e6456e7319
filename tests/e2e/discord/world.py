"""The fake Discord's world: snowflakes, people, a server with a channel, and their payloads.

Payloads follow the Discord API reference (docs/resources/*, docs/interactions/*), carrying
the fields discord.py reads; ids are strings, as Discord sends them.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

Json = dict[str, Any]
ALL_PERMISSIONS = str((1 << 50) - 1)
EPHEMERAL = 1 << 6
"""Message flag 64: only the interaction's user sees the message."""


def plain(content: str) -> str:
    """Message text with Discord's markdown escapes removed."""
    return re.sub(r"\\(.)", r"\1", content)


def now_iso() -> str:
    """A Discord timestamp."""
    return datetime.now(UTC).isoformat()


@dataclass(frozen=True)
class Account:
    """A Discord user: a person or the bot."""

    id: int
    name: str
    bot: bool = False

    def payload(self) -> Json:
        """The user object."""
        return {
            "id": str(self.id),
            "username": self.name.lower(),
            "global_name": self.name,
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
        }

    def member(self) -> Json:
        """The guild member object (with its user)."""
        return {
            "user": self.payload(),
            "roles": [],
            "joined_at": now_iso(),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "permissions": ALL_PERMISSIONS,
        }


class World:
    """Ids, the bot, one server with one text channel, and every channel made since."""

    def __init__(self) -> None:
        self._ids = itertools.count(1_300_000_000_000_000_000)
        self.app_id = self.snowflake()
        self.bot = Account(self.app_id, "Amora", bot=True)
        self.guild_id = self.snowflake()
        self.channel_id = self.snowflake()
        self.channels: dict[int, Json] = {
            self.channel_id: {
                "id": str(self.channel_id),
                "type": 0,
                "guild_id": str(self.guild_id),
                "name": "relationships",
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
                "topic": None,
                "rate_limit_per_user": 0,
                "last_message_id": None,
            }
        }

    def snowflake(self) -> int:
        """A new unique id."""
        return next(self._ids)

    def guild_create(self) -> Json:
        """GUILD_CREATE for the server, with its channels and the bot as a member."""
        channels = [c for c in self.channels.values() if c["type"] == 0]
        threads = [c for c in self.channels.values() if c["type"] in (11, 12)]
        return {
            "id": str(self.guild_id),
            "name": "Amora test server",
            "icon": None,
            "owner_id": "1",
            "roles": [
                {
                    "id": str(self.guild_id),
                    "name": "@everyone",
                    "permissions": ALL_PERMISSIONS,
                    "position": 0,
                    "color": 0,
                    "hoist": False,
                    "managed": False,
                    "mentionable": False,
                    "flags": 0,
                }
            ],
            "emojis": [],
            "stickers": [],
            "features": [],
            "member_count": 3,
            "members": [self.bot.member()],
            "channels": channels,
            "threads": threads,
            "voice_states": [],
            "presences": [],
            "large": False,
            "unavailable": False,
            "joined_at": now_iso(),
            "preferred_locale": "en-US",
        }

    def dm_channel(self, person: Account) -> Json:
        """The DM channel between the bot and a person, made on first use."""
        for channel in self.channels.values():
            if channel["type"] == 1 and channel["recipients"][0]["id"] == str(person.id):
                return channel
        channel = {
            "id": str(self.snowflake()),
            "type": 1,
            "recipients": [person.payload()],
            "last_message_id": None,
        }
        self.channels[int(channel["id"])] = channel
        return channel

    def thread(self, parent_id: int, name: str, kind: int, owner: int) -> Json:
        """A thread in a text channel (kind 11 public, 12 private)."""
        channel = {
            "id": str(self.snowflake()),
            "type": kind,
            "guild_id": str(self.guild_id),
            "parent_id": str(parent_id),
            "name": name,
            "owner_id": str(owner),
            "message_count": 0,
            "member_count": 1,
            "rate_limit_per_user": 0,
            "last_message_id": None,
            "flags": 0,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": 10080,
                "archive_timestamp": now_iso(),
                "locked": False,
                "invitable": False,
                "create_timestamp": now_iso(),
            },
        }
        self.channels[int(channel["id"])] = channel
        return channel

    def in_guild(self, channel_id: int) -> bool:
        """Whether a channel is the server's (a text channel or a thread), not a DM."""
        return "guild_id" in self.channels[channel_id]

    def message(self, channel_id: int, author: Account, content: str, **extra: Any) -> Json:
        """A message object as Discord sends it in MESSAGE_CREATE and REST answers."""
        message: Json = {
            "id": str(self.snowflake()),
            "channel_id": str(channel_id),
            "author": author.payload(),
            "content": content,
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "components": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
        }
        if self.in_guild(channel_id):
            message["guild_id"] = str(self.guild_id)
            member = author.member()
            del member["user"]
            message["member"] = member
        return message | extra
