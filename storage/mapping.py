"""Conversions between table rows and the core's domain objects (and their JSON columns)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from sqlalchemy.engine import Row

from core.domain import (
    Address,
    ConversationState,
    DeliveryStatus,
    Feedback,
    FeedbackKind,
    FollowUpDelivery,
    FollowUpSettings,
    Message,
    MessageMeta,
    PlatformUser,
    Role,
    SafetyLevel,
    Session,
    SessionStatus,
    StyleRecord,
    User,
)

DbRow = Row[*tuple[Any, ...]]
"""A result row of one of the tables; columns are read by name (`row.title`)."""

NO_THREAD = ""
"""Stored for "no thread" where the thread id is part of a key (NULLs never collide in SQL)."""


_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls))
    return names


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """The keys of `data` that `cls` has fields for: rows written by newer code still load."""
    names = _field_names(cls)
    if all(key in names for key in data):
        return data
    return {k: v for k, v in data.items() if k in names}


def _fields_of(obj: Any) -> dict[str, Any]:
    """A dataclass's fields by name, values as they are (not copied, unlike `asdict`).

    The JSON-ready dicts built from it share the object's lists and dicts; they are handed
    straight to a statement, which serialises them at once. Copying them first, as `asdict`
    does, cost as much again as the serialisation, twice a coaching turn.
    """
    return {name: getattr(obj, name) for name in _field_names(type(obj))}


def state_to_json(state: ConversationState) -> dict[str, Any]:
    """The conversation state as a JSON-ready dict (style records become nested dicts)."""
    data = _fields_of(state)
    data["styles"] = {name: _fields_of(record) for name, record in state.styles.items()}
    return data


def state_from_json(data: dict[str, Any] | None) -> ConversationState:
    """Rebuilds a conversation state, its style records included."""
    values = dict(_known(ConversationState, data or {}))
    styles = values.pop("styles", None) or {}
    state = ConversationState(**values)
    state.styles = {
        name: StyleRecord(**_known(StyleRecord, record)) for name, record in styles.items()
    }
    return state


def meta_to_json(meta: MessageMeta) -> dict[str, Any]:
    """A message's metadata as a JSON-ready dict (its lists are strings)."""
    return _fields_of(meta)


def meta_from_json(data: dict[str, Any] | None) -> MessageMeta:
    """Rebuilds a message's metadata."""
    return MessageMeta(**_known(MessageMeta, data or {}))


def user_from_rows(rows: Sequence[DbRow]) -> User:
    """A domain user from rows of its columns, one per identity (platform, platform_user_id)."""
    row = rows[0]
    return User(
        id=row.id,
        display_name=row.display_name,
        created_at=row.created_at,
        last_seen_at=row.last_seen_at,
        timezone=row.timezone,
        locale=row.locale,
        reachable=row.reachable,
        preferences={str(k): float(v) for k, v in (row.preferences or {}).items()},
        identities=[
            PlatformUser(r.platform, r.platform_user_id) for r in rows if r.platform is not None
        ],
    )


def session_from_row(row: DbRow) -> Session:
    """A domain session from its row."""
    return Session(
        id=row.id,
        user_id=row.user_id,
        title=row.title,
        status=SessionStatus(row.status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        origin=Address(row.origin_platform, row.origin_chat_id, row.origin_thread_id),
        primary_topic=row.primary_topic,
        summary_text=row.summary_text,
        next_plan_text=row.next_plan_text,
        summary_updated_at=row.summary_updated_at,
        summary_message_count=row.summary_message_count,
        user_message_count=row.user_message_count,
        coach_message_count=row.coach_message_count,
        followup=FollowUpSettings(
            enabled=row.followup_enabled,
            local_time=row.followup_time,
            timezone=row.followup_timezone,
            next_at=row.next_followup_at,
            last_local_date=row.last_followup_date,
        ),
        state=state_from_json(row.state),
    )


def session_values(session: Session) -> dict[str, Any]:
    """The columns `SessionRepository.save` writes: everything but the id, owner and creation."""
    followup = session.followup
    return {
        "title": session.title,
        "status": session.status.value,
        "origin_platform": session.origin.platform,
        "origin_chat_id": session.origin.chat_id,
        "origin_thread_id": session.origin.thread_id,
        "primary_topic": session.primary_topic,
        "summary_text": session.summary_text,
        "next_plan_text": session.next_plan_text,
        "summary_updated_at": session.summary_updated_at,
        "summary_message_count": session.summary_message_count,
        "user_message_count": session.user_message_count,
        "coach_message_count": session.coach_message_count,
        "followup_enabled": followup.enabled,
        "followup_time": followup.local_time,
        "followup_timezone": followup.timezone,
        "next_followup_at": followup.next_at,
        "last_followup_date": followup.last_local_date,
        "state": state_to_json(session.state),
        "updated_at": session.updated_at,
    }


def session_row(session: Session) -> dict[str, Any]:
    """Every column of a new session's row; the id too when the session has one (bulk seeding)."""
    row = session_values(session) | {"user_id": session.user_id, "created_at": session.created_at}
    return row | {"id": session.id} if session.id else row


def message_from_row(row: DbRow) -> Message:
    """A domain message from its row."""
    address = None
    if row.platform is not None and row.chat_id is not None:
        address = Address(row.platform, row.chat_id, row.thread_id)
    return Message(
        id=row.id,
        session_id=row.session_id,
        user_id=row.user_id,
        role=Role(row.role),
        text=row.text,
        created_at=row.created_at,
        safety=SafetyLevel(row.safety),
        meta=meta_from_json(row.meta),
        reply_to_id=row.reply_to_id,
        regenerated_from_id=row.regenerated_from_id,
        address=address,
        platform_message_id=row.platform_message_id,
    )


def feedback_from_row(row: DbRow) -> Feedback:
    """A domain feedback from its row."""
    return Feedback(
        id=row.id,
        message_id=row.message_id,
        session_id=row.session_id,
        user_id=row.user_id,
        kind=FeedbackKind(row.kind),
        created_at=row.created_at,
        active=row.active,
    )


def delivery_from_row(row: DbRow) -> FollowUpDelivery:
    """A domain follow-up delivery from its row."""
    return FollowUpDelivery(
        id=row.id,
        session_id=row.session_id,
        local_date=row.local_date,
        status=DeliveryStatus(row.status),
        created_at=row.created_at,
        message_id=row.message_id,
        error=row.error,
    )
