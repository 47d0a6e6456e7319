"""What adapters hand the core: who wrote, where, and what."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.domain import Address, PlatformUser

NAME_LIMIT = 200
"""The longest display name kept (longer ones are cut, never refused)."""
LOCALE_LIMIT = 35
"""The longest language tag kept: RFC 5646 §4.4.1 asks for room for 35 characters."""
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """Text every store keeps as it is: NUL and lone surrogates become U+FFFD.

    PostgreSQL refuses NUL in text, and UTF-8 cannot encode a lone surrogate, which a terminal
    hands over for bytes that are not UTF-8 (Python's surrogateescape) and JSON can spell
    ("\\ud800"). Without this, such a message would fail on every later turn and on /export.
    """
    return _UNSTORABLE.sub("\ufffd", text)


@dataclass(frozen=True, slots=True)
class Incoming:
    """A message, command or button press from a person, in platform-neutral terms."""

    user: PlatformUser
    address: Address
    text: str = ""
    display_name: str | None = None
    locale: str | None = None
    platform_message_id: str | None = None
    """The platform's id of the incoming message; redelivered updates repeat it."""
    addressed: bool = True
    """Meant for the coach: a private chat, a command, a mention or a reply to the bot.

    In a group, a message that is none of these is answered only in a bound thread.
    """

    def __post_init__(self) -> None:
        # Frozen: the cleaned values are set once, here, before anything reads them.
        object.__setattr__(self, "text", storable(self.text))
        if self.display_name is not None:
            name = storable(self.display_name)[:NAME_LIMIT]
            object.__setattr__(self, "display_name", name)
        if self.locale is not None:
            object.__setattr__(self, "locale", storable(self.locale)[:LOCALE_LIMIT])
