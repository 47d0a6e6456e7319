"""The in-memory unit of work: a deep copy of the store, written back on commit."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from dataclasses import fields
from types import TracebackType
from typing import Self

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
from tests.fakes.messages import FakeMessageRepository
from tests.fakes.repositories import (
    FakeCommandLog,
    FakeDeliveryRepository,
    FakeFeedbackRepository,
    FakeInboxRepository,
    FakeSendSlotRepository,
    FakeSessionRepository,
    FakeUserRepository,
)
from tests.fakes.stats import FakeStatsRepository
from tests.fakes.store import InMemoryStore


class FakeUnitOfWork:
    """Implements `core.ports.UnitOfWork` over an `InMemoryStore`.

    Entering stages a deep copy of the store; `commit()` writes the copy back and counts it in
    `store.commits`; leaving without commit (or `rollback()`) drops it. Two units of work that
    overlap and both commit would lose an update silently, so the second commit fails instead.
    """

    def __init__(self, store: InMemoryStore) -> None:
        self.store = store
        self.committed = False
        self._staged: InMemoryStore | None = None
        self._base_commits = 0
        # Typed as the ports: the Protocol's attributes are mutable, so mypy wants them exact.
        self.users: UserRepository = FakeUserRepository(self._data)
        self.sessions: SessionRepository = FakeSessionRepository(self._data)
        self.messages: MessageRepository = FakeMessageRepository(self._data)
        self.feedback: FeedbackRepository = FakeFeedbackRepository(self._data)
        self.deliveries: DeliveryRepository = FakeDeliveryRepository(self._data)
        self.stats: StatsRepository = FakeStatsRepository(self._data)
        self.inbox: InboxRepository = FakeInboxRepository(self._data)
        self.send_slots: SendSlotRepository = FakeSendSlotRepository(self._data)
        self.command_log: CommandLog = FakeCommandLog(self._data)

    async def __aenter__(self) -> Self:
        if self._staged is not None:
            raise RuntimeError("this unit of work is already open")
        self.committed = False
        self._begin()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._staged = None

    async def commit(self) -> None:
        """Writes the staged changes to the store."""
        staged = self._data()
        if self.store.commits != self._base_commits:
            raise RuntimeError(
                "another unit of work committed while this one was open; the fake cannot merge"
            )
        for f in fields(InMemoryStore):
            if f.name != "commits":
                setattr(self.store, f.name, getattr(staged, f.name))
        self.store.commits += 1
        self.committed = True
        self._begin()

    async def rollback(self) -> None:
        """Drops the changes staged since the last commit."""
        self._data()
        self._begin()

    def _begin(self) -> None:
        self._staged = deepcopy(self.store)
        self._base_commits = self.store.commits

    def _data(self) -> InMemoryStore:
        if self._staged is None:
            raise RuntimeError("use the unit of work inside `async with`")
        return self._staged


def fake_uow_factory(store: InMemoryStore) -> Callable[[], FakeUnitOfWork]:
    """A `UnitOfWorkFactory` whose units of work share `store`."""
    return lambda: FakeUnitOfWork(store)
