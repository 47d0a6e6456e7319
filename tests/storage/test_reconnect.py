"""A PostgreSQL connection the server dropped is replaced before a unit of work gets it."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from tests.storage.builders import add_user
from tests.storage.conftest import UowFactory


async def test_units_of_work_go_on_after_the_server_dropped_every_connection(
    engine: AsyncEngine, uow_factory: UowFactory, backend: str
) -> None:
    if backend != "postgresql":
        pytest.skip("SQLite has no server to drop a connection")
    for n in range(3):  # three connections in the pool, each used once
        async with uow_factory() as first, uow_factory() as second, uow_factory() as third:
            for uow in (first, second, third):
                await uow.users.get(n)

    killer = create_async_engine(engine.url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    async with killer.connect() as connection:
        dropped = await connection.execute(
            text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
        assert dropped.scalar() >= 3
    await killer.dispose()

    for name in ("4", "5", "6", "7"):  # every pooled connection is dead: each is replaced
        async with uow_factory() as uow:
            await add_user(uow, name)
            await uow.commit()
    async with uow_factory() as uow:
        assert all([await uow.users.get(n) for n in (1, 2, 3, 4)])
