"""Start-up time and memory of `amora run` with 100,000 follow-up-enabled sessions.

Measures, for an empty database and for one with --people people (each with an active session
whose daily check-in is on, at a local time in their own zone):
  - `amora run` against the Telegram emulator: seconds from starting the process until it logs
    "ready" (the adapter is taking updates, the scheduler has started and the first follow-up
    sweep has finished), the CPU time it had used by then (steadier than the wall clock on a
    busy machine), and its resident memory then (VmRSS in /proc/PID/status);
  - the per-job design side by side: a small program that loads the same people and schedules
    one APScheduler 3.x job each (CronTrigger at their local time in their zone,
    AsyncIOScheduler, MemoryJobStore; jobs added before the scheduler starts, its cheaper
    path), ready once the scheduler has started and looked at its jobs; timed and measured
    the same way.
"Added" is the 100k figure minus the same design's empty-database figure; the empty database
has the schema already, as the full one does. Every check-in is seeded to fall due later than
the bench runs, so Amora's first sweep is an idle tick.
Needs node and `npm ci --prefix tests/e2e/telegram` (or `make test` once).
Usage: .venv/bin/python bench/startup.py [--people 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.e2e.telegram

ZONES = (
    "Europe/Berlin",
    "Europe/London",
    "Europe/Madrid",
    "Europe/Kyiv",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "America/Mexico_City",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Asia/Dubai",
    "Africa/Lagos",
    "Africa/Nairobi",
    "Australia/Sydney",
    "Pacific/Auckland",
    "UTC",
)
NOT_BEFORE_MINUTES = 30
"""Seeded check-ins fall due no sooner than this, so no sweep during the bench sends any."""
READY_TIMEOUT = 120.0


async def seed(url: str, people: int) -> None:
    """Migrates, then bulk-inserts people, their identities and one due-later session each."""
    import random
    from datetime import UTC, datetime, time, timedelta
    from zoneinfo import ZoneInfo

    from sqlalchemy import insert

    from core.domain import Address, FollowUpSettings, Session, SessionStatus
    from core.schedule import next_occurrence
    from storage import migrate
    from storage.database import create_engine_for
    from storage.mapping import session_row
    from storage.tables import CurrentSessionRow, IdentityRow, SessionRow, UserRow

    engine = create_engine_for(url)
    await migrate.upgrade(engine)
    now = datetime.now(UTC)
    after = now + timedelta(minutes=NOT_BEFORE_MINUTES)
    pick = random.Random(7)
    zones = {name: ZoneInfo(name) for name in ZONES}
    chunk = 10_000
    try:
        for start in range(1, people + 1, chunk):
            ids = range(start, min(start + chunk, people + 1))
            users, identities, sessions, current = [], [], [], []
            for i in ids:
                zone = pick.choice(ZONES)
                local = time(pick.randrange(24), pick.randrange(0, 60, 5))
                users.append(
                    {
                        "id": i,
                        "display_name": None,
                        "timezone": zone,
                        "locale": "en",
                        "reachable": True,
                        "preferences": {},
                        "created_at": now,
                        "last_seen_at": now,
                    }
                )
                identities.append(
                    {"id": i, "user_id": i, "platform": "telegram", "platform_user_id": str(i)}
                )
                followup = FollowUpSettings(
                    True, f"{local:%H:%M}", zone, next_occurrence(local, zones[zone], after)
                )
                sessions.append(
                    session_row(
                        Session(
                            id=i,
                            user_id=i,
                            title="My first session",
                            status=SessionStatus.ACTIVE,
                            created_at=now,
                            updated_at=now,
                            origin=Address("telegram", str(i)),
                            followup=followup,
                        )
                    )
                )
                current.append(
                    {"user_id": i, "platform": "telegram", "chat_id": str(i), "session_id": i}
                )
            async with engine.begin() as db:
                for table, rows in (
                    (UserRow, users),
                    (IdentityRow, identities),
                    (SessionRow, sessions),
                    (CurrentSessionRow, current),
                ):
                    await db.execute(insert(table), rows)
    finally:
        await engine.dispose()


@dataclass(frozen=True)
class Figure:
    """One start-up: seconds until ready, the CPU seconds it took, resident memory then (MB)."""

    seconds: float
    cpu_seconds: float
    rss_mb: float


def rss_mb(pid: int) -> float:
    """VmRSS of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used (/proc/PID/stat), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_until_ready(command: list[str], env: dict[str, str], cwd: Path) -> Figure:
    """Starts a process, reads its standard error until a line says "ready", then stops it."""
    began = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    seen = b""
    try:
        while True:
            left = READY_TIMEOUT - (time.perf_counter() - began)
            readable, _, _ = select.select([process.stderr], [], [], max(left, 0))
            chunk = os.read(process.stderr.fileno(), 65536) if readable else b""
            if not chunk:
                raise RuntimeError(f"{command[-1]}: not ready:\n{seen.decode(errors='replace')}")
            seen += chunk
            if b": ready" in seen:
                seconds = time.perf_counter() - began
                return Figure(seconds, cpu_seconds(process.pid), rss_mb(process.pid))
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


def amora_env(emulator_url: str, database: Path, token: str) -> dict[str, str]:
    """`amora run` on this database, Telegram pointed at the emulator."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("AMORA_")}
    return environ | {
        "AMORA_DATABASE__URL": f"sqlite:///{database}",
        "AMORA_TELEGRAM__ENABLED": "true",
        "AMORA_TELEGRAM__TOKEN": token,
        "AMORA_TELEGRAM__BASE_URL": f"{emulator_url}/bot",
        "AMORA_TELEGRAM__BASE_FILE_URL": f"{emulator_url}/file/bot",
    }


def per_job(database: str) -> None:
    """The per-job design: one APScheduler job per person, loaded at start; logs "ready"."""
    from zoneinfo import ZoneInfo

    from apscheduler.schedulers.asyncio import AsyncIOScheduler
    from apscheduler.triggers.cron import CronTrigger

    async def checkin(session_id: int) -> None:
        """Would send one person's check-in."""

    async def main() -> None:
        import sqlite3
        from datetime import UTC

        with sqlite3.connect(database) as db:
            rows = db.execute(
                "SELECT id, followup_time, followup_timezone FROM sessions "
                "WHERE followup_enabled AND status = 'active'"
            ).fetchall()
        scheduler = AsyncIOScheduler(timezone=UTC)
        for session_id, local, zone in rows:
            hour, minute = local.split(":")
            scheduler.add_job(
                checkin,
                CronTrigger(hour=int(hour), minute=int(minute), timezone=ZoneInfo(zone)),
                args=(session_id,),
                id=f"checkin-{session_id}",
                replace_existing=True,
                coalesce=True,
                misfire_grace_time=3 * 3600,
            )
        scheduler.start()
        await asyncio.sleep(0)  # the scheduler's first look at its jobs
        print(f"per-job: ready, {len(scheduler.get_jobs())} jobs", file=sys.stderr, flush=True)
        stop = asyncio.Event()
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
        await stop.wait()
        scheduler.shutdown(wait=False)

    asyncio.run(main())


def measure(options: argparse.Namespace, workdir: Path) -> dict[str, list[Figure]]:
    """Every design on both databases, --runs times each, interleaved."""
    from tests.e2e.telegram.emulator import Emulator, amora_command

    databases = {"empty": workdir / "empty.db", "full": workdir / "full.db"}
    began = time.perf_counter()
    asyncio.run(seed(f"sqlite+aiosqlite:///{databases['empty']}", 0))
    asyncio.run(seed(f"sqlite+aiosqlite:///{databases['full']}", options.people))
    print(f"seeded {options.people:,} people in {time.perf_counter() - began:.1f} s")
    figures: dict[str, list[Figure]] = {}
    emulator = Emulator()
    try:
        for run in range(options.runs):
            for size, database in databases.items():
                env = amora_env(emulator.url, database, f"{5000 + run}:startup-{size}")
                figures.setdefault(f"amora {size}", []).append(
                    start_until_ready([*amora_command(), "run"], env, workdir)
                )
                worker = [sys.executable, __file__, "--per-job", str(database)]
                figures.setdefault(f"per-job {size}", []).append(
                    start_until_ready(worker, dict(os.environ), workdir)
                )
    finally:
        emulator.stop()
    return figures


def spread(values: list[float], digits: int) -> str:
    """The median and, in brackets, the range of a few runs."""
    low, high = min(values), max(values)
    return f"{statistics.median(values):.{digits}f} ({low:.{digits}f}-{high:.{digits}f})"


def report(figures: dict[str, list[Figure]], people: int) -> None:
    """The table (medians, ranges in brackets), then the ratios and the targets."""

    def median(key: str, field: str) -> float:
        return statistics.median(getattr(f, field) for f in figures[key])

    def added(design: str, field: str) -> float:
        return median(f"{design} full", field) - median(f"{design} empty", field)

    print(
        f"\n{'design':<26} {'start-up s':>18} {'added s':>8} {'CPU s':>18} "
        f"{'RSS MB':>14} {'added MB':>9}"
    )
    for design in ("amora", "per-job"):
        for size in ("empty", "full"):
            key = f"{design} {size}"
            name = f"{design}, {'empty' if size == 'empty' else f'{people:,} sessions'}"
            seconds = spread([f.seconds for f in figures[key]], 2)
            cpu = spread([f.cpu_seconds for f in figures[key]], 2)
            rss = spread([f.rss_mb for f in figures[key]], 0)
            more_s = median(key, "seconds") - median(f"{design} empty", "seconds")
            more_mb = median(key, "rss_mb") - median(f"{design} empty", "rss_mb")
            print(f"{name:<26} {seconds:>18} {more_s:>8.2f} {cpu:>18} {rss:>14} {more_mb:>9.1f}")
    amora_s, job_s = median("amora full", "seconds"), median("per-job full", "seconds")
    amora_cpu, job_cpu = median("amora full", "cpu_seconds"), median("per-job full", "cpu_seconds")
    print(
        f"\nstart-up with {people:,} sessions, per-job / amora: {job_s / amora_s:.1f}x "
        f"(CPU time: {job_cpu / amora_cpu:.1f}x)"
    )
    # Amora keeps nothing per session, so what it adds is noise around zero; floors keep the
    # ratios finite and on the cautious side.
    print(
        f"start-up added by the sessions, per-job / amora: "
        f"{added('per-job', 'seconds') / max(added('amora', 'seconds'), 0.1):.0f}x "
        f"(amora floored at 0.1 s)"
    )
    print(
        f"memory added by the sessions, per-job / amora: "
        f"{added('per-job', 'rss_mb') / max(added('amora', 'rss_mb'), 1.0):.0f}x "
        f"(amora floored at 1 MB)"
    )
    print(
        f"targets: amora start-up {amora_s:.2f} s, {amora_cpu:.2f} s of CPU (<= 2 s), RSS "
        f"{median('amora full', 'rss_mb'):.0f} MB (<= 150 MB), both ratios >= 10x"
    )


def main() -> int:
    """Seeds, measures, prints."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--people", type=int, default=100_000)
    args.add_argument("--runs", type=int, default=3)
    args.add_argument("--per-job", metavar="DATABASE", help=argparse.SUPPRESS)
    options = args.parse_args()
    if options.per_job:
        per_job(options.per_job)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        report(measure(options, Path(folder)), options.people)
    return 0


if __name__ == "__main__":
    sys.exit(main())
