"""The unit of work: one connection and one transaction per `async with`."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy.ext.asyncio import AsyncEngine

from core.ports import (
    CommandLog,
    DeliveryRepository,
    FeedbackRepository,
    InboxRepository,
    MessageRepository,
    SendSlotRepository,
    SessionRepository,
    StatsRepository,
    UserRepository,
)
from storage.repositories import (
    SqlAlchemyCommandLog,
    SqlAlchemyDeliveryRepository,
    SqlAlchemyFeedbackRepository,
    SqlAlchemyInboxRepository,
    SqlAlchemyMessageRepository,
    SqlAlchemySendSlotRepository,
    SqlAlchemySessionRepository,
    SqlAlchemyStatsRepository,
    SqlAlchemyUserRepository,
)
from storage.repositories.base import UnitConnection


class SqlAlchemyUnitOfWork:
    """UnitOfWork on SQLAlchemy: leaving the block without `commit()` rolls back.

    Each instance takes a connection from the pool at its first statement and gives it back
    on exit, so a unit of work is never shared between tasks; make a new one (through the
    factory) for every use. Do not open a unit of work while another is open in the same
    task: on SQLite both would wait for the one connection. Keep network calls (platform
    APIs, LLMs) outside the block.
    """

    users: UserRepository
    sessions: SessionRepository
    messages: MessageRepository
    feedback: FeedbackRepository
    deliveries: DeliveryRepository
    stats: StatsRepository
    inbox: InboxRepository
    send_slots: SendSlotRepository
    command_log: CommandLog

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._connection: UnitConnection | None = None

    async def __aenter__(self) -> Self:
        """Opens the unit; the transaction begins with the first statement."""
        if self._connection is not None:
            raise RuntimeError("this unit of work is open already; make a new one per use")
        self._connection = connection = UnitConnection(self._engine)
        self.users = SqlAlchemyUserRepository(connection)
        self.sessions = SqlAlchemySessionRepository(connection)
        self.messages = SqlAlchemyMessageRepository(connection)
        self.feedback = SqlAlchemyFeedbackRepository(connection)
        self.deliveries = SqlAlchemyDeliveryRepository(connection)
        self.stats = SqlAlchemyStatsRepository(connection)
        self.inbox = SqlAlchemyInboxRepository(connection)
        self.send_slots = SqlAlchemySendSlotRepository(connection)
        self.command_log = SqlAlchemyCommandLog(connection)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Rolls back what was not committed and gives the connection back to the pool."""
        connection, self._connection = self._connection, None
        if connection is not None:
            await connection.close()

    async def commit(self) -> None:
        """Commits the transaction; the unit of work can go on with a new one."""
        await self._open().commit()

    async def rollback(self) -> None:
        """Discards the transaction's changes."""
        await self._open().rollback()

    def _open(self) -> UnitConnection:
        if self._connection is None:
            raise RuntimeError("unit of work used outside `async with`")
        return self._connection


def unit_of_work_factory(engine: AsyncEngine) -> Callable[[], SqlAlchemyUnitOfWork]:
    """A factory of units of work on `engine` (what the core calls `UnitOfWorkFactory`)."""

    def make() -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(engine)

    return make
