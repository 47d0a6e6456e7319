"""`amora run` as an operator runs it: no adapter, SIGTERM mid-turn and mid-burst, webhook."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

from tests.e2e.telegram.conftest import (
    IN_FLIGHT,
    TOKENS,
    burst,
    fates,
    half_stored_turns,
    settled,
    wait_for,
)
from tests.e2e.telegram.emulator import AmoraRun, Emulator, Person, amora_command, buttons

MESSAGES = [
    "My partner and I argue about money every week.",
    "I feel like she never listens to me.",
    "Yesterday it turned into shouting again.",
    "I don't know how to start the conversation calmly.",
]


def free_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def amora_run(tmp_path: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    """`amora run` with only these AMORA_* settings (and a temporary SQLite file)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMORA_")}
    env |= {"AMORA_DATABASE__URL": f"sqlite:///{tmp_path / 'amora.db'}", **settings}
    return subprocess.run(
        [*amora_command(), "run"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )


def test_without_an_enabled_adapter_it_says_what_to_set(tmp_path: Path) -> None:
    done = amora_run(tmp_path)

    assert done.returncode == 2
    assert "telegram.enabled" in done.stderr and "telegram.token" in done.stderr


def test_an_unreachable_bot_api_is_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    done = amora_run(
        tmp_path,
        AMORA_TELEGRAM__ENABLED="true",
        AMORA_TELEGRAM__TOKEN="123:secret-token",
        AMORA_TELEGRAM__BASE_URL=f"http://127.0.0.1:{free_port()}/bot",
    )

    assert done.returncode == 1
    assert "telegram could not start (NetworkError)" in done.stderr
    assert "secret-token" not in done.stderr


def test_sigterm_finishes_turns_in_flight_and_loses_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    token = next(TOKENS)
    first = AmoraRun(emulator, tmp_path, token)
    sam = Person(emulator, token, 301)
    for text in MESSAGES:
        sam.say(text)

    status, seconds = first.stop()  # while those messages are being answered

    assert status == 0 and seconds < 10, first.log.read_text()
    answered_before = len(sam.quiet(0.2))
    with closing(sqlite3.connect(first.database)) as db:
        unanswered = db.execute(
            "SELECT count(*) FROM messages m WHERE role = 'user'"
            " AND NOT EXISTS (SELECT 1 FROM messages c WHERE c.reply_to_id = m.id)"
        ).fetchone()
    assert unanswered == (0,)  # no turn was cut off halfway
    second = AmoraRun(emulator, tmp_path, token)  # updates not taken before the stop come now
    try:
        sam.replies(len(MESSAGES) - answered_before)
        assert sam.quiet(0.5) == []
    finally:
        assert second.stop()[0] == 0
    with closing(sqlite3.connect(first.database)) as db:
        stored = db.execute("SELECT count(*) FROM messages WHERE role = 'user'").fetchone()
    assert stored == (len(MESSAGES),)


def test_sigterm_during_a_burst_from_ten_chats_exits_in_time_and_loses_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    token = next(TOKENS)
    first = AmoraRun(emulator, tmp_path, token)
    people = [Person(emulator, token, 310 + n) for n in range(10)]
    written = burst(people, [*MESSAGES, "How do I say sorry without starting round two?"])
    assert wait_for(first.database, IN_FLIGHT, replies=1)  # turns are in flight

    status, seconds = first.stop()

    assert status == 0 and seconds < 10, first.log.read_text()
    assert half_stored_turns(first.database) == []
    at_stop = fates(first.database, emulator.sent(token), written)
    assert [w for w, f in at_stop.items() if f.stored and len(f.replies) != 1] == []
    assert [w for w, f in at_stop.items() if f.replies and not f.arrived] == []
    second = AmoraRun(emulator, tmp_path, token)  # updates not taken before the stop come now
    try:
        final = settled(emulator, second, written)
    finally:
        assert second.stop()[0] == 0
    assert len(written) == 50
    assert [w for w, f in final.items() if (f.stored, len(f.replies), f.arrived) != (1, 1, 1)] == []
    assert len(emulator.sent(token)) == len(written)  # and nothing else was sent
    assert half_stored_turns(first.database) == []


def test_webhook_mode(emulator: Emulator, tmp_path: Path) -> None:
    token, port = next(TOKENS), free_port()
    webhook = AmoraRun(
        emulator,
        tmp_path,
        token,
        AMORA_TELEGRAM__MODE="webhook",
        AMORA_TELEGRAM__WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        AMORA_TELEGRAM__WEBHOOK_LISTEN="127.0.0.1",
        AMORA_TELEGRAM__WEBHOOK_PORT=str(port),
        AMORA_TELEGRAM__WEBHOOK_SECRET="e2e-secret",
    )
    try:
        sam = Person(emulator, token, 302)
        sam.say("My girlfriend wants more space and I feel rejected.")
        assert set(buttons(sam.reply())) == {"👍", "👎", "🔄"}
    finally:
        status, seconds = webhook.stop()
    assert status == 0 and seconds < 10
