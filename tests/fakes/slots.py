"""The database processes share for their send slots, on the fakes of the storage ports."""

from __future__ import annotations

from core.ports import Slot, SlotRequest
from tests.fakes.store import InMemoryStore
from tests.fakes.uow import FakeUnitOfWork


class Database:
    """Implements `adapters.shared_pacing.SlotBooker` as `core.app.Amora` does, on a fake store."""

    def __init__(self) -> None:
        self.store = InMemoryStore()
        self.reachable = True
        self.bookings = 0

    async def book_send(self, request: SlotRequest, now: float) -> Slot:
        if not self.reachable:
            raise ConnectionRefusedError("the database is down")
        self.bookings += 1
        async with FakeUnitOfWork(self.store) as uow:
            slot = await uow.send_slots.book(request, now)
            await uow.commit()
        return slot
