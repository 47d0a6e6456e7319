"""The buttons the core attaches to replies."""

from __future__ import annotations

from core.actions import encode
from core.domain import Session, SessionStatus
from core.replies import Button

Row = tuple[Button, ...]


def feedback_row(message_id: int) -> Row:
    """👍 / 👎 / 🔄 for a coach message."""
    return (
        Button("👍", encode("fb", "like", message_id)),
        Button("👎", encode("fb", "dislike", message_id)),
        Button("🔄", encode("fb", "regen", message_id)),
    )


def session_row(session: Session, *, current: bool) -> Row:
    """The actions that make sense for a session in its present status, named after it."""
    title = session.title if len(session.title) <= 24 else session.title[:23] + "…"
    verbs = [] if current or session.status is SessionStatus.COMPLETED else ["switch"]
    if session.status is SessionStatus.ACTIVE:
        verbs.append("pause")
    elif session.status is SessionStatus.PAUSED:
        verbs.append("resume")
    if session.status is not SessionStatus.COMPLETED:
        verbs.append("complete")
    return tuple(
        Button(f"{verb.capitalize()} «{title}»", encode("ss", verb, session.id)) for verb in verbs
    )


def continue_row(session_id: int) -> Row:
    """Lets a person pick a session up again from a check-in."""
    return (Button("Continue this session", encode("ss", "switch", session_id)),)
