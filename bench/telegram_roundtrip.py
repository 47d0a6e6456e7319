"""Round trip of a coaching message through Telegram: the Bot API emulator and `amora run`.

One person writes a message, waits for the coach's reply, writes the next. The time is from
posting the message to the emulator until the reply is there to read, so it covers the bot's
long poll, the adapter, the coaching turn on SQLite, the typing action and sendMessage.
Prints the median (and p90) over the measured messages. Between a reply and the next message
the person pauses (--pause, 0.1 s): a faster stream from one chat is held back by the rate
limiter (Telegram's 30 messages a second), which measures the limiter, not the round trip.
Needs node and `npm ci --prefix tests/e2e/telegram` (or `make test` once).
Usage: .venv/bin/python bench/telegram_roundtrip.py [--messages 50] [--pause 0.1]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.e2e.telegram

from tests.e2e.telegram.emulator import AmoraRun, Emulator, Person

TEXTS = [
    "We keep arguing about chores and I feel frustrated.",
    "My boyfriend is always on his phone when we are together.",
    "I don't trust my wife since she started working late.",
    "My mother-in-law criticises everything I do.",
    "We have been long distance for a year and it is wearing me down.",
    "I feel lonely even when my partner is in the room.",
]
WARM_UP = 3


def main() -> int:
    """Measures and prints the round-trip times."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--messages", type=int, default=50)
    args.add_argument("--pause", type=float, default=0.1, help="seconds between messages")
    options = args.parse_args()
    emulator = Emulator()
    try:
        with tempfile.TemporaryDirectory() as workdir:
            bot = AmoraRun(emulator, Path(workdir), "4242:bench")
            try:
                times = measure(Person(emulator, bot.token, 7001), options.messages, options.pause)
            finally:
                bot.stop()
    finally:
        emulator.stop()
    times.sort()
    median = statistics.median(times) * 1000
    p90 = times[int(len(times) * 0.9) - 1] * 1000
    print(
        f"telegram round trip through the emulator, {len(times)} messages "
        f"{options.pause:g} s apart: "
        f"median {median:.1f} ms, p90 {p90:.1f} ms"
    )
    return 0


def measure(person: Person, count: int, pause: float) -> list[float]:
    """Seconds from sending each message to reading its reply (warm-up messages dropped)."""
    times: list[float] = []
    for n in range(WARM_UP + count):
        time.sleep(pause)
        began = time.perf_counter()
        person.say(TEXTS[n % len(TEXTS)])
        person.reply()
        if n >= WARM_UP:
            times.append(time.perf_counter() - began)
    return times


if __name__ == "__main__":
    sys.exit(main())
