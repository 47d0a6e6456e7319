"""The emulator and one `amora run` for the whole session, and people who write to it."""

from __future__ import annotations

import itertools
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram.emulator import HERE, AmoraRun, Emulator, Person, node

ADMIN_ID = 900
TOKENS = (f"{n}:amora-e2e" for n in itertools.count(1001))
"""A bot token per `amora run`, so runs sharing the emulator never see each other's chats."""


@pytest.fixture(scope="session")
def emulator() -> Iterator[Emulator]:
    """telegram-test-api with the shim; installed from the lock file if `make test` did not."""
    if node() is None:
        pytest.skip("node is not installed, so the Telegram end-to-end tests cannot run")
    if not (HERE / "node_modules" / "telegram-test-api").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True)
    started = Emulator()
    yield started
    started.stop()


@pytest.fixture(scope="session")
def bot(emulator: Emulator, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AmoraRun]:
    """`amora run` with its own token and SQLite file, an admin, a 5-second sweep."""
    running = AmoraRun(
        emulator,
        tmp_path_factory.mktemp("amora"),
        next(TOKENS),
        AMORA_ADMINS__TELEGRAM=f'["{ADMIN_ID}"]',
    )
    yield running
    status, _ = running.stop()
    assert status == 0, running.log.read_text()


@pytest.fixture
def person(emulator: Emulator, bot: AmoraRun) -> Callable[..., Person]:
    """Makes someone who writes to the module's bot."""

    def make(user_id: int, first_name: str = "Sam", **kwargs: Any) -> Person:
        return Person(emulator, bot.token, user_id, first_name, **kwargs)

    return make


@pytest.fixture
def db(bot: AmoraRun) -> Callable[..., list[tuple[Any, ...]]]:
    """Runs a query on the bot's SQLite file (while it runs: WAL lets both work)."""

    def query(sql: str, *args: Any) -> list[tuple[Any, ...]]:
        with closing(sqlite3.connect(Path(bot.database), timeout=10)) as connection, connection:
            return connection.execute(sql, args).fetchall()

    return query
