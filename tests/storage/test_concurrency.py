"""Two units of work racing on PostgreSQL: uniqueness holds and the loser gets the answer."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

import pytest

from core.domain import DeliveryStatus, PlatformUser
from core.ports import DuplicateMessage
from tests.storage.builders import NOW, THREAD, add_session, add_user, say
from tests.storage.conftest import UowFactory

pytestmark = pytest.mark.usefixtures("postgres_only")


@pytest.fixture
def postgres_only(backend: str) -> None:
    """These races need two connections; SQLite's single writer never lets them overlap."""
    if backend != "postgresql":
        pytest.skip("SQLite has one writer connection: units of work never overlap")


async def _blocked(task: asyncio.Task[Any]) -> bool:
    """Whether the task is still waiting (on the other transaction's row lock)."""
    await asyncio.sleep(0.2)
    return not task.done()


async def test_a_newcomer_added_twice_at_once_is_one_person(uow_factory: UowFactory) -> None:
    async with uow_factory() as first, uow_factory() as second:
        mine = await add_user(first, "42", "Ana")
        theirs = asyncio.create_task(add_user(second, "42", "Ana"))
        assert await _blocked(theirs)
        await first.commit()
        assert (await theirs).id == mine.id
        await second.commit()
    async with uow_factory() as uow:
        found = await uow.users.by_identity(PlatformUser("telegram", "42"))
        assert found is not None and found.id == mine.id


async def test_the_same_update_received_twice_at_once_is_stored_once(
    uow_factory: UowFactory,
) -> None:
    async with uow_factory() as uow:
        session = await add_session(uow, await add_user(uow))
        await uow.commit()
    async with uow_factory() as first, uow_factory() as second:
        await say(first, session, "hi", address=THREAD, platform_message_id="7")
        again = asyncio.create_task(
            say(second, session, "hi", address=THREAD, platform_message_id="7")
        )
        assert await _blocked(again)
        await first.commit()
        with pytest.raises(DuplicateMessage):
            await again
        await say(second, session, "next", address=THREAD, platform_message_id="8")
        await second.commit()
    async with uow_factory() as uow:
        assert [m.text for m in await uow.messages.recent(session.id, 10)] == ["hi", "next"]


async def test_one_delivery_per_day_across_processes(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        session = await add_session(uow, await add_user(uow))
        await uow.commit()
    day = date(2026, 3, 14)
    async with uow_factory() as first, uow_factory() as second:
        assert await first.deliveries.add(session.id, day, DeliveryStatus.PENDING, NOW)
        other = asyncio.create_task(
            second.deliveries.add(session.id, day, DeliveryStatus.PENDING, NOW)
        )
        assert await _blocked(other)
        await first.commit()
        assert await other is None
