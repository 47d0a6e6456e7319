"""Sessions: open, list, show, switch, rename, pause, resume, complete, bind to threads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.buttons import session_row
from core.domain import Address, Session, SessionStatus, User
from core.domain.errors import InvalidTitle, NotSessionOwner, SessionNotFound
from core.engine.summaries import topic_phrase
from core.ports import UnitOfWork
from core.replies import Button, Reply, ThreadRequest
from core.schedule import describe, load_zone
from core.services.followups import reschedule

MAX_TITLE = 80
FIRST_TITLE = "My first session"


def clean_title(title: str) -> str:
    """A session title with control characters removed and spaces folded."""
    cleaned = " ".join("".join(c if c.isprintable() else " " for c in title).split())
    if not cleaned or len(cleaned) > MAX_TITLE:
        raise InvalidTitle()
    return cleaned


async def owned_session(uow: UnitOfWork, user: User, session_id: int) -> Session:
    """A session by id, refused unless this person owns it."""
    session = await uow.sessions.get(session_id)
    if session is None:
        raise SessionNotFound()
    if session.user_id != user.id:
        raise NotSessionOwner()
    return session


@dataclass(frozen=True, slots=True)
class Resolved:
    """The session a message belongs to, and a line to tell the person if it is news."""

    session: Session
    notice: str | None = None


async def open_session(
    uow: UnitOfWork, user: User, address: Address, title: str, now: datetime
) -> Session:
    """A new active session, made the person's current one in this chat."""
    session = await uow.sessions.add(user.id, title, address, now)
    await uow.sessions.set_current(user.id, address, session.id)
    return session


async def resolve_session(uow: UnitOfWork, user: User, address: Address, now: datetime) -> Resolved:
    """The thread's session, else the chat's current one, else a new one.

    Writing into a paused session resumes it; a completed current session makes way for a
    new one, so nothing is ever added to a finished session.
    """
    if address.thread_id is not None:
        bound = await uow.sessions.bound_to(address)
        if bound is not None:
            if bound.user_id != user.id:
                raise NotSessionOwner("This thread belongs to someone else's session.")
            return await _reopen_if_paused(uow, bound, now)
    current = await uow.sessions.current(user.id, address)
    if current is None or current.status is SessionStatus.COMPLETED:
        count = len(await uow.sessions.list_for_user(user.id))
        title = FIRST_TITLE if count == 0 else f"Session {count + 1}"
        session = await open_session(uow, user, address, title, now)
        notice = (
            None if current is None else f"«{current.title}» is completed, so I opened «{title}»."
        )
        return Resolved(session, notice)
    return await _reopen_if_paused(uow, current, now)


async def _reopen_if_paused(uow: UnitOfWork, session: Session, now: datetime) -> Resolved:
    if session.status is not SessionStatus.PAUSED:
        return Resolved(session)
    session.status = SessionStatus.ACTIVE
    reschedule(session, now)
    await uow.sessions.save(session)
    return Resolved(session, f"«{session.title}» was paused; I've resumed it.")


def describe_session(session: Session) -> str:
    """Title, status, topic, summary, next plan and follow-up of a session."""
    followup = "off"
    if session.followup.enabled and session.followup.timezone:
        followup = f"daily at {session.followup.local_time} {session.followup.timezone}"
        if session.followup.next_at is not None:
            zone = load_zone(session.followup.timezone)
            followup += f" (next: {describe(session.followup.next_at, zone)})"
    topic = topic_phrase(session.primary_topic) if session.primary_topic else "not yet clear"
    lines = [
        f"«{session.title}» - {session.status.value}",
        f"Topic: {topic}",
        f"Messages: {session.user_message_count}",
        f"Summary: {session.summary_text or 'after a few more messages I will write one.'}",
        f"Next plan: {session.next_plan_text or 'we will find it together.'}",
        f"Check-in: {followup}",
    ]
    return "\n".join(lines)


class SessionService:
    """What a person can do with their sessions."""

    async def new(
        self, uow: UnitOfWork, user: User, address: Address, title: str | None, now: datetime
    ) -> Reply:
        """Opens a session; asks the adapter for a thread where the chat has them."""
        count = len(await uow.sessions.list_for_user(user.id))
        chosen = clean_title(title) if title and title.strip() else f"Session {count + 1}"
        session = await open_session(uow, user, address.chat, chosen, now)
        return Reply(
            f"New session «{session.title}» is open. What would you like to work on?",
            session_id=session.id,
            open_thread=ThreadRequest(session.id, session.title),
        )

    async def list(self, uow: UnitOfWork, user: User, address: Address) -> Reply:
        """The person's sessions with their status and buttons."""
        sessions = await uow.sessions.list_for_user(user.id)
        if not sessions:
            return Reply("You have no sessions yet. Write anything to start one.")
        current = await uow.sessions.current(user.id, address)
        lines: list[str] = []
        rows: list[tuple[Button, ...]] = []
        for s in sessions:
            is_current = current is not None and s.id == current.id
            marker = " (current)" if is_current else ""
            topic = f", {topic_phrase(s.primary_topic)}" if s.primary_topic else ""
            lines.append(f"{len(lines) + 1}. «{s.title}» - {s.status.value}{topic}{marker}")
            if row := session_row(s, current=is_current):
                rows.append(row)
        return Reply("Your sessions:\n" + "\n".join(lines), buttons=tuple(rows))

    async def switch(
        self, uow: UnitOfWork, user: User, address: Address, session_id: int, now: datetime
    ) -> Reply:
        """Makes one of the person's sessions the current one in this chat."""
        session = await owned_session(uow, user, session_id)
        if session.status is SessionStatus.COMPLETED:
            return Reply(f"«{session.title}» is completed. Open a new one with /newsession.")
        await uow.sessions.set_current(user.id, address, session.id)
        resumed = await _reopen_if_paused(uow, session, now)
        text = f"Now in «{session.title}». " + (resumed.notice or "")
        return Reply(text.strip(), session_id=session.id)

    async def rename(self, uow: UnitOfWork, session: Session, title: str, now: datetime) -> Reply:
        """Gives a session a new title."""
        session.title = clean_title(title)
        session.updated_at = now
        await uow.sessions.save(session)
        return Reply(f"Renamed to «{session.title}».", session_id=session.id)

    async def set_status(
        self, uow: UnitOfWork, session: Session, status: SessionStatus, now: datetime
    ) -> Reply:
        """Pauses, resumes or completes a session; check-ins follow the status."""
        if session.status is status:
            return Reply(f"«{session.title}» is already {status.value}.", session_id=session.id)
        if session.status is SessionStatus.COMPLETED:
            return Reply(f"«{session.title}» is completed and stays that way.")
        session.status = status
        session.updated_at = now
        reschedule(session, now)
        await uow.sessions.save(session)
        words = {
            SessionStatus.ACTIVE: "is active again",
            SessionStatus.PAUSED: "is paused; no check-ins until you resume it",
            SessionStatus.COMPLETED: "is completed. Well done for the work you put in",
        }
        return Reply(f"«{session.title}» {words[status]}.", session_id=session.id)

    async def bind_thread(
        self, uow: UnitOfWork, user: User, session_id: int, thread: Address
    ) -> None:
        """Binds a thread the adapter opened to the person's session.

        A session opened in the thread's chat now lives in the thread: its check-ins link there.
        """
        session = await owned_session(uow, user, session_id)
        await uow.sessions.bind(thread, session.id)
        if session.origin == thread.chat:
            session.origin = thread
            await uow.sessions.save(session)
