"""A typing indicator kept alive while a reply is composed, for any platform."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable


@contextlib.asynccontextmanager
async def typing_while(
    show: Callable[[], Awaitable[object]],
    every: float,
    ignore: tuple[type[Exception], ...],
    *,
    after: float = 0.0,
) -> AsyncIterator[None]:
    """Calls `show` after `after` seconds and then every `every` seconds while the block runs;
    `ignore`d errors pass. A block done within `after` seconds shows nothing.

    On leaving, it waits (up to a second) for an indicator already asked for to land: one that
    arrived after the reply would linger on screen after it.
    """
    asked = asyncio.Event()
    landed = asyncio.Event()

    async def keep_showing() -> None:
        if after > 0:
            await asyncio.sleep(after)
        while True:
            asked.set()
            with contextlib.suppress(*ignore):
                await show()
            landed.set()
            await asyncio.sleep(every)

    task = asyncio.create_task(keep_showing())
    try:
        yield
    finally:
        if asked.is_set() or after <= 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(landed.wait(), 1.0)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
