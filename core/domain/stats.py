"""Usage figures for admins: counts only, never text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class UsageStats:
    """What `/stats` shows."""

    users: int = 0
    active_1d: int = 0
    active_7d: int = 0
    active_30d: int = 0
    sessions_by_status: dict[str, int] = field(default_factory=dict)
    messages_by_day: list[tuple[date, int]] = field(default_factory=list)
    """User messages per UTC day over the window, oldest first, days without messages included."""
    active_by_day: list[tuple[date, int]] = field(default_factory=list)
    """People who wrote per UTC day over the window, oldest first."""
    likes: int = 0
    dislikes: int = 0
    regenerations: int = 0
    followups: dict[str, int] = field(default_factory=dict)
    """Deliveries by status: sent, failed, skipped."""
    safety_events: dict[str, int] = field(default_factory=dict)
    """User messages by safety level other than none."""
    top_topics: list[tuple[str, int]] = field(default_factory=list)
    """Primary topics of sessions, most common first (at most ten)."""
