"""Telegram end to end, many chats at once: `amora run` against a bare echo bot.

Every bot polls the same Bot API emulator. In each round, --chats people write --messages
messages each, all chats at once (each person's messages one after the other, in order), to:
  - a bare python-telegram-bot echo bot (an Application polling, one MessageHandler that
    replies with the text, in its own process): the target's yardstick;
  - the same echo bot sending through python-telegram-bot's AIORateLimiter with its defaults
    (Telegram's published 30 messages a second), as Amora does: the like-for-like yardstick;
  - `amora run` (SQLite in a temporary folder, the block engine), as configured by default:
    at most 30 messages a second (`telegram.max_messages_per_second`);
  - `amora run` with that limit off (`max_messages_per_second = 0`), like the bare echo bot:
    the target's ratio, which measures Amora's own cost and not the limit both would obey.
Throughput is replies a second from the first message sent until the last reply reached the
emulator (its arrival time, in milliseconds). Order is checked per chat: an echo bot's replies
by their text; Amora's through its database, which links each coach message (by the id it was
sent as) to the person's message it answers. Each round writes as new people.
Amora's flood limit is raised to --messages for the run, so every message gets a reply.
Each round also prints the CPU time each process spent a reply (Linux: /proc/<pid>/stat): the
bot's own, the emulator's, and the people's side (this process).
Needs node and `npm ci --prefix tests/e2e/telegram` (or `make test` once).
Usage: .venv/bin/python bench/telegram_throughput.py [--chats 50] [--messages 20] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.e2e.telegram

TEXTS = [
    "We keep arguing about chores and I feel frustrated.",
    "My boyfriend is always on his phone when we are together.",
    "I don't trust my wife since she started working late.",
    "My mother-in-law criticises everything I do.",
    "We have been long distance for a year and it is wearing me down.",
    "I feel lonely even when my partner is in the room.",
    "What should I do to bring the spark back?",
    "I tried the appreciation exercise and it went well.",
]
WAIT_SECONDS = 300.0


def text_for(chat: int, number: int) -> str:
    """A message that says which chat and which place in it it has."""
    return f"{TEXTS[(chat + number) % len(TEXTS)]} (chat {chat}, message {number})"


@dataclass(frozen=True)
class Outcome:
    """One bot under one load: replies a second, the chats whose replies came out of order, and
    the CPU milliseconds a reply that each process spent (the bot, the emulator, the people)."""

    replies: int
    seconds: float
    out_of_order: list[int]
    cpu_ms: dict[str, float]

    @property
    def rate(self) -> float:
        """Replies a second."""
        return self.replies / self.seconds


class Load:
    """People writing to one bot through the emulator's client API, all chats at once."""

    def __init__(self, url: str, token: str, chats: list[int], messages: int) -> None:
        self.url = url
        self.token = token
        self.chats = chats
        self.messages = messages

    def _body(self, chat: int, text: str) -> dict[str, Any]:
        person = {"id": chat, "is_bot": False, "first_name": "Sam", "language_code": "en"}
        return {
            "botToken": self.token,
            "date": int(time.time()),
            "from": person,
            "chat": {"id": chat, "type": "private", "first_name": "Sam"},
            "text": text,
        }

    async def _write(self, client: aiohttp.ClientSession, chat: int) -> None:
        for number in range(self.messages):
            body = self._body(chat, text_for(chat, number))
            async with client.post(f"{self.url}/sendMessage", json=body) as answer:
                answer.raise_for_status()
                await answer.read()

    async def _wait_for_replies(
        self, client: aiohttp.ClientSession, chat: int, deadline: float
    ) -> None:
        """Long-polls one chat until it has a reply to every message."""
        got = 0
        while got < self.messages:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"chat {chat}: {got} of {self.messages} replies")
            body = {"token": self.token, "chatId": chat, "timeout": min(left, 10) * 1000}
            poll = aiohttp.ClientTimeout(total=min(left, 10) + 5)
            async with client.post(
                f"{self.url}/shim/botMessages", json=body, timeout=poll
            ) as answer:
                got += len((await answer.json())["result"])

    async def run(self) -> tuple[float, list[dict[str, Any]]]:
        """Sends everything, waits for every reply; the start (epoch ms) and the bot messages.

        Through aiohttp, whose HTTP parsing is in C: the people's side shares the machine's two
        cores with the bot and the emulator, and should take as little of them as it can.
        """
        timeout = aiohttp.ClientTimeout(total=30)
        connector = aiohttp.TCPConnector(limit=0)  # every chat writes at once, as people do
        async with aiohttp.ClientSession(timeout=timeout, connector=connector) as client:
            began = time.time() * 1000
            await asyncio.gather(*(self._write(client, chat) for chat in self.chats))
            deadline = time.monotonic() + WAIT_SECONDS
            for chat in self.chats:  # one long poll at a time keeps the emulator's work small
                await self._wait_for_replies(client, chat, deadline)
            history = {"token": self.token}
            async with client.post(f"{self.url}/getUpdatesHistory", json=history) as answer:
                result = (await answer.json())["result"]
        wanted = {str(chat) for chat in self.chats}
        sent = [
            item
            for item in result
            if "chat_id" in item["message"] and str(item["message"]["chat_id"]) in wanted
        ]
        return began, sent


def outcome(
    began: float, sent: list[dict[str, Any]], out_of_order: list[int], cpu: dict[str, float]
) -> Outcome:
    """Throughput from the first message sent to the last reply's arrival; CPU (seconds) a reply."""
    last = max(item["time"] for item in sent)
    per_reply = {name: 1000 * seconds / len(sent) for name, seconds in cpu.items()}
    return Outcome(len(sent), (last - began) / 1000, out_of_order, per_reply)


def cpu_seconds(pids: dict[str, int]) -> dict[str, float]:
    """CPU seconds each process used so far (user and system): others' from /proc (Linux), this
    one's, the people's side, from getrusage. Empty where /proc cannot be read."""
    used = {}
    try:
        for name, pid in pids.items():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            used[name] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return {}
    own = resource.getrusage(resource.RUSAGE_SELF)
    return used | {"people": own.ru_utime + own.ru_stime}


def echo_order(sent: list[dict[str, Any]], chats: list[int], messages: int) -> list[int]:
    """Chats whose echoes did not come back in the order the messages were written."""
    arrived: dict[int, list[str]] = {}
    for item in sorted(sent, key=lambda i: i["messageId"]):
        arrived.setdefault(int(item["message"]["chat_id"]), []).append(item["message"]["text"])
    return [c for c in chats if arrived.get(c) != [text_for(c, n) for n in range(messages)]]


def amora_order(
    sent: list[dict[str, Any]], chats: list[int], messages: int, database: Path
) -> list[int]:
    """Chats whose coach replies did not come back in the order the messages were written."""
    answered: dict[str, str] = {}
    deadline = time.monotonic() + 10
    # The id a reply went out as is stored just after sendMessage returns: wait for the last.
    while len(answered) < len(sent) and time.monotonic() < deadline:
        with closing(sqlite3.connect(database, timeout=10)) as db:
            rows = db.execute(
                "SELECT coach.platform_message_id, asked.text FROM messages coach "
                "JOIN messages asked ON asked.id = coach.reply_to_id "
                "WHERE coach.role = 'coach' AND coach.platform_message_id IS NOT NULL"
            ).fetchall()
        answered = dict(rows)
        time.sleep(0.1)
    arrived: dict[int, list[str | None]] = {}
    for item in sorted(sent, key=lambda i: i["messageId"]):
        asked = answered.get(str(item["messageId"]))
        arrived.setdefault(int(item["message"]["chat_id"]), []).append(asked)
    return [c for c in chats if arrived.get(c) != [text_for(c, n) for n in range(messages)]]


class EchoBot:
    """The echo bot below, as a subprocess logging to a file."""

    def __init__(self, url: str, token: str, log: Path, *, limited: bool = False) -> None:
        self.token = token
        command = [sys.executable, __file__, "--echo-bot", url, token]
        with log.open("w") as out:
            self.process = subprocess.Popen(
                [*command, *(["--limited"] if limited else [])], stderr=out
            )

    def stop(self) -> None:
        """SIGTERM: python-telegram-bot stops polling and exits."""
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def echo_bot(url: str, token: str, *, limited: bool) -> None:
    """A bare python-telegram-bot echo bot: polling, one handler, nothing else.

    With `limited`, it sends through python-telegram-bot's AIORateLimiter with its defaults
    (Telegram's published limits: 30 messages a second in all, 20 a minute in a group), as
    Amora does: the same bot as it would have to run against Telegram itself.
    """
    from telegram import Update
    from telegram.ext import AIORateLimiter, Application, ContextTypes, MessageHandler, filters

    async def echo(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        """Replies with the text."""
        message = update.effective_message
        if message is not None and message.text is not None:
            await message.reply_text(message.text)

    builder = Application.builder().token(token)
    builder = builder.base_url(f"{url}/bot").base_file_url(f"{url}/file/bot")
    if limited:
        builder = builder.rate_limiter(AIORateLimiter())
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.run_polling(allowed_updates=[Update.MESSAGE])


def warm_up(url: str, token: str, chat: int) -> None:
    """One message and its reply: the bot is polling and its first turn is behind it."""
    load = Load(url, token, [chat], 1)
    asyncio.run(load.run())


BOTS = ("echo", "echo, rate-limited", "amora", "amora, unthrottled")
RATIOS = (("amora, unthrottled", "echo"), ("amora", "echo, rate-limited"), ("amora", "echo"))
"""(bot, yardstick): the first is the target's; like is compared with like."""


def measure(options: argparse.Namespace) -> dict[str, list[Outcome]]:
    """Every bot under the same load, round after round; each round with new people."""
    from tests.e2e.telegram.emulator import AmoraRun, Emulator

    outcomes: dict[str, list[Outcome]] = {name: [] for name in BOTS}
    emulator = Emulator()
    try:
        with tempfile.TemporaryDirectory() as folder:
            workdir = Path(folder)
            (workdir / "limited").mkdir()
            (workdir / "unthrottled").mkdir()
            flood = str(max(20, options.messages))
            amoras = {
                "amora": AmoraRun(
                    emulator, workdir / "limited", "4343:bench", AMORA_COACH__FLOOD_MESSAGES=flood
                ),
                "amora, unthrottled": AmoraRun(
                    emulator,
                    workdir / "unthrottled",
                    "4346:bench",
                    AMORA_COACH__FLOOD_MESSAGES=flood,
                    AMORA_TELEGRAM__MAX_MESSAGES_PER_SECOND="0",
                ),
            }
            echoes = {
                "echo": EchoBot(emulator.url, "4344:echo", workdir / "echo.log"),
                "echo, rate-limited": EchoBot(
                    emulator.url, "4345:echo", workdir / "limited.log", limited=True
                ),
            }
            bots = echoes | amoras
            tokens = {name: bot.token for name, bot in bots.items()}
            try:
                for token in tokens.values():
                    warm_up(emulator.url, token, 1)
                for round_ in range(options.rounds):
                    first = 10_000 * (round_ + 1)
                    chats = list(range(first, first + options.chats))
                    for name, token in tokens.items():
                        load = Load(emulator.url, token, chats, options.messages)
                        pids = {"bot": bots[name].process.pid, "emulator": emulator.process.pid}
                        before = cpu_seconds(pids)
                        began, sent = asyncio.run(load.run())
                        after = cpu_seconds(pids)
                        cpu = {k: after[k] - before[k] for k in before.keys() & after.keys()}
                        if name in amoras:
                            database = amoras[name].database
                            order = amora_order(sent, chats, options.messages, database)
                        else:
                            order = echo_order(sent, chats, options.messages)
                        outcomes[name].append(outcome(began, sent, order, cpu))
                        print_run(round_ + 1, name, outcomes[name][-1])
            finally:
                for bot in bots.values():
                    bot.stop()
    finally:
        emulator.stop()
    return outcomes


def print_run(number: int, name: str, result: Outcome) -> None:
    """One bot's figures in one round."""
    order = "in order" if not result.out_of_order else f"OUT OF ORDER: {result.out_of_order}"
    cpu = ", ".join(f"{k} {v:.2f}" for k, v in sorted(result.cpu_ms.items()))
    print(
        f"round {number}, {name}: {result.replies} replies in {result.seconds:.2f} s = "
        f"{result.rate:.1f} / s, every chat {order}" + (f"; CPU ms a reply: {cpu}" if cpu else "")
    )


def spread(values: list[float], digits: int = 1) -> str:
    """The median and, in brackets, the range."""
    low, high = min(values), max(values)
    return f"{statistics.median(values):.{digits}f} ({low:.{digits}f}-{high:.{digits}f})"


def report(outcomes: dict[str, list[Outcome]], options: argparse.Namespace) -> None:
    """Throughputs and the ratios measured round by round."""
    rates = {name: [o.rate for o in runs] for name, runs in outcomes.items()}
    print(
        f"\n{options.chats} chats x {options.messages} messages, {options.rounds} rounds "
        f"(median, range in brackets), replies a second:"
    )
    for name in BOTS:
        bot_cpu = [o.cpu_ms["bot"] for o in outcomes[name] if "bot" in o.cpu_ms]
        cpu = f"   bot CPU a reply {spread(bot_cpu, 2)} ms" if bot_cpu else ""
        print(f"  {name:<36} {spread(rates[name])}{cpu}")
    for bot, yardstick in RATIOS:
        ratios = [a / e for a, e in zip(rates[bot], rates[yardstick], strict=True)]
        target = " (target >= 0.7)" if (bot, yardstick) == RATIOS[0] else ""
        print(f"  {bot + ' / ' + yardstick:<36} {spread(ratios, 2)}{target}")
    in_order = all(not o.out_of_order for runs in outcomes.values() for o in runs)
    print(f"per-chat order: {'kept in every chat' if in_order else 'BROKEN (see above)'}")


def main() -> int:
    """Measures and prints the throughputs and their ratios."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--chats", type=int, default=50)
    args.add_argument("--messages", type=int, default=20, help="messages per chat")
    args.add_argument("--rounds", type=int, default=5)
    args.add_argument("--echo-bot", nargs=2, metavar=("URL", "TOKEN"), help=argparse.SUPPRESS)
    args.add_argument("--limited", action="store_true", help=argparse.SUPPRESS)
    options = args.parse_args()
    if options.echo_bot:
        echo_bot(*options.echo_bot, limited=options.limited)
        return 0
    report(measure(options), options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
