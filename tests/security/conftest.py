"""The core on the real storage (SQLite, and PostgreSQL when a server answers), two people.

Each test gets a fresh, migrated database from the storage tests' fixtures; `snapshot` reads
every row of every table, so a test can show that a refused request changed nothing at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from core.app import Amora
from core.domain import Address, PlatformUser
from core.engine.analyser import Analyser
from core.engine.blocks import BlockLibrary
from core.incoming import Incoming
from core.replies import Reply
from core.settings import CoreSettings
from storage.tables import Base
from storage.uow import unit_of_work_factory
from tests.fakes import FakeClock, RecordingMessenger
from tests.storage.conftest import empty_engine, engine, postgres_skip_reason

__all__ = ["empty_engine", "engine", "postgres_skip_reason"]  # the storage tests' fixtures

ADMIN = "1"
Snapshot = dict[str, list[tuple[Any, ...]]]


async def snapshot(engine: AsyncEngine) -> Snapshot:
    """Every row of every table but the log of handled commands, in a stable order.

    That log notes each command message that ran (chat and message id, so a redelivery does
    not run it again), refused or not; it holds nobody's data and changes nothing they own.
    """
    rows: Snapshot = {}
    async with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name == "handled_commands":
                continue
            result = await connection.execute(text(f"SELECT * FROM {table.name} ORDER BY 1"))
            rows[table.name] = sorted(map(tuple, result.all()), key=repr)
    return rows


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))


@pytest.fixture
def amora(
    engine: AsyncEngine, clock: FakeClock, analyser: Analyser, library: BlockLibrary
) -> Amora:
    settings = CoreSettings(seed=5, admins={"telegram": frozenset({ADMIN})})
    return Amora(
        unit_of_work_factory(engine),
        clock,
        RecordingMessenger(),
        settings,
        analyser=analyser,
        library=library,
    )


@dataclass
class Person:
    """Someone on a platform, writing in one chat (and maybe a thread of it)."""

    amora: Amora
    platform: str
    user_id: str
    chat_id: str | None = None
    thread_id: str | None = None
    sent: int = 0

    @property
    def address(self) -> Address:
        return Address(self.platform, self.chat_id or self.user_id, self.thread_id)

    def incoming(self, text: str = "") -> Incoming:
        self.sent += 1
        return Incoming(
            PlatformUser(self.platform, self.user_id),
            self.address,
            text,
            platform_message_id=f"{self.user_id}-{self.sent}",
        )

    async def say(self, text: str) -> Reply | None:
        return await self.amora.message(self.incoming(text))

    async def press(self, data: str) -> Reply:
        return await self.amora.press(self.incoming(), data)

    def elsewhere(self, chat_id: str, thread_id: str | None = None) -> Person:
        return Person(self.amora, self.platform, self.user_id, chat_id, thread_id, self.sent + 100)
