"""What every repository shares: its AsyncSession, Core statements and dialect-aware inserts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Executable

from storage.mapping import DbRow

AnySelect = Select[*tuple[Any, ...]]
"""A SELECT of any columns."""


class SqlAlchemyRepository:
    """Base of the repositories; one instance per unit of work and AsyncSession.

    Statements are Core statements on the tables, mostly built once (see `functools.cache`
    in the modules) with bound parameters and run with a dict of values: building and
    caching a statement anew for every call costs as much as a SQLite round trip.
    """

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def _run(self, stmt: Executable, params: dict[str, Any] | None = None) -> Any:
        return await self._session.execute(stmt, params)

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
        return self._session.get_bind().dialect.name


def dialect_insert(dialect: str, table: Table) -> postgresql.Insert | sqlite.Insert:
    """An INSERT that supports ON CONFLICT, for PostgreSQL or SQLite."""
    if dialect == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)
