"""Group chats: a message not addressed to the coach is answered only in a bound thread."""

from __future__ import annotations

from dataclasses import replace

from core.domain import Address
from tests.core.conftest import Person
from tests.fakes import InMemoryStore


async def test_an_overheard_group_message_is_ignored_and_not_stored(
    alice: Person, store: InMemoryStore
) -> None:
    group = alice.in_thread("5", chat_id="-100")
    overheard = replace(group.incoming("My partner and I argue a lot.", "m1"), addressed=False)

    reply = await alice.amora.message(overheard)

    assert reply is None
    assert not store.messages and not store.users


async def test_an_overheard_message_in_a_bound_thread_is_coached(
    alice: Person, store: InMemoryStore
) -> None:
    opened = await alice.say("/newsession Our topic")
    assert opened.open_thread is not None
    thread = Address("telegram", "-100", "9")
    await alice.amora.bind_thread(alice.incoming(""), opened.open_thread.session_id, thread)
    in_topic = alice.in_thread("9", chat_id="-100")

    reply = await alice.amora.message(
        replace(in_topic.incoming("We never talk anymore.", "m2"), addressed=False)
    )

    assert reply is not None and reply.message_id is not None
    assert store.messages[reply.message_id].session_id == opened.open_thread.session_id


async def test_an_addressed_group_message_outside_threads_is_coached(alice: Person) -> None:
    general = Person(alice.amora, alice.user_id, chat_id="-100")

    reply = await general.say("@AmoraBot my girlfriend keeps texting her ex")

    assert reply.message_id is not None
