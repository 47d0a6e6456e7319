"""`amora run` restarted: buttons of earlier messages work; without Message Content, DMs do."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.e2e.discord.conftest import AmoraRun
from tests.e2e.discord.fake import FakeDiscord
from tests.e2e.discord.gateway import MESSAGE_CONTENT
from tests.e2e.discord.people import Person, buttons
from tests.e2e.discord.world import EPHEMERAL, plain

People = Callable[[str], Person]


def test_buttons_from_before_a_restart_still_work(
    fake: FakeDiscord, bot: AmoraRun, person: People
) -> None:
    max_ = person("Max")
    max_.say(max_.dm, "My boyfriend forgot my birthday and I feel invisible.")
    reply = fake.reply_in(max_.dm, 0)
    synced = len(fake.commands[fake.world.guild_id])

    assert bot.stop() == 0
    bot.start()
    liked = fake.answer(max_.click(reply, "👍"))
    again = fake.answer(max_.click(reply, "🔄"))

    assert liked["flags"] & EPHEMERAL and "Glad that helped" in plain(liked["content"])
    assert again["content"] and [b["label"] for b in buttons(again)] == ["👍", "👎", "🔄"]
    assert len(fake.commands[fake.world.guild_id]) == synced


def test_without_the_message_content_intent_the_bot_still_runs_for_dms(
    fake: FakeDiscord, bot: AmoraRun, person: People
) -> None:
    nia = person("Nia")
    assert bot.stop() == 0
    fake.message_content_allowed = False
    try:
        bot.start()
        nia.say(nia.dm, "I think my partner and I want different futures.")
        reply = fake.reply_in(nia.dm, 0)
    finally:
        fake.message_content_allowed = True

    assert reply["content"]
    assert fake.gateway.intents is not None and not fake.gateway.intents & MESSAGE_CONTENT
    assert "Message Content intent is off" in bot.log.read_text()


def test_a_wrong_token_stops_amora_run_with_a_clear_error(
    fake: FakeDiscord, tmp_path_factory: pytest.TempPathFactory
) -> None:
    wrong = AmoraRun(fake, tmp_path_factory.mktemp("wrong"), AMORA_DISCORD__TOKEN="not.the.token")
    wrong.start(connect=False)

    assert wrong.wait() == 1
    log = wrong.log.read_text()
    assert "discord could not start (LoginFailure)" in log
    assert "not.the.token" not in log
