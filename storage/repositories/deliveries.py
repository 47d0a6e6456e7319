"""Follow-up deliveries: at most one per session and local date."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from sqlalchemy import Insert, Update, bindparam, literal, select, update

from core.domain import DeliveryStatus, FollowUpDelivery
from storage.mapping import delivery_from_row
from storage.repositories.base import AnySelect, SqlAlchemyRepository, dialect_insert
from storage.tables import DELIVERIES, SESSIONS

D = DELIVERIES.c


@cache
def _insert_new(dialect: str) -> Insert:
    """INSERT ... ON CONFLICT (session, local date) DO NOTHING RETURNING id."""
    stmt = dialect_insert(dialect, DELIVERIES)
    return stmt.on_conflict_do_nothing(index_elements=["session_id", "local_date"]).returning(D.id)


@cache
def _statements() -> dict[str, AnySelect | Update]:
    # The status repeats the partial index's predicate as a literal (not a parameter), so that
    # both planners can tell ix_followup_deliveries_pending applies.
    abandoned = (
        select(D.id)
        .where(
            D.status == literal(DeliveryStatus.PENDING.value, literal_execute=True),
            D.created_at < bindparam("claimed_before"),
        )
        .order_by(D.created_at)
        .limit(bindparam("limit"))
        .with_for_update(skip_locked=True)
    )
    return {
        "update": update(DELIVERIES).where(D.id == bindparam("b_id")),
        "take_over": update(DELIVERIES)
        .where(D.id.in_(abandoned.scalar_subquery()))
        .values(created_at=bindparam("now", type_=D.created_at.type))
        .returning(*DELIVERIES.c),
        "for_user": select(DELIVERIES)
        .join(SESSIONS, SESSIONS.c.id == D.session_id)
        .where(SESSIONS.c.user_id == bindparam("user_id"))
        .order_by(D.id),
    }


class SqlAlchemyDeliveryRepository(SqlAlchemyRepository):
    """DeliveryRepository on SQLAlchemy."""

    async def add(
        self, session_id: int, local_date: date, status: DeliveryStatus, now: datetime
    ) -> FollowUpDelivery | None:
        """Records a delivery; None when the session already has one for that local date.

        ON CONFLICT DO NOTHING rather than a caught error: on PostgreSQL a concurrent insert of
        the same (session, date) waits for the other transaction and then yields no row.
        """
        delivery_id = await self._scalar(
            _insert_new(self._dialect),
            session_id=session_id,
            local_date=local_date,
            status=status.value,
            created_at=now,
        )
        if delivery_id is None:
            return None
        return FollowUpDelivery(
            id=delivery_id,
            session_id=session_id,
            local_date=local_date,
            status=status,
            created_at=now,
        )

    async def update(
        self,
        delivery_id: int,
        status: DeliveryStatus,
        *,
        message_id: int | None = None,
        error: str | None = None,
    ) -> None:
        """Sets a delivery's outcome."""
        await self._run(
            _statements()["update"],
            {"b_id": delivery_id, "status": status.value, "message_id": message_id, "error": error},
        )

    async def take_over(
        self, claimed_before: datetime, now: datetime, limit: int
    ) -> list[FollowUpDelivery]:
        """Pending deliveries claimed before `claimed_before`, claimed anew at `now`.

        One statement, UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED): on
        PostgreSQL a row another unit of work is taking over is skipped, and one it took over
        and committed meanwhile is read again with its new claim time and left out; on SQLite
        the single writer connection serialises the sweeps.
        """
        rows = await self._rows(
            _statements()["take_over"], claimed_before=claimed_before, now=now, limit=limit
        )
        return sorted((delivery_from_row(r) for r in rows), key=lambda d: d.id)

    async def list_for_user(self, user_id: int) -> list[FollowUpDelivery]:
        """Every delivery to the person's sessions, oldest first."""
        rows = await self._rows(_statements()["for_user"], user_id=user_id)
        return [delivery_from_row(r) for r in rows]
