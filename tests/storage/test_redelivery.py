"""1,000 updates delivered twice through the core on real storage: stored once, answered once.

Amora (core/app.py) on the storage under test, with a fake clock and messenger, committing as
many groups of turns at once as `amora run` would on it. Each chat's
messages go in one at a time, as the Telegram adapter hands them over; the chats run at once.
Some updates are redelivered while their first delivery is still being answered (the same
Incoming twice in one `asyncio.gather`), the rest once every turn is over.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from functools import partial

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from core.app import Amora
from core.domain import Address, PlatformUser
from core.engine.analyser import Analyser
from core.engine.blocks import BlockLibrary
from core.incoming import Incoming
from core.replies import Reply
from core.settings import CoreSettings
from storage.database import parallel_writers
from storage.uow import unit_of_work_factory
from tests.fakes import FakeClock, RecordingMessenger

CHATS = 50
ROUNDS = 20  # CHATS x ROUNDS = 1,000 distinct messages
TEXTS = (
    "My partner and I argue about money every week.",
    "I feel like she never listens to me when I talk about work.",
    "He forgot our anniversary again and I feel invisible.",
    "We moved in together and now we fight about chores.",
    "I don't know how to start the conversation calmly.",
    "My girlfriend wants more space and I feel rejected.",
    "I keep checking his phone and I hate that I do it.",
    "We are long distance and the calls feel empty lately.",
    "His mother criticises everything I cook.",
    "I tried the calm start-up yesterday and it went better.",
)

Turn = Callable[[Incoming], Awaitable[list[Reply | None]]]


def update(chat: int, round_: int) -> Incoming:
    """The update a Telegram user sends in their private chat: message id `round_` there."""
    who = str(7000 + chat)
    return Incoming(
        PlatformUser("telegram", who),
        Address("telegram", who),
        f"{TEXTS[(chat + round_) % len(TEXTS)]} ({round_})",
        display_name=f"Person {chat}",
        platform_message_id=str(round_ + 1),
    )


@pytest.fixture
def amora(engine: AsyncEngine, analyser: Analyser, library: BlockLibrary) -> Amora:
    """The core on the storage under test."""
    clock = FakeClock(datetime(2026, 5, 4, 9, 0, tzinfo=UTC))
    return Amora(
        unit_of_work_factory(engine),
        clock,
        RecordingMessenger(),
        CoreSettings(seed=11, turn_writers=parallel_writers(engine)),
        analyser=analyser,
        library=library,
    )


async def deliver(amora: Amora, rounds: range, turn: Turn) -> list[list[Reply | None]]:
    """Every chat's messages of these rounds, in order per chat, all chats at once.

    The clock moves a minute a round, so the flood limit (20 a minute) never holds a reply.
    """
    outcomes: list[list[Reply | None]] = []
    clock = amora.clock
    assert isinstance(clock, FakeClock)
    for round_ in rounds:
        clock.advance(minutes=1)
        outcomes += await asyncio.gather(*(turn(update(c, round_)) for c in range(CHATS)))
    return outcomes


async def counts(engine: AsyncEngine) -> dict[str, int]:
    """What is stored, counted by SQL rather than through the repositories."""
    queries = {
        "user": "SELECT count(*) FROM messages WHERE role = 'user'",
        "coach": "SELECT count(*) FROM messages WHERE role = 'coach'",
        "distinct updates": "SELECT count(*) FROM (SELECT DISTINCT chat_id, platform_message_id"
        " FROM messages WHERE role = 'user') AS d",
        "answered once": "SELECT count(*) FROM messages m WHERE m.role = 'user' AND"
        " (SELECT count(*) FROM messages c WHERE c.reply_to_id = m.id AND c.role = 'coach') = 1",
        "sessions": "SELECT count(*) FROM sessions",
        "sessions that agree": "SELECT count(*) FROM sessions s WHERE"
        " s.user_message_count = (SELECT count(*) FROM messages m"
        " WHERE m.session_id = s.id AND m.role = 'user') AND"
        " s.coach_message_count = (SELECT count(*) FROM messages m"
        " WHERE m.session_id = s.id AND m.role = 'coach')",
    }
    async with engine.connect() as connection:
        return {k: (await connection.execute(text(q))).scalar_one() for k, q in queries.items()}


EXPECTED = {
    "user": CHATS * ROUNDS,
    "coach": CHATS * ROUNDS,
    "distinct updates": CHATS * ROUNDS,
    "answered once": CHATS * ROUNDS,
    "sessions": CHATS,
    "sessions that agree": CHATS,
}


async def once(amora: Amora, incoming: Incoming) -> list[Reply | None]:
    """One delivery of an update."""
    return [await amora.message(incoming)]


async def twice_at_once(amora: Amora, incoming: Incoming) -> list[Reply | None]:
    """The same update delivered twice at the same time (a platform retry racing the first)."""
    return list(await asyncio.gather(amora.message(incoming), amora.message(incoming)))


async def half_during_their_turns(
    amora: Amora,
) -> tuple[list[list[Reply | None]], list[list[Reply | None]]]:
    """500 updates delivered once, 500 twice at once, then all 1,000 again: (pairs, again)."""
    first = await deliver(amora, range(ROUNDS // 2), partial(once, amora))
    assert all(reply is not None for (reply,) in first)
    pairs = await deliver(amora, range(ROUNDS // 2, ROUNDS), partial(twice_at_once, amora))
    again = await deliver(amora, range(ROUNDS), partial(once, amora))
    return pairs, again


async def test_1000_redelivered_updates_are_stored_once_and_ignored(
    amora: Amora, engine: AsyncEngine
) -> None:
    first = await deliver(amora, range(ROUNDS), partial(once, amora))
    again = await deliver(amora, range(ROUNDS), partial(twice_at_once, amora))

    assert all(reply is not None for (reply,) in first)
    assert again == [[None, None]] * (CHATS * ROUNDS)
    assert await counts(engine) == EXPECTED


async def test_updates_redelivered_during_their_turns_are_stored_once(
    amora: Amora, engine: AsyncEngine
) -> None:
    pairs, again = await half_during_their_turns(amora)

    assert all(any(reply is not None for reply in pair) for pair in pairs)
    assert [reply for (reply,) in again] == [None] * (CHATS * ROUNDS)
    stored = await counts(engine)
    assert stored["user"] == stored["distinct updates"] == CHATS * ROUNDS
    assert stored["sessions"] == CHATS


async def test_updates_redelivered_during_their_turns_are_answered_once(
    amora: Amora, engine: AsyncEngine
) -> None:
    pairs, _ = await half_during_their_turns(amora)

    assert [sum(reply is not None for reply in pair) for pair in pairs] == [1] * len(pairs)
    assert await counts(engine) == EXPECTED
