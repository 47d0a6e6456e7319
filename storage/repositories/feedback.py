"""Likes, dislikes and regenerations of coach messages."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from sqlalchemy import Insert, Update, bindparam, insert, select, true, update

from core.domain import Feedback, FeedbackKind
from storage.mapping import feedback_from_row
from storage.repositories.base import AnySelect, SqlAlchemyRepository
from storage.tables import FEEDBACK

F = FEEDBACK.c
RATINGS = (FeedbackKind.LIKE.value, FeedbackKind.DISLIKE.value)


@cache
def _statements() -> dict[str, AnySelect | Insert | Update]:
    return {
        "insert": insert(FEEDBACK).returning(F.id),
        "active_rating": select(FEEDBACK)
        .where(
            F.message_id == bindparam("message_id"),
            F.user_id == bindparam("user_id"),
            F.kind.in_(RATINGS),
            F.active == true(),
        )
        .order_by(F.id.desc())
        .limit(1),
        "deactivate": update(FEEDBACK).where(F.id == bindparam("b_id")).values(active=False),
        "for_user": select(FEEDBACK).where(F.user_id == bindparam("user_id")).order_by(F.id),
    }


class SqlAlchemyFeedbackRepository(SqlAlchemyRepository):
    """FeedbackRepository on SQLAlchemy."""

    async def add(
        self,
        *,
        message_id: int,
        session_id: int,
        user_id: int,
        kind: FeedbackKind,
        now: datetime,
    ) -> Feedback:
        """Records an active feedback."""
        feedback_id = await self._scalar(
            _statements()["insert"],
            message_id=message_id,
            session_id=session_id,
            user_id=user_id,
            kind=kind.value,
            active=True,
            created_at=now,
        )
        return Feedback(
            id=feedback_id,
            message_id=message_id,
            session_id=session_id,
            user_id=user_id,
            kind=kind,
            created_at=now,
        )

    async def active_rating(self, message_id: int, user_id: int) -> Feedback | None:
        """The like or dislike currently in force on a message, if any."""
        row = await self._row(
            _statements()["active_rating"], message_id=message_id, user_id=user_id
        )
        return feedback_from_row(row) if row is not None else None

    async def deactivate(self, feedback_id: int) -> None:
        """Keeps a feedback as history but no longer in force."""
        await self._run(_statements()["deactivate"], {"b_id": feedback_id})

    async def list_for_user(self, user_id: int) -> list[Feedback]:
        """Everything the person pressed, oldest first."""
        rows = await self._rows(_statements()["for_user"], user_id=user_id)
        return [feedback_from_row(r) for r in rows]
