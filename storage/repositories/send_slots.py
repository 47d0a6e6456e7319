"""Send slots shared by every process sending with one platform account (SendSlotRepository).

One booking is one short transaction: lock the lane's row (FOR UPDATE on PostgreSQL; on
SQLite every transaction holds the write lock from BEGIN IMMEDIATE), read the key's row, move
the lane's next free slot on and note the key's. Concurrent bookings of a lane queue on its
row for the milliseconds that takes, so no two processes ever get the same slot.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Delete, Insert, Update, bindparam, delete, select, update

from core.ports import Slot, SlotRequest
from storage.repositories.base import AnySelect, SqlAlchemyRepository, dialect_insert
from storage.tables import SEND_SLOTS

C = SEND_SLOTS.c
LANE = ""
"""The key of a lane's own row."""


@cache
def _add(dialect: str) -> Insert:
    """A lane's or key's first row; one that exists already is left alone."""
    return dialect_insert(dialect, SEND_SLOTS).on_conflict_do_nothing(
        index_elements=["lane", "key"]
    )


@cache
def _statements() -> dict[str, AnySelect | Update | Delete]:
    at = (C.lane == bindparam("b_lane")) & (C.key == bindparam("b_key"))
    return {
        "lock": select(C.free_at).where(at).with_for_update(),
        "read": select(C.free_at).where(at),
        "move": update(SEND_SLOTS).where(at).values(free_at=bindparam("b_free_at")),
        "forget": delete(SEND_SLOTS).where(C.key != LANE, C.free_at < bindparam("b_before")),
    }


class SqlAlchemySendSlotRepository(SqlAlchemyRepository):
    """SendSlotRepository on SQLAlchemy: a row per lane, and one per key that has waited."""

    async def book(self, request: SlotRequest, now: float) -> Slot:
        """The first free slot of the lane for this call; see SendSlotRepository.book."""
        lane_free = await self._free_at(request.lane, LANE, lock=True)
        if lane_free is None:
            await self._run(
                _add(self._dialect), {"lane": request.lane, "key": LANE, "free_at": 0.0}
            )
            lane_free = await self._free_at(request.lane, LANE, lock=True) or 0.0
        paused = max(lane_free, request.not_before)
        earliest = max(now, request.not_before)
        key_free = None
        if request.key is not None and request.per_key > 0:
            key_free = await self._free_at(request.lane, request.key, lock=False)
            if key_free is not None and key_free > earliest:
                if paused > lane_free:
                    await self._move(request.lane, LANE, paused)
                return Slot(key_free, booked=False)
        slot = max(paused, earliest)
        await self._move(request.lane, LANE, slot + request.cost * request.interval)
        if request.key is not None and request.per_key > 0:
            key_next = slot + request.cost * request.per_key
            if key_free is None:
                row = {"lane": request.lane, "key": request.key, "free_at": key_next}
                await self._run(_add(self._dialect), row)
            else:
                await self._move(request.lane, request.key, key_next)
        return Slot(slot, booked=True)

    async def forget(self, before: float) -> int:
        """Drops the keys free again since before `before`; how many."""
        result = await self._run(_statements()["forget"], {"b_before": before})
        return int(result.rowcount)

    async def _free_at(self, lane: str, key: str, *, lock: bool) -> float | None:
        value = await self._scalar(
            _statements()["lock" if lock else "read"], b_lane=lane, b_key=key
        )
        return None if value is None else float(value)

    async def _move(self, lane: str, key: str, free_at: float) -> None:
        await self._run(_statements()["move"], {"b_lane": lane, "b_key": key, "b_free_at": free_at})
