"""Local check-in times across daylight-saving changes and date lines."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from core.domain.errors import InvalidFollowUpTime, InvalidTimezone
from core.schedule import load_zone, local_date, next_occurrence, parse_local_time

BERLIN = load_zone("Europe/Berlin")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_ordinary_day_in_winter_and_summer() -> None:
    assert next_occurrence(time(21, 30), BERLIN, utc(2026, 11, 24, 10)) == utc(2026, 11, 24, 20, 30)
    assert next_occurrence(time(21, 30), BERLIN, utc(2026, 7, 1, 10)) == utc(2026, 7, 1, 19, 30)


def test_time_already_passed_today_is_tomorrow() -> None:
    assert next_occurrence(time(9, 0), BERLIN, utc(2026, 11, 24, 10)) == utc(2026, 11, 25, 8, 0)


def test_time_skipped_by_spring_forward_moves_forward() -> None:
    # 2026-03-29 in Berlin: clocks jump from 02:00 to 03:00, so 02:30 does not exist.
    due = next_occurrence(time(2, 30), BERLIN, utc(2026, 3, 28, 12))

    assert due == utc(2026, 3, 29, 1, 30)
    assert due.astimezone(BERLIN).strftime("%H:%M %Z") == "03:30 CEST"
    assert local_date(due, BERLIN) == date(2026, 3, 29)


def test_time_repeated_by_fall_back_is_sent_once() -> None:
    # 2026-10-25 in Berlin: 02:00-03:00 happens twice.
    first = next_occurrence(time(2, 30), BERLIN, utc(2026, 10, 24, 12))
    after_first = next_occurrence(time(2, 30), BERLIN, first)

    assert first == utc(2026, 10, 25, 0, 30)
    assert after_first == utc(2026, 10, 26, 1, 30)
    assert local_date(after_first, BERLIN) == date(2026, 10, 26)


def test_zone_east_of_utc_crossing_midnight() -> None:
    tokyo = load_zone("Asia/Tokyo")
    # 08:00 in Tokyo is 23:00 UTC the day before.
    due = next_occurrence(time(8, 0), tokyo, utc(2026, 11, 24, 10))

    assert due == utc(2026, 11, 24, 23, 0)
    assert local_date(due, tokyo) == date(2026, 11, 25)


def test_southern_hemisphere_spring_forward() -> None:
    auckland = load_zone("Pacific/Auckland")
    # 2026-09-27 in Auckland: 02:00 jumps to 03:00 (NZST +12 to NZDT +13).
    due = next_occurrence(time(2, 15), auckland, utc(2026, 9, 26, 0))

    assert due.astimezone(auckland).strftime("%Y-%m-%d %H:%M") == "2026-09-27 03:15"


@pytest.mark.parametrize("text", ["21:30", "9:05", "21.30", "21h30", " 07:00 "])
def test_times_people_write(text: str) -> None:
    assert parse_local_time(text).minute in {0, 5, 30}


@pytest.mark.parametrize("text", ["25:00", "21:60", "noon", "", "2130", "-1:00", "٢١:٣٠"])
def test_times_refused(text: str) -> None:
    with pytest.raises(InvalidFollowUpTime):
        parse_local_time(text)


@pytest.mark.parametrize("name", ["Mars/Olympus", "../../etc/passwd", "", "Europe/" + "x" * 80])
def test_zones_refused(name: str) -> None:
    with pytest.raises(InvalidTimezone):
        load_zone(name)


def test_zone_names_are_matched_without_case() -> None:
    assert load_zone("america/new_york").key == "America/New_York"
