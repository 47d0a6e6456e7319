"""Alembic migrations run from code: the only way Amora's schema is made or changed.

Alembic is imported only when a migration runs or its scripts are read: a database already at
`HEAD` (every start but the first after an upgrade) is recognised with one query, which spares
every start the tenth of a second that loading Alembic and its scripts takes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

HEAD = "0005"
"""The newest revision in `migrations/versions`; tests/storage/test_migrations.py checks that
Alembic agrees. Bump it with every new migration."""


def alembic_config() -> Config:
    """Alembic's configuration, built in code: no alembic.ini is needed."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    return config


def head_revision() -> str:
    """The newest revision the code knows, as Alembic reads it from the scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations found in {MIGRATIONS}")
    return head


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision the database is at; None for an empty database."""
    async with engine.connect() as connection:
        return await connection.run_sync(_current)


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Migrates the database to `revision` in one transaction; nothing to do at `HEAD`."""
    async with engine.connect() as connection:
        if revision == "head" and await _recorded(connection) == HEAD:
            return
        await connection.run_sync(_upgrade, revision)


async def _recorded(connection: AsyncConnection) -> str | None:
    """The revision Alembic's table records, read without Alembic; None if there is none."""
    try:
        async with connection.begin():
            result = await connection.execute(text("SELECT version_num FROM alembic_version"))
            rows = result.scalars().all()
    except DBAPIError:  # no table yet: an empty database
        return None
    return rows[0] if len(rows) == 1 else None


def _current(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _upgrade(connection: Connection, revision: str) -> None:
    # On SQLite, batch migrations copy a table and drop the old one; with foreign keys on,
    # the drop would cascade into the children. The pragma is ignored inside a transaction,
    # so it is set before BEGIN, and the keys are checked before the commit instead.
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        _pragma(connection, "PRAGMA foreign_keys=OFF")
    try:
        with connection.begin():
            from alembic import command

            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            if sqlite:
                _check_foreign_keys(connection)
    finally:
        if sqlite:
            _pragma(connection, "PRAGMA foreign_keys=ON")


def _pragma(connection: Connection, sql: str) -> None:
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def _check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"migration left {len(broken)} rows with broken foreign keys")
