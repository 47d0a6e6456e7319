"""Amora's own entry points (`message`, `press`) against anything a person can send."""

from __future__ import annotations

from copy import deepcopy

from hypothesis import given
from hypothesis import strategies as st

from adapters.discord.render import MAX_UNITS, parts
from adapters.telegram.render import TEXT_LIMIT, split_text
from core import texts
from core.app import Amora
from core.domain import Address, PlatformUser, Role
from core.domain.errors import InvalidAction
from core.incoming import Incoming
from core.replies import Reply
from tests.fakes import InMemoryStore
from tests.properties import inputs
from tests.properties.checks import (
    assert_fine_reply,
    assert_stored_once_if_text,
    is_coached,
    units,
)
from tests.properties.conftest import EXAMPLES, Coach, Run, ran_every_example

SAM = PlatformUser("telegram", "100")


def said(text: str, message_id: str = "m1", who: PlatformUser = SAM) -> Incoming:
    return Incoming(who, Address(who.platform, who.user_id), text, platform_message_id=message_id)


async def talked(amora: Amora) -> None:
    """A person with a history: two sessions, replies with buttons, a check-in."""
    for number, text in enumerate(
        ["We argue about chores", "/newsession Trust", "He never listens", "/followup 21:30"]
    ):
        assert await amora.message(said(text, f"seed-{number}")) is not None


def assert_renders(reply: Reply) -> None:
    """The reply fits both platforms once rendered: no empty message, none over the limit."""
    assert_fine_reply(reply)
    pieces = split_text(reply.text)
    assert pieces and all(p.strip() and units(p) <= TEXT_LIMIT for p in pieces)
    messages = parts(reply)
    assert messages[0].content and all(units(m.content or "") <= MAX_UNITS for m in messages)
    for row in reply.buttons:
        assert all(len(b.action.encode()) <= 64 and b.label for b in row)


def test_any_message_is_answered_and_stored_exactly_once(coach: Coach, run: Run) -> None:
    seeded = InMemoryStore()
    run(talked(coach(seeded)))

    @EXAMPLES
    @given(text=inputs.messages(surrogates=True), history=st.booleans())
    def check(text: str, history: bool) -> None:
        store = deepcopy(seeded) if history else InMemoryStore()
        amora = coach(store)

        reply = run(amora.message(said(text)))
        again = run(amora.message(said(text)))  # the platform redelivers it

        assert reply is not None
        assert_renders(reply)
        if not text.strip():
            assert reply.text == texts.EMPTY
        assert_stored_once_if_text(store, text, "m1")
        if is_coached(text):  # a redelivered message is not answered twice
            assert again is None or again.text == texts.REDELIVERED

    ran_every_example(check)


def test_command_arguments_are_applied_or_refused_in_one_line(coach: Coach, run: Run) -> None:
    seeded = InMemoryStore()
    run(talked(coach(seeded)))
    names = st.sampled_from(["followup", "rename", "newsession", "timezone"])

    @EXAMPLES
    @given(name=names, args=inputs.arguments(surrogates=True))
    def check(name: str, args: str) -> None:
        store = deepcopy(seeded)
        before = deepcopy(store)

        reply = run(coach(store).message(said(f"/{name} {args}")))

        assert reply is not None
        assert_renders(reply)
        if reply.ephemeral:  # refused: said in one line, and nothing changed
            assert store.sessions == before.sessions and store.users == before.users
        assert [m for m in store.messages.values() if m.role is Role.USER] == [
            m for m in before.messages.values() if m.role is Role.USER
        ]
        check_outcome(name, store, before, reply)

    ran_every_example(check)


def check_outcome(name: str, store: InMemoryStore, before: InMemoryStore, reply: Reply) -> None:
    """What a command that was not refused left behind makes sense."""
    sessions = sorted(store.sessions.values(), key=lambda s: s.id)
    if name == "newsession" and not reply.ephemeral:
        (opened,) = [s for s in sessions if s.id not in before.sessions]
        assert 1 <= len(opened.title) <= 80 and opened.title.isprintable()
        assert f"«{opened.title}»" in reply.text
    if name == "rename" and not reply.ephemeral:
        changed = [s for s in sessions if s.title != before.sessions[s.id].title]
        assert len(changed) <= 1
        title = changed[0].title if changed else sessions[-1].title
        assert reply.text == f"Renamed to «{title}»." and title.isprintable()
    if name in ("followup", "timezone"):
        for session in sessions:
            followup = session.followup
            if followup.enabled:
                assert followup.local_time is not None and len(followup.local_time) == 5
                assert followup.timezone is not None and followup.next_at is not None


def test_any_button_data_is_refused_unless_it_is_the_persons_own(coach: Coach, run: Run) -> None:
    seeded = InMemoryStore()
    run(talked(coach(seeded)))
    mallory = PlatformUser("telegram", "666")

    @EXAMPLES
    @given(data=inputs.action_ids(), who=st.sampled_from([SAM, mallory]))
    def check(data: str, who: PlatformUser) -> None:
        store = deepcopy(seeded)

        reply = run(coach(store).press(said("", who=who), data))

        assert_renders(reply)
        if reply.text == InvalidAction.message or who == mallory:
            # Nothing was someone else's to change: Sam's data is as it was.
            assert store.sessions == seeded.sessions
            assert store.messages == seeded.messages and store.feedback == seeded.feedback
            assert store.users.get(1) == seeded.users.get(1)
            assert reply.ephemeral

    ran_every_example(check)
