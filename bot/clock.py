"""The real clock."""

from __future__ import annotations

from datetime import UTC, datetime


class SystemClock:
    """Reads the system's time, always timezone-aware UTC."""

    def now(self) -> datetime:
        """The current time in UTC."""
        return datetime.now(UTC)
