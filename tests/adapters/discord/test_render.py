"""Replies as Discord messages: split under 2000 characters, markdown escaped, buttons kept."""

from __future__ import annotations

import discord

from adapters.discord.render import (
    MAX_UNITS,
    ActionButton,
    escape,
    parts,
    split_text,
    units,
    views,
)
from core.replies import Attachment, Button, Reply


def test_short_text_is_one_piece_and_empty_text_stays_one_empty_piece() -> None:
    assert split_text("Hello there.") == ["Hello there."]
    assert split_text("") == [""]


def test_long_text_is_split_at_paragraphs_lines_or_spaces_never_over_the_limit() -> None:
    paragraph = ("We keep having the same fight about the dishes. " * 20).strip()
    text = "\n\n".join([paragraph] * 6)

    pieces = split_text(text)

    assert len(pieces) > 1
    assert all(units(p) <= MAX_UNITS for p in pieces)
    assert all(p == paragraph or p.startswith(paragraph) for p in pieces)
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())


def test_a_word_longer_than_a_message_is_cut_hard() -> None:
    pieces = split_text("x" * 4500)

    assert [len(p) for p in pieces] == [2000, 2000, 500]


def test_emoji_count_twice_as_discord_counts_them() -> None:
    pieces = split_text("💔" * 1500)

    assert [units(p) for p in pieces] == [2000, 1000]


def test_a_hard_cut_never_parts_an_escape_from_its_character() -> None:
    escaped = escape("*" * 3000)

    pieces = split_text(escaped)

    assert all(not p.endswith("\\") for p in pieces)
    assert "".join(pieces) == escaped


def test_markdown_is_escaped_and_links_stay_clickable() -> None:
    text = "# Not a heading\n*stars* _under_ `code` ~~gone~~ || spoiler || https://findahelpline.com/a_b"

    escaped = escape(text)

    assert escaped.startswith("\\# Not a heading")
    assert "\\*stars\\*" in escaped and "\\_under\\_" in escaped and "\\`code\\`" in escaped
    assert "https://findahelpline.com/a_b" in escaped


async def test_buttons_are_persistent_and_their_custom_ids_are_the_core_actions() -> None:
    row = (Button("👍", "fb:like:42"), Button("👎", "fb:dislike:42"), Button("🔄", "fb:regen:42"))

    (view,) = views((row,))

    assert view.timeout is None and view.is_persistent()
    assert [item.custom_id for item in view.children] == [
        "fb:like:42",
        "fb:dislike:42",
        "fb:regen:42",
    ]  # type: ignore[attr-defined]
    assert all(isinstance(item, ActionButton) for item in view.children)


async def test_more_buttons_than_one_message_holds_spill_into_more_views() -> None:
    rows = tuple(
        (Button(f"Switch {n}", f"ss:switch:{n}"), Button("Pause", f"ss:pause:{n}"))
        for n in range(7)
    )
    wide = (tuple(Button(str(n), f"ss:pause:{n}") for n in range(7)),)

    first, second = views(rows)
    (wrapped,) = views(wide)

    assert len(first.children) == 10 and len(second.children) == 4
    rows_used = {item.row for item in wrapped.children}  # type: ignore[attr-defined]
    assert rows_used == {0, 1}


async def test_a_long_reply_puts_buttons_and_files_on_its_last_text_message() -> None:
    files = (Attachment("amora-export.json", "application/json", b"{}", "Your data"),)
    reply = Reply("word " * 900, buttons=((Button("👍", "fb:like:1"),),), attachments=files)

    messages = parts(reply)

    assert len(messages) == 3
    assert [m.view is not None for m in messages] == [False, False, True]
    assert [len(m.files) for m in messages] == [0, 0, 1] and messages[-1].main
    assert isinstance(messages[-1].files[0], discord.File)
    assert messages[0].fields()["allowed_mentions"].to_dict() == {"parse": []}
