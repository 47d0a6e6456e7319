"""SQLite's write transactions on the event loop: never waiting there, safe with other processes.

storage/sqlite_driver.py runs a write transaction's statements on the loop and everything that
can wait (the write lock, a checkpoint's disk sync) in the connection's thread.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine

from core.domain import PlatformUser
from storage import sqlite_driver
from storage.database import create_engine_for
from storage.migrate import upgrade
from storage.uow import unit_of_work_factory
from tests.storage.builders import NOW, add_session, add_user, say

ROOT = Path(__file__).resolve().parents[2]

HOLD_LOCK = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("COMMIT")
"""

WRITER = """
import asyncio, sys
from core.domain import PlatformUser
from storage.database import create_engine_for
from storage.uow import unit_of_work_factory
from tests.storage.builders import NOW, add_session, add_user, say

async def main(url, name, turns):
    engine = create_engine_for(url)
    factory = unit_of_work_factory(engine)
    try:
        for i in range(turns):
            async with factory() as uow:
                user = await add_user(uow, f"{name}-{i}")
                await say(uow, await add_session(uow, user), f"{name} {i}")
                await uow.commit()
    finally:
        await engine.dispose()

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
"""


@asynccontextmanager
async def sqlite_engine(path: Path, **options: Any) -> AsyncIterator[AsyncEngine]:
    engine = create_engine_for(f"sqlite+aiosqlite:///{path}", **options)
    try:
        await upgrade(engine)
        yield engine
    finally:
        await engine.dispose()


@contextmanager
def lock_held(path: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the database's write lock for `seconds`."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.wait(timeout=30)


async def longest_stall(work: Awaitable[Any]) -> tuple[Any, float]:
    """Runs `work` while a ticker measures the longest time the event loop did not answer."""
    done = asyncio.Event()
    longest = 0.0

    async def tick() -> None:
        nonlocal longest
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            longest, last = max(longest, now - last), now

    ticker = asyncio.create_task(tick())
    await asyncio.sleep(0)  # the ticker starts first
    try:
        result = await work
    finally:
        done.set()
        await ticker  # and measures the last interval too
    return result, longest


async def add_person(engine: AsyncEngine, name: str) -> None:
    async with unit_of_work_factory(engine)() as uow:
        await add_user(uow, name)
        await uow.commit()


async def thread_of_statements(engine: AsyncEngine) -> int:
    """The thread a statement in a transaction ran in."""
    async with engine.connect() as connection:
        raw = await connection.get_raw_connection()
        await raw.driver_connection.create_function("thread_id", 0, threading.get_ident)
        ident = (await connection.execute(text("SELECT thread_id()"))).scalar_one()
        await connection.commit()
    assert isinstance(ident, int)
    return ident


async def test_a_write_transaction_runs_on_the_event_loop(tmp_path: Path) -> None:
    async with sqlite_engine(tmp_path / "a.db") as engine:
        assert await thread_of_statements(engine) == threading.get_ident()


async def test_within_off_the_loop_a_write_transaction_runs_in_the_thread(tmp_path: Path) -> None:
    async with sqlite_engine(tmp_path / "a.db") as engine:
        with sqlite_driver.off_the_loop():
            assert await thread_of_statements(engine) != threading.get_ident()
        assert await thread_of_statements(engine) == threading.get_ident()


async def test_a_database_not_in_wal_mode_keeps_every_statement_in_the_thread() -> None:
    engine = create_engine_for("sqlite+aiosqlite:///:memory:")  # journal_mode=memory
    try:
        assert await thread_of_statements(engine) != threading.get_ident()
    finally:
        await engine.dispose()


async def test_a_lock_held_by_another_process_is_waited_for_off_the_loop(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    async with sqlite_engine(path) as engine:
        with lock_held(path, 1.0):
            began = time.perf_counter()
            _, stall = await longest_stall(add_person(engine, "1"))
            waited = time.perf_counter() - began
        async with unit_of_work_factory(engine)() as uow:
            assert await uow.users.by_identity(PlatformUser("telegram", "1")) is not None
    assert waited > 0.5  # it did wait for the lock...
    assert stall < 0.4  # ...in the thread: the loop went on ticking


async def test_a_lock_held_past_the_busy_timeout_fails_and_the_store_recovers(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.db"

    async def attempt(engine: AsyncEngine) -> OperationalError | None:
        try:
            await add_person(engine, "1")
        except OperationalError as error:
            return error
        return None

    async with sqlite_engine(path, busy_timeout_ms=800) as engine:
        with lock_held(path, 2.0):
            error, stall = await longest_stall(attempt(engine))
        await add_person(engine, "2")  # the connection is usable again
        async with unit_of_work_factory(engine)() as uow:
            assert await uow.users.by_identity(PlatformUser("telegram", "1")) is None
            assert await uow.users.by_identity(PlatformUser("telegram", "2")) is not None
    assert error is not None and "locked" in str(error)
    assert stall < 0.4


async def test_a_unit_of_work_cancelled_while_waiting_for_the_lock_leaves_nothing_behind(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.db"
    async with sqlite_engine(path) as engine:
        with lock_held(path, 0.8):
            waiting = asyncio.create_task(add_person(engine, "1"))
            await asyncio.sleep(0.2)
            waiting.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiting
            _, stall = await longest_stall(add_person(engine, "2"))  # waits for the holder
        async with unit_of_work_factory(engine)() as uow:
            assert await uow.users.by_identity(PlatformUser("telegram", "1")) is None
            assert await uow.users.by_identity(PlatformUser("telegram", "2")) is not None
    assert stall < 0.4


async def test_checkpoints_run_in_the_thread_on_a_connection_of_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_driver, "CHECKPOINT_ROWS", 5)
    threads: list[int] = []
    run = sqlite_driver.InlineConnection._run_checkpoint

    def recorded(self: sqlite_driver.InlineConnection) -> None:
        threads.append(threading.get_ident())
        run(self)

    monkeypatch.setattr(sqlite_driver.InlineConnection, "_run_checkpoint", recorded)
    path = tmp_path / "a.db"
    async with sqlite_engine(path) as engine:
        async with engine.connect() as connection:
            autocheckpoint = (
                await connection.execute(text("PRAGMA wal_autocheckpoint"))
            ).scalar_one()
        size = path.stat().st_size
        for i in range(20):
            await add_person(engine, str(i))
        await asyncio.sleep(0.2)
        grown = path.stat().st_size
    assert autocheckpoint == 0  # the writer never syncs the disk on the loop
    assert threads and threading.get_ident() not in threads
    assert grown > size  # pages went from the WAL into the database file meanwhile


async def test_two_processes_and_this_one_write_to_one_file(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    url = f"sqlite+aiosqlite:///{path}"
    turns = 60
    async with sqlite_engine(path) as engine:
        others = [
            await asyncio.create_subprocess_exec(
                sys.executable,
                "-c",
                WRITER,
                url,
                name,
                str(turns),
                cwd=ROOT,
                env=os.environ | {"PYTHONPATH": str(ROOT)},
            )
            for name in ("a", "b")
        ]
        factory = unit_of_work_factory(engine)
        for i in range(turns):
            async with factory() as uow:
                user = await add_user(uow, f"main-{i}")
                await say(uow, await add_session(uow, user), f"main {i}")
                await uow.commit()
            await asyncio.sleep(0)
        assert [await other.wait() for other in others] == [0, 0]
        async with factory() as uow:
            usage = await uow.stats.usage(NOW, 1)
    assert usage.users == 3 * turns
