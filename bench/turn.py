"""Coaching turns through the core on SQLite with 100,000 messages stored.

Prints p50 / p99 latency at a paced 100 turns/s and the sustained maximum turns per second.
Usage: .venv/bin/python bench/turn.py [--messages 100000] [--seconds 10] [--workers 8]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from bot.bootstrap import build
from bot.config import Settings
from core.domain import Address, PlatformUser, Session, SessionStatus
from core.incoming import Incoming
from storage.mapping import session_row
from storage.tables import CurrentSessionRow, IdentityRow, MessageRow, SessionRow, UserRow

PEOPLE = 1000
TEXTS = [
    "We keep arguing about chores and I feel frustrated.",
    "My boyfriend is always on his phone when we are together.",
    "I don't trust my wife since she started working late.",
    "My mother-in-law criticises everything I do.",
    "We've been long distance for a year and I'm lonely.",
    "What should I do to bring the spark back?",
    "I tried the appreciation exercise and it went well.",
    "I feel like we are drifting apart, more like roommates.",
    "I'm not sure if I'm ready to move in with him.",
    "My ex keeps changing the kids' schedule at the last minute.",
]


async def seed(engine, messages: int) -> None:  # type: ignore[no-untyped-def]
    """Bulk-inserts people, sessions and messages, as a busy database would have them."""
    now = datetime.now(UTC) - timedelta(days=1)
    per_session = messages // PEOPLE
    async with engine.begin() as db:
        await db.execute(
            insert(UserRow),
            [
                {
                    "id": i,
                    "display_name": None,
                    "timezone": None,
                    "locale": None,
                    "reachable": True,
                    "preferences": {},
                    "created_at": now,
                    "last_seen_at": now,
                }
                for i in range(1, PEOPLE + 1)
            ],
        )
        await db.execute(
            insert(IdentityRow),
            [
                {"user_id": i, "platform": "bench", "platform_user_id": str(i)}
                for i in range(1, PEOPLE + 1)
            ],
        )
        await db.execute(
            insert(SessionRow),
            [
                session_row(
                    Session(
                        id=i,
                        user_id=i,
                        title="Bench",
                        status=SessionStatus.ACTIVE,
                        created_at=now,
                        updated_at=now,
                        origin=Address("bench", str(i)),
                        primary_topic="conflict",
                    )
                )
                for i in range(1, PEOPLE + 1)
            ],
        )
        await db.execute(
            insert(CurrentSessionRow),
            [
                {"user_id": i, "platform": "bench", "chat_id": str(i), "session_id": i}
                for i in range(1, PEOPLE + 1)
            ],
        )
        rows = [
            {
                "session_id": s,
                "user_id": s,
                "role": "user" if n % 2 == 0 else "coach",
                "text": TEXTS[n % len(TEXTS)],
                "created_at": now,
                "safety": "none",
                "meta": {},
                "platform": "bench",
                "chat_id": str(s),
                "thread_id": None,
                "platform_message_id": f"seed-{n}" if n % 2 == 0 else None,
            }
            for s in range(1, PEOPLE + 1)
            for n in range(per_session)
        ]
        for start in range(0, len(rows), 5000):
            await db.execute(insert(MessageRow), rows[start : start + 5000])


class Load:
    """Makes turns from random people with unique platform message ids."""

    def __init__(self, amora) -> None:  # type: ignore[no-untyped-def]
        self.amora = amora
        self.rng = random.Random(1)
        self.counter = 0

    async def turn(self) -> float:
        self.counter += 1
        person = str(self.rng.randint(1, PEOPLE))
        incoming = Incoming(
            PlatformUser("bench", person),
            Address("bench", person),
            self.rng.choice(TEXTS),
            platform_message_id=f"bench-{self.counter}",
        )
        start = time.perf_counter()
        await self.amora.message(incoming)
        return time.perf_counter() - start


async def paced(load: Load, rate: float, seconds: float) -> list[float]:
    """Starts turns at a fixed rate, as independent tasks, and returns their latencies."""
    tasks, start = [], time.perf_counter()
    for i in range(int(rate * seconds)):
        delay = start + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(load.turn()))
    return list(await asyncio.gather(*tasks))


async def sustained(load: Load, workers: int, seconds: float) -> tuple[float, float]:
    """Turns per second with `workers` people writing back to back, and CPU seconds a turn.

    The CPU time (all threads of this process) moves less than the rate on a shared machine.
    """
    done, stop = 0, time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal done
        while time.perf_counter() < stop:
            await load.turn()
            done += 1

    start, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker() for _ in range(workers)))
    return done / (time.perf_counter() - start), (time.process_time() - cpu) / done


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings.model_validate(
            {"database": {"url": f"sqlite+aiosqlite:///{folder}/bench.db"}, "coach": {"seed": 3}}
        )
        async with build(settings) as runtime:
            began = time.perf_counter()
            await seed(runtime.engine, args.messages)
            print(f"seeded {args.messages:,} messages in {time.perf_counter() - began:.1f} s")
            load = Load(runtime.amora)
            for _ in range(200):
                await load.turn()
            latencies = await paced(load, 100.0, args.seconds)
            print(
                f"paced 100 turns/s for {args.seconds:.0f} s ({len(latencies)} turns): "
                f"p50 {percentile(latencies, 50) * 1000:.2f} ms, "
                f"p99 {percentile(latencies, 99) * 1000:.2f} ms, "
                f"mean {statistics.fmean(latencies) * 1000:.2f} ms"
            )
            rate, cpu = await sustained(load, args.workers, args.seconds)
            print(
                f"sustained, {args.workers} concurrent people: {rate:.0f} turns/s "
                f"({cpu * 1000:.2f} ms CPU a turn)"
            )
            rate, cpu = await sustained(load, 1, args.seconds / 2)
            print(
                f"sustained, one person at a time: {rate:.0f} turns/s "
                f"({cpu * 1000:.2f} ms CPU a turn)"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=8)
    asyncio.run(main(parser.parse_args()))
