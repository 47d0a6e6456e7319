"""The Bot API emulator and `amora run` as subprocesses, and people who write to the bot.

Used by the end-to-end tests and by bench/telegram_roundtrip.py.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
BOT_USERNAME = "TestNameBot"
BOT_ID = 666


def node() -> str | None:
    """The node executable, if there is one."""
    return shutil.which("node")


def amora_command() -> list[str]:
    """The installed `amora` script next to this Python, else `python -m bot`."""
    script = Path(sys.executable).with_name("amora")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


class Emulator:
    """telegram-test-api with the shim (server.js), on 127.0.0.1 and a free port."""

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        executable = node()
        if executable is None or not (HERE / "node_modules" / "telegram-test-api").exists():
            raise RuntimeError("node and `npm ci --prefix tests/e2e/telegram` are needed")
        self.process = subprocess.Popen(
            [executable, str(HERE / "server.js"), json.dumps(options or {})],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()  # server.js prints one line once it listens
        if not line:
            raise RuntimeError(f"the emulator did not start (exit {self.process.wait()})")
        self.url: str = json.loads(line)["url"]
        self.http = httpx.Client(base_url=self.url, timeout=30)

    def post(self, path: str, **body: Any) -> Any:
        """A call to the emulator's client API; its result."""
        answer = self.http.post(path, json=body)
        answer.raise_for_status()
        return answer.json()["result"]

    def calls(self, token: str, method: str) -> list[dict[str, Any]]:
        """Parameters of the recorded calls of one Bot API method, oldest first."""
        recorded = self.post("/shim/calls", token=token)
        return [c["params"] for c in recorded if c["method"] == method]

    def answer(self, token: str, query_id: str, timeout: float = 10.0) -> dict[str, Any]:
        """Waits for the bot to answer a callback query; the answer's parameters."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for answer in self.calls(token, "answerCallbackQuery"):
                if answer["callback_query_id"] == query_id:
                    return answer
            time.sleep(0.02)
        raise AssertionError(f"callback query {query_id} was never answered")

    def sent(self, token: str) -> list[dict[str, Any]]:
        """Every message the bot with this token sent, oldest first, whether read or not."""
        return list(self.post("/shim/sent", token=token))

    def pending(self, token: str) -> int:
        """How many updates to the bot it has not confirmed yet (Telegram would send them again)."""
        return int(self.post("/shim/pending", token=token))

    def stall(self, token: str, stalled: bool = True) -> int:
        """Holds the bot's sendMessage calls unanswered, or lets them through again.

        Answers how many calls were held for callers still connected; those of a process that
        died are dropped, as Telegram never receives them.
        """
        return int(self.post("/shim/stall", token=token, stalled=stalled))

    def redeliver(self, token: str, update_id: int) -> int:
        """Sends an update to the bot again, as Telegram does; the new update id."""
        return int(self.post("/shim/redeliver", token=token, updateId=update_id)["update_id"])

    def stop(self) -> None:
        """Stops the emulator."""
        self.http.close()
        self.process.terminate()
        self.process.wait(10)


@dataclass
class Person:
    """Someone writing to the bot through the emulator's client API, as a Telegram app would."""

    emulator: Emulator
    token: str
    user_id: int
    first_name: str = "Sam"
    chat: dict[str, Any] | None = None
    """The chat they write in; their private chat with the bot when None."""
    thread_id: int | None = None
    language_code: str = "en"
    _sent: list[dict[str, Any]] = field(default_factory=list)

    @property
    def chat_id(self) -> int:
        return self.chat["id"] if self.chat else self.user_id

    def _from(self) -> dict[str, Any]:
        return {
            "id": self.user_id,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": self.language_code,
        }

    def _message(self, text: str | None, **extra: Any) -> dict[str, Any]:
        chat = self.chat or {"id": self.user_id, "type": "private", "first_name": self.first_name}
        message: dict[str, Any] = {
            "botToken": self.token,
            "date": int(time.time()),
            "from": self._from(),
            "chat": chat,
            **extra,
        }
        if text is not None:
            message["text"] = text
        if self.thread_id is not None:
            message |= {"message_thread_id": self.thread_id, "is_topic_message": True}
        return message

    def say(self, text: str, **extra: Any) -> dict[str, Any]:
        """Sends a message (a command when it starts with "/"); the update and message ids."""
        if text.startswith("/"):
            length = len(text.split(maxsplit=1)[0])
            extra["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
            ids = self.emulator.post("/sendCommand", **self._message(text, **extra))
        else:
            ids = self.emulator.post("/sendMessage", **self._message(text, **extra))
        self._sent.append(ids)
        return dict(ids)

    def send(self, **content: Any) -> dict[str, Any]:
        """Sends a message without text (a sticker, a photo…)."""
        return dict(self.emulator.post("/sendMessage", **self._message(None, **content)))

    def press(self, message: dict[str, Any], data: str) -> str:
        """Presses a button under a bot message (or sends any data); the callback query id."""
        pressed = {
            "message_id": message["message_id"],
            "date": message["date"],
            "chat": message["chat"],
            "from": message["from"],
            "text": message.get("text", ""),
        }
        if "message_thread_id" in message:
            pressed |= {"message_thread_id": message["message_thread_id"], "is_topic_message": True}
        query = {"botToken": self.token, "from": self._from(), "message": pressed, "data": data}
        return str(self.emulator.post("/sendCallback", **query)["callback_query_id"])

    def replies(self, count: int = 1, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Waits for at least `count` new bot messages in this chat; all that arrived."""
        found: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout
        while len(found) < count and (left := deadline - time.monotonic()) > 0:
            found += self.emulator.post(
                "/shim/botMessages", token=self.token, chatId=self.chat_id, timeout=left * 1000
            )
        assert len(found) >= count, f"expected {count} bot messages, got {found}"
        return found

    def reply(self, timeout: float = 10.0) -> dict[str, Any]:
        """The one next bot message."""
        (message,) = self.replies(1, timeout)
        return message

    def quiet(self, seconds: float) -> list[dict[str, Any]]:
        """Bot messages that arrive within `seconds` (expected: none)."""
        return list(
            self.emulator.post(
                "/shim/botMessages", token=self.token, chatId=self.chat_id, timeout=seconds * 1000
            )
        )


def buttons(message: dict[str, Any]) -> dict[str, str]:
    """Button label -> callback data of a bot message."""
    markup = message.get("reply_markup") or {"inline_keyboard": []}
    return {b["text"]: b["callback_data"] for row in markup["inline_keyboard"] for b in row}


class AmoraRun:
    """`amora run`, unmodified, as a subprocess talking to the emulator."""

    def __init__(self, emulator: Emulator, workdir: Path, token: str, **env: str) -> None:
        self.token = token
        self.database = workdir / "amora.db"
        self.log = workdir / "amora.log"
        environ = {k: v for k, v in os.environ.items() if not k.startswith("AMORA_")}
        environ |= {
            "AMORA_DATABASE__URL": f"sqlite:///{self.database}",
            "AMORA_TELEGRAM__ENABLED": "true",
            "AMORA_TELEGRAM__TOKEN": token,
            "AMORA_TELEGRAM__BASE_URL": f"{emulator.url}/bot",
            "AMORA_TELEGRAM__BASE_FILE_URL": f"{emulator.url}/file/bot",
            "AMORA_COACH__SEED": "5",
            "AMORA_FOLLOWUPS__SWEEP_SECONDS": "5",
            **env,
        }
        self.started = time.monotonic()
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [*amora_command(), "run"], cwd=workdir, env=environ, stderr=log, text=True
            )
        self.wait_for_log("telegram running")

    def wait_for_log(self, words: str, timeout: float = 30.0) -> None:
        """Waits until the log says `words`."""
        deadline = time.monotonic() + timeout
        while words not in self.log.read_text():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"amora run: no {words!r} in its log:\n{self.log.read_text()}")
            time.sleep(0.05)

    def stop(self, timeout: float = 10.0) -> tuple[int, float]:
        """SIGTERM; the exit status and how long it took to exit."""
        began = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            status = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        return status, time.monotonic() - began

    def kill(self) -> None:
        """SIGKILL, as a crash or the OOM killer would: nothing gets to finish."""
        self.process.kill()
        self.process.wait(10)
