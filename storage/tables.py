"""The tables, declared once with the ORM; migrations create them and repositories query them."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    Double,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    literal_column,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from core.domain import DeliveryStatus, FeedbackKind, Role, SafetyLevel, SessionStatus
from storage.types import UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Deterministic constraint names, so later migrations (and SQLite batch mode) can name them."""

Id = BigInteger().with_variant(Integer(), "sqlite")
"""64-bit ids on PostgreSQL; on SQLite only INTEGER PRIMARY KEY is the auto-incrementing rowid."""

NO_REUSE = {"sqlite_autoincrement": True}
"""SQLite would reuse the largest id after a delete; a forgotten person's ids stay unused."""


def _one_of(column: str, values: type[StrEnum]) -> str:
    allowed = ", ".join(f"'{v.value}'" for v in values)
    return f"{column} IN ({allowed})"


class Base(DeclarativeBase):
    """Declarative base with Amora's naming convention and column types."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
    }


def _cascade(target: str) -> Any:
    return ForeignKey(target, ondelete="CASCADE")


class UserRow(Base):
    """A person."""

    __tablename__ = "users"
    __table_args__ = NO_REUSE

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    display_name: Mapped[str | None] = mapped_column(String(200))
    timezone: Mapped[str | None] = mapped_column(String(64))
    locale: Mapped[str | None] = mapped_column(String(35))
    reachable: Mapped[bool]
    preferences: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]


class IdentityRow(Base):
    """One platform's id for a person."""

    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("platform", "platform_user_id"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    user_id: Mapped[int] = mapped_column(Id, _cascade("users.id"), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    platform_user_id: Mapped[str] = mapped_column(String(64))


class SessionRow(Base):
    """A coaching session with its follow-up settings and conversation state."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint(_one_of("status", SessionStatus), name="status"),
        # Serves claim_due: only sessions that can fall due are in it, ordered by due time.
        Index(
            "ix_sessions_followup_due",
            "next_followup_at",
            postgresql_where=literal_column("followup_enabled AND status = 'active'"),
            sqlite_where=literal_column("followup_enabled = 1 AND status = 'active'"),
        ),
        NO_REUSE,
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    user_id: Mapped[int] = mapped_column(Id, _cascade("users.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))
    origin_platform: Mapped[str] = mapped_column(String(32))
    origin_chat_id: Mapped[str] = mapped_column(String(64))
    origin_thread_id: Mapped[str | None] = mapped_column(String(64))
    primary_topic: Mapped[str | None] = mapped_column(String(32))
    summary_text: Mapped[str | None] = mapped_column(Text)
    next_plan_text: Mapped[str | None] = mapped_column(Text)
    summary_updated_at: Mapped[datetime | None]
    summary_message_count: Mapped[int]
    user_message_count: Mapped[int]
    coach_message_count: Mapped[int]
    followup_enabled: Mapped[bool]
    followup_time: Mapped[str | None] = mapped_column(String(5))
    followup_timezone: Mapped[str | None] = mapped_column(String(64))
    next_followup_at: Mapped[datetime | None]
    last_followup_date: Mapped[date | None] = mapped_column(Date)
    state: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ThreadBindingRow(Base):
    """A thread (platform, chat, thread) bound to a session; "" stands for "no thread"."""

    __tablename__ = "thread_bindings"

    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    chat_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    thread_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[int] = mapped_column(Id, _cascade("sessions.id"), index=True)


class CurrentSessionRow(Base):
    """A person's current session in a chat without threads."""

    __tablename__ = "current_sessions"

    user_id: Mapped[int] = mapped_column(Id, _cascade("users.id"), primary_key=True)
    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    chat_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[int] = mapped_column(Id, _cascade("sessions.id"), index=True)


class MessageRow(Base):
    """One message of a session, with the platform message it was received or sent as."""

    __tablename__ = "messages"
    __table_args__ = (
        CheckConstraint(_one_of("role", Role), name="role"),
        CheckConstraint(_one_of("safety", SafetyLevel), name="safety"),
        # NULL platform_message_id is allowed any number of times on both databases.
        UniqueConstraint("platform", "chat_id", "platform_message_id"),
        Index("ix_messages_session_id_id", "session_id", "id"),
        Index("ix_messages_role_created_at", "role", "created_at"),
        NO_REUSE,
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    session_id: Mapped[int] = mapped_column(Id, _cascade("sessions.id"))
    user_id: Mapped[int] = mapped_column(Id, _cascade("users.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    safety: Mapped[str] = mapped_column(String(16))
    meta: Mapped[dict[str, Any]]
    reply_to_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("messages.id", ondelete="SET NULL"), index=True
    )
    regenerated_from_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("messages.id", ondelete="SET NULL"), index=True
    )
    platform: Mapped[str | None] = mapped_column(String(32))
    chat_id: Mapped[str | None] = mapped_column(String(64))
    thread_id: Mapped[str | None] = mapped_column(String(64))
    platform_message_id: Mapped[str | None] = mapped_column(String(64))


class FeedbackRow(Base):
    """A like, dislike or regenerate on a coach message."""

    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint(_one_of("kind", FeedbackKind), name="kind"),
        Index("ix_feedback_message_id_user_id", "message_id", "user_id"),
        NO_REUSE,
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    message_id: Mapped[int] = mapped_column(Id, _cascade("messages.id"))
    session_id: Mapped[int] = mapped_column(Id, _cascade("sessions.id"), index=True)
    user_id: Mapped[int] = mapped_column(Id, _cascade("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool]
    created_at: Mapped[datetime]


class DeliveryRow(Base):
    """One check-in of one session on one local date."""

    __tablename__ = "followup_deliveries"
    __table_args__ = (
        CheckConstraint(_one_of("status", DeliveryStatus), name="status"),
        UniqueConstraint("session_id", "local_date"),
        # Serves take_over: only pending deliveries are in it, by claim time; take_over repeats
        # the predicate as a literal so that both planners can tell the index applies.
        Index(
            "ix_followup_deliveries_pending",
            "created_at",
            postgresql_where=literal_column("status = 'pending'"),
            sqlite_where=literal_column("status = 'pending'"),
        ),
        NO_REUSE,
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    session_id: Mapped[int] = mapped_column(Id, _cascade("sessions.id"))
    local_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    message_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("messages.id", ondelete="SET NULL"), index=True
    )
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    """When a sweep claimed the delivery: set by the claim, set again when a later sweep takes
    over a claim whose sweep stopped before sending (see `DeliveryRepository.take_over`)."""


class InboxRow(Base):
    """A platform update taken from the platform but not yet handled (see `InboxRepository`).

    It holds the update as the platform sent it, person's words included, for the seconds
    between receiving and answering; a row left over from a crash is replayed at start-up.
    """

    __tablename__ = "inbox"

    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]


class HandledCommandRow(Base):
    """A command that ran, by the platform message that carried it (see `CommandLog`).

    Ids only, no text; dropped with the person, and by the sweep once no platform would
    deliver the message again.
    """

    __tablename__ = "handled_commands"
    __table_args__ = (Index("ix_handled_commands_handled_at", "handled_at"),)

    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    chat_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    platform_message_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(Id, _cascade("users.id"), index=True)
    handled_at: Mapped[datetime]


class SendSlotRow(Base):
    """When a platform account's lane, or one chat on it, may next be sent to.

    The row with an empty key is the lane: the next free slot under the account's overall
    rate, shared by every process. A row per chat holds when that chat may next get a
    message; the sweep drops those long past.
    """

    __tablename__ = "send_slots"

    lane: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    free_at: Mapped[float] = mapped_column(Double)
    """Seconds since the epoch."""


def table_of(row: type[Base]) -> Table:
    """The Core table of a mapped class; repositories query tables, not ORM entities."""
    table = row.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{row.__name__} is not mapped to a table")
    return table


# Repositories use Core statements on these: no ORM identity map to go stale, and about
# a tenth of a millisecond less per statement than ORM-enabled ones.
USERS = table_of(UserRow)
IDENTITIES = table_of(IdentityRow)
SESSIONS = table_of(SessionRow)
THREAD_BINDINGS = table_of(ThreadBindingRow)
CURRENT_SESSIONS = table_of(CurrentSessionRow)
MESSAGES = table_of(MessageRow)
FEEDBACK = table_of(FeedbackRow)
DELIVERIES = table_of(DeliveryRow)
INBOX = table_of(InboxRow)
SEND_SLOTS = table_of(SendSlotRow)
HANDLED_COMMANDS = table_of(HandledCommandRow)
