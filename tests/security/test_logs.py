"""`amora chat` at DEBUG: a whole conversation, and not a word of it in the log at INFO or above.

(The Telegram and Discord bots are checked the same way in tests/e2e/*/test_faults.py.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

CONVERSATION = [
    "My girlfriend keeps texting her ex and I feel jealous",
    "/like",
    "/regenerate",
    "Sometimes I think everyone would be better off without me",
    "/newsession Trust after the birthday dinner",
    "He forgot my birthday and laughed about it",
    "/dislike",
    "/rename Quiet weekends in Lisbon",
    "/followup 07:45 Europe/Lisbon",
    "/session",
    "/sessions",
    "/1",
    "/export",
    "/progress",
    "/stats",
    "/forget",
    "/quit",
]
PRIVATE_WORDS = [
    "texting her ex",
    "jealous",
    "better off without me",
    "birthday dinner",
    "forgot my birthday",
    "Lisbon",
    "Quiet weekends",
    "Sampaio",  # the person's name at the terminal
]


def record(line: str) -> dict[str, Any]:
    """A JSON log line; anything else on standard error counts as loud."""
    try:
        parsed = json.loads(line)
    except ValueError:
        return {"level": "UNSTRUCTURED", "logger": "stderr", "message": line}
    assert isinstance(parsed, dict)
    return parsed


def test_a_whole_terminal_conversation_at_debug_logs_no_message_text(tmp_path: Path) -> None:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("AMORA_")}
    environ |= {
        "AMORA_DATABASE__URL": f"sqlite:///{tmp_path / 'amora.db'}",
        "AMORA_LOGGING__LEVEL": "DEBUG",
        "AMORA_LOGGING__FORMAT": "json",
    }
    chat = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--user", "Sampaio"],
        input="\n".join(CONVERSATION) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environ,
        timeout=120,
        check=False,
    )

    assert chat.returncode == 0, chat.stderr
    assert "Lisbon" in chat.stdout and list(tmp_path.glob("amora-export-*.json"))
    records = [record(line) for line in chat.stderr.splitlines() if line.strip()]
    assert any(r["level"] == "DEBUG" for r in records), "nothing was logged at DEBUG"
    loud = [r for r in records if r["level"] != "DEBUG"]
    leaks = [
        (r["level"], r["logger"], word)
        for r in loud
        for word in PRIVATE_WORDS
        if word.lower() in json.dumps(r, ensure_ascii=False).lower()
    ]
    assert leaks == []
