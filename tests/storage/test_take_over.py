"""Taking over abandoned claims: stale pending deliveries only, each once, disjoint across units."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from core.domain import DeliveryStatus, Role
from tests.storage.builders import NOW, add_session, add_user, at, query_plan, say
from tests.storage.conftest import UowFactory

DAY = date(2026, 3, 14)
CUTOFF = at(-10)
"""Claims made before this are abandoned (the sweep's limit, ten minutes before NOW)."""


async def _deliveries(
    uow_factory: UowFactory, specs: list[tuple[DeliveryStatus, float]]
) -> tuple[int, list[int]]:
    """One delivery per spec, each in a session of its own: (status, claimed minutes from NOW).

    Returns the owner's user id and the delivery ids.
    """
    ids = []
    async with uow_factory() as uow:
        user = await add_user(uow)
        for n, (status, minutes) in enumerate(specs):
            session = await add_session(uow, user, f"s{n}")
            delivery = await uow.deliveries.add(session.id, DAY, status, at(minutes))
            assert delivery is not None
            ids.append(delivery.id)
        await uow.commit()
    return user.id, ids


async def test_take_over_takes_each_stale_pending_delivery_once(uow_factory: UowFactory) -> None:
    pending, sent = DeliveryStatus.PENDING, DeliveryStatus.SENT
    owner, ids = await _deliveries(
        uow_factory,
        [
            (pending, -11),
            (pending, -30),
            (pending, -10),  # claimed exactly at the cutoff: not yet abandoned
            (pending, -2),
            (sent, -30),
            (DeliveryStatus.FAILED, -30),
            (DeliveryStatus.SKIPPED, -30),
            (pending, -20),
        ],
    )
    async with uow_factory() as uow:
        session = await add_session(uow, await add_user(uow, "2"))
        stored = await say(uow, session, "How did it go?", role=Role.FOLLOWUP)
        await uow.deliveries.update(ids[1], pending, message_id=stored.id)
        await uow.commit()

    async with uow_factory() as uow:
        oldest = await uow.deliveries.take_over(CUTOFF, NOW, 2)
        await uow.commit()
    async with uow_factory() as uow:
        rest = await uow.deliveries.take_over(CUTOFF, NOW, 10)
        await uow.commit()
    async with uow_factory() as uow:
        again = await uow.deliveries.take_over(CUTOFF, at(5), 10)
        everything = await uow.deliveries.list_for_user(owner)

    assert [d.id for d in oldest] == [ids[1], ids[7]], "the oldest claims first, in id order"
    assert [d.id for d in rest] == [ids[0]]
    assert again == []
    assert {d.created_at for d in [*oldest, *rest]} == {NOW}
    assert all(d.status is pending for d in [*oldest, *rest])
    assert (oldest[0].message_id, oldest[1].message_id) == (stored.id, None)
    claimed = {d.id: d.created_at for d in everything}
    assert [claimed[i] for i in ids] == [NOW, NOW, at(-10), at(-2), at(-30), at(-30), at(-30), NOW]


async def test_concurrent_take_overs_are_disjoint(uow_factory: UowFactory, backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("SQLite has one writer connection: two take-overs never overlap in time")
    _, ids = await _deliveries(uow_factory, [(DeliveryStatus.PENDING, -11 - n) for n in range(10)])
    async with asyncio.timeout(10), uow_factory() as first, uow_factory() as second:
        # Without SKIP LOCKED, second would wait on first's row locks (here: for ever).
        mine = await first.deliveries.take_over(CUTOFF, NOW, 4)
        theirs = await second.deliveries.take_over(CUTOFF, NOW, 4)
        rest = await second.deliveries.take_over(CUTOFF, NOW, 10)
        await first.commit()
        await second.commit()
    async with uow_factory() as uow:
        later = await uow.deliveries.take_over(CUTOFF, NOW, 10)

    taken = [d.id for d in [*mine, *theirs, *rest]]
    assert len(mine) == 4 and len(theirs) == 4 and len(rest) == 2
    assert sorted(taken) == ids, "each taken exactly once"
    assert later == [], "taken over means claimed anew: no one takes it again"


async def test_take_over_uses_the_partial_index(
    uow_factory: UowFactory, engine: AsyncEngine, backend: str
) -> None:
    async def take_over() -> None:
        async with uow_factory() as uow:
            await uow.deliveries.take_over(CUTOFF, NOW, 100)

    def update(sql: str) -> bool:
        return sql.lstrip().startswith("UPDATE followup_deliveries")

    plan = await query_plan(engine, backend, update, take_over())
    assert "ix_followup_deliveries_pending" in plan, plan
