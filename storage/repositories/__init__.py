"""Repositories implementing the core's ports, one module per aggregate."""

from storage.repositories.command_log import SqlAlchemyCommandLog
from storage.repositories.deliveries import SqlAlchemyDeliveryRepository
from storage.repositories.feedback import SqlAlchemyFeedbackRepository
from storage.repositories.inbox import SqlAlchemyInboxRepository
from storage.repositories.messages import SqlAlchemyMessageRepository
from storage.repositories.send_slots import SqlAlchemySendSlotRepository
from storage.repositories.sessions import SqlAlchemySessionRepository
from storage.repositories.stats import SqlAlchemyStatsRepository
from storage.repositories.users import SqlAlchemyUserRepository

__all__ = [
    "SqlAlchemyCommandLog",
    "SqlAlchemyDeliveryRepository",
    "SqlAlchemyFeedbackRepository",
    "SqlAlchemyInboxRepository",
    "SqlAlchemyMessageRepository",
    "SqlAlchemySendSlotRepository",
    "SqlAlchemySessionRepository",
    "SqlAlchemyStatsRepository",
    "SqlAlchemyUserRepository",
]
