"""What adapters hand the core: who wrote, where, and what."""

from __future__ import annotations

from dataclasses import dataclass

from core.domain import Address, PlatformUser


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
