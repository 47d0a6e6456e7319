"""People and their platform identities."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from sqlalchemy import (
    BindParameter,
    Delete,
    Insert,
    Update,
    and_,
    bindparam,
    delete,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from core.domain import PlatformUser, User
from storage.mapping import user_from_rows
from storage.repositories.base import AnySelect, SqlAlchemyRepository
from storage.tables import (
    CURRENT_SESSIONS,
    DELIVERIES,
    FEEDBACK,
    IDENTITIES,
    MESSAGES,
    SESSIONS,
    THREAD_BINDINGS,
    USERS,
)


@cache
def _select_user(by_identity: bool) -> AnySelect:
    """The person's columns once per identity (user, then identity columns)."""
    theirs = IDENTITIES.alias("theirs")
    stmt = select(USERS, theirs.c.platform, theirs.c.platform_user_id)
    if by_identity:
        known = and_(
            IDENTITIES.c.user_id == USERS.c.id,
            IDENTITIES.c.platform == bindparam("platform"),
            IDENTITIES.c.platform_user_id == bindparam("platform_user_id"),
        )
        stmt = stmt.select_from(USERS.join(IDENTITIES, known))
    else:
        stmt = stmt.where(USERS.c.id == bindparam("user_id"))
    return stmt.outerjoin(theirs, theirs.c.user_id == USERS.c.id).order_by(theirs.c.id)


@cache
def _insert_user() -> Insert:
    return insert(USERS).returning(USERS.c.id)


@cache
def _update_user() -> Update:
    return update(USERS).where(USERS.c.id == bindparam("b_id"))


@cache
def _deletes() -> tuple[Delete, ...]:
    """Everything of one person, children first (`:user_id`)."""
    user_id: BindParameter[int] = bindparam("user_id")
    owned = select(SESSIONS.c.id).where(SESSIONS.c.user_id == user_id).scalar_subquery()
    return (
        delete(FEEDBACK).where(
            or_(FEEDBACK.c.user_id == user_id, FEEDBACK.c.session_id.in_(owned))
        ),
        delete(DELIVERIES).where(DELIVERIES.c.session_id.in_(owned)),
        delete(MESSAGES).where(
            or_(MESSAGES.c.user_id == user_id, MESSAGES.c.session_id.in_(owned))
        ),
        delete(THREAD_BINDINGS).where(THREAD_BINDINGS.c.session_id.in_(owned)),
        delete(CURRENT_SESSIONS).where(
            or_(CURRENT_SESSIONS.c.user_id == user_id, CURRENT_SESSIONS.c.session_id.in_(owned))
        ),
        delete(SESSIONS).where(SESSIONS.c.user_id == user_id),
        delete(IDENTITIES).where(IDENTITIES.c.user_id == user_id),
        delete(USERS).where(USERS.c.id == user_id),
    )


class SqlAlchemyUserRepository(SqlAlchemyRepository):
    """UserRepository on SQLAlchemy."""

    async def get(self, user_id: int) -> User | None:
        """The person with this id, with their identities."""
        rows = await self._rows(_select_user(False), user_id=user_id)
        return user_from_rows(rows) if rows else None

    async def by_identity(self, identity: PlatformUser) -> User | None:
        """The person a platform knows by this id."""
        rows = await self._rows(
            _select_user(True), platform=identity.platform, platform_user_id=identity.user_id
        )
        return user_from_rows(rows) if rows else None

    async def add(self, identity: PlatformUser, display_name: str | None, now: datetime) -> User:
        """Creates a person with one identity.

        If another transaction created the same identity first (two bot processes receiving a
        newcomer's first messages at once), that person is returned instead.
        """
        values: dict[str, object] = {
            "display_name": display_name,
            "reachable": True,
            "preferences": {},
            "created_at": now,
            "last_seen_at": now,
        }
        try:
            async with (await self._db.get()).begin_nested():
                user_id = await self._scalar(_insert_user(), **values)
                await self._run(
                    insert(IDENTITIES),
                    {
                        "user_id": user_id,
                        "platform": identity.platform,
                        "platform_user_id": identity.user_id,
                    },
                )
        except IntegrityError:
            existing = await self.by_identity(identity)
            if existing is None:
                raise
            return existing
        return User(
            id=user_id,
            display_name=display_name,
            created_at=now,
            last_seen_at=now,
            identities=[identity],
        )

    async def save(self, user: User) -> None:
        """Stores display name, timezone, locale, reachable, preferences and last seen."""
        await self._run(
            _update_user(),
            {
                "b_id": user.id,
                "display_name": user.display_name,
                "timezone": user.timezone,
                "locale": user.locale,
                "reachable": user.reachable,
                "preferences": dict(user.preferences),
                "last_seen_at": user.last_seen_at,
            },
        )

    async def delete(self, user_id: int) -> None:
        """Deletes the person and everything of theirs.

        The foreign keys cascade on both databases; the deletes are explicit anyway, children
        first, so nothing of theirs survives a connection where SQLite's foreign keys are off.
        """
        for stmt in _deletes():
            await self._run(stmt, {"user_id": user_id})
