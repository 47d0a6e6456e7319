"""Messages of sessions, unique by the platform message they came in as."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from sqlalchemy import Delete, Insert, Update, bindparam, delete, insert, select, update

from core.domain import Address, Message, MessageMeta, Role, SafetyLevel
from core.ports import DuplicateMessage
from storage.mapping import message_from_row, meta_to_json
from storage.repositories.base import AnySelect, SqlAlchemyRepository, dialect_insert
from storage.tables import MESSAGES

M = MESSAGES.c


@cache
def _statements() -> dict[str, AnySelect | Insert | Update | Delete]:
    return {
        "insert": insert(MESSAGES).returning(M.id),
        "get": select(MESSAGES).where(M.id == bindparam("message_id")),
        "by_ref": select(MESSAGES).where(
            M.platform == bindparam("platform"),
            M.chat_id == bindparam("chat_id"),
            M.platform_message_id == bindparam("platform_message_id"),
        ),
        "set_ref": update(MESSAGES).where(M.id == bindparam("b_id")),
        "revise": update(MESSAGES).where(M.id == bindparam("b_id")),
        "recent": select(MESSAGES)
        .where(M.session_id == bindparam("session_id"))
        .order_by(M.id.desc())
        .limit(bindparam("limit")),
        "replies": select(MESSAGES)
        .where(M.reply_to_id == bindparam("message_id"), M.role == Role.COACH.value)
        .order_by(M.id),
        "hold": select(M.id).where(M.id == bindparam("message_id")).with_for_update(),
        "answered": select(M.id)
        .where(M.reply_to_id == bindparam("message_id"), M.role == Role.COACH.value)
        .limit(1),
        "for_user": select(MESSAGES).where(M.user_id == bindparam("user_id")).order_by(M.id),
        "delete": delete(MESSAGES).where(M.id == bindparam("message_id")),
    }


@cache
def _insert_new(dialect: str) -> Insert:
    """INSERT ... ON CONFLICT (platform, chat, platform message id) DO NOTHING RETURNING id."""
    stmt = dialect_insert(dialect, MESSAGES)
    return stmt.on_conflict_do_nothing(
        index_elements=["platform", "chat_id", "platform_message_id"]
    ).returning(M.id)


class SqlAlchemyMessageRepository(SqlAlchemyRepository):
    """MessageRepository on SQLAlchemy."""

    async def add(
        self,
        *,
        session_id: int,
        user_id: int,
        role: Role,
        text: str,
        now: datetime,
        safety: SafetyLevel = SafetyLevel.NONE,
        meta: MessageMeta | None = None,
        reply_to_id: int | None = None,
        regenerated_from_id: int | None = None,
        address: Address | None = None,
        platform_message_id: str | None = None,
    ) -> Message:
        """Stores a message; raises DuplicateMessage when (platform, chat, message id) exists.

        A message with a platform reference is inserted with ON CONFLICT DO NOTHING: a
        redelivered one inserts nothing and leaves the transaction usable (as a SAVEPOINT
        around a failing INSERT would, at two more round trips per message and an error in
        PostgreSQL's log for every redelivery).
        """
        message = Message(
            id=0,
            session_id=session_id,
            user_id=user_id,
            role=role,
            text=text,
            created_at=now,
            safety=safety,
            meta=meta if meta is not None else MessageMeta(),
            reply_to_id=reply_to_id,
            regenerated_from_id=regenerated_from_id,
            address=address,
            platform_message_id=platform_message_id,
        )
        values = {
            "session_id": session_id,
            "user_id": user_id,
            "role": role.value,
            "text": text,
            "created_at": now,
            "safety": safety.value,
            "meta": meta_to_json(message.meta),
            "reply_to_id": reply_to_id,
            "regenerated_from_id": regenerated_from_id,
            **_address_values(address),
            "platform_message_id": platform_message_id,
        }
        if address is None or platform_message_id is None:
            message.id = await self._scalar(_statements()["insert"], **values)
            return message
        inserted = await self._scalar(_insert_new(self._dialect), **values)
        if inserted is None:
            raise DuplicateMessage(
                f"{address.platform} message {platform_message_id} in chat {address.chat_id}"
            )
        message.id = inserted
        return message

    async def get(self, message_id: int) -> Message | None:
        """The message with this id."""
        row = await self._row(_statements()["get"], message_id=message_id)
        return message_from_row(row) if row is not None else None

    async def by_platform_ref(self, address: Address, platform_message_id: str) -> Message | None:
        """The message stored for a platform message in a chat (the thread is not part of it)."""
        row = await self._row(
            _statements()["by_ref"],
            platform=address.platform,
            chat_id=address.chat_id,
            platform_message_id=platform_message_id,
        )
        return message_from_row(row) if row is not None else None

    async def set_platform_ref(
        self, message_id: int, address: Address, platform_message_id: str
    ) -> None:
        """Records the platform message a stored message was sent as."""
        values = _address_values(address) | {"platform_message_id": platform_message_id}
        await self._run(_statements()["set_ref"], values | {"b_id": message_id})

    async def revise(self, message_id: int, text: str, meta: MessageMeta) -> None:
        """Replaces a stored message's text and metadata."""
        values = {"b_id": message_id, "text": text, "meta": meta_to_json(meta)}
        await self._run(_statements()["revise"], values)

    async def recent(self, session_id: int, limit: int) -> list[Message]:
        """The session's last `limit` messages, oldest first."""
        rows = await self._rows(_statements()["recent"], session_id=session_id, limit=limit)
        return [message_from_row(r) for r in reversed(rows)]

    async def replies_to(self, user_message_id: int) -> list[Message]:
        """Coach replies to a user message, regenerated ones included, oldest first."""
        rows = await self._rows(_statements()["replies"], message_id=user_message_id)
        return [message_from_row(r) for r in rows]

    async def claim_answer(self, user_message_id: int) -> bool:
        """Locks the user message's row (PostgreSQL; SQLite's write transaction, begun with
        BEGIN IMMEDIATE, holds the whole database already), then looks for a reply committed
        before the lock was granted."""
        if self._dialect != "sqlite":
            await self._rows(_statements()["hold"], message_id=user_message_id)
        # A second statement: in READ COMMITTED it reads a fresh snapshot, taken after the lock
        # was granted; a subquery in the locking statement would still read the older one.
        return await self._row(_statements()["answered"], message_id=user_message_id) is None

    async def list_for_user(self, user_id: int) -> list[Message]:
        """Every message of the person's sessions, oldest first."""
        rows = await self._rows(_statements()["for_user"], user_id=user_id)
        return [message_from_row(r) for r in rows]

    async def delete(self, message_id: int) -> None:
        """Deletes a message with its feedback; replies pointing at it keep a NULL reference."""
        await self._run(_statements()["delete"], {"message_id": message_id})


def _address_values(address: Address | None) -> dict[str, str | None]:
    if address is None:
        return {"platform": None, "chat_id": None, "thread_id": None}
    return {
        "platform": address.platform,
        "chat_id": address.chat_id,
        "thread_id": address.thread_id,
    }
