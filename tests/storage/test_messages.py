"""Messages: add, get, recent, replies, platform references and redelivered updates."""

from __future__ import annotations

import pytest

from core.domain import Address, FeedbackKind, MessageMeta, Role, SafetyLevel
from core.ports import DuplicateMessage
from tests.storage.builders import CHAT, NOW, THREAD, add_session, add_user, at, say
from tests.storage.conftest import UowFactory


async def test_add_then_get_round_trips_every_field(uow_factory: UowFactory) -> None:
    meta = MessageMeta(
        topics=["trust_jealousy"],
        emotions=["anxiety", "hurt"],
        intensity=0.75,
        stage="understand",
        style="gentle",
        block_ids=["val.trust.1", "q.trust.3"],
        engine="blocks",
    )
    async with uow_factory() as uow:
        session = await add_session(uow, await add_user(uow))
        asked = await say(uow, session, "he reads it", address=THREAD, platform_message_id="5")
        reply = await say(
            uow,
            session,
            "That sounds painful.",
            role=Role.COACH,
            now=at(1),
            safety=SafetyLevel.CONCERN,
            meta=meta,
            reply_to_id=asked.id,
        )
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.messages.get(asked.id) == asked
        assert await uow.messages.get(reply.id) == reply
        assert await uow.messages.get(10_000) is None
    assert asked.address == THREAD and asked.meta == MessageMeta()
    assert reply.created_at == at(1) and reply.meta == meta


async def test_recent_is_the_last_n_oldest_first(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        user = await add_user(uow)
        session, other = await add_session(uow, user), await add_session(uow, user, "Other")
        said = [await say(uow, session, f"m{i}", now=at(i)) for i in range(5)]
        await say(uow, other, "elsewhere")
        recent = await uow.messages.recent(session.id, 3)
        assert [m.text for m in recent] == ["m2", "m3", "m4"]
        assert await uow.messages.recent(session.id, 10) == said


async def test_replies_to_lists_coach_replies_oldest_first(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        session = await add_session(uow, await add_user(uow))
        asked = await say(uow, session, "q")
        other = await say(uow, session, "q2")
        first = await say(uow, session, "a1", role=Role.COACH, reply_to_id=asked.id)
        await say(uow, session, "a-other", role=Role.COACH, reply_to_id=other.id)
        again = await say(
            uow,
            session,
            "a2",
            role=Role.COACH,
            reply_to_id=asked.id,
            regenerated_from_id=first.id,
        )
        replies = await uow.messages.replies_to(asked.id)
        assert [m.id for m in replies] == [first.id, again.id]
        assert replies[1].regenerated_from_id == first.id


async def test_claim_answer_is_true_until_a_coach_reply_is_stored(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        session = await add_session(uow, await add_user(uow))
        asked = await say(uow, session, "q")
        await say(uow, session, "a check-in", role=Role.FOLLOWUP, reply_to_id=asked.id)
        assert await uow.messages.claim_answer(asked.id)
        await say(uow, session, "a", role=Role.COACH, reply_to_id=asked.id)
        assert not await uow.messages.claim_answer(asked.id)


async def test_platform_references(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        session = await add_session(uow, await add_user(uow))
        received = await say(uow, session, "hi", address=THREAD, platform_message_id="10")
        reply = await say(uow, session, "hello", role=Role.COACH)
        assert reply.address is None and reply.platform_message_id is None
        await uow.messages.set_platform_ref(reply.id, THREAD, "11")
        await uow.commit()
    async with uow_factory() as uow:
        found = await uow.messages.by_platform_ref(CHAT, "10")  # unique per chat
        assert found == received
        sent = await uow.messages.by_platform_ref(THREAD, "11")
        assert sent is not None and sent.id == reply.id
        assert sent.address == THREAD and sent.platform_message_id == "11"
        assert await uow.messages.by_platform_ref(Address("discord", "100"), "10") is None
        assert await uow.messages.by_platform_ref(CHAT, "12") is None


async def test_redelivered_message_raises_and_the_unit_of_work_goes_on(
    uow_factory: UowFactory,
) -> None:
    async with uow_factory() as uow:
        session = await add_session(uow, await add_user(uow))
        first = await say(uow, session, "hi", address=THREAD, platform_message_id="10")
        with pytest.raises(DuplicateMessage):
            await say(uow, session, "hi", address=THREAD, platform_message_id="10")
        after = await say(uow, session, "next", address=THREAD, platform_message_id="11")
        await uow.commit()
    async with uow_factory() as uow:
        with pytest.raises(DuplicateMessage):
            await say(uow, session, "hi again", address=CHAT, platform_message_id="10")
        assert [m.id for m in await uow.messages.recent(session.id, 10)] == [first.id, after.id]


async def test_messages_without_platform_id_are_never_duplicates(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        session = await add_session(uow, await add_user(uow))
        for _ in range(3):
            await say(uow, session, "same", address=THREAD)
            await say(uow, session, "same", role=Role.COACH)
        await uow.commit()
    async with uow_factory() as uow:
        assert len(await uow.messages.recent(session.id, 10)) == 6


async def test_delete_keeps_replies_and_drops_their_feedback(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        session = await add_session(uow, await add_user(uow))
        asked = await say(uow, session, "q")
        reply = await say(uow, session, "a", role=Role.COACH, reply_to_id=asked.id)
        await uow.feedback.add(
            message_id=asked.id,
            session_id=session.id,
            user_id=session.user_id,
            kind=FeedbackKind.LIKE,
            now=NOW,
        )
        await uow.messages.delete(asked.id)
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.messages.get(asked.id) is None
        kept = await uow.messages.get(reply.id)
        assert kept is not None and kept.reply_to_id is None
        assert await uow.feedback.list_for_user(session.user_id) == []


async def test_list_for_user_is_theirs_oldest_first(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        ana, ben = await add_user(uow, "1"), await add_user(uow, "2")
        anas, bens = await add_session(uow, ana), await add_session(uow, ben)
        one = await say(uow, anas, "1")
        await say(uow, bens, "b")
        two = await say(uow, anas, "2", role=Role.COACH)
        assert [m.id for m in await uow.messages.list_for_user(ana.id)] == [one.id, two.id]


async def test_revise_replaces_text_and_meta(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        session = await add_session(uow, await add_user(uow))
        draft = await say(uow, session, "draft", role=Role.COACH)
        await uow.messages.revise(draft.id, "polished", MessageMeta(engine="llm", style="direct"))
        await uow.commit()
    async with uow_factory() as uow:
        revised = await uow.messages.get(draft.id)

    assert revised is not None and revised.text == "polished"
    assert revised.meta == MessageMeta(engine="llm", style="direct")
    assert revised.created_at == draft.created_at and revised.role is Role.COACH
