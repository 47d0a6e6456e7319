"""`amora run` with the language model switched on, against a local OpenAI-compatible fake."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram.conftest import TOKENS
from tests.e2e.telegram.emulator import AmoraRun, Emulator, Person, buttons
from tests.e2e.telegram.test_conversation import eventually

MODEL_WORDS = "It sounds like the plans matter to you both. What would a fair week look like?"
MODEL_SECONDS = 1.5


class SlowModel(BaseHTTPRequestHandler):
    """/v1/chat/completions answered after MODEL_SECONDS, as a model on a small machine."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        time.sleep(MODEL_SECONDS)
        body = json.dumps({"choices": [{"message": {"content": MODEL_WORDS}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: Any) -> None:
        """Quiet."""


@pytest.fixture(scope="module")
def model_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowModel)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def bot(
    emulator: Emulator, model_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[AmoraRun]:
    running = AmoraRun(
        emulator,
        Path(tmp_path_factory.mktemp("amora-llm")),
        next(TOKENS),
        AMORA_COACH__ENGINE="llm",
        AMORA_LLM__BASE_URL=model_url,
        AMORA_LLM__MODEL="coach-1",
        AMORA_LLM__TIMEOUT_SECONDS="10",
    )
    yield running
    status, _ = running.stop()
    assert status == 0, running.log.read_text()


def test_a_slow_model_reply_shows_typing_first_then_its_words(
    emulator: Emulator, bot: AmoraRun
) -> None:
    sam = Person(emulator, bot.token, 301, "Sam")

    sam.say("My partner cancels our plans every weekend and I feel unimportant.")

    def typing() -> list[dict[str, Any]]:
        return [
            c for c in emulator.calls(bot.token, "sendChatAction") if str(c["chat_id"]) == "301"
        ]

    assert eventually(lambda: bool(typing()), timeout=MODEL_SECONDS)
    assert sam.quiet(0.1) == []  # "typing…" shows while the model is still writing
    reply = sam.reply(timeout=MODEL_SECONDS + 10)
    assert reply["text"] == MODEL_WORDS
    assert set(buttons(reply)) == {"👍", "👎", "🔄"}
    assert typing()[0]["action"] == "typing"
