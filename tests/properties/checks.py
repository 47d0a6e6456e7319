"""The invariants every entry point keeps, whatever it is sent."""

from __future__ import annotations

from core.commands import parse_command
from core.domain import Role
from core.incoming import storable
from core.replies import Reply
from tests.fakes import InMemoryStore

TOAST = 200
"""Telegram's callback-answer limit: a refusal fits in one notice."""


def units(text: str) -> int:
    """Length in UTF-16 code units, as Telegram and Discord count it."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def is_coached(text: str) -> bool:
    """Whether the core treats this text as a message to coach (not a command, not blank)."""
    return parse_command(text) is None and bool(text.strip())


def stored_user_texts(store: InMemoryStore, platform_message_id: str) -> list[str]:
    """The texts of the person's stored messages that came with this platform id."""
    return [
        m.text
        for m in store.messages.values()
        if m.role is Role.USER and m.platform_message_id == platform_message_id
    ]


def assert_stored_once_if_text(store: InMemoryStore, text: str, platform_message_id: str) -> None:
    """A message with text is stored exactly once, as written; anything else not at all."""
    stored = stored_user_texts(store, platform_message_id)
    if is_coached(storable(text)):
        assert stored == [storable(text)], f"stored {len(stored)} times"
    else:
        assert stored == []


def assert_fine_reply(reply: Reply) -> None:
    """Non-empty text; a refusal or notice only the person sees is one clear line."""
    assert reply.text.strip(), "an empty reply"
    if reply.ephemeral and not reply.attachments:
        assert "\n" not in reply.text and units(reply.text) <= TOAST, reply.text
