"""Coaching sessions, their thread bindings, current sessions and due check-ins."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from sqlalchemy import (
    ColumnElement,
    Delete,
    Insert,
    Update,
    bindparam,
    delete,
    insert,
    literal,
    select,
    true,
    update,
)

from core.domain import Address, Session, SessionStatus
from storage.mapping import NO_THREAD, session_from_row, session_row, session_values
from storage.repositories.base import AnySelect, SqlAlchemyRepository, dialect_insert
from storage.tables import CURRENT_SESSIONS, SESSIONS, THREAD_BINDINGS

S, B, C = SESSIONS.c, THREAD_BINDINGS.c, CURRENT_SESSIONS.c


def _binding_is(platform: str, chat_id: str, thread_id: str) -> ColumnElement[bool]:
    return (
        (B.platform == bindparam(platform))
        & (B.chat_id == bindparam(chat_id))
        & (B.thread_id == bindparam(thread_id))
    )


@cache
def _statements() -> dict[str, AnySelect | Insert | Update | Delete]:
    current_is = (
        (C.user_id == bindparam("user_id"))
        & (C.platform == bindparam("platform"))
        & (C.chat_id == bindparam("chat_id"))
    )
    return {
        "insert": insert(SESSIONS).returning(S.id),
        "get": select(SESSIONS).where(S.id == bindparam("session_id")),
        "list": select(SESSIONS)
        .where(S.user_id == bindparam("user_id"))
        .order_by(S.created_at, S.id),
        "save": update(SESSIONS).where(S.id == bindparam("b_id")),
        "bound": select(SESSIONS)
        .join(THREAD_BINDINGS, B.session_id == S.id)
        .where(_binding_is("platform", "chat_id", "thread_id")),
        "unbind": delete(THREAD_BINDINGS).where(_binding_is("platform", "chat_id", "thread_id")),
        "current": select(SESSIONS).join(CURRENT_SESSIONS, C.session_id == S.id).where(current_is),
        # The first two conditions repeat the partial index's predicate as literals (not
        # parameters), so that both planners can tell the index ix_sessions_followup_due applies.
        "due": select(SESSIONS)
        .where(
            S.followup_enabled == true(),
            S.status == literal(SessionStatus.ACTIVE.value, literal_execute=True),
            S.next_followup_at <= bindparam("now"),
        )
        .order_by(S.next_followup_at)
        .limit(bindparam("limit"))
        .with_for_update(skip_locked=True),
    }


@cache
def _upsert(dialect: str, table_name: str) -> Insert:
    """INSERT ... ON CONFLICT DO UPDATE SET session_id, for bindings or current sessions."""
    table, keys = {
        "thread_bindings": (THREAD_BINDINGS, ["platform", "chat_id", "thread_id"]),
        "current_sessions": (CURRENT_SESSIONS, ["user_id", "platform", "chat_id"]),
    }[table_name]
    stmt = dialect_insert(dialect, table)
    return stmt.on_conflict_do_update(
        index_elements=keys, set_={"session_id": stmt.excluded.session_id}
    )


class SqlAlchemySessionRepository(SqlAlchemyRepository):
    """SessionRepository on SQLAlchemy."""

    async def add(self, user_id: int, title: str, origin: Address, now: datetime) -> Session:
        """Opens an active session without follow-ups."""
        session = Session(
            id=0,
            user_id=user_id,
            title=title,
            status=SessionStatus.ACTIVE,
            created_at=now,
            updated_at=now,
            origin=origin,
        )
        session.id = await self._scalar(_statements()["insert"], **session_row(session))
        return session

    async def get(self, session_id: int) -> Session | None:
        """The session with this id."""
        row = await self._row(_statements()["get"], session_id=session_id)
        return session_from_row(row) if row is not None else None

    async def list_for_user(self, user_id: int) -> list[Session]:
        """The person's sessions, oldest first."""
        rows = await self._rows(_statements()["list"], user_id=user_id)
        return [session_from_row(r) for r in rows]

    async def save(self, session: Session) -> None:
        """Stores every mutable field, the follow-up settings and the conversation state."""
        await self._run(_statements()["save"], session_values(session) | {"b_id": session.id})

    async def bound_to(self, address: Address) -> Session | None:
        """The session bound to a thread address."""
        row = await self._row(_statements()["bound"], **_thread_key(address))
        return session_from_row(row) if row is not None else None

    async def bind(self, address: Address, session_id: int) -> None:
        """Binds a thread to a session, replacing any earlier binding of that thread."""
        values = _thread_key(address) | {"session_id": session_id}
        await self._run(_upsert(self._dialect, "thread_bindings"), values)

    async def unbind(self, address: Address) -> None:
        """Forgets a thread's binding (e.g. the thread was deleted)."""
        await self._run(_statements()["unbind"], _thread_key(address))

    async def current(self, user_id: int, chat: Address) -> Session | None:
        """The person's current session in a chat (the thread part of `chat` is ignored)."""
        row = await self._row(
            _statements()["current"],
            user_id=user_id,
            platform=chat.platform,
            chat_id=chat.chat_id,
        )
        return session_from_row(row) if row is not None else None

    async def set_current(self, user_id: int, chat: Address, session_id: int) -> None:
        """Makes a session the person's current one in a chat."""
        values = {
            "user_id": user_id,
            "platform": chat.platform,
            "chat_id": chat.chat_id,
            "session_id": session_id,
        }
        await self._run(_upsert(self._dialect, "current_sessions"), values)

    async def claim_due(self, now: datetime, limit: int) -> list[Session]:
        """Active, follow-up-enabled sessions due at `now`, earliest first, at most `limit`.

        On PostgreSQL the rows stay locked (FOR UPDATE SKIP LOCKED) until this unit of work
        ends, and rows another one locked are skipped: concurrent sweeps never claim the same
        session. On SQLite the single writer connection serialises sweeps.
        """
        rows = await self._rows(_statements()["due"], now=now, limit=limit)
        return [session_from_row(r) for r in rows]


def _thread_key(address: Address) -> dict[str, str]:
    return {
        "platform": address.platform,
        "chat_id": address.chat_id,
        "thread_id": address.thread_id or NO_THREAD,
    }
