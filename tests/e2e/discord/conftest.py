"""A fake Discord and one `amora run` per test module, people to talk, the bot's database."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.discord.fake import FakeDiscord
from tests.e2e.discord.people import Person

Query = Callable[..., list[tuple[Any, ...]]]


class AmoraRun:
    """`amora run`, unmodified, as a subprocess logged in to the fake Discord."""

    def __init__(self, fake: FakeDiscord, workdir: Path, **env: str) -> None:
        self.fake = fake
        self.workdir = workdir
        self.database = workdir / "amora.db"
        self.log = workdir / "amora.log"
        environ = {k: v for k, v in os.environ.items() if not k.startswith("AMORA_")}
        self.environ = environ | {
            "AMORA_DATABASE__URL": f"sqlite:///{self.database}",
            "AMORA_DISCORD__ENABLED": "true",
            "AMORA_DISCORD__TOKEN": fake.token,
            "AMORA_DISCORD__API_BASE": fake.api_base,
            "AMORA_DISCORD__GATEWAY_URL": fake.gateway_url,
            "AMORA_DISCORD__GUILD_IDS": f"[{fake.world.guild_id}]",
            "AMORA_COACH__SEED": "5",
            "AMORA_FOLLOWUPS__SWEEP_SECONDS": "5",
            **env,
        }
        self.process: subprocess.Popen[str] | None = None

    def start(self, *, connect: bool = True) -> None:
        """Starts the bot and waits until it is connected to the gateway."""
        before = self.fake.connections
        with self.log.open("a") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"],
                cwd=self.workdir,
                env=self.environ,
                stderr=log,
                text=True,
            )
        process = self.process
        if not connect:
            return
        self.fake.wait(
            lambda: (
                (self.fake.connected and self.fake.connections > before)
                or process.poll() is not None
            ),
            "amora run to connect",
            timeout=30,
        )
        assert process.poll() is None, self.log.read_text()

    def wait(self, timeout: float = 30.0) -> int:
        """The exit status, once the bot exits by itself."""
        assert self.process is not None
        return self.process.wait(timeout)

    def stop(self, timeout: float = 15.0) -> int:
        """SIGTERM, and the exit status."""
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise

    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        """Runs SQL on the bot's SQLite file while it runs (WAL lets both work)."""
        with closing(sqlite3.connect(self.database, timeout=10)) as connection, connection:
            return connection.execute(sql, args).fetchall()


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeDiscord]:
    """The fake Discord; a bot call to a route it does not know fails the module."""
    started = FakeDiscord()
    started.start()
    yield started
    started.stop()
    assert not started.unknown, f"the bot called routes the fake does not know: {started.unknown}"
    assert not started.faults.broken, f"the fake failed: {started.faults.broken}"


@pytest.fixture(autouse=True)
def known_routes_only(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fails a test during which the bot called a route the fake does not know."""
    if "fake" not in request.fixturenames:
        yield
        return
    discord: FakeDiscord = request.getfixturevalue("fake")
    unknown, broken = len(discord.unknown), len(discord.faults.broken)
    yield
    assert discord.unknown[unknown:] == [], "the bot called routes the fake does not know"
    assert discord.faults.broken[broken:] == [], "the fake failed to answer the bot"


@pytest.fixture(scope="module")
def admin(fake: FakeDiscord) -> Person:
    """The person listed in admins.discord."""
    return Person(fake, "Ada")


@pytest.fixture(scope="module")
def bot(
    fake: FakeDiscord, admin: Person, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[AmoraRun]:
    """`amora run` with its own SQLite file, one admin and a 5-second sweep."""
    running = AmoraRun(
        fake, tmp_path_factory.mktemp("amora"), AMORA_ADMINS__DISCORD=f'["{admin.id}"]'
    )
    running.start()
    yield running
    assert running.stop() == 0, running.log.read_text()


@pytest.fixture
def person(fake: FakeDiscord, bot: AmoraRun) -> Callable[[str], Person]:
    """Makes someone new who talks to the module's bot."""
    return lambda name: Person(fake, name)


@pytest.fixture
def db(bot: AmoraRun) -> Query:
    """Queries the bot's database."""
    return bot.query


def eventually(check: Callable[[], Any], what: str, timeout: float = 15.0) -> Any:
    """Polls `check` (e.g. a database query) until it is truthy."""
    deadline = time.monotonic() + timeout
    while not (result := check()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)
    return result
