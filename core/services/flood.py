"""A per-person flood limit: past it, messages are kept but not answered one by one."""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta

from core.domain import PlatformUser


class FloodGuard:
    """Allows at most `limit` messages per person in any `seconds`-long window.

    It lives in memory, per process: it protects the coach from a burst, it is not an
    accounting of anything, so several processes each keeping their own window is fine.
    """

    def __init__(self, limit: int, seconds: int) -> None:
        self.limit = limit
        self.window = timedelta(seconds=seconds)
        self._recent: dict[PlatformUser, deque[datetime]] = {}

    def allow(self, who: PlatformUser, now: datetime) -> bool:
        """Counts a message; False when it is over the limit."""
        recent = self._recent.setdefault(who, deque())
        while recent and now - recent[0] >= self.window:
            recent.popleft()
        if len(recent) >= self.limit:
            return False
        recent.append(now)
        if len(self._recent) > 10_000:
            self._forget_quiet(now)
        return True

    def _forget_quiet(self, now: datetime) -> None:
        """Drops people with nothing in the window, so memory follows current activity."""
        quiet = [
            who
            for who, times in self._recent.items()
            if not times or now - times[-1] >= self.window
        ]
        for who in quiet:
            del self._recent[who]
