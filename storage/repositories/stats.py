"""Usage figures for admins, computed with SQL aggregates: counts only, never text."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, case, cast, distinct, func, select, true
from sqlalchemy.sql.elements import ColumnElement

from core.domain import FeedbackKind, Role, SafetyLevel, UsageStats
from storage.repositories.base import SqlAlchemyRepository
from storage.sqlite_driver import off_the_loop
from storage.tables import DELIVERIES, FEEDBACK, MESSAGES, SESSIONS, USERS

D, F, M, S = DELIVERIES.c, FEEDBACK.c, MESSAGES.c, SESSIONS.c

TOP_TOPICS = 10


class SqlAlchemyStatsRepository(SqlAlchemyRepository):
    """StatsRepository on SQLAlchemy.

    People, sessions and topics are counted over all time; active people over the last 1, 7
    and 30 days before `now`; everything else (messages and active people by day, feedback,
    follow-ups, safety events) over the window: the `days` UTC days ending with today.
    """

    async def usage(self, now: datetime, days: int) -> UsageStats:
        """What `/stats` shows; on SQLite its statements run off the event loop (they scan)."""
        with off_the_loop():
            return await self._usage(now, days)

    async def _usage(self, now: datetime, days: int) -> UsageStats:
        days = max(days, 1)
        today = now.astimezone(UTC).date()
        first_day = today - timedelta(days=days - 1)
        since = datetime.combine(first_day, time(), tzinfo=UTC)
        active = await self._active(now)
        by_day = await self._by_day(since)
        feedback = await self._grouped(
            F.kind,
            F.created_at >= since,
            (F.active == true()) | (F.kind == FeedbackKind.REGENERATE.value),
        )
        window = [first_day + timedelta(days=i) for i in range(days)]
        return UsageStats(
            users=await self._count(select(func.count()).select_from(USERS)),
            active_1d=active[0],
            active_7d=active[1],
            active_30d=active[2],
            sessions_by_status=await self._grouped(S.status),
            messages_by_day=[(d, by_day.get(d, (0, 0))[0]) for d in window],
            active_by_day=[(d, by_day.get(d, (0, 0))[1]) for d in window],
            likes=feedback.get(FeedbackKind.LIKE.value, 0),
            dislikes=feedback.get(FeedbackKind.DISLIKE.value, 0),
            regenerations=feedback.get(FeedbackKind.REGENERATE.value, 0),
            followups=await self._grouped(D.status, D.created_at >= since),
            safety_events=await self._grouped(
                M.safety,
                M.role == Role.USER.value,
                M.safety != SafetyLevel.NONE.value,
                M.created_at >= since,
            ),
            top_topics=await self._top_topics(),
        )

    async def _count(self, stmt: Any) -> int:
        return int((await self._run(stmt)).scalar() or 0)

    async def _active(self, now: datetime) -> tuple[int, int, int]:
        def within(days: int) -> Any:
            recent = M.created_at >= now - timedelta(days=days)
            return func.count(distinct(case((recent, M.user_id))))

        row = (
            await self._run(
                select(within(1), within(7), within(30)).where(
                    M.role == Role.USER.value,
                    M.created_at >= now - timedelta(days=30),
                )
            )
        ).one()
        return int(row[0]), int(row[1]), int(row[2])

    async def _by_day(self, since: datetime) -> dict[date, tuple[int, int]]:
        day = self._utc_day(M.created_at)
        rows = await self._run(
            select(day, func.count(), func.count(distinct(M.user_id)))
            .where(M.role == Role.USER.value, M.created_at >= since)
            .group_by(day)
        )
        return {_as_date(d): (int(n), int(people)) for d, n, people in rows}

    async def _grouped(self, column: Any, *where: ColumnElement[bool]) -> dict[str, int]:
        rows = await self._run(select(column, func.count()).where(*where).group_by(column))
        return {str(key): int(n) for key, n in rows}

    async def _top_topics(self) -> list[tuple[str, int]]:
        n = func.count().label("n")
        rows = await self._run(
            select(S.primary_topic, n)
            .where(S.primary_topic.is_not(None))
            .group_by(S.primary_topic)
            .order_by(n.desc(), S.primary_topic)
            .limit(TOP_TOPICS)
        )
        return [(str(topic), int(count)) for topic, count in rows]

    def _utc_day(self, column: Any) -> Any:
        if self._dialect == "postgresql":
            # timestamptz -> date follows the connection's TimeZone; name UTC explicitly.
            return cast(func.timezone("UTC", column), Date)
        return func.date(column)  # SQLite stores naive UTC text


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)
