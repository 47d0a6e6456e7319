"""The emulator and one `amora run` for the whole session, and people who write to it."""

from __future__ import annotations

import itertools
import sqlite3
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence, Set
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram.emulator import HERE, AmoraRun, Emulator, Person, buttons, node

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


@dataclass(frozen=True)
class Written:
    """A message someone sent the bot: their chat, its update id and its message id."""

    chat_id: int
    update_id: int
    message_id: int


def burst(people: Sequence[Person], texts: Sequence[str]) -> list[Written]:
    """Each person sends every text, the people taking turns, as fast as the emulator takes them."""
    written = []
    for text in texts:
        for someone in people:
            ids = someone.say(text)
            written.append(Written(someone.chat_id, ids["update_id"], ids["message_id"]))
    return written


def read_only(database: Path) -> sqlite3.Connection:
    """A connection that cannot change the bot's SQLite file (each query sees the latest commit)."""
    return sqlite3.connect(f"file:{database}?mode=ro", uri=True, isolation_level=None, timeout=10)


IN_FLIGHT = "SELECT EXISTS (SELECT 1 FROM inbox)"
"""Whether the bot holds updates it took from Telegram and has not finished handling."""
REPLIES = "SELECT count(*) FROM messages WHERE role = 'coach'"
"""How many replies are stored."""


def wait_for(database: Path, moment: str, replies: int = 0, timeout: float = 10.0) -> bool:
    """Polls the bot's file until `moment` holds and `replies` more replies are stored.

    False if that did not happen within `timeout` seconds.
    """
    deadline = time.monotonic() + timeout
    with closing(read_only(database)) as db:
        (before,) = db.execute(REPLIES).fetchone()
        while time.monotonic() < deadline:
            (now,) = db.execute(REPLIES).fetchone()
            if now - before >= replies and db.execute(moment).fetchone() == (1,):
                return True
            time.sleep(0.001)
    return False


@dataclass(frozen=True)
class Fate:
    """What became of one written message: stored how often, replies stored, replies arrived."""

    stored: int
    replies: tuple[int, ...]
    """Ids of the coach messages stored in reply to it."""
    arrived: int
    """Bot messages in the chat carrying the buttons of one of those replies."""


def fates(
    database: Path, arrived: Sequence[dict[str, Any]], written: Sequence[Written]
) -> dict[Written, Fate]:
    """Each written message's fate, from the bot's database and what the emulator received."""
    with closing(read_only(database)) as db:
        rows = db.execute(
            "SELECT m.chat_id, m.platform_message_id, m.id, c.id FROM messages m"
            " LEFT JOIN messages c ON c.reply_to_id = m.id AND c.role = 'coach'"
            " WHERE m.role = 'user'"
        ).fetchall()
    stored: dict[tuple[str, str], set[int]] = {}
    replies: dict[tuple[str, str], set[int]] = {}
    for chat_id, message_id, user_row, coach_row in rows:
        stored.setdefault((chat_id, message_id), set()).add(user_row)
        if coach_row is not None:
            replies.setdefault((chat_id, message_id), set()).add(coach_row)
    shown = Counter(
        int(data.rsplit(":", 1)[1])
        for message in arrived
        for label, data in buttons(message).items()
        if label == "👍"
    )
    result = {}
    for w in written:
        key = (str(w.chat_id), str(w.message_id))
        ids = tuple(sorted(replies.get(key, ())))
        result[w] = Fate(len(stored.get(key, ())), ids, sum(shown[i] for i in ids))
    return result


def half_stored_turns(database: Path) -> list[str]:
    """Signs of a turn cut in half: a reply without its person's message, counts that disagree."""
    checks = {
        "a reply to no stored message": "SELECT id FROM messages c WHERE c.role = 'coach'"
        " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = c.reply_to_id"
        " AND m.role = 'user')",
        "a message answered twice": "SELECT reply_to_id FROM messages WHERE role = 'coach'"
        " AND regenerated_from_id IS NULL GROUP BY reply_to_id HAVING count(*) > 1",
        "a session whose counts disagree with its messages": "SELECT s.id FROM sessions s"
        " WHERE s.user_message_count != (SELECT count(*) FROM messages m"
        " WHERE m.session_id = s.id AND m.role = 'user')"
        " OR s.coach_message_count != (SELECT count(*) FROM messages m"
        " WHERE m.session_id = s.id AND m.role = 'coach')",
    }
    with closing(read_only(database)) as db:
        return [
            f"{name}: {ids}" for name, sql in checks.items() if (ids := db.execute(sql).fetchall())
        ]


def settled(
    emulator: Emulator,
    run: AmoraRun,
    written: Sequence[Written],
    may_stay_unsent: Set[Written] = frozenset(),
    timeout: float = 60.0,
) -> dict[Written, Fate]:
    """The fates once every reply that can still arrive has, and a second passed with no more."""
    deadline = time.monotonic() + timeout
    while True:
        fate = fates(run.database, emulator.sent(run.token), written)
        if all(f.arrived for w, f in fate.items() if w not in may_stay_unsent):
            break
        if time.monotonic() > deadline:
            missing = [w for w, f in fate.items() if not f.arrived and w not in may_stay_unsent]
            raise AssertionError(f"no reply arrived for {missing}: {fate}")
        time.sleep(0.2)
    time.sleep(1.0)
    return fates(run.database, emulator.sent(run.token), written)
