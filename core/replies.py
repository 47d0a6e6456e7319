"""Platform-neutral replies: text, buttons and attachments that adapters render."""

from __future__ import annotations

from dataclasses import dataclass

from core.domain import Address, PlatformUser


@dataclass(frozen=True, slots=True)
class Button:
    """A button; `action` is an id like "fb:like:42" that the core validates when pressed."""

    label: str
    action: str


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file to send with a reply, e.g. a chart."""

    filename: str
    content_type: str
    data: bytes
    title: str = ""


@dataclass(frozen=True, slots=True)
class ThreadRequest:
    """Asks the adapter to open a thread for a new session and bind it when it can."""

    session_id: int
    title: str


@dataclass(frozen=True, slots=True)
class Reply:
    """What the core answers; services return replies and never send anything themselves."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    """Rows of buttons."""
    message_id: int | None = None
    """The stored coach message this reply is, if any (adapters report its platform id back)."""
    session_id: int | None = None
    attachments: tuple[Attachment, ...] = ()
    open_thread: ThreadRequest | None = None
    ephemeral: bool = False
    """Only the asking person should see it (errors, admin figures)."""


@dataclass(frozen=True, slots=True)
class Sent:
    """Where a message went out, and the platform's id for it (reactions find it by that)."""

    address: Address
    message_id: str


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A daily check-in to deliver as a direct message."""

    recipient: PlatformUser
    session_id: int
    session_title: str
    origin: Address
    reply: Reply
