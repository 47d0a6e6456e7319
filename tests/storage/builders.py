"""Small builders shared by the storage tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from core.domain import Address, PlatformUser, Role, Session, User
from core.domain.model import Message
from core.ports import UnitOfWork

NOW = datetime(2026, 3, 14, 12, 30, tzinfo=UTC)
CHAT = Address("telegram", "100")
THREAD = Address("telegram", "100", "7")


def at(minutes: float) -> datetime:
    """NOW plus some minutes."""
    return NOW + timedelta(minutes=minutes)


async def add_user(uow: UnitOfWork, platform_id: str = "1", name: str | None = "Ana") -> User:
    """Adds a person known on Telegram by `platform_id`."""
    return await uow.users.add(PlatformUser("telegram", platform_id), name, NOW)


async def add_session(uow: UnitOfWork, user: User, title: str = "Trust") -> Session:
    """Opens a session for `user` in the test thread."""
    return await uow.sessions.add(user.id, title, THREAD, NOW)


async def say(
    uow: UnitOfWork, session: Session, text: str = "hello", *, role: Role = Role.USER, **kw: object
) -> Message:
    """Stores a message in `session` by its owner."""
    created_at = kw.pop("now", NOW)
    assert isinstance(created_at, datetime)
    return await uow.messages.add(
        session_id=session.id,
        user_id=session.user_id,
        role=role,
        text=text,
        now=created_at,
        **kw,  # type: ignore[arg-type]
    )
