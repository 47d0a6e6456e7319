"""The core wired to in-memory fakes, and a person who talks to it."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from core.app import Amora
from core.domain import Address, PlatformUser
from core.engine.analyser import Analyser
from core.engine.blocks import BlockLibrary
from core.incoming import Incoming
from core.replies import Reply
from core.settings import CoreSettings
from tests.fakes import FakeClock, InMemoryStore, RecordingMessenger, fake_uow_factory

ADMIN_ID = "1"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 24, 10, 0, tzinfo=UTC))


@pytest.fixture
def messenger() -> RecordingMessenger:
    return RecordingMessenger()


@pytest.fixture
def settings() -> CoreSettings:
    return CoreSettings(seed=7, admins={"telegram": frozenset({ADMIN_ID})})


@pytest.fixture
def amora(
    store: InMemoryStore,
    clock: FakeClock,
    messenger: RecordingMessenger,
    settings: CoreSettings,
    library: BlockLibrary,
    analyser: Analyser,
) -> Amora:
    return Amora(
        fake_uow_factory(store), clock, messenger, settings, analyser=analyser, library=library
    )


MESSAGE_IDS = itertools.count(1)
"""Platform message ids, unique as a platform's are, however many Person objects speak."""


@dataclass
class Person:
    """Someone talking to the coach in one chat (and optionally one thread)."""

    amora: Amora
    user_id: str
    platform: str = "telegram"
    chat_id: str | None = None
    thread_id: str | None = None

    @property
    def identity(self) -> PlatformUser:
        return PlatformUser(self.platform, self.user_id)

    @property
    def address(self) -> Address:
        return Address(self.platform, self.chat_id or self.user_id, self.thread_id)

    def incoming(self, text: str, message_id: str | None = None) -> Incoming:
        return Incoming(self.identity, self.address, text, platform_message_id=message_id)

    async def say(self, text: str, message_id: str | None = None) -> Reply:
        if message_id is None:
            message_id = str(next(MESSAGE_IDS))
        reply = await self.amora.message(self.incoming(text, message_id))
        assert reply is not None
        return reply

    async def press(self, action: str) -> Reply:
        return await self.amora.press(self.incoming(""), action)

    def in_thread(self, thread_id: str, chat_id: str = "-100") -> Person:
        return Person(self.amora, self.user_id, self.platform, chat_id, thread_id)


@pytest.fixture
def alice(amora: Amora) -> Person:
    return Person(amora, "100")


@pytest.fixture
def bob(amora: Amora) -> Person:
    return Person(amora, "200")


def action_of(reply: Reply, label: str) -> str:
    """The action of the reply's button whose label starts with `label`."""
    for row in reply.buttons:
        for button in row:
            if button.label.startswith(label):
                return button.action
    raise AssertionError(f"no {label!r} button in {reply.buttons}")
