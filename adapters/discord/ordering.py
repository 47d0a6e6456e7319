"""Events of one channel in the order they arrived, channels side by side."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator


class ChannelOrder:
    """A lock per channel, held for the length of one event's turn.

    discord.py runs every gateway event as its own task (`Client.dispatch`), so without this
    a person's second message could be answered before their first. Tasks start in the order
    the events arrived and asyncio locks wake their waiters first-in first-out, so a handler
    that takes its channel's turn before its first real await keeps the channel's order.
    """

    def __init__(self) -> None:
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}
        self._busy = 0
        self._idle = asyncio.Event()
        self._idle.set()

    @contextlib.asynccontextmanager
    async def turn(self, channel_id: int) -> AsyncIterator[None]:
        """Holds the channel's lock while the block runs."""
        lock = self._locks.setdefault(channel_id, asyncio.Lock())
        self._waiting[channel_id] = self._waiting.get(channel_id, 0) + 1
        try:
            async with self.active(), lock:
                yield
        finally:
            self._waiting[channel_id] -= 1
            if not self._waiting[channel_id]:
                # Forget idle channels so the table does not grow with every channel ever seen.
                del self._waiting[channel_id], self._locks[channel_id]

    @contextlib.asynccontextmanager
    async def active(self) -> AsyncIterator[None]:
        """Counts the block as work in flight, which `drained` waits for."""
        self._busy += 1
        self._idle.clear()
        try:
            yield
        finally:
            self._busy -= 1
            if not self._busy:
                self._idle.set()

    @property
    def busy(self) -> int:
        """How many turns are running or waiting."""
        return self._busy

    async def drained(self) -> None:
        """Returns once no turn is running or waiting."""
        await self._idle.wait()
