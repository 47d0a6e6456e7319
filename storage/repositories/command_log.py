"""Commands that ran, by the platform message that carried them (CommandLog)."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from sqlalchemy import Delete, Insert, bindparam, delete

from core.domain import Address
from storage.repositories.base import SqlAlchemyRepository, dialect_insert
from storage.tables import HANDLED_COMMANDS

C = HANDLED_COMMANDS.c


@cache
def _note(dialect: str) -> Insert:
    """INSERT ... ON CONFLICT DO NOTHING: a second note of one message inserts no row.

    On PostgreSQL a concurrent note of the same message waits for the first to commit or roll
    back, so exactly one of them inserts.
    """
    return dialect_insert(dialect, HANDLED_COMMANDS).on_conflict_do_nothing(
        index_elements=["platform", "chat_id", "platform_message_id"]
    )


@cache
def _forget() -> Delete:
    return delete(HANDLED_COMMANDS).where(C.handled_at < bindparam("b_before"))


class SqlAlchemyCommandLog(SqlAlchemyRepository):
    """CommandLog on SQLAlchemy: a row per command message, ids only."""

    async def first_time(
        self, chat: Address, platform_message_id: str, user_id: int, now: datetime
    ) -> bool:
        """Notes the command; False if it was noted before (a redelivery)."""
        row = {
            "platform": chat.platform,
            "chat_id": chat.chat_id,
            "platform_message_id": platform_message_id,
            "user_id": user_id,
            "handled_at": now,
        }
        result = await self._run(_note(self._dialect), row)
        return bool(result.rowcount)

    async def forget(self, before: datetime) -> int:
        """Drops the commands handled before `before`; how many."""
        result = await self._run(_forget(), {"b_before": before})
        return int(result.rowcount)
