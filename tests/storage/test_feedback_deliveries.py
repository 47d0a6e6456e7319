"""Feedback (likes replace dislikes, history kept) and one follow-up per session and day."""

from __future__ import annotations

from datetime import date

from core.domain import DeliveryStatus, FeedbackKind, Role
from tests.storage.builders import NOW, add_session, add_user, at, say
from tests.storage.conftest import UowFactory

DAY = date(2026, 3, 14)


async def test_active_rating_and_deactivate(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        session = await add_session(uow, await add_user(uow))
        reply = await say(uow, session, "a", role=Role.COACH)
        common = {"message_id": reply.id, "session_id": session.id, "user_id": session.user_id}
        assert await uow.feedback.active_rating(reply.id, session.user_id) is None
        await uow.feedback.add(kind=FeedbackKind.REGENERATE, now=NOW, **common)
        assert await uow.feedback.active_rating(reply.id, session.user_id) is None
        like = await uow.feedback.add(kind=FeedbackKind.LIKE, now=at(1), **common)
        assert await uow.feedback.active_rating(reply.id, session.user_id) == like
        await uow.feedback.deactivate(like.id)
        dislike = await uow.feedback.add(kind=FeedbackKind.DISLIKE, now=at(2), **common)
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.feedback.active_rating(reply.id, session.user_id) == dislike
        assert await uow.feedback.active_rating(reply.id, session.user_id + 1) is None
        history = await uow.feedback.list_for_user(session.user_id)
    assert [(f.kind, f.active) for f in history] == [
        (FeedbackKind.REGENERATE, True),
        (FeedbackKind.LIKE, False),
        (FeedbackKind.DISLIKE, True),
    ]
    assert history[1].created_at == at(1)


async def test_one_delivery_per_session_and_local_date(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        user = await add_user(uow)
        session, other = await add_session(uow, user), await add_session(uow, user, "B")
        first = await uow.deliveries.add(session.id, DAY, DeliveryStatus.PENDING, NOW)
        assert first is not None
        assert first.status is DeliveryStatus.PENDING and first.local_date == DAY
        assert await uow.deliveries.add(session.id, DAY, DeliveryStatus.SENT, NOW) is None
        assert await uow.deliveries.add(other.id, DAY, DeliveryStatus.PENDING, NOW) is not None
        next_day = date(2026, 3, 15)
        assert await uow.deliveries.add(session.id, next_day, DeliveryStatus.SKIPPED, NOW)
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.deliveries.add(session.id, DAY, DeliveryStatus.PENDING, NOW) is None


async def test_update_and_list_for_user(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        ana, ben = await add_user(uow, "1"), await add_user(uow, "2")
        session, bens = await add_session(uow, ana), await add_session(uow, ben)
        sent = await uow.deliveries.add(session.id, DAY, DeliveryStatus.PENDING, NOW)
        tomorrow = date(2026, 3, 15)
        failed = await uow.deliveries.add(session.id, tomorrow, DeliveryStatus.PENDING, NOW)
        await uow.deliveries.add(bens.id, DAY, DeliveryStatus.PENDING, NOW)
        assert sent is not None and failed is not None
        checkin = await say(uow, session, "How did Friday go?", role=Role.FOLLOWUP)
        await uow.deliveries.update(sent.id, DeliveryStatus.SENT, message_id=checkin.id)
        await uow.deliveries.update(failed.id, DeliveryStatus.FAILED, error="HTTP 502")
        await uow.commit()
    async with uow_factory() as uow:
        listed = await uow.deliveries.list_for_user(ana.id)
        assert [(d.id, d.status, d.message_id, d.error) for d in listed] == [
            (sent.id, DeliveryStatus.SENT, checkin.id, None),
            (failed.id, DeliveryStatus.FAILED, None, "HTTP 502"),
        ]
        await uow.messages.delete(checkin.id)
        listed = await uow.deliveries.list_for_user(ana.id)
        assert listed[0].message_id is None and listed[0].status is DeliveryStatus.SENT
