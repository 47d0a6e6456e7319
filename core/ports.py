"""The core's ports: the unit of work with its repositories, the clock and the messenger."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import Protocol, Self

from core.domain import (
    Address,
    DeliveryStatus,
    Feedback,
    FeedbackKind,
    FollowUpDelivery,
    Message,
    MessageMeta,
    PlatformUser,
    Role,
    SafetyLevel,
    Session,
    UsageStats,
    User,
)
from core.replies import CheckIn, Sent


class DuplicateMessage(Exception):
    """An incoming platform message was stored already (a redelivered update)."""


class ModelUnavailable(Exception):
    """The language model did not answer in time, or answered with an error."""


class RecipientUnreachable(Exception):
    """The platform says the person blocked the bot or cannot be messaged."""


class DeliveryFailed(Exception):
    """A message could not be delivered for a reason that may pass."""


class UserRepository(Protocol):
    async def get(self, user_id: int) -> User | None: ...
    async def by_identity(self, identity: PlatformUser) -> User | None: ...
    async def add(
        self, identity: PlatformUser, display_name: str | None, now: datetime
    ) -> User: ...
    async def save(self, user: User) -> None:
        """Stores display name, timezone, locale, reachable, preferences and last seen."""
        ...

    async def delete(self, user_id: int) -> None:
        """Deletes the person and everything of theirs (sessions, messages, feedback...)."""
        ...


class SessionRepository(Protocol):
    async def add(self, user_id: int, title: str, origin: Address, now: datetime) -> Session: ...
    async def get(self, session_id: int) -> Session | None: ...
    async def list_for_user(self, user_id: int) -> list[Session]:
        """Oldest first."""
        ...

    async def save(self, session: Session) -> None:
        """Stores every mutable field, the follow-up settings and the conversation state."""
        ...

    async def bound_to(self, address: Address) -> Session | None:
        """The session bound to a thread address."""
        ...

    async def bind(self, address: Address, session_id: int) -> None: ...
    async def unbind(self, address: Address) -> None: ...
    async def current(self, user_id: int, chat: Address) -> Session | None:
        """The person's current session in a chat (the thread part of `chat` is ignored)."""
        ...

    async def set_current(self, user_id: int, chat: Address, session_id: int) -> None: ...
    async def claim_due(self, now: datetime, limit: int) -> list[Session]:
        """Sessions whose check-in is due, locked for this unit of work where the store can."""
        ...


class MessageRepository(Protocol):
    async def add(
        self,
        *,
        session_id: int,
        user_id: int,
        role: Role,
        text: str,
        now: datetime,
        safety: SafetyLevel = SafetyLevel.NONE,
        meta: MessageMeta | None = None,
        reply_to_id: int | None = None,
        regenerated_from_id: int | None = None,
        address: Address | None = None,
        platform_message_id: str | None = None,
    ) -> Message:
        """Raises DuplicateMessage when (platform, chat, platform message id) exists."""
        ...

    async def get(self, message_id: int) -> Message | None: ...
    async def by_platform_ref(
        self, address: Address, platform_message_id: str
    ) -> Message | None: ...
    async def set_platform_ref(
        self, message_id: int, address: Address, platform_message_id: str
    ) -> None: ...
    async def revise(self, message_id: int, text: str, meta: MessageMeta) -> None:
        """Replaces a stored message's text and metadata (a model's rewrite of a draft)."""
        ...

    async def recent(self, session_id: int, limit: int) -> list[Message]:
        """The session's last `limit` messages, oldest first."""
        ...

    async def replies_to(self, user_message_id: int) -> list[Message]:
        """Coach replies to a user message, oldest first."""
        ...

    async def claim_answer(self, user_message_id: int) -> bool:
        """Whether a user message still waits for its reply, holding it for this unit of work
        where the store can lock rows, so two deliveries of one update never both answer it."""
        ...

    async def list_for_user(self, user_id: int) -> list[Message]: ...
    async def delete(self, message_id: int) -> None: ...


class FeedbackRepository(Protocol):
    async def add(
        self,
        *,
        message_id: int,
        session_id: int,
        user_id: int,
        kind: FeedbackKind,
        now: datetime,
    ) -> Feedback: ...
    async def active_rating(self, message_id: int, user_id: int) -> Feedback | None:
        """The like or dislike currently in force on a message, if any."""
        ...

    async def deactivate(self, feedback_id: int) -> None: ...
    async def list_for_user(self, user_id: int) -> list[Feedback]: ...


class DeliveryRepository(Protocol):
    async def add(
        self, session_id: int, local_date: date, status: DeliveryStatus, now: datetime
    ) -> FollowUpDelivery | None:
        """None when the session already has a delivery for that local date."""
        ...

    async def update(
        self,
        delivery_id: int,
        status: DeliveryStatus,
        *,
        message_id: int | None = None,
        error: str | None = None,
    ) -> None: ...
    async def take_over(
        self, claimed_before: datetime, now: datetime, limit: int
    ) -> list[FollowUpDelivery]:
        """Abandoned claims: pending deliveries claimed before `claimed_before`, in id order.

        At most `limit`, the oldest claims first; each is claimed anew at `now` (its
        `created_at`), so no other sweep takes it over again. Rows another unit of work is
        taking over are skipped, as in `SessionRepository.claim_due`. A delivery stays pending
        until its outcome is recorded together with the sent message, so none of these was
        recorded as sent; `message_id` names the check-in stored for it, if one was.
        """
        ...

    async def list_for_user(self, user_id: int) -> list[FollowUpDelivery]: ...


class StatsRepository(Protocol):
    async def usage(self, now: datetime, days: int) -> UsageStats:
        """Counts for admins.

        People, sessions by status and top topics count all time; active people are those who
        wrote in the 1 / 7 / 30 days before `now`; everything else covers the last `days` UTC
        days, today included.
        """
        ...


class InboxRepository(Protocol):
    """Platform updates taken from the platform and not yet handled.

    A platform that confirms an update once the bot has it (Telegram does, before the bot has
    answered) would lose it to a crash; held here first, it is replayed at the next start.
    """

    async def hold(self, platform: str, updates: Sequence[tuple[int, str]], now: datetime) -> None:
        """Keeps updates, given as (update id, payload); one held already stays as it was."""
        ...

    async def release(self, platform: str, update_id: int) -> None:
        """Drops a handled update (its messages are stored by then)."""
        ...

    async def held(self, platform: str, limit: int) -> list[tuple[int, str]]:
        """The oldest held updates as (update id, payload), in update id order."""
        ...


class CommandLog(Protocol):
    """Commands that ran, by the platform message that carried them, so that a platform's
    redelivery (or a replay after a crash) of a command does not run it twice."""

    async def first_time(
        self, chat: Address, platform_message_id: str, user_id: int, now: datetime
    ) -> bool:
        """Notes the command; False if it was noted before (a redelivery)."""
        ...

    async def forget(self, before: datetime) -> int:
        """Drops the commands handled before `before`; how many."""
        ...


@dataclass(frozen=True, slots=True)
class SlotRequest:
    """A call asking for a send slot on a lane: one platform account's shared rate limit."""

    lane: str
    """The account, e.g. "telegram 9f86d081884c7d65" (a digest of its token): its limit counts
    every process's calls."""
    key: str | None
    """The chat, for a limit per chat (Telegram: one message a second); None for none."""
    cost: int
    """How many slots the call takes (a long text goes as several messages)."""
    interval: float
    """Seconds between two slots of the lane: 1 / its rate."""
    per_key: float
    """Seconds the key's next call waits after each slot of this one; 0 for no key limit."""
    not_before: float
    """No slot of the lane before this (the platform asked everyone to wait); 0 for none."""


@dataclass(frozen=True, slots=True)
class Slot:
    """When a call may go, in seconds since the epoch, and whether that slot is now its own.

    Not booked when its key is still waiting: `at` is when the key is free, and the call asks
    again then, so the lane's slots meanwhile go to other chats instead of standing empty.
    """

    at: float
    booked: bool


class SendSlotRepository(Protocol):
    """Send slots shared by every process that sends with one platform account.

    A platform counts a bot's messages from all its processes together, so the processes
    book each call's slot here, one unit of work each, and together stay under the limit.
    """

    async def book(self, request: SlotRequest, now: float) -> Slot:
        """The first slot of the lane at or after `now`, `request.not_before` and the key's
        next free time, booked unless the key is the one still waiting (see `Slot`)."""
        ...

    async def forget(self, before: float) -> int:
        """Drops the keys free again since before `before`; how many."""
        ...


class UnitOfWork(Protocol):
    """One transaction; leaving the block without `commit()` rolls back."""

    users: UserRepository
    sessions: SessionRepository
    messages: MessageRepository
    feedback: FeedbackRepository
    deliveries: DeliveryRepository
    stats: StatsRepository
    inbox: InboxRepository
    send_slots: SendSlotRepository
    command_log: CommandLog

    async def __aenter__(self) -> Self: ...
    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    async def commit(self) -> None: ...
    async def rollback(self) -> None: ...


UnitOfWorkFactory = Callable[[], UnitOfWork]


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...


class Charts(Protocol):
    """Draws pictures as PNG bytes; slow (tens of milliseconds), so called off the event loop."""

    def usage(self, stats: UsageStats) -> bytes:
        """Messages a day, active people and the 👍 / 👎 ratio over the stats window."""
        ...

    def progress(self, sessions: list[Session]) -> bytes:
        """A person's sessions: mood over time and the topics worked on."""
        ...


class ChatModel(Protocol):
    async def complete(self, messages: list[dict[str, str]]) -> str:
        """The model's answer to chat messages ({"role", "content"}); raises ModelUnavailable."""
        ...


class Messenger(Protocol):
    async def send_checkin(self, checkin: CheckIn) -> Sent | None:
        """Delivers a check-in DM; returns where it went, if the platform gives it an id.

        Raises RecipientUnreachable or DeliveryFailed.
        """
        ...
