"""Figures: usage for admins (counts only) and a person's own progress, with pictures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from core.domain import Session, UsageStats, User
from core.engine.summaries import topic_phrase
from core.ports import Charts, UnitOfWork
from core.replies import Attachment, Reply
from core.services.answers import Answered

SPARKS = "▁▂▃▄▅▆▇█"
STATS_DAYS = 30


def sparkline(values: list[float], low: float, high: float) -> str:
    """A one-line picture of a series between low and high."""
    span = (high - low) or 1.0
    steps = len(SPARKS) - 1
    return "".join(SPARKS[round((min(max(v, low), high) - low) / span * steps)] for v in values)


def format_usage(stats: UsageStats) -> str:
    """The text of `/stats`: counts, never content."""
    rated = stats.likes + stats.dislikes
    ratio = f"{stats.likes / rated:.0%} 👍" if rated else "no ratings yet"
    per_day = [float(n) for _, n in stats.messages_by_day]
    statuses = ", ".join(f"{k} {v}" for k, v in sorted(stats.sessions_by_status.items())) or "none"
    followups = ", ".join(f"{k} {v}" for k, v in sorted(stats.followups.items())) or "none"
    safety = ", ".join(f"{k} {v}" for k, v in sorted(stats.safety_events.items())) or "none"
    topics = ", ".join(f"{topic_phrase(t)} {n}" for t, n in stats.top_topics[:5]) or "none yet"
    lines = [
        "Amora usage",
        f"People: {stats.users} (active: {stats.active_1d} today, "
        f"{stats.active_7d} in 7 days, {stats.active_30d} in 30 days)",
        f"Sessions: {statuses}",
        f"Messages from people, last {len(per_day)} days: {int(sum(per_day))} "
        f"{sparkline(per_day, 0.0, max(per_day, default=0.0))}",
        f"Feedback: {stats.likes} 👍, {stats.dislikes} 👎 ({ratio}), {stats.regenerations} 🔄",
        f"Check-ins: {followups}",
        f"Safety events: {safety}",
        f"Top topics: {topics}",
    ]
    return "\n".join(lines)


def _png(name: str, title: str, draw: Callable[[], bytes]) -> Callable[[], Attachment]:
    return lambda: Attachment(name, "image/png", draw(), title)


class InsightService:
    """`/stats` and `/progress`; pictures are drawn after the transaction, when charts exist."""

    def __init__(self, charts: Charts | None = None) -> None:
        self.charts = charts

    async def stats(self, uow: UnitOfWork, now: datetime) -> Answered:
        """Usage figures for an admin; the caller checks the admin list."""
        stats = await uow.stats.usage(now, STATS_DAYS)
        reply = Reply(format_usage(stats), ephemeral=True)
        if self.charts is None:
            return Answered(reply)
        charts = self.charts
        return Answered(
            reply, picture=_png("amora-usage.png", "Amora usage", lambda: charts.usage(stats))
        )

    async def progress(self, uow: UnitOfWork, user: User) -> Answered:
        """The person's sessions, topics and mood trend."""
        sessions = await uow.sessions.list_for_user(user.id)
        if not sessions:
            return Answered(Reply("No sessions yet. Write anything to start one."))
        reply = Reply(self._progress_text(sessions))
        if self.charts is None:
            return Answered(reply)
        charts = self.charts
        draw = _png("amora-progress.png", "Your progress", lambda: charts.progress(sessions))
        return Answered(reply, picture=draw)

    @staticmethod
    def _progress_text(sessions: list[Session]) -> str:
        lines = ["Your progress"]
        for s in sessions:
            topic = topic_phrase(s.primary_topic) if s.primary_topic else "no theme yet"
            mood = s.state.mood[-20:]
            trend = f", mood {sparkline(mood, -1.0, 1.0)}" if mood else ""
            lines.append(
                f"«{s.title}» ({s.status.value}): {s.user_message_count} messages, {topic}{trend}"
            )
        lines.append("Mood runs from ▁ (heavy) to █ (hopeful), oldest first.")
        return "\n".join(lines)
