"""A person's data: everything exported on request, everything deleted on confirmation."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from enum import Enum
from typing import Any

from core.actions import encode
from core.domain import User
from core.domain.errors import InvalidAction, NotSessionOwner
from core.ports import UnitOfWork
from core.replies import Attachment, Button, Reply

CONFIRM_MINUTES = 10


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return value


def _record(obj: Any) -> dict[str, Any]:
    plain = _plain(asdict(obj))
    assert isinstance(plain, dict)
    return plain


class PrivacyService:
    """`/export` and `/forget`."""

    async def export(self, uow: UnitOfWork, user: User, now: datetime) -> dict[str, Any]:
        """Everything stored about the person, as plain JSON-ready data."""
        return {
            "exported_at": now.isoformat(),
            "user": _record(user),
            "sessions": [_record(s) for s in await uow.sessions.list_for_user(user.id)],
            "messages": [_record(m) for m in await uow.messages.list_for_user(user.id)],
            "feedback": [_record(f) for f in await uow.feedback.list_for_user(user.id)],
            "followup_deliveries": [
                _record(d) for d in await uow.deliveries.list_for_user(user.id)
            ],
        }

    async def export_reply(self, uow: UnitOfWork, user: User, now: datetime) -> Reply:
        """The export as a JSON file attached to a reply."""
        data = json.dumps(await self.export(uow, user, now), ensure_ascii=False, indent=2)
        attachment = Attachment(
            f"amora-export-{now:%Y%m%d}.json", "application/json", data.encode(), "Your data"
        )
        # Only the person should see it, e.g. when they ask in a server channel.
        return Reply(
            "Here is everything I keep about you.", attachments=(attachment,), ephemeral=True
        )

    def ask_forget(self, user: User, now: datetime) -> Reply:
        """Asks for confirmation with a button that works for this person for a few minutes."""
        minute = int(now.timestamp() // 60)
        button = Button("Yes, delete everything", encode("pv", "forget", user.id, minute))
        return Reply(
            "This deletes all your sessions, messages, feedback and check-ins, for good. "
            f"Press the button within {CONFIRM_MINUTES} minutes to confirm.",
            buttons=((button,),),
        )

    async def forget(
        self, uow: UnitOfWork, user: User, args: tuple[int, ...], now: datetime
    ) -> Reply:
        """Deletes the person's data if the confirmation is theirs and fresh."""
        if len(args) != 2:
            raise InvalidAction()
        user_id, minute = args
        if user_id != user.id:
            raise NotSessionOwner("That confirmation belongs to someone else, so nothing changed.")
        # In whole minutes, as issued: a forged minute far off is merely stale, not a crash.
        if not 0 <= int(now.timestamp() // 60) - minute <= CONFIRM_MINUTES + 1:
            return Reply(
                "That confirmation has expired. Send /forget again if you still want it.",
                ephemeral=True,  # a notice for the one who pressed, as for any refused press
            )
        await uow.users.delete(user.id)
        return Reply("Done. Everything I kept about you is deleted.")
