"""Daily check-in settings: the local time and zone per session, remembered zone per person."""

from __future__ import annotations

from datetime import datetime

from core.domain import Session, SessionStatus, User
from core.domain.errors import InvalidFollowUpTime
from core.ports import UnitOfWork
from core.replies import Reply
from core.schedule import describe, load_zone, next_occurrence, parse_local_time

OFF_WORDS = frozenset({"off", "stop", "none", "disable", "no"})
ON_WORDS = frozenset({"on", "yes", "enable", "start"})


def wants_checkins(session: Session) -> bool:
    """Whether the session has check-ins: turned on, with a time and a zone, and active."""
    followup = session.followup
    return (
        followup.enabled
        and session.status is SessionStatus.ACTIVE
        and followup.local_time is not None
        and followup.timezone is not None
    )


def reschedule(session: Session, now: datetime) -> None:
    """Sets when the next check-in is due: never for paused, completed or disabled sessions."""
    followup = session.followup
    if not wants_checkins(session):
        followup.next_at = None
        return
    assert followup.local_time is not None and followup.timezone is not None
    zone = load_zone(followup.timezone)
    followup.next_at = next_occurrence(parse_local_time(followup.local_time), zone, now)


class FollowUpSettingsService:
    """`/followup` and `/timezone`."""

    def __init__(self, default_time: str) -> None:
        self.default_time = default_time

    async def followup(
        self, uow: UnitOfWork, user: User, session: Session, args: list[str], now: datetime
    ) -> Reply:
        """Shows, sets or turns off the session's daily check-in."""
        if not args:
            return Reply(self._describe(session), session_id=session.id)
        if args[0].lower() in OFF_WORDS and len(args) == 1:
            session.followup.enabled = False
            reschedule(session, now)
            await uow.sessions.save(session)
            return Reply(f"Daily check-ins for «{session.title}» are off.", session_id=session.id)
        if len(args) > 2:
            raise InvalidFollowUpTime()
        at = parse_local_time(self.default_time if args[0].lower() in ON_WORDS else args[0])
        zone_note = ""
        if len(args) == 2:
            zone = load_zone(args[1])
            user.timezone = zone.key
            await uow.users.save(user)
        elif user.timezone:
            zone = load_zone(user.timezone)
        else:
            zone = load_zone("UTC")
            zone_note = (
                "\nI used UTC; add your zone to change it, e.g. /followup 21:30 Europe/Berlin."
            )
        session.followup.enabled = True
        session.followup.local_time = f"{at:%H:%M}"
        session.followup.timezone = zone.key
        reschedule(session, now)
        await uow.sessions.save(session)
        return Reply(self._describe(session) + zone_note, session_id=session.id)

    async def timezone(self, uow: UnitOfWork, user: User, args: list[str], now: datetime) -> Reply:
        """Remembers the person's zone and moves their check-ins to it."""
        if not args:
            known = user.timezone or "not set"
            return Reply(f"Your time zone: {known}. Set it with /timezone Europe/Berlin.")
        zone = load_zone(" ".join(args))
        user.timezone = zone.key
        await uow.users.save(user)
        for session in await uow.sessions.list_for_user(user.id):
            if session.followup.enabled:
                session.followup.timezone = zone.key
                reschedule(session, now)
                await uow.sessions.save(session)
        return Reply(f"Time zone set to {zone.key}.")

    @staticmethod
    def _describe(session: Session) -> str:
        followup = session.followup
        if not followup.enabled or followup.timezone is None:
            return (
                f"No daily check-in for «{session.title}». "
                "Turn one on with /followup 21:30 Europe/Berlin."
            )
        text = f"Daily check-in for «{session.title}» at {followup.local_time} {followup.timezone}."
        if followup.next_at is not None:
            text += f" Next one: {describe(followup.next_at, load_zone(followup.timezone))}."
        else:
            text += " It waits while the session is not active."
        return text
