"""The unit of work: commit, rollback, isolation between tasks, aware datetimes, concurrency."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.exc import StatementError

from core.domain import PlatformUser
from core.ports import UnitOfWorkFactory
from tests.storage.builders import NOW, add_session, add_user
from tests.storage.conftest import UowFactory


def test_the_factory_fits_the_port(uow_factory: UowFactory) -> None:
    factory: UnitOfWorkFactory = uow_factory  # checked by mypy; here: it makes fresh units
    assert factory() is not factory()


async def test_leaving_without_commit_rolls_back(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        user = await add_user(uow)
    async with uow_factory() as uow:
        assert await uow.users.get(user.id) is None


async def test_an_error_rolls_back_and_propagates(uow_factory: UowFactory) -> None:
    with pytest.raises(LookupError):
        async with uow_factory() as uow:
            await add_user(uow, "1")
            raise LookupError
    async with uow_factory() as uow:
        assert await uow.users.by_identity(PlatformUser("telegram", "1")) is None


async def test_rollback_then_commit_keeps_only_what_followed(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        await add_user(uow, "1")
        await uow.rollback()
        await add_user(uow, "2")
        await uow.commit()
        await add_user(uow, "3")  # after the commit, never committed
    async with uow_factory() as uow:
        found = [await uow.users.by_identity(PlatformUser("telegram", i)) for i in "123"]
    assert [user is not None for user in found] == [False, True, False]


async def test_a_unit_of_work_is_entered_once(uow_factory: UowFactory) -> None:
    uow = uow_factory()
    with pytest.raises(RuntimeError):
        await uow.commit()
    async with uow:
        with pytest.raises(RuntimeError):
            await uow.__aenter__()


async def test_datetimes_come_back_aware_utc(uow_factory: UowFactory) -> None:
    tokyo = NOW.astimezone(ZoneInfo("Asia/Tokyo"))
    async with uow_factory() as uow:
        user = await uow.users.add(PlatformUser("telegram", "1"), "Ana", tokyo)
        session = await add_session(uow, user)
        session.followup.next_at = tokyo
        await uow.sessions.save(session)
        await uow.commit()
    async with uow_factory() as uow:
        got_user, got_session = await uow.users.get(user.id), await uow.sessions.get(session.id)
    assert got_user is not None and got_session is not None
    for value in (got_user.created_at, got_user.last_seen_at, got_session.followup.next_at):
        assert value == NOW and value is not None and value.tzinfo == UTC


async def test_naive_datetimes_are_refused(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        with pytest.raises(StatementError, match="naive datetime"):
            await uow.users.add(PlatformUser("telegram", "1"), "Ana", datetime(2026, 1, 1))


async def test_fifty_concurrent_units_of_work_all_commit(uow_factory: UowFactory) -> None:
    async def turn(i: int) -> int:
        async with uow_factory() as uow:
            user = await add_user(uow, str(i))
            await add_session(uow, user)
            await asyncio.sleep(0)  # let the others run while this transaction is open
            await uow.commit()
            return user.id

    ids = await asyncio.gather(*(turn(i) for i in range(50)))
    assert len(set(ids)) == 50
    async with uow_factory() as uow:
        stats = await uow.stats.usage(NOW, 1)
    assert stats.users == 50 and stats.sessions_by_status == {"active": 50}


async def test_a_cancelled_task_gives_its_connection_back(uow_factory: UowFactory) -> None:
    started = asyncio.Event()

    async def stuck() -> None:
        async with uow_factory() as uow:
            await add_user(uow, "1")
            started.set()
            await asyncio.sleep(3600)

    task = asyncio.create_task(stuck())
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    async def next_turn() -> None:
        async with uow_factory() as uow:
            await add_user(uow, "2")
            await uow.commit()

    await asyncio.wait_for(next_turn(), timeout=10)
    async with uow_factory() as uow:
        assert await uow.users.by_identity(PlatformUser("telegram", "1")) is None
        assert await uow.users.by_identity(PlatformUser("telegram", "2")) is not None
