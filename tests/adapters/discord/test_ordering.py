"""One channel's events in arrival order; different channels at the same time."""

from __future__ import annotations

import asyncio

from adapters.discord.ordering import ChannelOrder


async def test_a_channels_turns_run_in_arrival_order_and_channels_side_by_side() -> None:
    order = ChannelOrder()
    done: list[str] = []
    both_running = asyncio.Event()
    running: set[int] = set()

    async def turn(channel: int, name: str, seconds: float) -> None:
        async with order.turn(channel):
            running.add(channel)
            if running == {1, 2}:
                both_running.set()
            await asyncio.sleep(seconds)
            running.discard(channel)
            done.append(name)

    # The first message of channel 1 is slow; its second must still come after it.
    tasks = [
        asyncio.create_task(turn(1, "a1", 0.05)),
        asyncio.create_task(turn(1, "a2", 0.0)),
        asyncio.create_task(turn(2, "b1", 0.01)),
    ]
    await asyncio.gather(*tasks)

    assert done.index("a1") < done.index("a2")
    assert done[0] == "b1" and both_running.is_set()
    assert order.busy == 0


async def test_drained_waits_for_running_turns() -> None:
    order = ChannelOrder()
    release = asyncio.Event()

    async def slow() -> None:
        async with order.turn(7):
            await release.wait()

    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    drained = asyncio.create_task(order.drained())
    await asyncio.sleep(0.01)
    assert not drained.done() and order.busy == 1

    release.set()
    await asyncio.wait_for(drained, 1)
    await task
