"""The inbox: platform updates held from the moment they arrive until they are handled."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache

from sqlalchemy import Delete, Insert, bindparam, delete, select

from storage.repositories.base import AnySelect, SqlAlchemyRepository, dialect_insert
from storage.tables import INBOX

C = INBOX.c


@cache
def _hold(dialect: str) -> Insert:
    """INSERT ... ON CONFLICT DO NOTHING: a redelivered update is held once."""
    return dialect_insert(dialect, INBOX).on_conflict_do_nothing(
        index_elements=["platform", "update_id"]
    )


@cache
def _statements() -> dict[str, AnySelect | Delete]:
    return {
        "release": delete(INBOX).where(
            C.platform == bindparam("b_platform"), C.update_id == bindparam("b_update_id")
        ),
        "held": select(C.update_id, C.payload)
        .where(C.platform == bindparam("b_platform"))
        .order_by(C.update_id)
        .limit(bindparam("b_limit")),
    }


class SqlAlchemyInboxRepository(SqlAlchemyRepository):
    """InboxRepository on SQLAlchemy."""

    async def hold(self, platform: str, updates: Sequence[tuple[int, str]], now: datetime) -> None:
        """Keeps updates, given as (update id, payload); one held already stays as it was."""
        if not updates:
            return
        rows = [
            {"platform": platform, "update_id": update_id, "payload": payload, "received_at": now}
            for update_id, payload in updates
        ]
        await self._db.execute_many(_hold(self._dialect), rows)

    async def release(self, platform: str, update_id: int) -> None:
        """Drops a handled update."""
        await self._run(
            _statements()["release"], {"b_platform": platform, "b_update_id": update_id}
        )

    async def held(self, platform: str, limit: int) -> list[tuple[int, str]]:
        """The oldest held updates as (update id, payload), in update id order."""
        rows = await self._rows(_statements()["held"], b_platform=platform, b_limit=limit)
        return [(row.update_id, row.payload) for row in rows]
