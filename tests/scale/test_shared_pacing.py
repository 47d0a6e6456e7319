"""The shared pacer on fake time: processes sending with one account keep to its limits together."""

from __future__ import annotations

import logging
from itertools import pairwise

import pytest

from adapters.pacing import Dispatcher
from adapters.shared_pacing import SharedPacer
from tests.fakes.slots import Database
from tests.scale.faketime import FakeTime
from tests.scale.test_pacing import GAP, RATE, Platform, RateLimited

LANE = "telegram 1"


def busiest_second(moments: list[float]) -> int:
    """The most calls in any one second, less a microsecond: slot times shared through the
    database are sums of floats, and 1000.96 + 0.04 is 1000.9999999999991."""
    ordered = sorted(moments)
    return max(sum(1 for t in ordered if s - 1.0 + 1e-6 < t <= s) for s in ordered)


def process(database: Database, time: FakeTime, per_key: float = 0.0) -> SharedPacer:
    """One process's pacer."""
    return SharedPacer(
        database, LANE, RATE, per_key=per_key, wall_clock=time.clock, sleep=time.sleep
    )


async def test_two_processes_together_keep_to_the_rate_and_each_chats_gap() -> None:
    time, database = FakeTime(), Database()
    processes = [process(database, time, per_key=1.1) for _ in range(2)]
    went: list[tuple[float, str]] = []

    async def call(pacer: SharedPacer, chat: str) -> None:
        await pacer.wait(chat)
        went.append((time.now, chat))

    hot = [f"hot {n}" for _ in range(5) for n in range(5)]  # five chats, five calls each
    chats = hot + [f"chat {n}" for n in range(175)]
    # Each hot chat's calls alternate between the processes (a person's sessions claimed apart).
    await time.run(*(call(processes[n % 2], chat) for n, chat in enumerate(chats)))

    moments = sorted(t for t, _ in went)
    assert len(went) == 200 and busiest_second(moments) <= RATE
    for chat in set(hot):
        mine = sorted(t for t, c in went if c == chat)
        assert min(b - a for a, b in pairwise(mine)) >= 1.1 - 1e-9
    # A waiting chat books nothing, so no slot stands empty while other chats have calls.
    last_cold = max(t for t, c in went if c not in hot)
    busy = [t for t in moments if t <= last_cold]
    assert max(b - a for a, b in pairwise(busy)) == pytest.approx(GAP)


async def test_a_429_one_process_gets_holds_back_the_other() -> None:
    time, database = FakeTime(), Database()
    first = Dispatcher(
        process(database, time),
        retry_after=lambda e: e.seconds if isinstance(e, RateLimited) else None,
        transient=lambda e: False,
        sleep=time.sleep,
    )
    second = process(database, time)
    platform = Platform(RateLimited(3.0))
    start = time.now
    went: list[float] = []

    async def other_process() -> None:
        await time.sleep(0.5)  # after the 429
        for _ in range(10):
            await second.wait()
            went.append(time.now)

    await time.run(first.send(platform.request), other_process())

    assert platform.requests == 2
    assert len(went) == 10 and min(went) >= start + 3.0


async def test_without_the_database_a_process_paces_alone_and_still_sends(
    caplog: pytest.LogCaptureFixture,
) -> None:
    time, database = FakeTime(), Database()
    database.reachable = False
    pacer = process(database, time, per_key=1.1)
    went: list[float] = []

    async def call() -> None:
        await pacer.wait("ann")
        went.append(time.now)

    with caplog.at_level(logging.INFO):
        await time.run(*(call() for _ in range(3)))
        database.reachable = True
        await time.run(call())

    assert len(went) == 4 and min(b - a for a, b in pairwise(sorted(went))) >= 1.1 - 1e-9
    assert database.bookings == 1, "booked in the database again once it answered"
    messages = [r.getMessage() for r in caplog.records]
    assert messages == [
        f"{LANE}: send slots unavailable (ConnectionRefusedError); pacing this process alone",
        f"{LANE}: send slots available again; pacing with the others",
    ]
