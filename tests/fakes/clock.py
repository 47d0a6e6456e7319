"""A clock that tests set and move by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class FakeClock:
    """Implements `core.ports.Clock`; time moves only when a test says so."""

    def __init__(self, now: datetime) -> None:
        self.current = now

    @property
    def current(self) -> datetime:
        """The time `now()` returns; setting it accepts any aware datetime and stores UTC."""
        return self._current

    @current.setter
    def current(self, value: datetime) -> None:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("FakeClock needs a timezone-aware datetime")
        self._current = value.astimezone(UTC)

    def now(self) -> datetime:
        """The current fake time, timezone-aware UTC."""
        return self._current

    def set(self, value: datetime) -> None:
        """Jumps to `value`."""
        self.current = value

    def advance(self, **delta: float) -> datetime:
        """Moves time on by `timedelta(**delta)` and returns the new time."""
        self.current = self._current + timedelta(**delta)
        return self._current
