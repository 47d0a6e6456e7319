"""Engines for SQLite (one file, WAL, one writer) and PostgreSQL (a pool of connections)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import AsyncAdaptedQueuePool, ConnectionPoolEntry, PoolResetState
from sqlalchemy.util import await_only

from storage import sqlite_driver

logger = logging.getLogger(__name__)

POSTGRES_POOL_SIZE = 10
"""Connections a process keeps open to PostgreSQL (as many again may open under load)."""
SQLITE_POOL_TIMEOUT_S = 30.0
"""How long a unit of work may wait for SQLite's one connection before TimeoutError."""

_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
}


def normalise_url(url: str | URL) -> URL:
    """The URL with its async driver: "sqlite:///x.db" becomes "sqlite+aiosqlite:///x.db"."""
    parsed = make_url(url)
    driver = _DRIVERS.get(parsed.drivername)
    if driver is None:
        raise ValueError(
            f"unsupported database URL scheme {parsed.drivername!r}: "
            "use sqlite+aiosqlite:///path/amora.db or postgresql+asyncpg://user@host/db"
        )
    return parsed.set(drivername=driver)


def is_memory(url: URL) -> bool:
    """Whether a SQLite URL names an in-memory database."""
    return url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"


def create_engine_for(url: str, *, echo: bool = False, busy_timeout_ms: int = 5000) -> AsyncEngine:
    """An AsyncEngine for a SQLite or PostgreSQL URL, configured for Amora's workload."""
    parsed = normalise_url(url)
    logger.debug("database engine for %s", parsed.render_as_string(hide_password=True))
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, echo=echo, busy_timeout_ms=busy_timeout_ms)
    engine = create_async_engine(
        parsed,
        echo=echo,
        json_serializer=_json_text,
        json_deserializer=orjson.loads,
        pool_size=POSTGRES_POOL_SIZE,
        max_overflow=POSTGRES_POOL_SIZE,
        pool_recycle=1800,
        connect_args={"server_settings": {"application_name": "amora"}},
    )
    event.listen(engine.sync_engine, "checkout", _ping)
    return engine


def _json_text(value: Any) -> str:
    """JSON columns' values (session state, message metadata) as text, made in C: a session's
    state holds up to a few hundred block ids and readings, and the standard library took some
    7 % of a coaching turn's CPU to write them and read them back."""
    return orjson.dumps(value).decode()


def parallel_writers(engine: AsyncEngine) -> int:
    """How many units of work should write at once: SQLite takes one transaction at a time on
    its one connection; PostgreSQL gives each its own, and most of the pool goes to them (the
    rest stays free for commands, button presses and the check-in sweep)."""
    return 1 if engine.dialect.name == "sqlite" else POSTGRES_POOL_SIZE - 2


# Pessimistic disconnect handling, as pool_pre_ping does, at a third of its cost: SQLAlchemy's
# ping for asyncpg wraps its query in BEGIN and ROLLBACK (for pgbouncer's transaction mode),
# three round trips and about 0.5 ms on every checkout; one simple query is one, about 0.15 ms,
# and fine through pgbouncer too, since it holds no transaction open. A connection the server
# dropped (a restart, a failover, pg_terminate_backend) fails it, and the pool replaces it before
# the unit of work sees anything.
def _ping(dbapi_connection: Any, _record: ConnectionPoolEntry, _proxy: Any) -> None:
    try:
        await_only(dbapi_connection.driver_connection.execute("SELECT 1"))
    except Exception as error:  # whatever the driver says, the connection is not usable
        raise DisconnectionError(f"ping failed: {type(error).__name__}") from error


def _sqlite_engine(url: URL, *, echo: bool, busy_timeout_ms: int) -> AsyncEngine:
    """SQLite with exactly one connection: the single writer.

    SQLite lets one transaction write at a time and makes the others retry against the file
    lock (busy_timeout), which under many concurrent coroutines turns into waits and, for a
    deferred transaction that reads and then writes, "database is locked" at once. Instead
    the pool holds one connection (pool_size=1, max_overflow=0) and a unit of work holds it
    from its first statement until it ends: coroutines queue in the pool, first come first
    served, without touching the file lock. Each transaction starts with BEGIN IMMEDIATE, so
    another process (an `amora` command next to the bot) waits for the lock at the start of
    a transaction, never in its middle. sqlite3's own transaction handling is switched off so
    that SAVEPOINTs and DDL are transactional. An in-memory database uses the same pool: its
    one connection is the database, which StaticPool would share between concurrent units of
    work and so mix their transactions. The connection is storage.sqlite_driver's: it runs a
    transaction's statements on the event loop and never waits there (for another process's
    lock it sleeps and tries again; checkpoints, which sync the disk, run in its thread).
    """
    if not is_memory(url) and url.database:
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(
        url,
        echo=echo,
        json_serializer=_json_text,
        json_deserializer=orjson.loads,
        poolclass=AsyncAdaptedQueuePool,
        pool_size=1,
        max_overflow=0,
        pool_timeout=SQLITE_POOL_TIMEOUT_S,
        pool_reset_on_return=None,  # see on_reset
        connect_args={"timeout": busy_timeout_ms / 1000},
    )

    @event.listens_for(engine.sync_engine, "do_connect")
    def do_connect(dialect: Any, record: ConnectionPoolEntry, cargs: Any, cparams: Any) -> Any:
        return dialect.loaded_dbapi.connect(
            *cargs, async_creator_fn=sqlite_driver.connect, **cparams
        )

    @event.listens_for(engine.sync_engine, "connect")
    def on_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN: _begin_immediate
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        finally:
            cursor.close()

    # BEGIN IMMEDIATE in the dialect's own begin hook, which wraps its errors like any
    # statement's. From a "begin" event through exec_driver_sql it cost a statement execution
    # more, and any connection event listener makes every statement dispatch events: together
    # a tenth of a coaching turn's instructions.
    engine.sync_engine.dialect.do_begin = _begin_immediate  # type: ignore[method-assign]

    @event.listens_for(engine.sync_engine, "reset")
    def on_reset(dbapi_connection: Any, record: ConnectionPoolEntry, state: PoolResetState) -> None:
        # The pool's default reset is a ROLLBACK on every return, a round trip to aiosqlite's
        # thread even after a COMMIT; roll back only what is still open.
        driver = record.driver_connection
        if state.asyncio_safe and driver is not None and driver.in_transaction:
            dbapi_connection.rollback()

    return engine


def _begin_immediate(dbapi_connection: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("BEGIN IMMEDIATE")
    finally:
        cursor.close()
