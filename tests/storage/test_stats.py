"""Usage figures on a small known dataset."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from core.domain import (
    DeliveryStatus,
    FeedbackKind,
    Role,
    SafetyLevel,
    Session,
    SessionStatus,
    UsageStats,
)
from core.ports import UnitOfWork
from tests.storage.builders import NOW, add_session, add_user, say
from tests.storage.conftest import UowFactory

ZONE = "Pacific/Kiritimati"
DAY = timedelta(days=1)
HOUR = timedelta(hours=1)


async def _feedback(uow: UnitOfWork, session: Session, kind: FeedbackKind, **kw: object) -> int:
    reply = await say(uow, session, "a", role=Role.COACH)
    made = await uow.feedback.add(
        message_id=reply.id,
        session_id=session.id,
        user_id=session.user_id,
        kind=kind,
        now=kw.get("now", NOW),  # type: ignore[arg-type]
    )
    return made.id


async def _dataset(uow: UnitOfWork) -> None:
    ana, ben, cid = await add_user(uow, "1"), await add_user(uow, "2"), await add_user(uow, "3")
    await add_user(uow, "4")  # never wrote
    first, paused = await add_session(uow, ana), await add_session(uow, ana)
    bens, cids = await add_session(uow, ben), await add_session(uow, cid)
    for session, status, topic in [
        (first, SessionStatus.ACTIVE, "family"),
        (paused, SessionStatus.PAUSED, "trust_jealousy"),
        (bens, SessionStatus.ACTIVE, "family"),
        (cids, SessionStatus.COMPLETED, None),
    ]:
        session.status, session.primary_topic = status, topic
        await uow.sessions.save(session)

    await say(uow, first, now=NOW - HOUR)  # 03-14
    await say(uow, bens, now=NOW.replace(hour=0, minute=10))  # 03-14
    await say(uow, first, now=NOW - 2 * DAY, safety=SafetyLevel.CONCERN)  # 03-12
    await say(uow, first, now=NOW - 2 * DAY + HOUR, role=Role.COACH)  # not a user message
    await say(uow, bens, now=NOW - 3 * DAY, safety=SafetyLevel.CRISIS)  # 03-11
    await say(uow, first, now=NOW.replace(day=8, hour=0, minute=0))  # 03-08, first window day
    await say(uow, bens, now=NOW.replace(day=7, hour=23, minute=59))  # 03-07, before the window
    await say(uow, bens, now=NOW - 10 * DAY, safety=SafetyLevel.CRISIS)  # outside the window
    await say(uow, cids, now=NOW - 20 * DAY)
    await say(uow, cids, now=NOW - 40 * DAY)

    replaced = await _feedback(uow, first, FeedbackKind.LIKE)
    await uow.feedback.deactivate(replaced)
    await _feedback(uow, first, FeedbackKind.DISLIKE)
    await _feedback(uow, bens, FeedbackKind.LIKE)
    await _feedback(uow, bens, FeedbackKind.LIKE, now=NOW - 10 * DAY)  # outside the window
    await _feedback(uow, first, FeedbackKind.REGENERATE)
    await _feedback(uow, bens, FeedbackKind.REGENERATE)

    for i, outcome in enumerate(
        [DeliveryStatus.SENT, DeliveryStatus.SENT, DeliveryStatus.FAILED, DeliveryStatus.SKIPPED]
    ):
        await uow.deliveries.add(first.id, date(2026, 3, 10 + i), outcome, NOW - i * DAY)
    await uow.deliveries.add(bens.id, date(2026, 3, 1), DeliveryStatus.SENT, NOW - 13 * DAY)


async def test_usage_on_a_known_dataset(
    uow_factory: UowFactory, engine: AsyncEngine, backend: str
) -> None:
    if backend == "postgresql":  # days are UTC days whatever the server's zone (UTC+14 here)
        async with engine.connect() as connection:
            name = engine.url.database
            await connection.execute(text(f'ALTER DATABASE "{name}" SET timezone = {ZONE!r}'))
            await connection.commit()
        await engine.dispose()
    async with uow_factory() as uow:
        await _dataset(uow)
        await uow.commit()
    async with uow_factory() as uow:
        stats = await uow.stats.usage(NOW, 7)
    days = [date(2026, 3, 8) + timedelta(days=i) for i in range(7)]
    assert stats == UsageStats(
        users=4,
        active_1d=2,
        active_7d=2,
        active_30d=3,
        sessions_by_status={"active": 2, "paused": 1, "completed": 1},
        messages_by_day=list(zip(days, [1, 0, 0, 1, 1, 0, 2], strict=True)),
        active_by_day=list(zip(days, [1, 0, 0, 1, 1, 0, 2], strict=True)),
        likes=1,
        dislikes=1,
        regenerations=2,
        followups={"sent": 2, "failed": 1, "skipped": 1},
        safety_events={"concern": 1, "crisis": 1},
        top_topics=[("family", 2), ("trust_jealousy", 1)],
    )


async def test_usage_of_an_empty_store_has_every_day(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        stats = await uow.stats.usage(NOW, 30)
    assert stats.users == 0 and stats.sessions_by_status == {} and stats.top_topics == []
    assert len(stats.messages_by_day) == 30 and stats.messages_by_day[-1] == (NOW.date(), 0)
    assert stats.active_by_day[0] == (NOW.date() - timedelta(days=29), 0)
