"""The Discord adapter against fake channels and a fake client, the core on in-memory fakes."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import discord
import pytest

from adapters.discord.handlers import DiscordHandlers
from adapters.discord.messenger import DmChannels
from core.app import Amora
from core.domain import Address, PlatformUser
from core.engine.analyser import Analyser
from core.engine.blocks import BlockLibrary
from core.incoming import Incoming
from core.replies import Reply
from core.settings import CoreSettings
from tests.fakes import FakeClock, InMemoryStore, RecordingMessenger, fake_uow_factory

BOT_ID = 999
_ids = itertools.count(7000)


def refusal(error: type[discord.HTTPException], status: int, code: int) -> discord.HTTPException:
    """The exception discord.py raises for a Discord error response with this JSON code."""
    response = SimpleNamespace(status=status, reason="refused")
    return error(response, {"code": code, "message": "refused"})  # type: ignore[arg-type]


@dataclass
class Sent:
    """One message a fake channel received."""

    id: int
    fields: dict[str, Any]


@dataclass
class FakeChannel:
    """A Discord channel (duck-typed Messageable) that records what is sent, or refuses."""

    id: int
    sent: list[Sent] = field(default_factory=list)
    refuse: list[discord.HTTPException] = field(default_factory=list)
    typed: int = 0

    async def send(self, content: str | None = None, **fields: Any) -> Sent:
        """Posts a message, unless a refusal is queued."""
        if self.refuse:
            raise self.refuse.pop(0)
        message = Sent(next(_ids), {"content": content, **fields})
        self.sent.append(message)
        return message

    async def typing(self) -> None:
        """The typing indicator (`await channel.typing()`)."""
        self.typed += 1


class FakeClient:
    """The parts of discord.Client the adapter uses: its user, channels and DMs."""

    def __init__(self) -> None:
        self.user = SimpleNamespace(id=BOT_ID)
        self.channels: dict[int, object] = {}
        self.opened_dms: list[int] = []

    def channel(self, channel_id: int) -> FakeChannel:
        """The fake channel with this id (made on first use)."""
        made = self.channels.setdefault(channel_id, FakeChannel(channel_id))
        assert isinstance(made, FakeChannel)
        return made

    def get_channel(self, channel_id: int) -> object | None:
        return self.channels.get(channel_id)

    def get_partial_messageable(self, channel_id: int, **_: Any) -> FakeChannel:
        return self.channel(channel_id)

    async def create_dm(self, user: discord.abc.Snowflake) -> FakeChannel:
        self.opened_dms.append(user.id)
        return self.channel(user.id + 1)


@pytest.fixture
def amora(store: InMemoryStore, library: BlockLibrary, analyser: Analyser) -> Amora:
    clock = FakeClock(datetime(2026, 11, 24, 10, 0, tzinfo=UTC))
    uow = fake_uow_factory(store)
    settings = CoreSettings(seed=7)
    return Amora(uow, clock, RecordingMessenger(), settings, analyser=analyser, library=library)


@pytest.fixture
def client() -> FakeClient:
    return FakeClient()


@pytest.fixture
def handlers(amora: Amora, client: FakeClient) -> DiscordHandlers:
    return DiscordHandlers(amora, client, DmChannels())  # type: ignore[arg-type]


def incoming(user: int, chat: int, text: str, thread: int | None = None) -> Incoming:
    """A message from a Discord user, as the adapter would parse it."""
    where = Address("discord", str(chat), None if thread is None else str(thread))
    return Incoming(
        PlatformUser("discord", str(user)), where, text, platform_message_id=str(next(_ids))
    )


async def coached(amora: Amora, who: Incoming) -> Reply:
    """The core's reply to a message that is sure to be coached."""
    reply = await amora.message(who)
    assert reply is not None and reply.message_id is not None
    return reply
