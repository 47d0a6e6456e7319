"""Storage contract fixtures: every test runs on SQLite and, when a server answers, PostgreSQL.

PostgreSQL: AMORA_TEST_POSTGRES_URL, else postgresql+asyncpg://postgres@127.0.0.1:5432/test.
Each test gets a database of its own (CREATE DATABASE amora_t_<random>, dropped afterwards),
made by the same migrations as production.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from storage.database import create_engine_for, normalise_url
from storage.migrate import upgrade
from storage.uow import SqlAlchemyUnitOfWork, unit_of_work_factory

DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
BACKENDS = ["sqlite", "postgres"]

UowFactory = Callable[[], SqlAlchemyUnitOfWork]


def _postgres_url() -> URL:
    return normalise_url(os.environ.get("AMORA_TEST_POSTGRES_URL") or DEFAULT_POSTGRES_URL)


def _maintenance(url: URL) -> AsyncEngine:
    """An engine on the server's `postgres` database, for CREATE / DROP DATABASE."""
    return create_async_engine(
        url.set(database="postgres"),
        poolclass=NullPool,
        isolation_level="AUTOCOMMIT",
        connect_args={"timeout": 3},
    )


async def _probe(url: URL) -> str | None:
    engine = _maintenance(url)
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as error:  # any failure means "no server to test against"
        shown = url.render_as_string(hide_password=True)
        return (
            f"PostgreSQL not reachable at {shown} ({type(error).__name__}); "
            "set AMORA_TEST_POSTGRES_URL"
        )
    finally:
        await engine.dispose()
    return None


@pytest.fixture(scope="session")
def postgres_skip_reason() -> str | None:
    """Why PostgreSQL tests are skipped, or None when a server answers."""
    return asyncio.run(_probe(_postgres_url()))


@asynccontextmanager
async def _postgres_engine(reason: str | None) -> AsyncIterator[AsyncEngine]:
    if reason is not None:
        pytest.skip(reason)
    server = _postgres_url()
    name = f"amora_t_{uuid.uuid4().hex[:12]}"
    maintenance = _maintenance(server)
    try:
        async with maintenance.connect() as connection:
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
    except DBAPIError as error:
        await maintenance.dispose()
        pytest.skip(f"cannot CREATE DATABASE on {server.host} as {server.username}: {error.orig}")
    engine = create_engine_for(server.set(database=name).render_as_string(hide_password=False))
    try:
        yield engine
    finally:
        await engine.dispose()
        async with maintenance.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await maintenance.dispose()


@pytest.fixture(params=BACKENDS)
async def empty_engine(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_skip_reason: str | None
) -> AsyncIterator[AsyncEngine]:
    """An engine on a fresh, empty database (no migrations run)."""
    if request.param == "sqlite":
        engine = create_engine_for(f"sqlite+aiosqlite:///{tmp_path / 'amora.db'}")
        try:
            yield engine
        finally:
            await engine.dispose()
    else:
        async with _postgres_engine(postgres_skip_reason) as engine:
            yield engine


@pytest.fixture
async def engine(empty_engine: AsyncEngine) -> AsyncEngine:
    """An engine on a fresh database migrated to head."""
    await upgrade(empty_engine)
    return empty_engine


@pytest.fixture
def uow_factory(engine: AsyncEngine) -> UowFactory:
    """Makes units of work on the migrated test database."""
    return unit_of_work_factory(engine)


@pytest.fixture
def backend(engine: AsyncEngine) -> str:
    """The dialect under test: "sqlite" or "postgresql"."""
    return engine.dialect.name
