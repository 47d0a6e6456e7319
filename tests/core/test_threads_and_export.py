"""What adapters with threads rely on: check-ins find the thread, exports stay private."""

from __future__ import annotations

from datetime import timedelta

from core.domain import Address
from tests.core.conftest import Person
from tests.fakes import FakeClock, InMemoryStore, RecordingMessenger


async def test_a_session_bound_to_a_thread_of_its_chat_has_its_check_ins_link_there(
    alice: Person, store: InMemoryStore, clock: FakeClock, messenger: RecordingMessenger
) -> None:
    channel = Person(alice.amora, alice.user_id, platform="discord", chat_id="500")
    opened = await channel.say("/newsession Trust after the move")
    assert opened.open_thread is not None
    thread = Address("discord", "500", "501")
    await alice.amora.bind_thread(channel.incoming(""), opened.open_thread.session_id, thread)
    in_thread = channel.in_thread("501", chat_id="500")
    await in_thread.say("We keep arguing about my phone.")
    await in_thread.say(f"/followup {(clock.now() + timedelta(minutes=1)):%H:%M} UTC")

    clock.advance(minutes=2)
    await alice.amora.sweep()

    assert store.sessions[opened.open_thread.session_id].origin == thread
    (checkin,) = messenger.sent
    assert checkin.origin == thread


async def test_binding_a_thread_elsewhere_keeps_where_the_session_was_opened(
    alice: Person, store: InMemoryStore
) -> None:
    opened = await alice.say("/newsession In the DM")
    assert opened.open_thread is not None

    elsewhere = Address("telegram", "-100", "7")
    await alice.amora.bind_thread(alice.incoming(""), opened.open_thread.session_id, elsewhere)

    assert store.sessions[opened.open_thread.session_id].origin == alice.address


async def test_the_export_is_for_the_asking_person_alone(alice: Person) -> None:
    await alice.say("We argue about chores.")

    export = await alice.say("/export")

    assert export.ephemeral and export.attachments


async def test_adapters_can_ask_whether_a_thread_belongs_to_a_session(alice: Person) -> None:
    opened = await alice.say("/newsession Our topic")
    assert opened.open_thread is not None
    thread = Address("discord", "500", "501")
    await alice.amora.bind_thread(alice.incoming(""), opened.open_thread.session_id, thread)

    assert await alice.amora.is_session_thread(thread)
    assert not await alice.amora.is_session_thread(Address("discord", "500", "502"))
    assert not await alice.amora.is_session_thread(Address("discord", "500"))
