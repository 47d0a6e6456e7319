"""Time for the pacer that moves only when every task is waiting for it."""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import Coroutine
from typing import Any

SETTLE_STEPS = 100
"""Event-loop turns given to the tasks before time moves on."""
REAL_WAITS = 2000
"""Millisecond waits allowed for work that waits on real time (a library's own short sleep)."""


class FakeTime:
    """A clock and a sleep: `run` wakes sleepers in order of their wake-up time."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.slept: list[float] = []
        """Every sleep asked for, in seconds."""
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def clock(self) -> float:
        """The fake time, in seconds."""
        return self.now

    async def sleep(self, seconds: float) -> None:
        """Returns when `run` has moved time `seconds` on."""
        self.slept.append(seconds)
        woken: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + seconds, next(self._order), woken))
        await woken

    async def run(self, *work: Coroutine[Any, Any, Any]) -> list[Any]:
        """Runs the coroutines side by side to the end, moving time only when all wait on it."""
        tasks = [asyncio.create_task(w) for w in work]
        real_waits = 0
        while True:
            for _ in range(SETTLE_STEPS):
                await asyncio.sleep(0)
            if all(task.done() for task in tasks):
                return [task.result() for task in tasks]
            if not self._sleepers:
                real_waits += 1
                if real_waits > REAL_WAITS:
                    raise AssertionError("the tasks wait for something other than time")
                await asyncio.sleep(0.001)
                continue
            wake, _, woken = heapq.heappop(self._sleepers)
            self.now = max(self.now, wake)
            woken.set_result(None)
