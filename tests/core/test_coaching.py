"""The coaching turn, as a person in a chat experiences it."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from core.app import Amora
from core.domain import Role, SafetyLevel, SessionStatus
from core.engine.blocks import BlockLibrary
from core.replies import Reply
from tests.core.conftest import Person
from tests.fakes import FakeUnitOfWork, InMemoryStore, fake_uow_factory

TRUST = [
    "My girlfriend keeps texting her ex and I feel jealous and anxious about it.",
    "I don't trust her when she says they are just friends.",
    "Last night I checked her phone and I feel ashamed.",
    "What should I do about this jealousy?",
    "I will talk to her calmly on Sunday about what I need.",
]


def messages_of(store: InMemoryStore, session_id: int) -> list:
    return [
        m for m in sorted(store.messages.values(), key=lambda m: m.id) if m.session_id == session_id
    ]


async def test_first_message_opens_a_session_and_is_stored_before_the_reply(
    alice: Person, store: InMemoryStore
) -> None:
    reply = await alice.say(TRUST[0])

    (session,) = store.sessions.values()
    assert session.title == "My first session"
    assert session.status is SessionStatus.ACTIVE
    user_message, coach = messages_of(store, session.id)
    assert (user_message.role, coach.role) == (Role.USER, Role.COACH)
    assert user_message.text == TRUST[0]
    assert coach.reply_to_id == user_message.id
    assert reply.message_id == coach.id and reply.text == coach.text
    assert [b.label for b in reply.buttons[0]] == ["👍", "👎", "🔄"]


async def test_reply_fits_the_topic_and_stores_its_metadata(
    alice: Person, store: InMemoryStore, library: BlockLibrary
) -> None:
    await alice.say(TRUST[0])

    coach = max(store.messages.values(), key=lambda m: m.id)
    assert coach.meta.topics and coach.meta.topics[0] in {"trust_jealousy", "infidelity"}
    assert coach.meta.stage == "explore"
    assert coach.meta.style in {"gentle", "direct", "reflective", "encouraging"}
    assert 2 <= len(coach.meta.block_ids) <= 3
    blocks = [library.get(i) for i in coach.meta.block_ids]
    assert all(b is not None and (not b.topics or coach.meta.topics[0] in b.topics) for b in blocks)
    assert "your girlfriend" in coach.text or "girlfriend" not in " ".join(
        b.text for b in blocks if b
    )
    (session,) = store.sessions.values()
    assert session.primary_topic == coach.meta.topics[0]
    assert session.user_message_count == 1 and session.coach_message_count == 1


async def test_no_block_repeats_within_the_recent_window(
    alice: Person, store: InMemoryStore
) -> None:
    for n in range(25):
        await alice.say(f"We argue about the dishes again and again, fight number {n}.")

    used = [
        block_id
        for m in sorted(store.messages.values(), key=lambda m: m.id)
        if m.role is Role.COACH
        for block_id in m.meta.block_ids
    ]
    for i, block_id in enumerate(used):
        assert block_id not in used[max(0, i - 30) : i], f"{block_id} repeated within 30"


async def test_summary_and_next_plan_after_the_fifth_message(
    alice: Person, store: InMemoryStore
) -> None:
    for text in TRUST[:4]:
        await alice.say(text)
    (session,) = store.sessions.values()
    assert session.summary_text is None

    await alice.say(TRUST[4])

    (session,) = store.sessions.values()
    assert session.summary_text is not None and "trust" in session.summary_text.lower()
    assert "talk to her calmly on sunday" in session.summary_text.lower()
    assert session.next_plan_text is not None and session.next_plan_text.startswith("Next:")
    shown = await alice.say("/session")
    assert session.summary_text in shown.text and session.next_plan_text in shown.text


async def test_sessions_never_mix(alice: Person, store: InMemoryStore) -> None:
    for text in TRUST:
        await alice.say(text)
    first = next(iter(store.sessions.values()))
    before = (first.state, first.summary_text, first.primary_topic, first.user_message_count)

    await alice.say("/newsession Talking to my mum")
    for _ in range(5):
        await alice.say("My mother-in-law criticises my cooking at every family dinner.")

    first_after = store.sessions[first.id]
    assert (
        first_after.state,
        first_after.summary_text,
        first_after.primary_topic,
        first_after.user_message_count,
    ) == before
    second = store.sessions[max(store.sessions)]
    assert second.title == "Talking to my mum" and second.primary_topic == "family"
    assert second.summary_text and "trust" not in second.summary_text.lower()


async def test_crisis_gets_resources_and_no_coaching(alice: Person, store: InMemoryStore) -> None:
    reply = await alice.say("i want to end my life")

    assert "findahelpline.com" in reply.text and "emergency" in reply.text
    assert reply.buttons == ()
    user_message, coach = messages_of(store, next(iter(store.sessions)))
    assert user_message.safety is SafetyLevel.CRISIS
    assert coach.meta.block_ids == [] and coach.meta.engine == "safety"


async def test_concern_is_safety_first_and_never_partner_work(
    alice: Person, store: InMemoryStore, library: BlockLibrary
) -> None:
    reply = await alice.say("My husband hits me when he is angry and checks my phone every night.")

    assert "hotpeachpages" in reply.text
    coach = max(store.messages.values(), key=lambda m: m.id)
    blocks = [library.get(i) for i in coach.meta.block_ids]
    assert blocks and not any(b is None or b.partner_work for b in blocks)
    assert any(b.concern for b in blocks if b)


async def test_redelivered_update_is_stored_once_and_ignored(
    alice: Person, store: InMemoryStore
) -> None:
    first = await alice.amora.message(alice.incoming(TRUST[0], "m-1"))
    again = await alice.amora.message(alice.incoming(TRUST[0], "m-1"))

    assert first is not None and again is None
    assert [m.role for m in store.messages.values()] == [Role.USER, Role.COACH]


async def test_small_talk_gets_an_open_question(alice: Person) -> None:
    reply = await alice.say("hi")

    assert "?" in reply.text and len(reply.text) < 600


async def test_empty_message_gets_a_kind_line_and_stores_nothing(
    alice: Person, store: InMemoryStore
) -> None:
    reply = await alice.say("   ")

    assert "empty" in reply.text
    assert store.messages == {}


async def test_flood_is_slowed_down_but_nothing_is_lost(amora, store: InMemoryStore) -> None:
    person = Person(amora, "500")
    replies_ = [await person.say(f"We argue about chores, take {n}.") for n in range(25)]
    crisis = await person.say("i want to end my life")

    slow = [r for r in replies_ if "faster than I can answer" in r.text]
    assert len(slow) == 5  # the default limit is 20 messages a minute
    user_messages = [m for m in store.messages.values() if m.role is Role.USER]
    assert len(user_messages) == 26
    assert "findahelpline.com" in crisis.text


async def test_someone_else_at_risk_gets_help_for_helping_them(alice: Person) -> None:
    reply = await alice.say("My girlfriend told me tonight she wants to kill herself.")

    assert "someone may be in real danger" in reply.text
    assert "findahelpline.com" in reply.text and reply.buttons == ()


async def test_past_self_harm_gets_helplines_not_abuse_services(
    alice: Person, store: InMemoryStore, library: BlockLibrary
) -> None:
    reply = await alice.say(
        "I used to cut myself when I was a teenager and my boyfriend doesn't know."
    )

    assert "findahelpline.com" in reply.text and "hotpeachpages" not in reply.text
    coach = max(store.messages.values(), key=lambda m: m.id)
    assert not any(b.concern for b in (library.get(i) for i in coach.meta.block_ids) if b)


class FailingUnitOfWork(FakeUnitOfWork):
    """A store whose next `failures[0]` commits fail, as when the database goes away."""

    def __init__(self, store: InMemoryStore, failures: list[int]) -> None:
        super().__init__(store)
        self.failures = failures

    async def commit(self) -> None:
        if self.failures[0] > 0:
            self.failures[0] -= 1
            raise ConnectionError("the database went away")
        await super().commit()


def failing(store: InMemoryStore, failures: int, **parts: Any) -> Person:
    left = [failures]
    return Person(Amora(lambda: FailingUnitOfWork(store, left), **parts), "100")


async def test_a_turn_that_fails_keeps_the_message_and_a_redelivery_answers_it(
    store: InMemoryStore, clock, messenger, settings, library, analyser
) -> None:
    parts = dict(clock=clock, messenger=messenger, settings=settings)
    alice = failing(store, 1, analyser=analyser, library=library, **parts)
    with pytest.raises(ConnectionError):
        await alice.say(TRUST[0], message_id="m-1")  # the turn's commit fails

    assert [m.role for m in store.messages.values()] == [Role.USER]  # kept on its own
    healthy = Person(
        Amora(fake_uow_factory(store), analyser=analyser, library=library, **parts), "100"
    )
    reply = await healthy.say(TRUST[0], message_id="m-1")  # the platform redelivers it

    assert [m.role for m in store.messages.values()] == [Role.USER, Role.COACH]
    assert reply.message_id == max(store.messages)
    (session,) = store.sessions.values()
    assert session.user_message_count == 1 and session.coach_message_count == 1


async def test_a_turn_keeps_its_message_and_reply_together_or_neither(
    store: InMemoryStore, clock, messenger, settings, library, analyser
) -> None:
    parts = dict(clock=clock, messenger=messenger, settings=settings)
    await failing(store, 0, analyser=analyser, library=library, **parts).say(TRUST[0])

    assert [m.role for m in store.messages.values()] == [Role.USER, Role.COACH]
    assert store.commits == 1
    down = failing(store, 2, analyser=analyser, library=library, **parts)
    with pytest.raises(ConnectionError, match="went away"):  # the turn's own error
        await down.say(TRUST[1])  # and keeping the message alone fails too

    assert [m.role for m in store.messages.values()] == [Role.USER, Role.COACH]
    (session,) = store.sessions.values()
    assert session.user_message_count == 1 and session.coach_message_count == 1


REFUSED = "I want to talk about how we split the chores."


class RefusingUnitOfWork(FakeUnitOfWork):
    """A store that refuses to commit one message, as a broken constraint would."""

    async def commit(self) -> None:
        if any(m.text == REFUSED for m in self._data().messages.values()):
            raise ValueError("refused by the store")
        await super().commit()


async def test_turns_made_at_once_share_commits_and_one_failing_costs_the_others_nothing(
    store: InMemoryStore, clock, messenger, settings, library, analyser
) -> None:
    amora = Amora(
        lambda: RefusingUnitOfWork(store),
        clock,
        messenger,
        settings,
        analyser=analyser,
        library=library,
    )
    people = [Person(amora, str(200 + n)) for n in range(6)]
    texts = [TRUST[n % len(TRUST)] for n in range(5)]
    await asyncio.gather(*(p.say(text) for p, text in zip(people, texts, strict=False)))
    assert len(store.messages) == 10 and store.commits == 1

    texts.append(REFUSED)
    outcomes = await asyncio.gather(
        *(p.say(text) for p, text in zip(people, texts, strict=True)), return_exceptions=True
    )

    assert isinstance(outcomes[-1], ValueError)  # the refused turn, and its message alone too
    replies = [o for o in outcomes[:-1] if isinstance(o, Reply)]
    assert len(replies) == 5
    for text, reply in zip(texts, replies, strict=False):
        coach = store.messages[reply.message_id]
        asked = store.messages[coach.reply_to_id]
        assert asked.text == text and asked.user_id == coach.user_id
        assert reply.text == coach.text
    assert len(store.messages) == 20


async def test_after_abuse_is_described_the_whole_session_stays_safety_first(
    alice: Person, store: InMemoryStore, library: BlockLibrary
) -> None:
    await alice.say("My husband hits me when he is angry and checks my phone every night.")
    for text in ["What should I do?", "How can I talk to him about it?", "I want us to get on."]:
        await alice.say(text)

    later = [m for m in store.messages.values() if m.role is Role.COACH][1:]
    blocks = [library.get(i) for m in later for i in m.meta.block_ids]
    assert blocks and not any(b is None or b.partner_work for b in blocks)
    assert all("hotpeachpages" not in m.text for m in later)  # resources when it is said


async def test_after_danger_from_a_partner_the_session_stays_safety_first(
    alice: Person, store: InMemoryStore, library: BlockLibrary
) -> None:
    await alice.say("My husband has the gun out again. I'm hiding in the bathroom. please")
    for text in ["We keep fighting about money and I feel unheard.", "How do I talk to him?"]:
        await alice.say(text)

    coach = [m for m in store.messages.values() if m.role is Role.COACH]
    assert coach[0].meta.engine == "safety"
    blocks = [library.get(i) for m in coach[1:] for i in m.meta.block_ids]
    assert blocks and not any(b is None or b.partner_work for b in blocks)


async def test_a_crisis_about_the_persons_own_life_does_not_rule_out_partner_work(
    alice: Person, store: InMemoryStore
) -> None:
    await alice.say("I want to end my life tonight")
    await alice.say("We keep fighting about money and I feel unheard.")

    sessions = list(store.sessions.values())
    assert len(sessions) == 1 and not sessions[0].state.concern


async def test_someone_hurting_their_partner_is_not_told_it_is_not_their_fault(
    alice: Person, store: InMemoryStore, library: BlockLibrary
) -> None:
    reply = await alice.say("I pushed my girlfriend against the wall last night when we argued.")

    assert "Hurting someone you love is serious" in reply.text
    coach = max(store.messages.values(), key=lambda m: m.id)
    assert not any(b.concern for b in (library.get(i) for i in coach.meta.block_ids) if b)
