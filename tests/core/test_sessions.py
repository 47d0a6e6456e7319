"""Sessions: open, list, switch, rename, pause, resume, complete, threads and ownership."""

from __future__ import annotations

import pytest

from core.domain import Address, SessionStatus
from core.domain.errors import NotSessionOwner
from core.incoming import Incoming
from tests.core.conftest import Person, action_of
from tests.fakes import InMemoryStore


async def test_newsession_and_sessions_list_both(alice: Person, store: InMemoryStore) -> None:
    await alice.say("We argue a lot lately.")
    opened = await alice.say("/newsession Second")

    listing = await alice.say("/sessions")

    assert opened.open_thread is not None and opened.open_thread.title == "Second"
    assert "«My first session» - active" in listing.text
    assert "«Second» - active" in listing.text and "(current)" in listing.text
    assert action_of(listing, "Switch «My first session»")


async def test_switch_button_moves_the_chat_to_that_session(
    alice: Person, store: InMemoryStore
) -> None:
    await alice.say("We argue a lot lately.")
    await alice.say("/newsession Second")
    listing = await alice.say("/sessions")

    await alice.press(action_of(listing, "Switch «My first session»"))
    await alice.say("Another fight today.")

    first = next(s for s in store.sessions.values() if s.title == "My first session")
    assert first.user_message_count == 2


async def test_rename_pause_resume_complete(alice: Person, store: InMemoryStore) -> None:
    await alice.say("We argue a lot lately.")
    renamed = await alice.say("/rename   Trust after\x07 the move ")
    assert "«Trust after the move»" in renamed.text

    await alice.say("/pause")
    (session,) = store.sessions.values()
    assert session.status is SessionStatus.PAUSED
    await alice.say("/resume")
    assert store.sessions[session.id].status is SessionStatus.ACTIVE

    await alice.say("/complete")
    assert store.sessions[session.id].status is SessionStatus.COMPLETED
    reply = await alice.say("Still thinking about it.")
    assert "is completed, so I opened" in reply.text
    assert len(store.sessions) == 2


async def test_writing_into_a_paused_session_resumes_it(
    alice: Person, store: InMemoryStore
) -> None:
    await alice.say("We argue a lot lately.")
    await alice.say("/pause")

    reply = await alice.say("We argued again.")

    assert "resumed" in reply.text
    (session,) = store.sessions.values()
    assert session.status is SessionStatus.ACTIVE


async def test_bad_titles_get_one_clear_line(alice: Person, store: InMemoryStore) -> None:
    await alice.say("hello")

    for command in ("/rename", "/rename " + "x" * 81, "/newsession " + "y" * 200):
        reply = await alice.say(command)
        assert "1 to 80 characters" in reply.text
    assert [s.title for s in store.sessions.values()] == ["My first session"]


async def test_bound_thread_goes_to_its_session_and_refuses_others(
    alice: Person, bob: Person, store: InMemoryStore
) -> None:
    opened = await alice.say("/newsession Topic thread")
    thread = Address("telegram", "-100", "77")
    await alice.amora.bind_thread(alice.incoming(""), opened.open_thread.session_id, thread)

    in_thread = alice.in_thread("77")
    await in_thread.say("My partner and I never talk anymore.")
    refused = await bob.in_thread("77").say("Let me in on this.")

    session = store.sessions[opened.open_thread.session_id]
    assert session.user_message_count == 1
    assert "someone else" in refused.text
    assert all(m.user_id == session.user_id for m in store.messages.values())


async def test_binding_someone_elses_session_is_refused(
    alice: Person, bob: Person, store: InMemoryStore
) -> None:
    opened = await alice.say("/newsession Mine")
    incoming = Incoming(bob.identity, Address("telegram", "-100", "9"), "")

    with pytest.raises(NotSessionOwner):
        await bob.amora.bind_thread(incoming, opened.open_thread.session_id, incoming.address)

    assert store.bindings == {}


async def test_unknown_command_points_to_help(alice: Person) -> None:
    reply = await alice.say("/dance")

    assert "/help" in reply.text


async def test_start_and_help(alice: Person) -> None:
    start = await alice.say("/start")
    help_ = await alice.say("/help")

    assert "not a therapist" in start.text and "/forget" in start.text
    for command in ("/newsession", "/sessions", "/followup", "/export", "/forget", "/stats"):
        assert command in help_.text


async def test_a_redelivered_command_runs_once(alice: Person, store: InMemoryStore) -> None:
    first = await alice.amora.message(alice.incoming("/newsession Trust after the move", "m-1"))
    again = await alice.amora.message(alice.incoming("/newsession Trust after the move", "m-1"))
    typed_again = await alice.amora.message(
        alice.incoming("/newsession Trust after the move", "m-2")
    )

    assert first is not None and again is None and typed_again is not None
    assert [s.title for s in store.sessions.values()] == ["Trust after the move"] * 2


async def test_a_command_that_failed_runs_again_when_redelivered(alice: Person) -> None:
    first = await alice.amora.message(alice.incoming("/followup 25:00", "m-1"))
    again = await alice.amora.message(alice.incoming("/followup 25:00", "m-1"))

    assert first is not None and again is not None and again.text == first.text


async def test_commands_without_a_platform_id_always_run(alice: Person) -> None:
    for _ in range(2):
        assert await alice.amora.message(alice.incoming("/sessions")) is not None
