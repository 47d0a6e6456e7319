"""`amora chat` as a person uses it: a conversation piped into the real command."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

CONVERSATION = [
    "My girlfriend keeps texting her ex and I feel jealous and anxious.",
    "I don't trust her when she says they're just friends.",
    "Last night I checked her phone and now I feel ashamed.",
    "What should I do about this jealousy?",
    "I will talk to her calmly on Sunday about what I need.",
    "/session",
    "/like",
    "/dislike",
    "/regenerate",
    "/newsession Second",
    "/sessions",
    "My mother-in-law criticises my cooking at every family dinner.",
    "/session",
    "/followup 21:30 Europe/Berlin",
    "i want to end my life",
]


def amora_command() -> list[str]:
    script = Path(sys.executable).with_name("amora")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMORA_")}
    env.update(
        AMORA_DATABASE__URL=f"sqlite:///{tmp_path / 'amora.db'}",
        AMORA_COACH__SEED="11",
        **extra,
    )
    return env


def chat(tmp_path: Path, lines: list[str], *args: str) -> str:
    done = subprocess.run(
        [*amora_command(), "chat", "--user", "Sam", *args],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment(tmp_path),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def replies(output: str) -> list[str]:
    """Each block the coach printed, keyed by the input line it answered."""
    blocks: list[str] = []
    for line in output.splitlines():
        if line.startswith("you> "):
            blocks.append("")
        elif blocks:
            blocks[-1] += line + "\n"
    return blocks


def test_a_whole_conversation(tmp_path: Path) -> None:
    output = chat(tmp_path, CONVERSATION)
    blocks = replies(output)
    assert len(blocks) == len(CONVERSATION)
    answers = dict(zip(CONVERSATION, blocks, strict=True))  # the later /session wins here

    first = answers[CONVERSATION[0]]
    assert "[/1 👍]  [/2 👎]  [/3 🔄]" in first
    session = blocks[CONVERSATION.index("/session")]
    assert "Summary: Worked on trust and jealousy" in session
    assert "talk to her calmly on Sunday" in session
    assert "Next plan: Next:" in session
    assert "Glad that helped" in answers["/like"]
    assert "I'll answer differently" in answers["/dislike"]
    regenerated = answers["/regenerate"].split("amora> ", 1)[1].split("       [/")[0]
    original = answers[CONVERSATION[4]].split("amora> ", 1)[1].split("       [/")[0]
    assert regenerated.strip() and regenerated != original
    assert "«My first session» - active" in answers["/sessions"]
    assert "«Second» - active, " not in answers["/sessions"]  # no topic yet
    assert "(current)" in answers["/sessions"]
    second = answers["/session"]
    assert "«Second»" in second and "Topic: family" in second
    assert "trust" not in second.lower()
    followup = answers["/followup 21:30 Europe/Berlin"]
    assert "21:30 Europe/Berlin" in followup and ("CET" in followup or "CEST" in followup)
    crisis = answers["i want to end my life"]
    assert "findahelpline.com" in crisis and "[/1" not in crisis


def test_state_survives_a_restart_and_export_and_stats_work(tmp_path: Path) -> None:
    chat(tmp_path, CONVERSATION[:5])
    again = chat(tmp_path, ["/sessions", "/export"])

    assert "«My first session» - active, trust and jealousy" in again
    exports = list(tmp_path.glob("amora-export-*.json"))
    assert len(exports) == 1 and "talk to her calmly" in exports[0].read_text()
    stats = subprocess.run(
        [*amora_command(), "stats"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment(tmp_path),
        timeout=60,
        check=True,
    )
    assert "People: 1" in stats.stdout and "texting her ex" not in stats.stdout


def test_a_checkin_that_falls_due_appears_in_the_terminal(tmp_path: Path) -> None:
    chat(tmp_path, [*CONVERSATION[:5], "/followup 21:30 UTC"])
    due = (datetime.now(UTC) - timedelta(minutes=2)).strftime("%Y-%m-%d %H:%M:%S.000000")
    with sqlite3.connect(tmp_path / "amora.db") as db:  # as if the process had been down a bit
        assert db.execute("UPDATE sessions SET next_followup_at = ?", (due,)).rowcount == 1

    process = subprocess.Popen(
        [*amora_command(), "chat", "--user", "Sam"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=environment(tmp_path, AMORA_FOLLOWUPS__SWEEP_SECONDS="5"),
    )
    assert process.stdout is not None and process.stdin is not None
    deadline, seen = time.monotonic() + 60, ""
    while "check-in" not in seen and time.monotonic() < deadline:
        seen += process.stdout.readline()
    process.stdin.write("/quit\n")
    process.stdin.close()
    rest = process.stdout.read()  # not communicate(): it would skip what readline buffered
    assert process.wait(timeout=60) == 0

    assert "check-in «My first session»> " in seen
    assert "[/3 Continue this session]" in rest


@pytest.mark.parametrize("line", ["", "   ", "\x00\x01", "🙂🙂🙂", "مرحبا كيف حالك", "x" * 100_000])
def test_odd_input_never_crashes(tmp_path: Path, line: str) -> None:
    output = chat(tmp_path, [line, "/session"])

    assert "amora> «My first session»" in output or "empty" in output
