"""Finding and claiming due check-ins among 1,000,000 sessions, on SQLite and PostgreSQL.

Prints the p50 / p99 time of claiming 100 due sessions (each claim in its own unit of work,
rolled back so the same rows stay due), of an idle tick (nothing due), and of the idle tick with
the look for abandoned claims that a sweep adds every 5 minutes (core/services/sweep.py).
Usage: .venv/bin/python bench/followups.py [--sessions 1000000] [--runs 200]
       [--postgres postgresql+asyncpg://postgres@127.0.0.1:5432/test | --no-postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, text

from core.domain import Address, FollowUpSettings, Session, SessionStatus
from core.services.sweep import ABANDONED_AFTER
from storage import migrate
from storage.database import create_engine_for
from storage.mapping import session_row
from storage.tables import SessionRow, UserRow
from storage.uow import unit_of_work_factory

NOW = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)
DUE = 1000
"""How many sessions are due at NOW; the rest are due later today or have check-ins off."""


async def seed(engine, sessions: int) -> None:  # type: ignore[no-untyped-def]
    """One person and `sessions` sessions, a third with check-ins on, 1,000 of them due."""
    async with engine.begin() as db:
        await db.execute(
            insert(UserRow),
            [
                {
                    "id": 1,
                    "display_name": None,
                    "timezone": "UTC",
                    "locale": None,
                    "reachable": True,
                    "preferences": {},
                    "created_at": NOW,
                    "last_seen_at": NOW,
                }
            ],
        )
    chunk = 20_000
    for start in range(0, sessions, chunk):
        rows = []
        for i in range(start, min(start + chunk, sessions)):
            enabled = i < DUE or i % 3 == 0
            due = NOW - timedelta(seconds=i) if i < DUE else NOW + timedelta(minutes=1 + i % 1400)
            followup = FollowUpSettings(enabled, "20:00", "UTC", due) if enabled else None
            rows.append(
                session_row(
                    Session(
                        id=0,
                        user_id=1,
                        title="s",
                        status=SessionStatus.ACTIVE,
                        created_at=NOW,
                        updated_at=NOW,
                        origin=Address("bench", "1"),
                        followup=followup or FollowUpSettings(),
                    )
                )
            )
        async with engine.begin() as db:
            await db.execute(insert(SessionRow), rows)


async def timed_claims(engine, at: datetime, runs: int, look: bool = False) -> list[float]:  # type: ignore[no-untyped-def]
    factory = unit_of_work_factory(engine)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        async with factory() as uow:
            abandoned = []
            if look:
                abandoned = await uow.deliveries.take_over(at - ABANDONED_AFTER, at, 100)
            claimed = await uow.sessions.claim_due(at, 100 - len(abandoned))
        times.append(time.perf_counter() - start)
        assert len(claimed) == (100 if at >= NOW else 0)
    return times


def quantiles(values: list[float]) -> str:
    ordered = sorted(values)
    p50, p99 = ordered[len(ordered) // 2], ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    return f"p50 {p50 * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms"


async def measure(name: str, url: str, sessions: int, runs: int) -> None:
    engine = create_engine_for(url)
    try:
        await migrate.upgrade(engine)
        began = time.perf_counter()
        await seed(engine, sessions)
        if engine.dialect.name == "postgresql":
            async with engine.begin() as db:
                await db.execute(text("ANALYZE sessions"))
        print(f"{name}: seeded {sessions:,} sessions in {time.perf_counter() - began:.0f} s")
        await timed_claims(engine, NOW, 20)  # warm-up
        print(f"{name}: claim 100 due: {quantiles(await timed_claims(engine, NOW, runs))}")
        idle = await timed_claims(engine, NOW - timedelta(days=1), runs)
        print(f"{name}: idle tick (nothing due): {quantiles(idle)}")
        looking = await timed_claims(engine, NOW - timedelta(days=1), runs, look=True)
        print(f"{name}: idle tick looking for abandoned claims: {quantiles(looking)}")
    finally:
        await engine.dispose()


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        await measure("SQLite", f"sqlite+aiosqlite:///{folder}/f.db", args.sessions, args.runs)
    if args.no_postgres:
        return
    name = f"amora_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine_for(args.postgres.rsplit("/", 1)[0] + "/postgres")
    async with admin.connect() as db:
        await db.execution_options(isolation_level="AUTOCOMMIT")
        await db.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        await measure(
            "PostgreSQL", args.postgres.rsplit("/", 1)[0] + f"/{name}", args.sessions, args.runs
        )
    finally:
        async with admin.connect() as db:
            await db.execution_options(isolation_level="AUTOCOMMIT")
            await db.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        await admin.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--postgres", default="postgresql+asyncpg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--no-postgres", action="store_true")
    asyncio.run(main(parser.parse_args()))
