"""Alembic's environment: runs migrations on the connection handed over by storage.migrate.

Without one (the `alembic` command with `sqlalchemy.url` set), it builds an AsyncEngine for
that URL and runs the migrations through `AsyncConnection.run_sync`.
"""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from storage.database import create_engine_for
from storage.tables import Base

config = context.config
target_metadata = Base.metadata


def run_on(connection: Connection) -> None:
    """Runs the migrations on a synchronous (possibly greenlet-adapted) connection."""
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_with_engine(url: str) -> None:
    """Runs the migrations through an AsyncEngine made for `url`."""
    engine = create_engine_for(url)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(run_on)
            await connection.commit()
    finally:
        await engine.dispose()


def run_offline(url: str) -> None:
    """Writes the migrations' SQL instead of running it (`alembic upgrade --sql`)."""
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=url.startswith("sqlite"),
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    """Picks the mode alembic asked for."""
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection given and no sqlalchemy.url set")
    if context.is_offline_mode():
        run_offline(url)
    else:
        asyncio.run(run_with_engine(url))


main()
