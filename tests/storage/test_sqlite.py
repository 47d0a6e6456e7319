"""SQLite specifics: pragmas, the single writer, in-memory databases, other processes."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import text

from core.domain import PlatformUser
from storage.database import create_engine_for, normalise_url
from storage.migrate import upgrade
from storage.uow import unit_of_work_factory
from tests.storage.builders import NOW, add_session, add_user


async def test_pragmas(tmp_path: Path) -> None:
    engine = create_engine_for(f"sqlite+aiosqlite:///{tmp_path / 'a.db'}", busy_timeout_ms=1234)
    try:
        async with engine.connect() as connection:
            values = [
                (await connection.execute(text(f"PRAGMA {name}"))).scalar()
                for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
            ]
    finally:
        await engine.dispose()
    assert values == ["wal", 1, 1, 1234]  # synchronous 1 is NORMAL


async def test_in_memory_database_serves_concurrent_units_of_work() -> None:
    engine = create_engine_for("sqlite+aiosqlite:///:memory:")
    try:
        await upgrade(engine)
        factory = unit_of_work_factory(engine)

        async def turn(i: int) -> None:
            async with factory() as uow:
                await add_session(uow, await add_user(uow, str(i)))
                await asyncio.sleep(0)
                if i % 2:
                    await uow.commit()

        await asyncio.gather(*(turn(i) for i in range(20)))
        async with factory() as uow:
            people = [PlatformUser("telegram", str(i)) for i in range(20)]
            kept = [await uow.users.by_identity(person) for person in people]
    finally:
        await engine.dispose()
    assert [user is not None for user in kept] == [i % 2 == 1 for i in range(20)]


async def test_two_engines_on_one_file_do_not_lock_each_other_out(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'shared.db'}"
    bot, command = create_engine_for(url), create_engine_for(url)  # as two processes would
    try:
        await upgrade(bot)
        factories = [unit_of_work_factory(bot), unit_of_work_factory(command)]

        async def turn(i: int) -> None:
            async with factories[i % 2]() as uow:
                await add_session(uow, await add_user(uow, str(i)))
                await asyncio.sleep(0.001)
                await uow.commit()

        await asyncio.gather(*(turn(i) for i in range(40)))
        async with factories[0]() as uow:
            assert (await uow.stats.usage(NOW, 1)).users == 40
    finally:
        await bot.dispose()
        await command.dispose()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sqlite:///amora.db", "sqlite+aiosqlite:///amora.db"),
        ("sqlite+aiosqlite:///:memory:", "sqlite+aiosqlite:///%3Amemory%3A"),
        ("postgresql://u@h/db", "postgresql+asyncpg://u@h/db"),
        ("postgres://u@h/db", "postgresql+asyncpg://u@h/db"),
    ],
)
def test_urls_get_their_async_driver(given: str, expected: str) -> None:
    assert normalise_url(given).render_as_string() == expected


def test_other_databases_are_refused() -> None:
    with pytest.raises(ValueError, match="unsupported database URL"):
        normalise_url("mysql://u@h/db")
