"""Claiming due check-ins: only due, enabled, active sessions, in order, disjoint across units."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from core.domain import FollowUpSettings, Session, SessionStatus
from tests.storage.builders import NOW, add_session, add_user, query_plan
from tests.storage.conftest import UowFactory


async def _sessions(
    uow_factory: UowFactory, specs: Sequence[tuple[str, bool, SessionStatus, float | None]]
) -> dict[str, Session]:
    """Sessions named by title: (title, enabled, status, due in minutes from NOW or None)."""
    made = {}
    async with uow_factory() as uow:
        user = await add_user(uow)
        for title, enabled, status, due in specs:
            session = await add_session(uow, user, title)
            session.status = status
            next_at = None if due is None else NOW + timedelta(minutes=due)
            session.followup = FollowUpSettings(enabled, "09:00", "Europe/Berlin", next_at)
            await uow.sessions.save(session)
            made[title] = session
        await uow.commit()
    return made


async def test_claim_due_returns_due_enabled_active_sessions_in_order(
    uow_factory: UowFactory,
) -> None:
    active, paused = SessionStatus.ACTIVE, SessionStatus.PAUSED
    made = await _sessions(
        uow_factory,
        [
            ("due-late", True, active, -1),
            ("due-now", True, active, 0),
            ("due-early", True, active, -60),
            ("future", True, active, 1),
            ("disabled", False, active, -5),
            ("paused", True, paused, -5),
            ("completed", True, SessionStatus.COMPLETED, -5),
            ("never", True, active, None),
        ],
    )
    async with uow_factory() as uow:
        claimed = await uow.sessions.claim_due(NOW, 10)
        assert [s.title for s in claimed] == ["due-early", "due-late", "due-now"]
        assert claimed[0] == made["due-early"]
        limited = await uow.sessions.claim_due(NOW, 2)
        assert [s.title for s in limited] == ["due-early", "due-late"]
        assert await uow.sessions.claim_due(NOW - timedelta(hours=2), 10) == []


async def test_concurrent_claims_are_disjoint(uow_factory: UowFactory, backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("SQLite has one writer connection: two claims never overlap in time")
    specs = [(f"s{i}", True, SessionStatus.ACTIVE, float(-i)) for i in range(10)]
    await _sessions(uow_factory, specs)
    async with uow_factory() as first, uow_factory() as second:
        mine = await first.sessions.claim_due(NOW, 4)
        theirs = await second.sessions.claim_due(NOW, 4)
        rest = await second.sessions.claim_due(NOW, 10)
    assert len(mine) == 4 and len(theirs) == 4
    assert {s.id for s in mine}.isdisjoint({s.id for s in theirs})
    assert len(rest) == 6  # second's own locks don't hide rows from itself; first's do


async def test_claims_released_when_the_unit_of_work_ends(
    uow_factory: UowFactory,
) -> None:
    await _sessions(uow_factory, [("due", True, SessionStatus.ACTIVE, -1)])
    async with uow_factory() as uow:
        assert len(await uow.sessions.claim_due(NOW, 10)) == 1
    async with uow_factory() as uow:
        assert len(await uow.sessions.claim_due(NOW, 10)) == 1


async def test_claim_due_uses_the_partial_index(
    uow_factory: UowFactory, engine: AsyncEngine, backend: str
) -> None:
    async def claim() -> None:
        async with uow_factory() as uow:
            await uow.sessions.claim_due(NOW, 100)

    plan = await query_plan(engine, backend, lambda sql: "FROM sessions" in sql, claim())
    assert "ix_sessions_followup_due" in plan, plan
