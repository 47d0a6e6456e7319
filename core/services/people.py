"""Who is writing: the person behind a platform identity, created on first contact."""

from __future__ import annotations

from datetime import datetime, timedelta

from core.domain import User
from core.incoming import Incoming
from core.ports import UnitOfWork
from core.services.followups import reschedule

SEEN_RESOLUTION = timedelta(minutes=1)
""""Last seen" is kept to the minute: a burst of messages costs one write, not one each."""


async def resolve_user(uow: UnitOfWork, incoming: Incoming, now: datetime) -> User:
    """The person writing; a new one on first contact. Writing again makes them reachable."""
    user = await uow.users.by_identity(incoming.user)
    if user is None:
        user = await uow.users.add(incoming.user, incoming.display_name, now)
    before = (user.display_name, user.locale, user.reachable)
    if not user.reachable:
        user.reachable = True
        await _resume_followups(uow, user, now)
    if incoming.display_name:
        user.display_name = incoming.display_name
    if incoming.locale and not user.locale:
        user.locale = incoming.locale
    changed = before != (user.display_name, user.locale, user.reachable)
    if changed or now - user.last_seen_at >= SEEN_RESOLUTION:
        user.last_seen_at = now
        await uow.users.save(user)
    return user


async def _resume_followups(uow: UnitOfWork, user: User, now: datetime) -> None:
    """A person who was unreachable wrote again: their check-ins start again from now."""
    for session in await uow.sessions.list_for_user(user.id):
        if session.followup.enabled:
            reschedule(session, now)
            await uow.sessions.save(session)


async def mark_unreachable(uow: UnitOfWork, user_id: int) -> None:
    """Stops every check-in of a person the platform says we cannot reach."""
    user = await uow.users.get(user_id)
    if user is None:
        return
    user.reachable = False
    await uow.users.save(user)
    for session in await uow.sessions.list_for_user(user_id):
        if session.followup.next_at is not None:
            session.followup.next_at = None
            await uow.sessions.save(session)
