"""`amora chat` at DEBUG: a whole conversation, and not a word of it in the log at INFO or above.

(The Telegram and Discord bots are checked the same way in tests/e2e/*/test_faults.py.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.security.leaks import leaks, records

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
    logged = records(chat.stderr)
    assert any(r["level"] == "DEBUG" for r in logged), "nothing was logged at DEBUG"
    assert leaks(logged) == []
