"""Requests that reach for another person's data, or that the core never issued, all refused.

Alice talks to the coach; Mallory, who has a session of his own, forges button data with her
ids, guesses ids, writes into her thread, reacts to her replies, asks for admin figures and
for her export; someone with Alice's user number on another platform tries too. Every request
is refused with one line, and the database, read row by row, is exactly as it was.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from core.app import Amora
from core.domain import Address, PlatformUser, Role
from core.domain.errors import AmoraError
from core.replies import Reply
from tests.security.conftest import ADMIN, Person, snapshot

ALICE_WORDS = "My husband reads my messages and I feel watched"


@dataclass(frozen=True)
class Forged:
    """One forged request and what it tried."""

    what: str
    attempt: Callable[[], Awaitable[Reply | None]]


@dataclass(frozen=True)
class Alice:
    """What Mallory could know or guess about Alice."""

    user_id: int
    coach_ids: tuple[int, ...]
    own_message_ids: tuple[int, ...]
    session_ids: tuple[int, ...]
    thread: Address
    group_ref: str
    minute: int


async def alice_talks(amora: Amora, engine: AsyncEngine) -> Alice:
    """Alice: two sessions, one bound to a forum topic, replies with buttons, one noted sent."""
    alice = Person(amora, "telegram", "100")
    first = await alice.say(ALICE_WORDS)
    second = await alice.say("/newsession Trust after the move")
    assert first is not None and second is not None and second.session_id is not None
    thread = Address("telegram", "-500", "7")
    await amora.bind_thread(alice.incoming(), second.session_id, thread)
    in_topic = await alice.elsewhere("-500", "7").say("We used to be close and now it is quiet")
    assert in_topic is not None and in_topic.message_id is not None
    await amora.note_sent(in_topic.message_id, thread, "5001")
    forget = await alice.say("/forget")
    assert forget is not None and first.session_id is not None
    minute = int(forget.buttons[0][0].action.split(":")[3])
    async with engine.connect() as connection:
        rows = (await connection.execute(text("SELECT id, role, user_id FROM messages"))).all()
    (user_id,) = {row.user_id for row in rows}
    coach = tuple(row.id for row in rows if row.role == Role.COACH.value)
    own = tuple(row.id for row in rows if row.role == Role.USER.value)
    return Alice(user_id, coach, own, (first.session_id, second.session_id), thread, "5001", minute)


def forged_requests(amora: Amora, alice: Alice, mallory: Person, his_id: int) -> list[Forged]:
    """Everything Mallory (and Alice's namesake on Discord) tries."""
    namesake = Person(amora, "discord", "100")
    in_her_topic = mallory.elsewhere(alice.thread.chat_id, alice.thread.thread_id)
    forged: list[Forged] = []

    def press(who: Person, data: str) -> None:
        forged.append(
            Forged(f"{who.platform}:{who.user_id} presses {data!r}", lambda: who.press(data))
        )

    def say(who: Person, text: str) -> None:
        forged.append(Forged(f"{who.platform}:{who.user_id} says {text!r}", lambda: who.say(text)))

    for message_id in alice.coach_ids:
        for verb in ("like", "dislike", "regen"):
            press(mallory, f"fb:{verb}:{message_id}")
        press(namesake, f"fb:like:{message_id}")
    for message_id in alice.own_message_ids:
        press(mallory, f"fb:like:{message_id}")
    for guessed in (0, max(alice.coach_ids) + 50, 10**17):
        press(mallory, f"fb:like:{guessed}")
        press(mallory, f"fb:regen:{guessed}")
    for session_id in alice.session_ids:
        for verb in ("switch", "pause", "resume", "complete"):
            press(mallory, f"ss:{verb}:{session_id}")
        press(namesake, f"ss:switch:{session_id}")
    press(mallory, f"pv:forget:{alice.user_id}:{alice.minute}")
    press(namesake, f"pv:forget:{alice.user_id}:{alice.minute}")
    press(mallory, f"pv:forget:{alice.user_id}")
    press(mallory, f"pv:forget:{his_id}:{10**17}")  # his own, from the far future
    press(mallory, f"pv:forget:{his_id}:{alice.minute - 60}")  # his own, an hour stale
    for malformed in [
        "",
        "fb",
        "fb:like",
        "fb:like:",
        "fb:like:abc",
        "fb:like:1:2:3",
        "fb:like:-1",
        "fb:like:１",
        "fb:love:1",
        "ss:delete:1",
        "pv:forget:1:2:3",
        "ss:switch:99999999999999999999",
        "fb:like:1\n",
        "fb:like:\ud800",
        "x" * 200,
    ]:
        press(mallory, malformed)
    for words in (
        "Can I read along?",
        "/session",
        "/rename Mine now",
        "/pause",
        "/complete",
        "/followup 21:30 Europe/Berlin",
        "/followup off",
    ):
        say(in_her_topic, words)
    for emoji in ("👍", "👎"):
        forged.append(
            Forged(
                f"mallory reacts {emoji} to Alice's reply",
                lambda e=emoji: amora.react(in_her_topic.incoming(), alice.group_ref, e),
            )
        )
    say(mallory, "/stats")
    say(Person(amora, "discord", ADMIN), "/stats")  # an admin's number, on another platform

    async def bind() -> Reply | None:
        await amora.bind_thread(
            mallory.incoming(), alice.session_ids[0], Address("telegram", "-9", "3")
        )
        return None

    forged.append(Forged("mallory binds a thread to Alice's session", bind))
    return forged


def is_refusal(reply: Reply | None) -> bool:
    """Said in one line (or not answered at all)."""
    return reply is None or (bool(reply.text.strip()) and "\n" not in reply.text)


async def test_every_forged_request_is_refused_and_changes_nothing(
    amora: Amora, engine: AsyncEngine
) -> None:
    alice = await alice_talks(amora, engine)
    mallory = Person(amora, "telegram", "666")
    assert await mallory.say("I think my girlfriend is bored of me") is not None
    his = await amora.export(PlatformUser("telegram", "666"))
    assert his is not None
    forged = forged_requests(amora, alice, mallory, his["user"]["id"])

    refused: list[str] = []
    for request in forged:
        before = await snapshot(engine)
        try:
            reply = await request.attempt()
        except AmoraError:  # the adapter-only call says no by raising
            reply = None
        if is_refusal(reply) and await snapshot(engine) == before:
            refused.append(request.what)

    assert len(forged) >= 50
    assert [f.what for f in forged if f.what not in refused] == []
    assert f"{len(refused)}/{len(forged)} refused" == f"{len(forged)}/{len(forged)} refused"


@pytest.mark.parametrize("argument", ["telegram:100", "100", "@alice", "--user telegram:100"])
async def test_export_with_another_persons_name_exports_only_ones_own_data(
    amora: Amora, engine: AsyncEngine, argument: str
) -> None:
    await alice_talks(amora, engine)
    mallory = Person(amora, "telegram", "666")
    await mallory.say("I think my girlfriend is bored of me")
    before = await snapshot(engine)

    reply = await mallory.say(f"/export {argument}")

    assert reply is not None and len(reply.attachments) == 1
    exported = json.loads(reply.attachments[0].data)
    said = [m["text"] for m in exported["messages"]]
    mine = exported["user"]["id"]
    assert (
        {s["user_id"] for s in exported["sessions"]}
        == {m["user_id"] for m in exported["messages"]}
        == {mine}
    )
    assert ALICE_WORDS not in said and "I think my girlfriend is bored of me" in said
    assert await snapshot(engine) == before


async def test_two_people_in_one_group_never_see_each_others_session(
    amora: Amora, engine: AsyncEngine
) -> None:
    alice = Person(amora, "telegram", "100", chat_id="-700")
    mallory = Person(amora, "telegram", "666", chat_id="-700")
    await alice.say("/newsession Trust after the move")
    await alice.say(ALICE_WORDS)
    hers = await amora.export(PlatformUser("telegram", "100"))

    seen: list[str] = []
    for words in (
        "We keep fighting about money",
        "/session",
        "/sessions",
        "/rename Money talks",
        "/pause",
        "/resume",
        "/followup 08:00 Europe/Berlin",
        "/progress",
        "/complete",
        "/session",
    ):
        reply = await mallory.say(words)
        assert reply is not None
        seen.append(reply.text + " ".join(b.label for row in reply.buttons for b in row))

    shown = "\n".join(seen)
    assert "Trust after the move" not in shown and "watched" not in shown
    assert "Money talks" in shown
    assert await amora.export(PlatformUser("telegram", "100")) == hers
    after = await alice.say("/session")
    assert after is not None and after.text.startswith("«Trust after the move» - active")
