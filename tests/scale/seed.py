"""Many check-ins falling due in the same minute, written straight into the tables."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncEngine

from core.domain import Address, FollowUpSettings, Session, SessionStatus
from storage.mapping import session_row
from storage.tables import IdentityRow, SessionRow, UserRow

CHUNK = 2000
FIRST_CHAT = 100_000
"""Person n is platform user (and private chat) FIRST_CHAT + n."""


def people_of(count: int, pairs: int) -> list[int]:
    """The person of each session 1..count: the first `pairs` people have two sessions each."""
    owners = [1 + n // 2 for n in range(2 * pairs)]
    return owners + list(range(pairs + 1, pairs + 1 + count - 2 * pairs))


async def seed_due(
    engine: AsyncEngine, count: int, due: datetime, *, pairs: int = 0, platform: str = "telegram"
) -> list[int]:
    """Sessions 1..count, active, with a daily check-in due at `due` (UTC); their people.

    Returns each session's person (index 0 is session 1). The first `pairs` people own two
    sessions each, so two check-ins go to one chat in the same minute.
    """
    owners = people_of(count, pairs)
    people = sorted(set(owners))
    for start in range(0, len(people), CHUNK):
        chunk = people[start : start + CHUNK]
        async with engine.begin() as db:
            await db.execute(insert(UserRow), [_person(n, due) for n in chunk])
            await db.execute(insert(IdentityRow), [_identity(n, platform) for n in chunk])
    for start in range(0, count, CHUNK):
        numbers = range(start + 1, min(start + CHUNK, count) + 1)
        rows = [_session(n, owners[n - 1], due, platform) for n in numbers]
        async with engine.begin() as db:
            await db.execute(insert(SessionRow), rows)
    return owners


def _person(n: int, now: datetime) -> dict[str, Any]:
    return {
        "id": n,
        "display_name": None,
        "timezone": "UTC",
        "locale": None,
        "reachable": True,
        "preferences": {},
        "created_at": now,
        "last_seen_at": now,
    }


def _identity(n: int, platform: str) -> dict[str, Any]:
    return {"id": n, "user_id": n, "platform": platform, "platform_user_id": str(FIRST_CHAT + n)}


def _session(n: int, person: int, due: datetime, platform: str) -> dict[str, Any]:
    return session_row(
        Session(
            id=n,
            user_id=person,
            title=f"Session {n}",
            status=SessionStatus.ACTIVE,
            created_at=due,
            updated_at=due,
            origin=Address(platform, str(FIRST_CHAT + person)),
            followup=FollowUpSettings(True, due.strftime("%H:%M"), "UTC", due),
        )
    )
