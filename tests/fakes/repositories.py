"""In-memory repositories with the semantics of the SQL storage.

Every method works on the unit of work's staged copy of the store and returns deep copies,
so changing a returned object does nothing until it is passed to `save()`, as with SQL rows.
Foreign keys are enforced (LookupError), as SQLite with `foreign_keys=ON` would.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from copy import deepcopy
from dataclasses import replace
from datetime import date, datetime

from core.domain import (
    Address,
    DeliveryStatus,
    Feedback,
    FeedbackKind,
    FollowUpDelivery,
    PlatformUser,
    Session,
    SessionStatus,
    User,
)
from core.ports import Slot, SlotRequest
from tests.fakes.store import InMemoryStore

Data = Callable[[], InMemoryStore]
"""Gives the staged store of the open unit of work (raises outside `async with`)."""


def require(rows: Mapping[int, object], key: int, table: str) -> None:
    """Fails like a foreign key would when `key` is not a row of `table`."""
    if key not in rows:
        raise LookupError(f"no {table} row with id {key}")


class FakeRepository:
    """Base: holds the accessor of the unit of work's staged data."""

    def __init__(self, data: Data) -> None:
        self._data = data


class FakeUserRepository(FakeRepository):
    """Implements `core.ports.UserRepository`; identities unique per (platform, user id)."""

    async def get(self, user_id: int) -> User | None:
        return deepcopy(self._data().users.get(user_id))

    async def by_identity(self, identity: PlatformUser) -> User | None:
        user_id = self._data().identities.get(identity)
        return None if user_id is None else await self.get(user_id)

    async def add(self, identity: PlatformUser, display_name: str | None, now: datetime) -> User:
        data = self._data()
        if identity in data.identities:
            raise ValueError(f"identity {identity} belongs to user {data.identities[identity]}")
        user = User(
            id=data.next_id("users"),
            display_name=display_name,
            created_at=now,
            last_seen_at=now,
            identities=[identity],
        )
        data.users[user.id] = user
        data.identities[identity] = user.id
        return deepcopy(user)

    async def save(self, user: User) -> None:
        data = self._data()
        require(data.users, user.id, "users")
        # Identities, id and created_at are not stored by save(), as the port says.
        stored = data.users[user.id]
        stored.display_name = user.display_name
        stored.timezone = user.timezone
        stored.locale = user.locale
        stored.reachable = user.reachable
        stored.preferences = dict(user.preferences)
        stored.last_seen_at = user.last_seen_at

    async def delete(self, user_id: int) -> None:
        data = self._data()
        sessions = data.session_ids_of(user_id)
        data.users.pop(user_id, None)
        data.identities = {k: v for k, v in data.identities.items() if v != user_id}
        data.sessions = {k: s for k, s in data.sessions.items() if s.id not in sessions}
        data.bindings = {a: s for a, s in data.bindings.items() if s not in sessions}
        data.current = {
            k: s for k, s in data.current.items() if k[0] != user_id and s not in sessions
        }
        data.messages = {
            k: m
            for k, m in data.messages.items()
            if m.user_id != user_id and m.session_id not in sessions
        }
        data.feedback = {
            k: f
            for k, f in data.feedback.items()
            if f.user_id != user_id and f.session_id not in sessions
        }
        data.deliveries = {k: d for k, d in data.deliveries.items() if d.session_id not in sessions}
        data.handled_commands = {k: h for k, h in data.handled_commands.items() if h[0] != user_id}


class FakeSessionRepository(FakeRepository):
    """Implements `core.ports.SessionRepository`."""

    async def add(self, user_id: int, title: str, origin: Address, now: datetime) -> Session:
        data = self._data()
        require(data.users, user_id, "users")
        session = Session(
            id=data.next_id("sessions"),
            user_id=user_id,
            title=title,
            status=SessionStatus.ACTIVE,
            created_at=now,
            updated_at=now,
            origin=origin,
        )
        data.sessions[session.id] = session
        return deepcopy(session)

    async def get(self, session_id: int) -> Session | None:
        return deepcopy(self._data().sessions.get(session_id))

    async def list_for_user(self, user_id: int) -> list[Session]:
        sessions = self._data().sessions.values()
        return [deepcopy(s) for s in sorted(sessions, key=lambda s: s.id) if s.user_id == user_id]

    async def save(self, session: Session) -> None:
        data = self._data()
        require(data.sessions, session.id, "sessions")
        stored = data.sessions[session.id]
        data.sessions[session.id] = replace(
            deepcopy(session), user_id=stored.user_id, created_at=stored.created_at
        )

    async def bound_to(self, address: Address) -> Session | None:
        # bind() refuses thread-less addresses, so a chat address never finds a session.
        session_id = self._data().bindings.get(address)
        return None if session_id is None else await self.get(session_id)

    async def bind(self, address: Address, session_id: int) -> None:
        data = self._data()
        if address.thread_id is None:
            raise ValueError("only a thread address can be bound; use set_current for a chat")
        require(data.sessions, session_id, "sessions")
        data.bindings[address] = session_id

    async def unbind(self, address: Address) -> None:
        self._data().bindings.pop(address, None)

    async def current(self, user_id: int, chat: Address) -> Session | None:
        session_id = self._data().current.get((user_id, chat.platform, chat.chat_id))
        return None if session_id is None else await self.get(session_id)

    async def set_current(self, user_id: int, chat: Address, session_id: int) -> None:
        data = self._data()
        require(data.users, user_id, "users")
        require(data.sessions, session_id, "sessions")
        data.current[(user_id, chat.platform, chat.chat_id)] = session_id

    async def claim_due(self, now: datetime, limit: int) -> list[Session]:
        due = [
            s
            for s in self._data().sessions.values()
            if s.followup.enabled
            and s.status is SessionStatus.ACTIVE
            and s.followup.next_at is not None
            and s.followup.next_at <= now
        ]
        due.sort(key=lambda s: (s.followup.next_at, s.id))
        return [deepcopy(s) for s in due[:limit]]


class FakeFeedbackRepository(FakeRepository):
    """Implements `core.ports.FeedbackRepository`; feedback rows are frozen, so not copied."""

    async def add(
        self,
        *,
        message_id: int,
        session_id: int,
        user_id: int,
        kind: FeedbackKind,
        now: datetime,
    ) -> Feedback:
        data = self._data()
        require(data.messages, message_id, "messages")
        require(data.sessions, session_id, "sessions")
        require(data.users, user_id, "users")
        feedback = Feedback(data.next_id("feedback"), message_id, session_id, user_id, kind, now)
        data.feedback[feedback.id] = feedback
        return feedback

    async def active_rating(self, message_id: int, user_id: int) -> Feedback | None:
        ratings = [
            f
            for f in self._data().feedback.values()
            if f.message_id == message_id
            and f.user_id == user_id
            and f.active
            and f.kind in (FeedbackKind.LIKE, FeedbackKind.DISLIKE)
        ]
        return max(ratings, key=lambda f: f.id, default=None)

    async def deactivate(self, feedback_id: int) -> None:
        data = self._data()
        require(data.feedback, feedback_id, "feedback")
        data.feedback[feedback_id] = replace(data.feedback[feedback_id], active=False)

    async def list_for_user(self, user_id: int) -> list[Feedback]:
        return sorted(
            (f for f in self._data().feedback.values() if f.user_id == user_id),
            key=lambda f: f.id,
        )


class FakeDeliveryRepository(FakeRepository):
    """Implements `core.ports.DeliveryRepository`; unique per (session, local date)."""

    async def add(
        self, session_id: int, local_date: date, status: DeliveryStatus, now: datetime
    ) -> FollowUpDelivery | None:
        data = self._data()
        require(data.sessions, session_id, "sessions")
        if any(
            d.session_id == session_id and d.local_date == local_date
            for d in data.deliveries.values()
        ):
            return None
        delivery = FollowUpDelivery(data.next_id("deliveries"), session_id, local_date, status, now)
        data.deliveries[delivery.id] = delivery
        return delivery

    async def update(
        self,
        delivery_id: int,
        status: DeliveryStatus,
        *,
        message_id: int | None = None,
        error: str | None = None,
    ) -> None:
        data = self._data()
        require(data.deliveries, delivery_id, "deliveries")
        if message_id is not None:
            require(data.messages, message_id, "messages")
        delivery = data.deliveries[delivery_id]
        data.deliveries[delivery_id] = replace(
            delivery, status=status, message_id=message_id, error=error
        )

    async def take_over(
        self, claimed_before: datetime, now: datetime, limit: int
    ) -> list[FollowUpDelivery]:
        data = self._data()
        abandoned = sorted(
            (
                d
                for d in data.deliveries.values()
                if d.status is DeliveryStatus.PENDING and d.created_at < claimed_before
            ),
            key=lambda d: (d.created_at, d.id),
        )[:limit]
        for delivery in abandoned:
            data.deliveries[delivery.id] = replace(delivery, created_at=now)
        return sorted((data.deliveries[d.id] for d in abandoned), key=lambda d: d.id)

    async def list_for_user(self, user_id: int) -> list[FollowUpDelivery]:
        data = self._data()
        sessions = data.session_ids_of(user_id)
        return sorted(
            (d for d in data.deliveries.values() if d.session_id in sessions),
            key=lambda d: d.id,
        )


class FakeInboxRepository(FakeRepository):
    """Implements `core.ports.InboxRepository`; one row per (platform, update id)."""

    async def hold(self, platform: str, updates: Sequence[tuple[int, str]], now: datetime) -> None:
        for update_id, payload in updates:
            self._data().inbox.setdefault((platform, update_id), (payload, now))

    async def release(self, platform: str, update_id: int) -> None:
        self._data().inbox.pop((platform, update_id), None)

    async def held(self, platform: str, limit: int) -> list[tuple[int, str]]:
        inbox = self._data().inbox
        keys = sorted(key for key in inbox if key[0] == platform)[:limit]
        return [(update_id, inbox[platform, update_id][0]) for platform, update_id in keys]


class FakeSendSlotRepository(FakeRepository):
    """Implements `core.ports.SendSlotRepository`; (lane, key) -> free at, "" for the lane."""

    async def book(self, request: SlotRequest, now: float) -> Slot:
        slots = self._data().send_slots
        lane_free = slots.get((request.lane, ""), 0.0)
        paused = max(lane_free, request.not_before)
        earliest = max(now, request.not_before)
        keyed = request.key is not None and request.per_key > 0
        key_free = slots.get((request.lane, request.key or ""))
        if keyed and key_free is not None and key_free > earliest:
            slots[request.lane, ""] = paused
            return Slot(key_free, booked=False)
        slot = max(paused, earliest)
        slots[request.lane, ""] = slot + request.cost * request.interval
        if keyed:
            slots[request.lane, request.key or ""] = slot + request.cost * request.per_key
        return Slot(slot, booked=True)

    async def forget(self, before: float) -> int:
        slots = self._data().send_slots
        gone = [k for k, free in slots.items() if k[1] and free < before]
        for k in gone:
            del slots[k]
        return len(gone)


class FakeCommandLog(FakeRepository):
    """Implements `core.ports.CommandLog`; (platform, chat, message id) -> (user id, when)."""

    async def first_time(
        self, chat: Address, platform_message_id: str, user_id: int, now: datetime
    ) -> bool:
        handled = self._data().handled_commands
        key = (chat.platform, chat.chat_id, platform_message_id)
        if key in handled:
            return False
        handled[key] = (user_id, now)
        return True

    async def forget(self, before: datetime) -> int:
        handled = self._data().handled_commands
        gone = [key for key, (_, when) in handled.items() if when < before]
        for key in gone:
            del handled[key]
        return len(gone)
