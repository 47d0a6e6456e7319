"""Domain objects: people, sessions, messages, feedback and check-in deliveries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from core.domain.enums import DeliveryStatus, FeedbackKind, Role, SafetyLevel, SessionStatus


@dataclass(frozen=True, slots=True)
class Address:
    """Where a conversation happens: a platform, a chat and optionally a thread in it."""

    platform: str
    chat_id: str
    thread_id: str | None = None

    @property
    def chat(self) -> Address:
        """The same chat without the thread."""
        return Address(self.platform, self.chat_id, None)


@dataclass(frozen=True, slots=True)
class PlatformUser:
    """A person as one platform knows them."""

    platform: str
    user_id: str

    def __str__(self) -> str:
        return f"{self.platform}:{self.user_id}"


@dataclass(slots=True)
class User:
    """A person, with the identities they use on each platform."""

    id: int
    display_name: str | None
    created_at: datetime
    last_seen_at: datetime
    timezone: str | None = None
    locale: str | None = None
    reachable: bool = True
    preferences: dict[str, float] = field(default_factory=dict)
    """Learned preference weights, keyed "style:<style>" and "kind:<block kind>"."""
    identities: list[PlatformUser] = field(default_factory=list)

    def identity_on(self, platform: str) -> PlatformUser | None:
        """This person's identity on a platform, if they have one."""
        return next((i for i in self.identities if i.platform == platform), None)


@dataclass(slots=True)
class StyleRecord:
    """How often a response style was used in a session and how it was received."""

    used: int = 0
    likes: int = 0
    dislikes: int = 0


@dataclass(slots=True)
class ConversationState:
    """Per-session memory of the coaching engine; never shared between sessions."""

    topic_history: list[str] = field(default_factory=list)
    """Primary topic of each user message, oldest first (capped)."""
    topic_turns: dict[str, int] = field(default_factory=dict)
    stages: dict[str, str] = field(default_factory=dict)
    """Stage per topic id."""
    recent_blocks: list[str] = field(default_factory=list)
    """Block ids used most recently, oldest first (capped to the recent window)."""
    styles: dict[str, StyleRecord] = field(default_factory=dict)
    emotions: dict[str, int] = field(default_factory=dict)
    """How often each emotion was named in the session."""
    offered: list[str] = field(default_factory=list)
    """Ids of exercise blocks offered, oldest first (capped)."""
    decisions: list[str] = field(default_factory=list)
    """Intentions the person stated, oldest first (capped)."""
    mood: list[float] = field(default_factory=list)
    """Per user message: valence from -1 (distress) to 1 (hope), oldest first (capped)."""
    partner_word: str | None = None
    """The words the person uses for their partner in this session, e.g. "my wife"."""
    concern: bool = False
    """The person described abuse or coercive control here: no partner work is suggested."""


@dataclass(slots=True)
class FollowUpSettings:
    """A session's daily check-in: the local time, the zone and when it is next due."""

    enabled: bool = False
    local_time: str | None = None
    """"HH:MM" in the zone below."""
    timezone: str | None = None
    next_at: datetime | None = None
    """Next check-in in UTC; None when disabled or not due (paused, unreachable)."""
    last_local_date: date | None = None


@dataclass(slots=True)
class Session:
    """A named coaching session owned by one person."""

    id: int
    user_id: int
    title: str
    status: SessionStatus
    created_at: datetime
    updated_at: datetime
    origin: Address
    """Where the session was opened; check-ins link back to it."""
    primary_topic: str | None = None
    summary_text: str | None = None
    next_plan_text: str | None = None
    summary_updated_at: datetime | None = None
    summary_message_count: int = 0
    """The user-message count when the summary was last refreshed."""
    user_message_count: int = 0
    coach_message_count: int = 0
    followup: FollowUpSettings = field(default_factory=FollowUpSettings)
    state: ConversationState = field(default_factory=ConversationState)


@dataclass(slots=True)
class MessageMeta:
    """What the engine knew and did for a message."""

    topics: list[str] = field(default_factory=list)
    emotions: list[str] = field(default_factory=list)
    intensity: float = 0.0
    stage: str | None = None
    style: str | None = None
    block_ids: list[str] = field(default_factory=list)
    engine: str | None = None
    """"blocks", "llm" or "safety" for coach replies."""
    fallback: str | None = None
    """Why the language model's answer was not used ("timeout", "error", "empty"), if so."""


@dataclass(slots=True)
class Message:
    """One stored message of a session."""

    id: int
    session_id: int
    user_id: int
    role: Role
    text: str
    created_at: datetime
    safety: SafetyLevel = SafetyLevel.NONE
    meta: MessageMeta = field(default_factory=MessageMeta)
    reply_to_id: int | None = None
    """For coach replies: the user message answered."""
    regenerated_from_id: int | None = None
    """For regenerated replies: the coach message this one replaces."""
    address: Address | None = None
    platform_message_id: str | None = None


@dataclass(frozen=True, slots=True)
class Feedback:
    """A like, dislike or regenerate on a coach message."""

    id: int
    message_id: int
    session_id: int
    user_id: int
    kind: FeedbackKind
    created_at: datetime
    active: bool = True
    """Like and dislike on one message replace each other; the replaced one stays as history."""


@dataclass(frozen=True, slots=True)
class FollowUpDelivery:
    """One check-in of one session on one local date; unique per (session, local date)."""

    id: int
    session_id: int
    local_date: date
    status: DeliveryStatus
    created_at: datetime
    message_id: int | None = None
    error: str | None = None
