"""What every repository shares: the unit's connection, Core statements, dialect-aware inserts."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AsyncExitStack
from typing import Any

from sqlalchemy import Select, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.sql import Executable

from storage.mapping import DbRow

AnySelect = Select[*tuple[Any, ...]]
"""A SELECT of any columns."""


class UnitConnection:
    """A unit of work's connection: taken from the pool at its first statement, kept to its end.

    Taken late because on SQLite the pool holds one connection: a unit of work that composes
    a reply before it writes anything leaves it to the others meanwhile. A Core connection
    rather than an ORM session: the repositories run Core statements, and the session's
    bookkeeping around each of them costs more than SQLite's work on it.
    """

    def __init__(self, engine: AsyncEngine) -> None:
        self.dialect: str = engine.dialect.name
        self._engine = engine
        self._stack = AsyncExitStack()
        self._connection: AsyncConnection | None = None

    async def get(self) -> AsyncConnection:
        """The connection, checked out of the pool on first use."""
        if self._connection is None:
            self._connection = await self._stack.enter_async_context(self._engine.connect())
        return self._connection

    async def execute(self, stmt: Executable, params: dict[str, Any] | None) -> Any:
        """Runs a statement (the first one begins the transaction)."""
        connection = self._connection or await self.get()
        return await connection.execute(stmt, params)

    async def execute_many(self, stmt: Executable, rows: list[dict[str, Any]]) -> None:
        """Runs a statement once for each row of values, in one call to the driver."""
        connection = self._connection or await self.get()
        await connection.execute(stmt, rows)

    async def commit(self) -> None:
        """Commits the transaction, if a statement began one."""
        if self._connection is not None:
            await self._connection.commit()

    async def rollback(self) -> None:
        """Rolls the transaction back, if a statement began one."""
        if self._connection is not None:
            await self._connection.rollback()

    async def close(self) -> None:
        """Rolls back what is uncommitted and returns the connection to the pool.

        AsyncConnection's exit finishes closing even if this task is cancelled meanwhile:
        with SQLite's one connection, a connection lost here would stall every other unit.
        """
        self._connection = None
        await self._stack.aclose()


class SqlAlchemyRepository:
    """Base of the repositories; one instance per unit of work and its connection.

    Statements are Core statements on the tables, mostly built once (see `functools.cache`
    in the modules) with bound parameters and run with a dict of values: building and
    caching a statement anew for every call costs as much as a SQLite round trip.
    """

    def __init__(self, connection: UnitConnection) -> None:
        self._db = connection

    async def _run(self, stmt: Executable, params: dict[str, Any] | None = None) -> Any:
        return await self._db.execute(stmt, params)

    async def _rows(self, stmt: Executable, **params: Any) -> Sequence[DbRow]:
        result: CursorResult[Any] = await self._run(stmt, params or None)
        return result.all()

    async def _row(self, stmt: Executable, **params: Any) -> DbRow | None:
        result: CursorResult[Any] = await self._run(stmt, params or None)
        return result.first()

    async def _scalar(self, stmt: Executable, **params: Any) -> Any:
        result: CursorResult[Any] = await self._run(stmt, params or None)
        return result.scalar()

    @property
    def _dialect(self) -> str:
        return self._db.dialect


def dialect_insert(dialect: str, table: Table) -> postgresql.Insert | sqlite.Insert:
    """An INSERT that supports ON CONFLICT, for PostgreSQL or SQLite."""
    if dialect == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)
