"""Small builders shared by the storage tests."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine

from core.domain import Address, PlatformUser, Role, Session, User
from core.domain.model import Message
from core.ports import UnitOfWork

NOW = datetime(2026, 3, 14, 12, 30, tzinfo=UTC)
CHAT = Address("telegram", "100")
THREAD = Address("telegram", "100", "7")


def at(minutes: float) -> datetime:
    """NOW plus some minutes."""
    return NOW + timedelta(minutes=minutes)


async def add_user(uow: UnitOfWork, platform_id: str = "1", name: str | None = "Ana") -> User:
    """Adds a person known on Telegram by `platform_id`."""
    return await uow.users.add(PlatformUser("telegram", platform_id), name, NOW)


async def add_session(uow: UnitOfWork, user: User, title: str = "Trust") -> Session:
    """Opens a session for `user` in the test thread."""
    return await uow.sessions.add(user.id, title, THREAD, NOW)


async def say(
    uow: UnitOfWork, session: Session, text: str = "hello", *, role: Role = Role.USER, **kw: object
) -> Message:
    """Stores a message in `session` by its owner."""
    created_at = kw.pop("now", NOW)
    assert isinstance(created_at, datetime)
    return await uow.messages.add(
        session_id=session.id,
        user_id=session.user_id,
        role=role,
        text=text,
        now=created_at,
        **kw,  # type: ignore[arg-type]
    )


async def query_plan(
    engine: AsyncEngine, backend: str, picks: Callable[[str], bool], run: Awaitable[object]
) -> str:
    """The database's plan for the one statement `run` sends that `picks` chooses, as text.

    On PostgreSQL sequential scans are discouraged first: a tiny test table is scanned otherwise.
    """
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        if picks(sql):
            statements.append((sql, params))

    event.listen(engine.sync_engine, "before_cursor_execute", capture)
    try:
        await run
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", capture)
    [(sql, params)] = statements
    explain = "EXPLAIN QUERY PLAN " if backend == "sqlite" else "EXPLAIN "
    async with engine.connect() as connection:
        if backend == "postgresql":
            await connection.execute(text("SET LOCAL enable_seqscan = off"))
        rows = (await connection.exec_driver_sql(explain + sql, params)).all()
    return " ".join(str(value) for row in rows for value in row)
