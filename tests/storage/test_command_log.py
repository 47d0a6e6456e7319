"""The command log: a command message is noted once per chat, and forgotten with its person or
once old.

The scenarios take a unit-of-work factory: tests/test_fakes.py runs them on the fakes too.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

import pytest

from core.domain import Address
from core.ports import UnitOfWork
from tests.storage.builders import NOW, add_user
from tests.storage.conftest import UowFactory

CHAT = Address("telegram", "100")
OTHER_CHAT = Address("telegram", "200")


async def note(
    uow_factory: Callable[[], UnitOfWork], chat: Address, ref: str, user_id: int, minutes: int = 0
) -> bool:
    async with uow_factory() as uow:
        first = await uow.command_log.first_time(
            chat, ref, user_id, NOW + timedelta(minutes=minutes)
        )
        await uow.commit()
    return first


async def a_message_is_noted_once_per_chat(uow_factory: Callable[[], UnitOfWork]) -> None:
    async with uow_factory() as uow:
        ann = await add_user(uow, "1")
        await uow.commit()

    assert await note(uow_factory, CHAT, "7", ann.id)
    assert not await note(uow_factory, CHAT, "7", ann.id), "a redelivery"
    assert await note(uow_factory, OTHER_CHAT, "7", ann.id), "message ids count per chat"
    assert await note(uow_factory, Address("discord", "100"), "7", ann.id)


async def forgotten_with_the_person_and_when_old(uow_factory: Callable[[], UnitOfWork]) -> None:
    async with uow_factory() as uow:
        ann, bob = await add_user(uow, "1"), await add_user(uow, "2")
        await uow.commit()
    await note(uow_factory, CHAT, "old", bob.id, minutes=-60)
    await note(uow_factory, CHAT, "new", bob.id)
    await note(uow_factory, OTHER_CHAT, "ann's", ann.id)

    async with uow_factory() as uow:
        forgotten = await uow.command_log.forget(NOW - timedelta(minutes=1))
        await uow.users.delete(ann.id)
        await uow.commit()

    assert forgotten == 1
    assert await note(uow_factory, CHAT, "old", bob.id), "forgotten: it would run again"
    assert not await note(uow_factory, CHAT, "new", bob.id)
    assert await note(uow_factory, OTHER_CHAT, "ann's", bob.id), "gone with its person"


SCENARIOS = [a_message_is_noted_once_per_chat, forgotten_with_the_person_and_when_old]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
async def test_command_log(
    uow_factory: UowFactory, scenario: Callable[[UowFactory], object]
) -> None:
    await scenario(uow_factory)  # type: ignore[misc]


async def test_two_notes_of_one_message_at_once_let_one_through(
    uow_factory: UowFactory, backend: str
) -> None:
    if backend != "postgresql":
        pytest.skip("SQLite has one writer connection: two notes never overlap in time")
    async with uow_factory() as uow:
        ann = await add_user(uow, "1")
        await uow.commit()

    async with asyncio.timeout(10), uow_factory() as first, uow_factory() as second:
        noted = await first.command_log.first_time(CHAT, "7", ann.id, NOW)
        waiting = asyncio.create_task(second.command_log.first_time(CHAT, "7", ann.id, NOW))
        await asyncio.sleep(0.2)
        assert not waiting.done(), "the second note waits for the first transaction"
        await first.commit()
        again = await waiting
        await second.commit()

    assert (noted, again) == (True, False)
