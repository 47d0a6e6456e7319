"""Two sweeps in two processes on one PostgreSQL database: every check-in goes exactly once."""

from __future__ import annotations

import asyncio
import json
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.scale.seed import seed_due

ROOT = Path(__file__).resolve().parents[2]
DUE = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
COUNT = 1000


async def sweep_in_processes(url: str, outputs: list[Path], now: datetime) -> list[dict[str, int]]:
    """Starts one sweeper process per output file, lets them go together, returns their reports."""
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.scale.sweeper",
            url,
            str(out),
            now.isoformat(),
            cwd=ROOT,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        for out in outputs
    ]
    for process in processes:
        assert process.stdout is not None
        assert await process.stdout.readline() == b"ready\n"
    for process in processes:
        assert process.stdin is not None
        process.stdin.write(b"go\n")
        await process.stdin.drain()
    answers = [await process.communicate() for process in processes]
    assert [process.returncode for process in processes] == [0] * len(processes)
    return [json.loads(stdout) for stdout, _ in answers]


async def test_two_sweeping_processes_send_every_check_in_exactly_once(
    postgres_engine: AsyncEngine, tmp_path: Path
) -> None:
    await seed_due(postgres_engine, COUNT, DUE, pairs=100)
    url = postgres_engine.url.render_as_string(hide_password=False)
    outputs = [tmp_path / "first.txt", tmp_path / "second.txt"]

    reports = await sweep_in_processes(url, outputs, DUE + timedelta(minutes=1))

    sent = [[int(line) for line in out.read_text().split()] for out in outputs]
    times = Counter(session for mine in sent for session in mine)
    assert sorted(times) == list(range(1, COUNT + 1)), "none missed"
    assert max(times.values()) == 1, "none sent twice"
    assert all(mine for mine in sent), "both processes swept at the same time"
    assert sum(r["sent"] for r in reports) == COUNT
    query = text("SELECT status, count(*) FROM followup_deliveries GROUP BY status")
    async with postgres_engine.connect() as db:
        statuses: dict[str, int] = {row[0]: row[1] for row in await db.execute(query)}
    assert statuses == {"sent": COUNT}
