"""Domain objects, enums and errors of Amora's core."""

from core.domain.analysis import Analysis
from core.domain.enums import (
    EMOTIONS,
    TOPICS,
    BlockKind,
    DeliveryStatus,
    FeedbackKind,
    Role,
    SafetyLevel,
    SessionStatus,
    Stage,
    Style,
)
from core.domain.model import (
    Address,
    ConversationState,
    Feedback,
    FollowUpDelivery,
    FollowUpSettings,
    Message,
    MessageMeta,
    PlatformUser,
    Session,
    StyleRecord,
    User,
)
from core.domain.stats import UsageStats

__all__ = [
    "EMOTIONS",
    "TOPICS",
    "Address",
    "Analysis",
    "BlockKind",
    "ConversationState",
    "DeliveryStatus",
    "Feedback",
    "FeedbackKind",
    "FollowUpDelivery",
    "FollowUpSettings",
    "Message",
    "MessageMeta",
    "PlatformUser",
    "Role",
    "SafetyLevel",
    "Session",
    "SessionStatus",
    "Stage",
    "Style",
    "StyleRecord",
    "UsageStats",
    "User",
]
