"""Local check-in times: parsing, zones and the next occurrence in UTC across DST changes."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from core.domain.errors import InvalidFollowUpTime, InvalidTimezone

_TIME = re.compile(r"^([01]?\d|2[0-3])[:.h]([0-5]\d)$")


def parse_local_time(text: str) -> time:
    """Reads "21:30" (also "9:05", "21.30", "21h30") as a wall-clock time."""
    match = _TIME.match(text.strip())
    if match is None:
        raise InvalidFollowUpTime()
    return time(int(match[1]), int(match[2]))


def load_zone(name: str) -> ZoneInfo:
    """The IANA zone of that name, matched case-insensitively ("europe/berlin" works)."""
    cleaned = name.strip()
    if not cleaned or cleaned.startswith(("/", ".")) or ".." in cleaned or len(cleaned) > 64:
        raise InvalidTimezone()
    for candidate in (cleaned, _zone_names().get(cleaned.lower())):
        if candidate is None:
            continue
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    raise InvalidTimezone()


@cache
def _zone_names() -> dict[str, str]:
    """Every known zone name by its lower-case form (read once, on first need)."""
    return {name.lower(): name for name in available_timezones()}


def next_occurrence(at: time, zone: ZoneInfo, after: datetime) -> datetime:
    """The first instant strictly after `after` (UTC) when local clocks in `zone` show `at`.

    A time skipped by spring-forward resolves with the pre-transition offset, which lands it
    after the gap (02:30 becomes 03:30); a time repeated by fall-back is its first occurrence
    only, so a check-in is never due twice on one local date.
    """
    local_day = after.astimezone(zone).date()
    for offset in range(3):
        candidate = datetime.combine(local_day + timedelta(days=offset), at, tzinfo=zone)
        instant = candidate.astimezone(UTC)
        if instant > after:
            return instant
    raise AssertionError("a local time occurs at least once in any three days")


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    """The date local clocks in `zone` show at `instant`."""
    return instant.astimezone(zone).date()


def describe(instant: datetime, zone: ZoneInfo) -> str:
    """A short human form of an instant in a zone, e.g. "Tue 24 Nov, 21:30 CET"."""
    local = instant.astimezone(zone)
    return f"{local:%a} {local.day} {local:%b}, {local:%H:%M} {local.tzname()}"
