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
) -> AsyncIterator[None]:
    """Calls `show` now and every `every` seconds while the block runs; `ignore`d errors pass.

    On leaving, it waits (up to a second) for the first indicator to land: one that arrived
    after the reply would linger on screen after it.
    """
    first = asyncio.Event()

    async def keep_showing() -> None:
        while True:
            with contextlib.suppress(*ignore):
                await show()
            first.set()
            await asyncio.sleep(every)

    task = asyncio.create_task(keep_showing())
    try:
        yield
    finally:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(first.wait(), 1.0)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
