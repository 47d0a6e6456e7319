"""Errors the core raises; adapters turn each into friendly words."""

from __future__ import annotations


class AmoraError(Exception):
    """Base of every error meant for the person; `str(error)` is a kind, clear line."""

    message = "Something went wrong."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class NotFound(AmoraError):
    message = "I couldn't find that."


class SessionNotFound(NotFound):
    message = "I couldn't find that session."


class NotSessionOwner(AmoraError):
    message = "That belongs to someone else's session, so I left it alone."


class InvalidAction(AmoraError):
    message = "That button isn't one I recognise, so nothing changed."


class InvalidTitle(AmoraError):
    message = "A session title needs 1 to 80 characters."


class InvalidFollowUpTime(AmoraError):
    message = "Please give the time as HH:MM, for example /followup 21:30 Europe/Berlin."


class InvalidTimezone(AmoraError):
    message = "I don't know that time zone. Use a name like Europe/Berlin or America/New_York."


class NothingToDo(AmoraError):
    message = "There's nothing for that yet."


class NotAllowed(AmoraError):
    message = "That command is only for the bot's admins."


class SessionClosed(AmoraError):
    message = "That session is completed. Open a new one with /newsession."
