"""In-memory fakes of the core's ports, for the core's unit tests (fakes, not mocks)."""

from tests.fakes.clock import FakeClock
from tests.fakes.messenger import RecordingMessenger
from tests.fakes.store import InMemoryStore
from tests.fakes.uow import FakeUnitOfWork, fake_uow_factory

__all__ = [
    "FakeClock",
    "FakeUnitOfWork",
    "InMemoryStore",
    "RecordingMessenger",
    "fake_uow_factory",
]
