"""Sending under a platform's rate limits: a pacer that books send times, and retries.

The pacer keeps a calendar of send slots, `1 / rate` seconds apart. Each call books the first
free slot at or after the earliest time it may go: now, the end of a pause the platform asked
for (a 429), and, for a keyed call such as one chat, `per_key` seconds after that key's last
call. A call held back by its key does not hold up the others: they take the slots before it.
When its slot comes, a call also checks what really went: no more than `rate` calls in the last
second, and its key's last call `per_key` ago. A process that stalls (a busy machine) wakes with
several slots past; without that check they would all go at once and the second after the stall
would carry more than `rate` calls.

A platform counts an account's calls from all its processes together: adapters/shared_pacing.py
books the slots in the database instead, and keeps to this pacer for the rest.

The dispatcher sends one request through the pacer. A rate limit pauses the whole pacer for as
long as the platform asks and the request goes again; a failure that may pass (a 5xx, a
timeout, a dropped connection) is retried after an exponentially growing wait, a bounded number
of times; anything else, or a failure that outlasts its retries, reaches the caller as raised.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Protocol, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[object]]
REMEMBERED_KEYS = 4096
"""Past this many keys, those whose spacing has run out are forgotten."""
EPSILON = 1e-9


class LastSecond:
    """When calls really went in the last second: a process that stalled wakes with several
    slots past, and this keeps them from all going at once."""

    def __init__(self, rate: float) -> None:
        self.per_second = max(1, math.floor(rate + EPSILON))
        self._went: deque[float] = deque()

    def free_at(self, now: float, cost: int) -> float:
        """The earliest time `cost` more calls keep the last second within the rate."""
        while self._went and self._went[0] < now - 1.0 - EPSILON:  # a hair short of 1 s is in
            self._went.popleft()
        leaving = len(self._went) + min(cost, self.per_second) - self.per_second
        return self._went[leaving - 1] + 1.0 if leaving > 0 else -math.inf

    def went(self, now: float, cost: int) -> None:
        """Notes `cost` calls going now."""
        self._went.extend([now] * min(cost, self.per_second))


class Pacer:
    """Spaces calls: at most `rate` a second in all, and `per_key` seconds apart for one key."""

    def __init__(
        self,
        rate: float,
        *,
        per_key: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError(f"a pacer needs a rate above 0 (got {rate})")
        self.interval = 1.0 / rate
        self.per_key = per_key
        self.clock = clock
        self._sleep = sleep
        self._first_free = 0
        """Every slot from the current one up to this one is booked."""
        self._booked: set[int] = set()
        """Booked slots at or after `_first_free` (those of keyed calls that had to wait)."""
        self._keys: dict[Hashable, float] = {}
        """When each key may be booked next."""
        self._last_second = LastSecond(rate)
        self._key_free: dict[Hashable, float] = {}
        """When each key may go again, counted from when its last call went."""
        self.paused_until = -math.inf

    def book(self, key: Hashable | None = None, cost: int = 1) -> float:
        """Books `cost` slots for one call and returns the clock time at which it may go."""
        now, cost = self.clock(), max(1, cost)
        self._forget_past(now)
        earliest = max(now, self.paused_until)
        if key is not None:
            earliest = max(earliest, self._keys.get(key, earliest))
        slot = max(self._first_free, math.ceil(earliest / self.interval))
        for _ in range(cost):
            while slot in self._booked:
                slot += 1
            self._booked.add(slot)
            last, slot = slot, slot + 1
        while self._first_free in self._booked:
            self._booked.discard(self._first_free)
            self._first_free += 1
        at = last * self.interval
        if key is not None and self.per_key:
            self._keys[key] = at + self.per_key * cost
        return at

    async def wait(self, key: Hashable | None = None, cost: int = 1) -> None:
        """Returns when the call may go: its slot has come, no pause holds it, and neither the
        last second nor its key has had its share; a pause declared meanwhile rebooks it."""
        cost = max(1, cost)
        at = self.book(key, cost)
        while (delay := max(at, self.held_until(key, cost)) - self.clock()) > 0:
            await self._sleep(delay)
            if at < self.paused_until:
                at = self.book(key, cost)
        self.went(key, cost)

    def held_until(self, key: Hashable | None, cost: int) -> float:
        """The earliest time the calls that really went let this one go."""
        held = max(self.paused_until, self._last_second.free_at(self.clock(), cost))
        if key is not None:
            held = max(held, self._key_free.get(key, held))
        return held

    def went(self, key: Hashable | None, cost: int) -> None:
        """Notes a call going now, for `held_until`."""
        now = self.clock()
        self._last_second.went(now, cost)
        if key is None or not self.per_key:
            return
        if len(self._key_free) > REMEMBERED_KEYS:
            self._key_free = {key: at for key, at in self._key_free.items() if at > now}
        self._key_free[key] = now + self.per_key * cost

    def pause(self, seconds: float) -> None:
        """No call goes for `seconds` (the platform said so); calls already booked wait too."""
        self.paused_until = max(self.paused_until, self.clock() + seconds)

    def _forget_past(self, now: float) -> None:
        current = math.floor(now / self.interval)
        if current > self._first_free:
            self._first_free = current
            if self._booked:
                self._booked = {slot for slot in self._booked if slot >= current}
        if len(self._keys) > REMEMBERED_KEYS:
            self._keys = {key: at for key, at in self._keys.items() if at > now}


class Spacing(Protocol):
    """What the dispatcher needs of a pacer."""

    async def wait(self, key: Hashable | None = None, cost: int = 1) -> None:
        """Returns when a call with this key and cost may go."""
        ...

    def pause(self, seconds: float) -> None:
        """No call goes for `seconds`."""
        ...


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often a request is tried again, and how long the dispatcher waits in between."""

    retries: int = 3
    """Tries after the first for a failure that may pass (5xx, timeout, connection)."""
    first_delay: float = 1.0
    factor: float = 2.0
    longest_delay: float = 30.0
    rate_limited_retries: int = 5
    """Tries after a 429 each; each first waits as long as the platform asked."""

    def backoff(self, failures: int) -> float:
        """The wait before the next try after `failures` failures that may pass."""
        return float(min(self.longest_delay, self.first_delay * self.factor**failures))


class Dispatcher:
    """Sends requests through a pacer: waits out rate limits and retries passing failures."""

    def __init__(
        self,
        pacer: Spacing,
        *,
        retry_after: Callable[[Exception], float | None],
        transient: Callable[[Exception], bool],
        policy: RetryPolicy | None = None,
        sleep: Sleep | None = None,
    ) -> None:
        """`retry_after`: the wait a rate-limit error asks for, None for other errors;
        `transient`: whether an error may pass when the request is tried again."""
        self.pacer = pacer
        self.retry_after = retry_after
        self.transient = transient
        self.policy = policy or RetryPolicy()
        self._sleep = sleep or asyncio.sleep

    async def send(
        self,
        request: Callable[[], Awaitable[T]],
        *,
        key: Hashable | None = None,
        cost: int = 1,
        label: str = "request",
    ) -> T:
        """The request's answer; its error once it may not be retried (any more)."""
        limited = failures = 0
        while True:
            await self.pacer.wait(key, cost)
            try:
                return await request()
            except Exception as error:  # classified, then retried or raised as it is
                wait = self.retry_after(error)
                if wait is not None:
                    if limited >= self.policy.rate_limited_retries:
                        raise
                    limited += 1
                    logger.info("%s: rate limited, all sending waits %.1f s", label, wait)
                    self.pacer.pause(wait)
                    continue
                if not self.transient(error) or failures >= self.policy.retries:
                    raise
                delay = self.policy.backoff(failures)
                failures += 1
                logger.info(
                    "%s: %s, try %d again in %.1f s",
                    label,
                    type(error).__name__,
                    failures + 1,
                    delay,
                )
                await self._sleep(delay)
