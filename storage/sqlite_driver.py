"""aiosqlite's connection, run on the event loop while it holds SQLite's write lock.

aiosqlite hands every call (make a cursor, execute, fetch, close the cursor, commit) to its
own thread and back: some 30 trips a coaching turn, 0.05-0.1 ms each on an idle machine and
far more on a busy one, where the thread waits for a core. Inside a write transaction begun
with BEGIN IMMEDIATE on a WAL database, no statement waits for another connection: SQLite
took the write lock and a read snapshot at BEGIN, and in WAL mode readers and checkpoints
never block the writer. Such a statement costs microseconds of CPU and page-cache reads, far
less than the trip, so it runs on the event loop; so does COMMIT, which with
synchronous=NORMAL appends to the WAL without syncing the disk.

Nothing waits on the loop:
- BEGIN IMMEDIATE is tried without waiting (busy_timeout 0); while another connection or
  process holds the write lock, the task sleeps and tries again, up to the busy timeout;
- checkpoints sync the disk: this connection does not checkpoint when it commits
  (wal_autocheckpoint=0); once CHECKPOINT_ROWS rows have changed, a second connection runs
  a PASSIVE checkpoint in the thread, which waits for nobody and blocks nobody;
- everything outside such a transaction (connecting, pragmas, closing), and everything on a
  database that is not in WAL mode with synchronous NORMAL or OFF, goes to the thread as
  aiosqlite would send it; so does every statement run within `off_the_loop()`, for reads
  known to take long (the usage figures scan every message).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from typing import Any

import aiosqlite
from aiosqlite.context import contextmanager

logger = logging.getLogger(__name__)

CHECKPOINT_ROWS = 200
"""Rows changed between two checkpoints. A coaching turn changes four rows and writes some
twenty pages, so this is close to SQLite's own default of a checkpoint once the WAL holds
1000 pages (the number of pages is not known to Python; the number of rows changed is)."""

_BEGIN_WRITE = re.compile(r"\s*BEGIN\s+(IMMEDIATE|EXCLUSIVE)\b", re.IGNORECASE)

_OFF_THE_LOOP: ContextVar[bool] = ContextVar("sqlite_off_the_loop", default=False)


@contextlib.contextmanager
def off_the_loop() -> Iterator[None]:
    """Within it, this task's statements run in the connection's thread, even while writing.

    For a long read, such as one that scans every message: on the loop it would hold up
    everything else the process does for as long as it takes.
    """
    token = _OFF_THE_LOOP.set(True)
    try:
        yield
    finally:
        _OFF_THE_LOOP.reset(token)


def _is_busy(error: sqlite3.OperationalError) -> bool:
    return error.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


class InlineCursor(aiosqlite.Cursor):
    """A cursor whose calls run on the event loop while its connection holds the write lock."""

    _conn: InlineConnection

    async def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> InlineCursor:
        """Runs a statement: on the loop in a write transaction, else (mostly) in the thread."""
        conn = self._conn
        if conn.on_loop:
            self._cursor.execute(sql, () if parameters is None else parameters)  # type: ignore[arg-type]
        elif _BEGIN_WRITE.match(sql) and await conn.can_inline():
            await conn.begin_write(self._cursor, sql)
        else:
            await super().execute(sql, parameters)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Iterable[Any]]) -> InlineCursor:
        """Runs a statement for each set of parameters."""
        if self._conn.on_loop:
            self._cursor.executemany(sql, parameters)  # type: ignore[arg-type]
        else:
            await super().executemany(sql, parameters)
        return self

    async def fetchone(self) -> sqlite3.Row | None:
        """One more row."""
        if self._conn.on_loop:
            return self._cursor.fetchone()  # type: ignore[no-any-return]
        return await super().fetchone()

    async def fetchmany(self, size: int | None = None) -> Iterable[sqlite3.Row]:
        """Up to `size` more rows."""
        if self._conn.on_loop:
            return self._cursor.fetchmany(*(() if size is None else (size,)))
        return await super().fetchmany(size)

    async def fetchall(self) -> Iterable[sqlite3.Row]:
        """The remaining rows."""
        if self._conn.on_loop:
            return self._cursor.fetchall()
        return await super().fetchall()

    async def close(self) -> None:
        """Frees the statement: no I/O and no lock, so always on the loop."""
        self._cursor.close()


class InlineConnection(aiosqlite.Connection):
    """aiosqlite.Connection that runs a write transaction's statements on the event loop."""

    def __init__(self, database: Any, options: dict[str, Any]) -> None:
        options = options | {"check_same_thread": False}  # made in the thread, used on the loop
        super().__init__(lambda: sqlite3.connect(database, **options), 64)
        self._database, self._options = database, options
        self._inline: bool | None = None
        self._writing = False
        self._checkpointed_at = 0
        self._checkpointer: sqlite3.Connection | None = None
        self._checkpoint: asyncio.Task[None] | None = None

    @property
    def writing(self) -> bool:
        """Inside a write transaction this connection began: statements run on the loop.

        Also asks SQLite, which rolls a transaction back by itself after some errors (a full
        disk, an I/O error): statements after that, until SQLAlchemy's ROLLBACK, are outside
        any transaction and go to the thread again.
        """
        return self._writing and self._conn.in_transaction

    @property
    def on_loop(self) -> bool:
        """Whether a statement runs on the loop now: writing, and not within `off_the_loop()`."""
        return self.writing and not _OFF_THE_LOOP.get()

    @contextmanager
    async def cursor(self) -> aiosqlite.Cursor:
        """A new cursor; making one touches no file, so it is made on the loop."""
        return InlineCursor(self, self._conn.cursor())

    async def can_inline(self) -> bool:
        """Whether write transactions may run on the loop (asked once, in the thread)."""
        if self._inline is None:
            self._inline = bool(await self._in_thread(_prepare_inline, self._conn))
        return self._inline

    async def begin_write(self, cursor: sqlite3.Cursor, sql: str) -> None:
        """BEGIN IMMEDIATE without waiting on the loop for another connection's write lock.

        While the lock is taken, it sleeps (asyncio) and tries again, as SQLite's own busy
        handler would, until the busy timeout has passed; then "database is locked" as ever.
        Nothing is left running in the thread that a cancelled caller would leave behind.
        """
        timeout_ms = int(cursor.execute("PRAGMA busy_timeout").fetchone()[0])
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_ms / 1000
        for delay_ms in _retry_delays():
            try:
                _begin_without_waiting(cursor, sql, timeout_ms)
            except sqlite3.OperationalError as error:
                if not _is_busy(error) or loop.time() >= deadline:
                    raise
            else:
                self._writing = True
                return
            await asyncio.sleep(min(delay_ms / 1000, max(deadline - loop.time(), 0.0)))

    async def commit(self) -> None:
        """Commits; on the loop inside a write transaction (no disk sync, see the module)."""
        if not self.writing:
            self._writing = False
            await super().commit()
            return
        self._writing = False
        self._conn.commit()
        changed = self._conn.total_changes
        if changed - self._checkpointed_at >= CHECKPOINT_ROWS and self._checkpoint is None:
            self._checkpointed_at = changed
            self._checkpoint = asyncio.get_running_loop().create_task(self._checkpoint_wal())

    async def rollback(self) -> None:
        """Rolls back; on the loop inside a write transaction (nothing to write or wait for)."""
        if not self.writing:
            self._writing = False
            await super().rollback()
            return
        self._writing = False
        self._conn.rollback()

    async def close(self) -> None:
        """Closes in the thread, after the checkpoint under way and the checkpoint connection."""
        self._writing = False
        if self._checkpoint is not None:
            await asyncio.wait([self._checkpoint])
        if self._checkpointer is not None and self._connection is not None:
            await self._in_thread(self._checkpointer.close)
            self._checkpointer = None
        await super().close()

    async def _in_thread(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Runs `fn` in the connection's thread (aiosqlite's queue) and waits for it."""
        return await self._execute(fn, *args)  # type: ignore[no-untyped-call]

    async def _checkpoint_wal(self) -> None:
        try:
            await self._in_thread(self._run_checkpoint)
        except Exception as error:  # a missed checkpoint is made up by the next one
            logger.warning("WAL checkpoint failed: %s", error)
        finally:
            self._checkpoint = None

    def _run_checkpoint(self) -> None:
        """In the thread: a PASSIVE checkpoint on a connection of its own."""
        if self._checkpointer is None:
            options = self._options | {"timeout": 0, "isolation_level": None}
            self._checkpointer = sqlite3.connect(self._database, **options)
        self._checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


def _begin_without_waiting(cursor: sqlite3.Cursor, sql: str, timeout_ms: int) -> None:
    cursor.execute("PRAGMA busy_timeout = 0")
    try:
        cursor.execute(sql)
    finally:
        cursor.execute(f"PRAGMA busy_timeout = {timeout_ms}")


def _retry_delays() -> Iterator[int]:
    """Milliseconds between attempts: SQLite's busy handler's steps, then 100 ms each."""
    yield from (1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50)
    while True:
        yield 100


def _prepare_inline(connection: sqlite3.Connection) -> bool:
    """In WAL mode with synchronous NORMAL or OFF: no autocheckpoint, and True."""
    mode = str(connection.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    synchronous = int(connection.execute("PRAGMA synchronous").fetchone()[0])
    if mode != "wal" or synchronous > 1:
        return False
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    return True


async def connect(database: Any, **options: Any) -> InlineConnection:
    """Opens a connection; takes sqlite3.connect's arguments (SQLAlchemy's connect args)."""
    connection = InlineConnection(database, options)
    connection._thread.daemon = True  # as SQLAlchemy does for aiosqlite's own connections
    await connection
    return connection
