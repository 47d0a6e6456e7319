"""Usage figures computed from the in-memory store, as `core/domain/stats.py` documents them."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta

from core.domain import DeliveryStatus, FeedbackKind, Message, Role, SafetyLevel, UsageStats
from tests.fakes.repositories import FakeRepository
from tests.fakes.store import InMemoryStore


def utc(moment: datetime) -> datetime:
    """`moment` in UTC; a naive datetime is taken to be UTC already (as SQLite returns it)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def usage_stats(data: InMemoryStore, now: datetime, days: int) -> UsageStats:
    """Counts only, never text: users, activity, feedback, check-ins, safety and topics."""
    now = utc(now)
    since = datetime.combine(now.date() - timedelta(days=max(days, 1) - 1), time(), tzinfo=UTC)
    written = [m for m in data.messages.values() if m.role is Role.USER]
    recent = [f for f in data.feedback.values() if utc(f.created_at) >= since]
    feedback = Counter(f.kind for f in recent if f.active)
    regenerations = sum(f.kind is FeedbackKind.REGENERATE for f in recent)
    messages_by_day, active_by_day = _per_day(written, now.date(), days)
    return UsageStats(
        users=len(data.users),
        active_1d=_active_since(written, now, 1),
        active_7d=_active_since(written, now, 7),
        active_30d=_active_since(written, now, 30),
        sessions_by_status=_ordered(Counter(s.status.value for s in data.sessions.values())),
        messages_by_day=messages_by_day,
        active_by_day=active_by_day,
        likes=feedback[FeedbackKind.LIKE],
        dislikes=feedback[FeedbackKind.DISLIKE],
        regenerations=regenerations,
        followups=_ordered(
            Counter(
                d.status.value
                for d in data.deliveries.values()
                if d.status is not DeliveryStatus.PENDING and utc(d.created_at) >= since
            )
        ),
        safety_events=_ordered(
            Counter(
                m.safety.value
                for m in written
                if m.safety is not SafetyLevel.NONE and utc(m.created_at) >= since
            )
        ),
        top_topics=_top(Counter(s.primary_topic for s in data.sessions.values())),
    )


def _active_since(written: list[Message], now: datetime, days: int) -> int:
    since = now - timedelta(days=days)
    return len({m.user_id for m in written if since <= utc(m.created_at) <= now})


def _per_day(
    written: list[Message], today: date, days: int
) -> tuple[list[tuple[date, int]], list[tuple[date, int]]]:
    window = [today - timedelta(days=back) for back in range(days - 1, -1, -1)]
    counts: Counter[date] = Counter()
    writers: defaultdict[date, set[int]] = defaultdict(set)
    for m in written:
        day = utc(m.created_at).date()
        counts[day] += 1
        writers[day].add(m.user_id)
    return [(d, counts[d]) for d in window], [(d, len(writers[d])) for d in window]


def _ordered(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(counts.items()))


def _top(counts: Counter[str | None]) -> list[tuple[str, int]]:
    named = [(topic, n) for topic, n in counts.items() if topic is not None]
    return sorted(named, key=lambda item: (-item[1], item[0]))[:10]


class FakeStatsRepository(FakeRepository):
    """Implements `core.ports.StatsRepository`."""

    async def usage(self, now: datetime, days: int) -> UsageStats:
        return usage_stats(self._data(), now, days)
