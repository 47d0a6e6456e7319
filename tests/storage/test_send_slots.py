"""Send slots: a lane's calls one interval apart, a chat's calls its gap apart, a platform's pause
for everyone, and never one slot for two processes.

The scenarios take a unit-of-work factory: tests/test_fakes.py runs them on the fakes too.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from itertools import pairwise

import pytest

from core.ports import Slot, SlotRequest, UnitOfWork
from tests.storage.conftest import UowFactory

T = 1_800_000_000.0
"""Now, in seconds since the epoch."""
GAP = 0.04
"""25 a second."""
LANE = "telegram 1"


def request(
    key: str | None = None, *, cost: int = 1, per_key: float = 1.1, not_before: float = 0.0
) -> SlotRequest:
    return SlotRequest(LANE, key, cost, GAP, per_key, not_before)


async def book(uow_factory: Callable[[], UnitOfWork], asked: SlotRequest, now: float) -> Slot:
    async with uow_factory() as uow:
        slot = await uow.send_slots.book(asked, now)
        await uow.commit()
    return slot


async def calls_at_once_go_one_interval_apart(uow_factory: Callable[[], UnitOfWork]) -> None:
    slots = [await book(uow_factory, request(), T) for _ in range(5)]
    three = await book(uow_factory, request(cost=3), T)
    after = await book(uow_factory, request(), T)
    other_lane = await book(uow_factory, SlotRequest("discord 1", None, 1, GAP, 0, 0), T)
    later = await book(uow_factory, request(), T + 60)

    assert all(s.booked for s in slots)
    assert [s.at for s in slots] == pytest.approx([T + n * GAP for n in range(5)])
    assert three.at == pytest.approx(T + 5 * GAP)
    assert after.at == pytest.approx(T + 8 * GAP), "a call of three messages takes three slots"
    assert other_lane == Slot(T, booked=True), "each account has its own lane"
    assert later == Slot(T + 60, booked=True), "after a quiet minute a call goes at once"


async def a_chat_waits_its_gap_and_leaves_the_lane_to_others(
    uow_factory: Callable[[], UnitOfWork],
) -> None:
    first = await book(uow_factory, request("ann"), T)
    again = await book(uow_factory, request("ann"), T + 0.1)
    other = await book(uow_factory, request("bob"), T + 0.1)
    when_free = await book(uow_factory, request("ann"), again.at)

    assert first == Slot(T, booked=True)
    assert again == Slot(T + 1.1, booked=False), "not booked: asks again when the chat is free"
    assert other == Slot(T + 0.1, booked=True), "the lane's next slot went to another chat"
    assert when_free == Slot(T + 1.1, booked=True)


async def a_pause_holds_every_call_of_the_lane(uow_factory: Callable[[], UnitOfWork]) -> None:
    await book(uow_factory, request("ann"), T)
    waiting = await book(uow_factory, request("ann", not_before=T + 0.5), T + 0.2)
    unaware = await book(uow_factory, request(), T + 0.3)  # another process, told nothing
    paused = await book(uow_factory, request("bob", not_before=T + 5), T + 0.4)
    after = await book(uow_factory, request(), T + 0.6)

    assert waiting == Slot(T + 1.1, booked=False), "ann's gap outlasts the pause"
    assert unaware == Slot(T + 0.5, booked=True), "the pause reached the lane all the same"
    assert paused == Slot(T + 5, booked=True)
    assert after == Slot(T + 5 + GAP, booked=True)


async def forget_drops_only_chats_long_free(uow_factory: Callable[[], UnitOfWork]) -> None:
    await book(uow_factory, request("old"), T)
    await book(uow_factory, request("new"), T + 100)
    async with uow_factory() as uow:
        forgotten = await uow.send_slots.forget(T + 50)
        await uow.commit()
    again = await book(uow_factory, request("old"), T + 100.5)
    new = await book(uow_factory, request("new"), T + 100.5)
    lane = await book(uow_factory, request(), T + 100.5)

    assert forgotten == 1
    assert again.booked and not new.booked, "the chat that waited is still remembered"
    assert lane.at == pytest.approx(T + 100.5 + GAP), "the lane itself is never forgotten"


SCENARIOS = [
    calls_at_once_go_one_interval_apart,
    a_chat_waits_its_gap_and_leaves_the_lane_to_others,
    a_pause_holds_every_call_of_the_lane,
    forget_drops_only_chats_long_free,
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
async def test_send_slots(
    uow_factory: UowFactory, scenario: Callable[[UowFactory], object]
) -> None:
    await scenario(uow_factory)  # type: ignore[misc]


async def test_nothing_is_booked_without_commit(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        await uow.send_slots.book(request(), T)
    assert await book(uow_factory, request(), T) == Slot(T, booked=True)


async def test_processes_booking_at_once_never_share_a_slot(
    uow_factory: UowFactory, backend: str
) -> None:
    # On SQLite the bookings queue on the write lock; on PostgreSQL on the lane's row lock.
    async def process(name: str) -> list[Slot]:
        slots = []
        for n in range(50):
            slots.append(await book(uow_factory, request(f"{name} {n % 5}", per_key=0), T))
        return slots

    async with asyncio.timeout(30):
        booked = await asyncio.gather(*(process(name) for name in "abcd"))

    times = sorted(s.at for slots in booked for s in slots)
    assert len(times) == 200 and all(s.booked for slots in booked for s in slots)
    assert min(b - a for a, b in pairwise(times)) == pytest.approx(GAP), backend
    assert times[-1] == pytest.approx(T + 199 * GAP)
