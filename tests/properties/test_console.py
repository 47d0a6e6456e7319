"""`amora chat`: any line typed (or piped) into the terminal, and bytes that are not text."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from adapters.console.chat import ConsoleChat, stdin_lines
from core.domain import Role
from core.incoming import storable
from tests.fakes import InMemoryStore
from tests.properties import inputs
from tests.properties.checks import is_coached
from tests.properties.conftest import EXAMPLES, Coach, Run, ran_every_example

BUTTONISH = ["/1", "/2", "/9", "/0", "/²", "/١", "/99999999999999999999", "/like", "/REGENERATE"]


def lines() -> st.SearchStrategy[list[str]]:
    """A short sitting at the terminal: messages, commands, button numbers, shortcuts."""
    line = st.one_of(inputs.messages(surrogates=True), st.sampled_from(BUTTONISH))
    return st.lists(line, min_size=1, max_size=3)


def test_any_line_is_answered_and_each_message_stored_once(
    coach: Coach, run: Run, tmp_path: Path
) -> None:
    @EXAMPLES
    @given(typed=lines())
    def check(typed: list[str]) -> None:
        store, out = InMemoryStore(), io.StringIO()
        chat = ConsoleChat(coach(store), "sam", out, files=tmp_path)  # where /export saves

        for line in typed:
            before = out.tell()
            run(chat.handle(line))
            said = out.getvalue()[before:]
            assert said.startswith("amora> ") and said[len("amora> ") :].strip(), said

        stored = [m.text for m in store.messages.values() if m.role is Role.USER]
        coached = [storable(line) for line in typed if is_coached(line) and not _console_only(line)]
        assert sorted(stored) == sorted(coached)

    ran_every_example(check)


def _console_only(line: str) -> bool:
    """Lines the terminal answers itself: button numbers and the feedback shortcuts."""
    text = line.strip()
    return text.lower() in ("/like", "/dislike", "/regenerate") or (
        text[1:].isascii() and text[1:].isdigit() and text.startswith("/")
    )


async def test_bytes_that_are_not_utf8_become_replacement_characters_not_an_error() -> None:
    piped = io.TextIOWrapper(io.BytesIO(b"We argue \xff\xfe about chores\n\x80\n"), "utf-8")

    got = [line async for line in stdin_lines(piped)]

    assert got == ["We argue \ufffd\ufffd about chores", "\ufffd"]


def test_a_number_that_is_not_ascii_or_too_long_is_no_button(coach: Coach, run: Run) -> None:
    out = io.StringIO()
    chat = ConsoleChat(coach(InMemoryStore()), "sam", out)

    for line in ("/²", "/" + "9" * 5000):
        run(chat.handle(line))

    replies = out.getvalue().split("amora> ")
    assert replies[-1] == "There's no button with that number.\n"
    assert "feel" in replies[1] or "?" in replies[1]  # "/²" is no command: it is coached
