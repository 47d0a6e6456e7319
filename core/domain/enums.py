"""The small closed vocabularies every layer shares."""

from __future__ import annotations

from enum import StrEnum


class SessionStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"


class Role(StrEnum):
    USER = "user"
    COACH = "coach"
    FOLLOWUP = "followup"
    SYSTEM = "system"


class FeedbackKind(StrEnum):
    LIKE = "like"
    DISLIKE = "dislike"
    REGENERATE = "regenerate"


class SafetyLevel(StrEnum):
    NONE = "none"
    CONCERN = "concern"
    CRISIS = "crisis"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"


class Stage(StrEnum):
    EXPLORE = "explore"
    UNDERSTAND = "understand"
    PLAN = "plan"
    ACT = "act"
    REFLECT = "reflect"

    def next(self) -> Stage:
        """The stage after this one; reflect is the last."""
        order = list(Stage)
        return order[min(order.index(self) + 1, len(order) - 1)]


class Style(StrEnum):
    GENTLE = "gentle"
    DIRECT = "direct"
    REFLECTIVE = "reflective"
    ENCOURAGING = "encouraging"


class BlockKind(StrEnum):
    VALIDATION = "validation"
    REFLECTION = "reflection"
    INSIGHT = "insight"
    QUESTION = "question"
    EXERCISE = "exercise"
    SUMMARY = "summary"
    FOLLOW_UP = "follow_up"


TOPICS: tuple[str, ...] = (
    "communication",
    "conflict",
    "trust_jealousy",
    "infidelity",
    "breakup",
    "dating",
    "long_distance",
    "intimacy",
    "commitment",
    "family",
    "boundaries",
    "self_worth",
    "loneliness",
    "growing_apart",
    "co_parenting",
)
"""The fifteen topic ids used in storage, block tags and `amora analyze`."""

EMOTIONS: tuple[str, ...] = (
    "sadness",
    "anger",
    "fear",
    "anxiety",
    "shame",
    "guilt",
    "loneliness",
    "hurt",
    "confusion",
    "hope",
    "gratitude",
    "joy",
    "love",
    "frustration",
    "jealousy",
    "numbness",
)
"""The emotions the analyser names and blocks are tagged with."""
