"""Figures: usage for admins (counts only) and a person's own progress."""

from __future__ import annotations

from datetime import datetime

from core.domain import UsageStats, User
from core.engine.summaries import topic_phrase
from core.ports import UnitOfWork
from core.replies import Reply

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


class InsightService:
    """`/stats` and `/progress`."""

    async def stats(self, uow: UnitOfWork, now: datetime) -> Reply:
        """Usage figures for an admin; the caller checks the admin list."""
        return Reply(format_usage(await uow.stats.usage(now, STATS_DAYS)), ephemeral=True)

    async def progress(self, uow: UnitOfWork, user: User) -> Reply:
        """The person's sessions, topics and mood trend."""
        sessions = await uow.sessions.list_for_user(user.id)
        if not sessions:
            return Reply("No sessions yet. Write anything to start one.")
        lines = ["Your progress"]
        for s in sessions:
            topic = topic_phrase(s.primary_topic) if s.primary_topic else "no theme yet"
            mood = s.state.mood[-20:]
            trend = f", mood {sparkline(mood, -1.0, 1.0)}" if mood else ""
            lines.append(
                f"«{s.title}» ({s.status.value}): {s.user_message_count} messages, {topic}{trend}"
            )
        lines.append("Mood runs from ▁ (heavy) to █ (hopeful), oldest first.")
        return Reply("\n".join(lines))
