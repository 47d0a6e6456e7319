"""Small writes from many turns share transactions, and each still gets its own outcome."""

from __future__ import annotations

import asyncio

import pytest

from core.ports import UnitOfWork
from core.services.group_commit import Change, GroupCommit, Work
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


async def test_each_caller_gets_its_own_result_from_a_shared_commit() -> None:
    store = InMemoryStore()
    group = GroupCommit(fake_uow_factory(store))

    def work(n: int) -> Work:
        async def run(uow: UnitOfWork) -> int:
            await holding(n)(uow)
            return n * 10

        return run

    results = await asyncio.gather(*(group.run(work(n)) for n in range(5)))

    assert results == [0, 10, 20, 30, 40] and store.commits == 1


async def test_a_group_takes_no_more_than_its_limit() -> None:
    store = InMemoryStore()
    writes = GroupCommit(fake_uow_factory(store), limit=2)

    await asyncio.gather(*(writes.write(holding(n)) for n in range(5)))

    assert len(store.inbox) == 5 and store.commits == 3


class Unit:
    """A unit of work that only counts its commits: units of this one may overlap in time."""

    commits = 0

    async def __aenter__(self) -> Unit:
        return self

    async def __aexit__(self, *_: object) -> None:
        pass

    async def commit(self) -> None:
        Unit.commits += 1


async def test_several_writers_each_commit_a_group_of_their_own() -> None:
    group = GroupCommit(Unit, limit=2, writers=3)  # type: ignore[arg-type]
    running: list[int] = []
    most = 0

    def slow(n: int) -> Work:
        async def run(uow: UnitOfWork) -> int:
            nonlocal most
            running.append(n)
            most = max(most, len(running))
            await asyncio.sleep(0.01)  # a statement waiting on the network
            running.remove(n)
            return n

        return run

    Unit.commits = 0
    results = await asyncio.gather(*(group.run(slow(n)) for n in range(6)))

    assert results == list(range(6)) and Unit.commits == 3
    assert most == 3  # one piece of each of three groups at a time


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


@pytest.mark.parametrize(
    ("call", "kept"),
    [
        ("run", {8}),  # a turn withdrawn: its update stays held, to be handled again
        ("write", {7, 8}),  # a small write is made all the same
    ],
)
async def test_a_caller_cancelled_before_its_group_began(call: str, kept: set[int]) -> None:
    store = InMemoryStore()
    group = GroupCommit(fake_uow_factory(store))
    submit = getattr(group, call)

    waiting = asyncio.create_task(submit(holding(7)))
    await asyncio.sleep(0)  # queued, its group not yet begun
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    await submit(holding(8))

    assert {update_id for _, update_id in store.inbox} == kept
