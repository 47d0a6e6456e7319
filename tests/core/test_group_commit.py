"""Small writes from many turns share transactions, and each still gets its own outcome."""

from __future__ import annotations

import asyncio

import pytest

from core.ports import UnitOfWork
from core.services.group_commit import Change, GroupCommit
from tests.fakes import InMemoryStore, fake_uow_factory
from tests.storage.builders import NOW


def holding(update_id: int) -> Change:
    async def change(uow: UnitOfWork) -> None:
        await uow.inbox.hold("telegram", [(update_id, str(update_id))], NOW)

    return change


async def failing(uow: UnitOfWork) -> None:
    await uow.inbox.hold("telegram", [(999, "never kept")], NOW)
    raise ValueError("a bad write")


async def test_writes_made_at_once_share_a_commit_and_all_are_kept() -> None:
    store = InMemoryStore()
    writes = GroupCommit(fake_uow_factory(store))

    await asyncio.gather(*(writes.write(holding(n)) for n in range(50)))

    assert sorted(update_id for _, update_id in store.inbox) == list(range(50))
    assert store.commits <= 2  # the first write may go alone; the rest wait for it together


async def test_writes_a_few_turns_of_the_event_loop_apart_share_a_commit() -> None:
    store = InMemoryStore()
    writes = GroupCommit(fake_uow_factory(store))

    async def write_after(turns: int) -> None:
        for _ in range(turns):
            await asyncio.sleep(0)  # as answers from the network come in, one turn apart
        await writes.write(holding(turns))

    await asyncio.gather(*(write_after(turns) for turns in range(3)))

    assert sorted(update_id for _, update_id in store.inbox) == [0, 1, 2]
    assert store.commits == 1


async def test_a_write_returns_only_once_committed() -> None:
    store = InMemoryStore()
    writes = GroupCommit(fake_uow_factory(store))

    await writes.write(holding(1))

    assert ("telegram", 1) in store.inbox and store.commits == 1


async def test_a_failing_write_fails_alone_and_its_companions_are_kept() -> None:
    store = InMemoryStore()
    writes = GroupCommit(fake_uow_factory(store))

    outcomes = await asyncio.gather(
        writes.write(holding(1)),
        writes.write(holding(2)),
        writes.write(failing),
        writes.write(holding(3)),
        return_exceptions=True,
    )

    assert [type(o) for o in outcomes] == [type(None)] * 2 + [ValueError, type(None)]
    assert sorted(update_id for _, update_id in store.inbox) == [1, 2, 3]


async def test_a_caller_cancelled_while_waiting_still_has_its_write_made() -> None:
    store = InMemoryStore()
    writes = GroupCommit(fake_uow_factory(store))

    waiting = asyncio.create_task(writes.write(holding(7)))
    await asyncio.sleep(0)  # the write is queued
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    await writes.write(holding(8))

    assert {update_id for _, update_id in store.inbox} == {7, 8}
