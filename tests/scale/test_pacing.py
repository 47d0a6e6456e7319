"""The pacer and the dispatcher on fake time: spacing, keys, pauses after a 429, retries."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest

from adapters.pacing import Dispatcher, Pacer, RetryPolicy
from adapters.shared_pacing import SharedPacer
from tests.fakes.slots import Database
from tests.scale.faketime import FakeTime

RATE = 25.0
GAP = 1 / RATE


class RateLimited(Exception):
    """A 429 with the wait the platform asked for."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}")
        self.seconds = seconds


class ServerError(Exception):
    """A 5xx, a timeout: may pass."""


class Refused(Exception):
    """A 400: will not pass."""


def pacer(time: FakeTime, per_key: float = 0.0) -> Pacer:
    return Pacer(RATE, per_key=per_key, clock=time.clock, sleep=time.sleep)


def test_calls_asked_for_at_once_are_booked_one_interval_apart() -> None:
    time = FakeTime()
    paced = pacer(time)

    times = [paced.book() for _ in range(50)]

    gaps = [later - earlier for earlier, later in pairwise(times)]
    assert times[0] == pytest.approx(time.now, abs=GAP)
    assert min(gaps) == pytest.approx(GAP) and max(gaps) == pytest.approx(GAP)


def test_after_a_quiet_spell_a_call_goes_at_once() -> None:
    time = FakeTime()
    paced = pacer(time)
    for _ in range(10):
        paced.book()

    time.now += 60
    at = paced.book()

    assert time.now <= at < time.now + GAP


def test_one_key_waits_between_its_calls_without_holding_up_other_keys() -> None:
    time = FakeTime()
    paced = pacer(time, per_key=1.1)

    first = paced.book("chat 1")
    second = paced.book("chat 1")
    others = [paced.book(f"chat {n}") for n in range(2, 6)]

    assert second - first >= 1.1 - 1e-9
    assert max(others) < second, "other chats take the slots before the held-back call"
    assert len({round(t / GAP) for t in [first, second, *others]}) == 6, "no slot used twice"


def test_a_call_of_several_messages_takes_as_many_slots() -> None:
    time = FakeTime()
    paced = pacer(time, per_key=1.0)

    three = paced.book("chat 1", cost=3)
    after = paced.book("chat 2")
    again = paced.book("chat 1")

    assert after - three == pytest.approx(GAP)
    assert again - three >= 3.0 - 1e-9


async def test_a_pause_holds_calls_booked_before_it() -> None:
    time = FakeTime()
    paced = pacer(time)
    went: list[float] = []
    start = time.now

    async def call() -> None:
        await paced.wait()
        went.append(time.now - start)

    async def a_429_arrives() -> None:
        await time.sleep(GAP * 1.5)
        paced.pause(5.0)

    await time.run(*(call() for _ in range(6)), a_429_arrives())

    early = [t for t in went if t < GAP * 1.5]
    assert len(early) == 2, "the calls whose slots came before the 429 went"
    assert all(t >= GAP * 1.5 + 5.0 - 1e-9 for t in went if t not in early)
    assert len(went) == 6


async def test_many_tasks_at_once_stay_under_the_rate_and_the_per_chat_gap() -> None:
    time = FakeTime()
    paced = pacer(time, per_key=1.1)
    went: list[tuple[float, str]] = []

    async def call(chat: str) -> None:
        await paced.wait(chat)
        went.append((time.now, chat))

    hot = [f"hot {n}" for _ in range(5) for n in range(5)]  # five chats, five calls each
    chats = hot + [f"chat {n}" for n in range(175)]
    await time.run(*(call(chat) for chat in chats))

    moments = sorted(t for t, _ in went)
    busiest = max(sum(1 for t in moments if s <= t < s + 1.0) for s in moments)
    assert len(went) == 200 and busiest <= RATE
    for chat in set(hot):
        mine = sorted(t for t, c in went if c == chat)
        assert min(b - a for a, b in pairwise(mine)) >= 1.1 - 1e-9
    # Other chats fill the slots the held-back calls leave: 200 calls take 200 slots.
    assert moments[-1] - moments[0] == pytest.approx(199 * GAP)


def busiest_second(moments: list[float]) -> int:
    """The most calls in any one second (a window closed at its end, as a server counts)."""
    ordered = sorted(moments)
    return max(sum(1 for t in ordered if s - 1.0 < t <= s) for s in ordered)


def shared(time: FakeTime) -> SharedPacer:
    return SharedPacer(Database(), "telegram 1", RATE, wall_clock=time.clock, sleep=time.sleep)


@pytest.mark.parametrize("make", [pacer, shared], ids=["alone", "shared"])
async def test_a_process_that_stalls_does_not_then_send_a_burst(
    make: Callable[[FakeTime], Pacer | SharedPacer],
) -> None:
    time = FakeTime()
    paced = make(time)
    went: list[float] = []

    async def call() -> None:
        await paced.wait()
        went.append(time.now)

    async def stall() -> None:
        await time.sleep(1.5)
        time.now += 0.3  # the whole process stood still (a busy machine): nothing woke

    await time.run(*(call() for _ in range(100)), stall())

    assert len(went) == 100 and busiest_second(went) <= RATE


async def test_a_call_that_went_late_holds_back_the_next_one_for_its_chat() -> None:
    time = FakeTime(start=1000.01)  # between two slots: the first call sleeps until 1000.04
    paced = pacer(time, per_key=1.1)
    went: list[tuple[float, str]] = []

    async def call(chat: str) -> None:
        await paced.wait(chat)
        went.append((time.now, chat))

    async def stall() -> None:
        await time.sleep(0.01)
        time.now += 0.3  # the first call wakes 0.3 s after its slot

    await time.run(call("chat 1"), call("chat 1"), stall())

    first, second = sorted(t for t, _ in went)
    assert second - first >= 1.1 - 1e-9


def dispatcher(time: FakeTime, **policy: float) -> Dispatcher:
    return Dispatcher(
        pacer(time),
        retry_after=lambda e: e.seconds if isinstance(e, RateLimited) else None,
        transient=lambda e: isinstance(e, ServerError),
        policy=RetryPolicy(**policy),  # type: ignore[arg-type]
        sleep=time.sleep,
    )


class Platform:
    """Answers each request with the next of its scripted errors, then "ok"."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.requests = 0

    async def request(self) -> str:
        self.requests += 1
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


async def test_a_429_pauses_all_sending_for_as_long_as_asked_then_the_request_goes() -> None:
    time = FakeTime()
    sender = dispatcher(time)
    platform = Platform(RateLimited(3.0))
    start = time.now

    (answer,) = await time.run(sender.send(platform.request))

    assert (answer, platform.requests) == ("ok", 2)
    assert time.now - start >= 3.0 and sender.pacer.paused_until >= start + 3.0


async def test_a_5xx_is_retried_with_growing_waits_then_it_goes() -> None:
    time = FakeTime()
    sender = dispatcher(time)
    platform = Platform(ServerError(), ServerError())

    (answer,) = await time.run(sender.send(platform.request))

    assert (answer, platform.requests) == ("ok", 3)
    assert [s for s in time.slept if s >= 1.0] == [1.0, 2.0]


async def test_a_failure_that_lasts_is_raised_after_a_bounded_number_of_tries() -> None:
    time = FakeTime()
    sender = dispatcher(time, retries=3, first_delay=1.0, factor=2.0, longest_delay=3.0)
    platform = Platform(*(ServerError() for _ in range(10)))

    with pytest.raises(ServerError):
        await time.run(sender.send(platform.request))

    assert platform.requests == 4
    assert [s for s in time.slept if s >= 1.0] == [1.0, 2.0, 3.0]


async def test_rate_limits_without_end_are_raised_too() -> None:
    time = FakeTime()
    sender = dispatcher(time, rate_limited_retries=2)
    platform = Platform(*(RateLimited(1.0) for _ in range(10)))

    with pytest.raises(RateLimited):
        await time.run(sender.send(platform.request))

    assert platform.requests == 3


async def test_a_refusal_is_raised_at_once() -> None:
    time = FakeTime()
    sender = dispatcher(time)
    platform = Platform(Refused())

    with pytest.raises(Refused):
        await time.run(sender.send(platform.request))

    assert platform.requests == 1 and not [s for s in time.slept if s >= 1.0]
