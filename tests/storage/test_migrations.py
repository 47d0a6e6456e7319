"""Migrations make the schema, and the schema they make is exactly the ORM's metadata."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.migrate import HEAD, alembic_config, current_revision, head_revision, upgrade
from storage.tables import Base


def _diffs(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


async def test_upgrade_from_empty_to_head(empty_engine: AsyncEngine) -> None:
    assert head_revision() == HEAD == "0005"  # a new migration bumps HEAD in storage/migrate.py
    assert await current_revision(empty_engine) is None
    await upgrade(empty_engine)
    assert await current_revision(empty_engine) == head_revision()
    await upgrade(empty_engine)  # at head already: nothing to do
    assert await current_revision(empty_engine) == head_revision()
    async with empty_engine.connect() as connection:
        tables = await connection.run_sync(_tables)
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


async def test_migrated_schema_matches_the_metadata(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        assert await connection.run_sync(_diffs) == []


def test_the_alembic_command_runs_through_an_async_engine(tmp_path: Path) -> None:
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    command.upgrade(config, "head")  # what `alembic upgrade head` does: env.py's asyncio.run
    with closing(sqlite3.connect(tmp_path / "cli.db")) as connection:
        [(version,)] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    assert version == head_revision()
