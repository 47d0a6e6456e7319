"""`amora run` on the fake Discord when the database goes away, and what its logs hold."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL

from core import texts
from tests.e2e.discord.conftest import AmoraRun
from tests.e2e.discord.fake import FakeDiscord
from tests.e2e.discord.people import Person, buttons
from tests.e2e.discord.world import EPHEMERAL, plain
from tests.e2e.telegram.test_faults import (
    on_server,
    postgres_database,
    postgres_skip_reason,
    refuse_connections,
)
from tests.security.leaks import leaks, loud, records

__all__ = ["postgres_database", "postgres_skip_reason"]  # fixtures shared with Telegram's faults


def test_the_database_going_away_gets_a_kind_line_and_coaching_resumes_when_it_is_back(
    fake: FakeDiscord, postgres_database: URL, tmp_path: Path
) -> None:
    name = postgres_database.database
    assert name is not None
    bot = AmoraRun(
        fake,
        tmp_path,
        AMORA_DATABASE__URL=postgres_database.render_as_string(hide_password=False),
    )
    bot.start()
    sam = Person(fake, "Sam")
    try:
        sam.say(sam.dm, "We argue about chores every evening")
        assert [b["label"] for b in buttons(fake.reply_in(sam.dm, 0))] == ["👍", "👎", "🔄"]

        refuse_connections(name, True)
        try:
            sam.say(sam.dm, "Are you still there? I need to talk")
            trouble = fake.reply_in(sam.dm, 1)
            command = fake.answer(sam.slash(fake.world.channel_id, "session"))
        finally:
            refuse_connections(name, False)
        sam.say(sam.dm, "We talked it through and it went better")
        back = fake.reply_in(sam.dm, 2)

        assert plain(trouble["content"]) == plain(command["content"]) == texts.TROUBLE
        assert command["flags"] & EPHEMERAL, "told privately, in the server channel"
        assert [b["label"] for b in buttons(back)] == ["👍", "👎", "🔄"]
        assert bot.process is not None and bot.process.poll() is None, "the bot exited"
        stored = on_server(
            "SELECT text FROM messages WHERE role = 'user' ORDER BY id", database=name
        )
        assert stored == [
            "We argue about chores every evening",
            "We talked it through and it went better",
        ]
    finally:
        assert bot.stop() == 0, bot.log.read_text()
    assert "I need to talk" not in bot.log.read_text()


def test_a_whole_conversation_at_debug_level_logs_no_message_text_at_info_or_above(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    bot = AmoraRun(fake, tmp_path, AMORA_LOGGING__LEVEL="DEBUG", AMORA_LOGGING__FORMAT="json")
    bot.start()
    sam = Person(fake, "Sampaio")
    channel = fake.world.channel_id
    try:
        seen = 0
        for said in (
            "My girlfriend keeps texting her ex and I feel jealous",
            "Sometimes I think everyone would be better off without me",
        ):
            sam.say(sam.dm, said)
            reply = fake.reply_in(sam.dm, seen)
            seen += 1
        for command, options in [
            ("newsession", {"title": "Trust after the birthday dinner"}),
            ("rename", {"title": "Quiet weekends in Lisbon"}),
            ("followup", {"time": "07:45", "timezone": "Europe/Lisbon"}),
            ("session", {}),
            ("sessions", {}),
            ("export", {}),
            ("progress", {}),
        ]:
            fake.answer(sam.slash(sam.dm, command, **options))
        sam.say(sam.dm, "He forgot my birthday and laughed about it")
        reply = fake.wait(
            lambda: [m for m in fake.bot_messages(sam.dm) if buttons(m)][seen:], "a coached reply"
        )[0]
        fake.answer(sam.click(reply, "👍"))
        fake.answer(sam.click(reply, "🔄"))
        fake.answer(sam.press(reply, "fb:like:999999"))
        sam.say(channel, "Lisbon was lovely, jealous of anyone there now", mention=True)
        fake.reply_in(channel, 0)
    finally:
        assert bot.stop() == 0

    logged = records(bot.log.read_text())
    assert any(r["level"] == "DEBUG" for r in logged), "the bot did not log at DEBUG"
    assert any("discord running" in r["message"] for r in loud(logged))
    assert leaks(logged) == []
