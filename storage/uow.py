"""The unit of work: one AsyncSession and one transaction per `async with`."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AsyncExitStack
from types import TracebackType
from typing import Self

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from core.ports import (
    DeliveryRepository,
    FeedbackRepository,
    MessageRepository,
    SessionRepository,
    StatsRepository,
    UserRepository,
)
from storage.repositories import (
    SqlAlchemyDeliveryRepository,
    SqlAlchemyFeedbackRepository,
    SqlAlchemyMessageRepository,
    SqlAlchemySessionRepository,
    SqlAlchemyStatsRepository,
    SqlAlchemyUserRepository,
)


class SqlAlchemyUnitOfWork:
    """UnitOfWork on SQLAlchemy: leaving the block without `commit()` rolls back.

    Each instance opens its own AsyncSession on entry and closes it on exit, so a unit of work
    is never shared between tasks; make a new one (through the factory) for every use. Do not
    open a unit of work while another is open in the same task: on SQLite both would wait for
    the one connection. Keep network calls (platform APIs, LLMs) outside the block.
    """

    users: UserRepository
    sessions: SessionRepository
    messages: MessageRepository
    feedback: FeedbackRepository
    deliveries: DeliveryRepository
    stats: StatsRepository

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._session_factory = session_factory
        self._session: AsyncSession | None = None
        self._exit_stack: AsyncExitStack | None = None

    async def __aenter__(self) -> Self:
        """Opens the session; the transaction begins with the first statement."""
        if self._session is not None:
            raise RuntimeError("this unit of work is open already; make a new one per use")
        async with AsyncExitStack() as stack:
            session = await stack.enter_async_context(self._session_factory())
            self._exit_stack = stack.pop_all()
        self._session = session
        self.users = SqlAlchemyUserRepository(session)
        self.sessions = SqlAlchemySessionRepository(session)
        self.messages = SqlAlchemyMessageRepository(session)
        self.feedback = SqlAlchemyFeedbackRepository(session)
        self.deliveries = SqlAlchemyDeliveryRepository(session)
        self.stats = SqlAlchemyStatsRepository(session)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Rolls back what was not committed and gives the connection back to the pool."""
        stack, self._exit_stack, self._session = self._exit_stack, None, None
        if stack is not None:
            # AsyncSession's own exit closes it (rolling back) even if this task is cancelled
            # meanwhile: with one SQLite connection, a connection lost here would stall all.
            await stack.aclose()

    async def commit(self) -> None:
        """Commits the transaction; the unit of work can go on with a new one."""
        await self._open().commit()

    async def rollback(self) -> None:
        """Discards the transaction's changes."""
        await self._open().rollback()

    def _open(self) -> AsyncSession:
        if self._session is None:
            raise RuntimeError("unit of work used outside `async with`")
        return self._session


def unit_of_work_factory(engine: AsyncEngine) -> Callable[[], SqlAlchemyUnitOfWork]:
    """A factory of units of work on `engine` (what the core calls `UnitOfWorkFactory`)."""
    session_factory = async_sessionmaker(engine, expire_on_commit=False, autoflush=False)

    def make() -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(session_factory)

    return make
