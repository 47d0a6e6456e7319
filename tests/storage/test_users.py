"""Users and identities: add, find, save, and delete with everything of theirs."""

from __future__ import annotations

from datetime import UTC, date, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from core.domain import Address, DeliveryStatus, FeedbackKind, PlatformUser, Role
from storage.tables import (
    CurrentSessionRow,
    DeliveryRow,
    FeedbackRow,
    IdentityRow,
    MessageRow,
    SessionRow,
    ThreadBindingRow,
    UserRow,
)
from tests.storage.builders import NOW, add_session, add_user, say
from tests.storage.conftest import UowFactory


async def test_add_then_get_and_find_by_identity(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        added = await add_user(uow, "42", "Ana")
        await uow.commit()
    async with uow_factory() as uow:
        got = await uow.users.get(added.id)
        found = await uow.users.by_identity(PlatformUser("telegram", "42"))
    assert got == added
    assert found == added
    assert got is not None
    assert got.identities == [PlatformUser("telegram", "42")]
    assert got.created_at == NOW and got.created_at.tzinfo == UTC
    assert got.reachable and got.preferences == {} and got.timezone is None


async def test_unknown_people_are_none(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        await add_user(uow, "42")
        assert await uow.users.get(999) is None
        assert await uow.users.by_identity(PlatformUser("discord", "42")) is None
        assert await uow.users.by_identity(PlatformUser("telegram", "43")) is None


async def test_save_round_trips_every_mutable_field(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        user = await add_user(uow)
        user.display_name = "Ana B."
        user.timezone = "Europe/Berlin"
        user.locale = "de"
        user.reachable = False
        user.preferences = {"style:gentle": 0.5, "kind:exercise": -0.25}
        user.last_seen_at = NOW + timedelta(days=2)
        await uow.users.save(user)
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.users.get(user.id) == user


async def test_adding_a_known_identity_returns_that_person(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        first = await add_user(uow, "42", "Ana")
        again = await add_user(uow, "42", "Someone else")
        await uow.commit()
    assert again.id == first.id and again.display_name == "Ana"
    async with uow_factory() as uow:
        assert await uow.users.get(first.id + 1) is None


async def _count(engine: AsyncEngine, table: type, **where: int) -> int:
    stmt = select(func.count()).select_from(table)
    for column, value in where.items():
        stmt = stmt.where(getattr(table, column) == value)
    async with engine.connect() as connection:
        return int(await connection.scalar(stmt) or 0)


async def _populate(uow_factory: UowFactory, platform_id: str, chat_id: str) -> tuple[int, int]:
    async with uow_factory() as uow:
        user = await add_user(uow, platform_id)
        session = await add_session(uow, user)
        chat = Address("telegram", chat_id)
        await uow.sessions.bind(Address("telegram", chat_id, "9"), session.id)
        await uow.sessions.set_current(user.id, chat, session.id)
        asked = await say(uow, session, "hi", address=chat, platform_message_id="1")
        reply = await say(uow, session, "hello", role=Role.COACH, reply_to_id=asked.id)
        await uow.feedback.add(
            message_id=reply.id,
            session_id=session.id,
            user_id=user.id,
            kind=FeedbackKind.LIKE,
            now=NOW,
        )
        delivery = await uow.deliveries.add(session.id, date(2026, 3, 14), DeliveryStatus.SENT, NOW)
        assert delivery is not None
        await uow.deliveries.update(delivery.id, DeliveryStatus.SENT, message_id=reply.id)
        await uow.commit()
    return user.id, session.id


async def test_delete_removes_everything_of_theirs_and_nothing_else(
    uow_factory: UowFactory, engine: AsyncEngine
) -> None:
    gone_user, gone_session = await _populate(uow_factory, "1", "100")
    kept_user, kept_session = await _populate(uow_factory, "2", "200")

    async with uow_factory() as uow:
        await uow.users.delete(gone_user)
        await uow.commit()

    for table, column in [
        (UserRow, "id"),
        (IdentityRow, "user_id"),
        (SessionRow, "user_id"),
        (CurrentSessionRow, "user_id"),
        (MessageRow, "user_id"),
        (FeedbackRow, "user_id"),
    ]:
        assert await _count(engine, table, **{column: gone_user}) == 0, table
        assert await _count(engine, table, **{column: kept_user}) >= 1, table
    for table in (ThreadBindingRow, DeliveryRow, MessageRow, FeedbackRow):
        assert await _count(engine, table, session_id=gone_session) == 0, table
        assert await _count(engine, table, session_id=kept_session) >= 1, table
    async with uow_factory() as uow:
        assert await uow.users.get(gone_user) is None
        assert await uow.users.by_identity(PlatformUser("telegram", "1")) is None
        assert await uow.sessions.bound_to(Address("telegram", "100", "9")) is None
        kept = await uow.users.get(kept_user)
        assert kept is not None
        assert len(await uow.messages.list_for_user(kept_user)) == 2
        assert len(await uow.feedback.list_for_user(kept_user)) == 1
        assert len(await uow.deliveries.list_for_user(kept_user)) == 1


async def test_ids_of_a_deleted_person_are_not_reused(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        user = await add_user(uow, "1")
        await uow.commit()
    async with uow_factory() as uow:
        await uow.users.delete(user.id)
        await uow.commit()
    async with uow_factory() as uow:
        newcomer = await add_user(uow, "2")
    assert newcomer.id > user.id
