"""A fresh PostgreSQL database for the scale tests, the same way the storage tests get one."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.migrate import upgrade
from tests.storage.conftest import _postgres_engine, postgres_skip_reason

__all__ = ["postgres_skip_reason"]


@pytest.fixture
async def postgres_engine(postgres_skip_reason: str | None) -> AsyncIterator[AsyncEngine]:
    """An engine on a new, migrated PostgreSQL database, dropped afterwards; skips without one."""
    async with _postgres_engine(postgres_skip_reason) as engine:
        await upgrade(engine)
        yield engine
