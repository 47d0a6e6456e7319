"""`amora run` on the emulator when things go wrong: the database goes away, and the logs.

The database test runs the real bot on a PostgreSQL database of its own, made here and
dropped afterwards, and is skipped (saying why) when no server answers.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from core import texts
from storage.database import normalise_url
from tests.e2e.telegram.conftest import ADMIN_ID, TOKENS
from tests.e2e.telegram.emulator import AmoraRun, Emulator, Person, buttons
from tests.e2e.telegram.test_commands import STICKER
from tests.security.leaks import leaks, loud, records
from tests.storage.conftest import DEFAULT_POSTGRES_URL, postgres_skip_reason

__all__ = ["postgres_skip_reason"]  # the storage tests' fixture: why PostgreSQL is skipped

SERVER = normalise_url(os.environ.get("AMORA_TEST_POSTGRES_URL") or DEFAULT_POSTGRES_URL)


def on_server(*statements: str, database: str = "postgres") -> list[Any]:
    """Runs statements (on the maintenance database by default); the first column of the last."""

    async def run() -> list[Any]:
        engine = create_async_engine(
            SERVER.set(database=database), poolclass=NullPool, isolation_level="AUTOCOMMIT"
        )
        try:
            async with engine.connect() as connection:
                for statement in statements:
                    result = await connection.execute(text(statement))
                return list(result.scalars().all()) if result.returns_rows else []
        finally:
            await engine.dispose()

    return asyncio.run(run())


@pytest.fixture
def postgres_database(postgres_skip_reason: str | None) -> Iterator[URL]:
    """A new, empty PostgreSQL database for one bot; dropped afterwards."""
    if postgres_skip_reason is not None:
        pytest.skip(postgres_skip_reason)
    name = f"amora_f_{uuid.uuid4().hex[:12]}"
    on_server(f'CREATE DATABASE "{name}"')
    try:
        yield SERVER.set(database=name)
    finally:
        on_server(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def refuse_connections(name: str, refuse: bool) -> None:
    """The database stops (or starts again) taking connections; open ones are cut off."""
    allow = "false" if refuse else "true"
    statements = [f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS {allow}']
    if refuse:
        statements.append(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        )
    on_server(*statements)


def test_the_database_going_away_gets_a_kind_line_and_coaching_resumes_when_it_is_back(
    emulator: Emulator, postgres_database: URL, tmp_path: Path
) -> None:
    name = postgres_database.database
    assert name is not None
    bot = AmoraRun(
        emulator,
        tmp_path,
        next(TOKENS),
        AMORA_DATABASE__URL=postgres_database.render_as_string(hide_password=False),
    )
    sam = Person(emulator, bot.token, 3101)
    try:
        sam.say("We argue about chores every evening")
        assert set(buttons(sam.reply(timeout=20))) == {"👍", "👎", "🔄"}

        refuse_connections(name, True)
        try:
            sam.say("Are you still there? I need to talk")
            trouble = sam.reply(timeout=30)
        finally:
            refuse_connections(name, False)
        sam.say("We talked it through and it went better")
        back = sam.reply(timeout=30)

        assert trouble["text"] == texts.TROUBLE
        assert set(buttons(back)) == {"👍", "👎", "🔄"} and back["text"] != texts.TROUBLE
        assert bot.process.poll() is None, "the bot exited"
        # Honest about the lost one: it arrived while nothing could be stored.
        stored = on_server(
            "SELECT text FROM messages WHERE role = 'user' ORDER BY id", database=name
        )
        assert stored == [
            "We argue about chores every evening",
            "We talked it through and it went better",
        ]
    finally:
        status, _ = bot.stop()
    assert status == 0, bot.log.read_text()
    log = bot.log.read_text()
    assert "I need to talk" not in log and "chores" not in log


CONVERSATION = [
    "My girlfriend keeps texting her ex and I feel jealous",
    "Sometimes I think everyone would be better off without me",
    "/newsession Trust after the birthday dinner",
    "He forgot my birthday and laughed about it",
    "/rename Quiet weekends in Lisbon",
    "/followup 07:45 Europe/Lisbon",
    "/session",
    "/sessions",
    "/export",
    "/progress",
]


def test_a_whole_conversation_at_debug_level_logs_no_message_text_at_info_or_above(
    emulator: Emulator, tmp_path: Path
) -> None:
    bot = AmoraRun(
        emulator,
        tmp_path,
        next(TOKENS),
        AMORA_LOGGING__LEVEL="DEBUG",
        AMORA_LOGGING__FORMAT="json",
        AMORA_ADMINS__TELEGRAM=f'["{ADMIN_ID}"]',
    )
    sam = Person(emulator, bot.token, 3201, first_name="Sampaio")
    admin = Person(emulator, bot.token, ADMIN_ID, first_name="Ada")
    try:
        for said in CONVERSATION:
            sam.say(said)
            sam.replies(1, timeout=20)
        sam.say("We keep drifting apart on quiet weekends")
        coached = sam.reply(timeout=20)
        while "👍" not in buttons(coached):  # files and charts of earlier commands come first
            coached = sam.reply(timeout=20)
        for label in ("👍", "🔄"):
            bot_answer = sam.press(coached, buttons(coached)[label])
            emulator.answer(bot.token, bot_answer)
        sam.press(coached, "fb:like:999999")
        sam.send(sticker=STICKER)
        admin.say("/stats")
        admin.replies(1, timeout=20)
    finally:
        status, _ = bot.stop()
    assert status == 0

    logged = records(bot.log.read_text())
    assert any(r["level"] == "DEBUG" for r in logged), "the bot did not log at DEBUG"
    assert any("telegram running" in r["message"] for r in loud(logged))
    assert leaks(logged) == []
