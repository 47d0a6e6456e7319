"""Sessions: add, get, list, save every field, thread bindings and current sessions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from core.domain import (
    Address,
    ConversationState,
    FollowUpSettings,
    SessionStatus,
    StyleRecord,
)
from tests.storage.builders import CHAT, NOW, THREAD, add_session, add_user
from tests.storage.conftest import UowFactory


async def test_add_then_get_has_the_defaults(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        user = await add_user(uow)
        added = await uow.sessions.add(user.id, "Trust after the move", THREAD, NOW)
        await uow.commit()
    async with uow_factory() as uow:
        got = await uow.sessions.get(added.id)
    assert got == added
    assert got is not None
    assert got.status is SessionStatus.ACTIVE
    assert got.origin == THREAD
    assert got.followup == FollowUpSettings()
    assert got.state == ConversationState()
    assert got.created_at == NOW and got.created_at.tzinfo == UTC


async def test_save_round_trips_every_field(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        session = await add_session(uow, await add_user(uow))
        session.title = "Talking to my mum about Sam"
        session.status = SessionStatus.PAUSED
        session.origin = Address("discord", "555", None)
        session.primary_topic = "family"
        session.summary_text = "We looked at how visits end in arguments."
        session.next_plan_text = "Try a soft start-up before Sunday lunch."
        session.summary_updated_at = NOW + timedelta(minutes=5)
        session.summary_message_count = 5
        session.user_message_count = 7
        session.coach_message_count = 6
        session.updated_at = NOW + timedelta(minutes=6)
        session.followup = FollowUpSettings(
            enabled=True,
            local_time="09:00",
            timezone="Europe/Berlin",
            next_at=datetime(2026, 3, 15, 8, 0, tzinfo=UTC),
            last_local_date=date(2026, 3, 14),
        )
        session.state = ConversationState(
            topic_history=["family", "family", "boundaries"],
            topic_turns={"family": 2, "boundaries": 1},
            stages={"family": "understand", "boundaries": "explore"},
            recent_blocks=["val.family.1", "q.boundaries.2"],
            styles={"gentle": StyleRecord(used=3, likes=1, dislikes=0), "direct": StyleRecord()},
            emotions={"hurt": 2, "guilt": 1},
            offered=["ex.soft_startup"],
            decisions=["I will call her on Friday"],
            mood=[-0.5, 0.0, 0.25],
        )
        await uow.sessions.save(session)
        await uow.commit()
    async with uow_factory() as uow:
        got = await uow.sessions.get(session.id)
    assert got == session
    assert got is not None
    assert isinstance(got.state.styles["gentle"], StyleRecord)
    assert got.followup.next_at is not None and got.followup.next_at.tzinfo == UTC


async def test_list_for_user_is_oldest_first_and_only_theirs(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        ana, ben = await add_user(uow, "1"), await add_user(uow, "2")
        later = await uow.sessions.add(ana.id, "Later", CHAT, NOW + timedelta(hours=1))
        earlier = await uow.sessions.add(ana.id, "Earlier", CHAT, NOW)
        await uow.sessions.add(ben.id, "Ben's", CHAT, NOW)
        await uow.commit()
    async with uow_factory() as uow:
        listed = await uow.sessions.list_for_user(ana.id)
        assert [s.id for s in listed] == [earlier.id, later.id]
        assert await uow.sessions.get(10_000) is None
        assert await uow.sessions.list_for_user(10_000) == []


async def test_thread_bindings(uow_factory: UowFactory) -> None:
    other_thread = Address("telegram", "100", "8")
    async with uow_factory() as uow:
        user = await add_user(uow)
        first, second = await add_session(uow, user, "A"), await add_session(uow, user, "B")
        assert await uow.sessions.bound_to(THREAD) is None
        await uow.sessions.bind(THREAD, first.id)
        await uow.sessions.bind(other_thread, second.id)
        await uow.commit()
    async with uow_factory() as uow:
        bound = await uow.sessions.bound_to(THREAD)
        assert bound is not None and bound.id == first.id
        assert await uow.sessions.bound_to(CHAT) is None
        assert await uow.sessions.bound_to(Address("discord", "100", "7")) is None
        await uow.sessions.bind(THREAD, second.id)  # rebinding replaces
        await uow.commit()
    async with uow_factory() as uow:
        rebound = await uow.sessions.bound_to(THREAD)
        assert rebound is not None and rebound.id == second.id
        await uow.sessions.unbind(THREAD)
        await uow.sessions.unbind(Address("telegram", "404", "1"))  # unknown: no error
        assert await uow.sessions.bound_to(THREAD) is None
        still = await uow.sessions.bound_to(other_thread)
        assert still is not None and still.id == second.id


async def test_a_chat_without_thread_can_be_bound(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        session = await add_session(uow, await add_user(uow))
        await uow.sessions.bind(CHAT, session.id)
        bound = await uow.sessions.bound_to(CHAT)
        assert bound is not None and bound.id == session.id
        assert await uow.sessions.bound_to(THREAD) is None


async def test_current_session_per_person_and_chat(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        ana, ben = await add_user(uow, "1"), await add_user(uow, "2")
        first, second = await add_session(uow, ana, "A"), await add_session(uow, ana, "B")
        bens = await add_session(uow, ben, "Ben's")
        assert await uow.sessions.current(ana.id, CHAT) is None
        await uow.sessions.set_current(ana.id, CHAT, first.id)
        await uow.sessions.set_current(ben.id, CHAT, bens.id)
        await uow.commit()
    async with uow_factory() as uow:
        current = await uow.sessions.current(ana.id, THREAD)  # the thread part is ignored
        assert current is not None and current.id == first.id
        await uow.sessions.set_current(ana.id, THREAD, second.id)
        await uow.commit()
    async with uow_factory() as uow:
        current = await uow.sessions.current(ana.id, CHAT)
        assert current is not None and current.id == second.id
        bens_current = await uow.sessions.current(ben.id, CHAT)
        assert bens_current is not None and bens_current.id == bens.id
        assert await uow.sessions.current(ana.id, Address("telegram", "999")) is None
