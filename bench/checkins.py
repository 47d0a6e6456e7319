"""Check-ins at scale: thousands due in one minute, through the real sweep and Telegram path.

A fake Bot API server runs in a process of its own on 127.0.0.1. It answers getMe and
sendMessage like Telegram, and answers 429 with `retry_after` when a message would make more
than 30 in the last second, or more than one in the last second in one chat. It records every
message it accepts, by the session named in the check-in's "Continue" button.

(a) On SQLite and on PostgreSQL: --count check-ins fall due in the same minute (one in five
belongs to a person with two sessions: two check-ins to one chat). `amora run`'s wiring
(bot.bootstrap.build, the Telegram adapter's Application with its rate limiter, the
TelegramMessenger with its pacer and retries) sweeps once. Prints the time, the rate and the
429s. Target (DESIGN.md §9): 10,000 within 7 minutes, no 429.
(b) Two processes each sweep the same PostgreSQL database with --count due check-ins, both
through the Telegram path to the same server with the same bot token, so they share its send
slots in the database. Prints how many were sent twice, how many were missed, and the 429s.
Target: 0 / 0, and no 429.

Usage: .venv/bin/python bench/checkins.py [--count 10000] [--part a|b|all] [--no-sqlite]
       [--postgres postgresql+asyncpg://postgres@127.0.0.1:5432/test | --no-postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import math
import re
import socket
import sys
import tempfile
import time
import uuid
from collections import Counter, deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.scale and tests.fakes

from aiohttp import ClientSession, web
from sqlalchemy import text

from bot.bootstrap import build
from bot.config import Settings
from bot.run import enabled_adapters
from storage import migrate
from storage.database import create_engine_for
from tests.fakes import FakeClock
from tests.scale.seed import seed_due

TOKEN = "4242:bench"
PER_SECOND = 30
"""Telegram's limit for a bot in all; the server refuses the 31st message within a second."""
PER_CHAT_SECONDS = 1.0
SESSION = re.compile(r"ss:switch:(\d+)")


# --- the fake Bot API server -------------------------------------------------------------------


@dataclass
class FakeBotApi:
    """Answers like the Bot API and keeps count; one instance per server process."""

    accepted: list[tuple[float, int]] = field(default_factory=list)
    """(arrival time, session id) of every message accepted."""
    too_fast: int = 0
    too_fast_in_chat: int = 0
    window: deque[float] = field(default_factory=deque)
    last_in_chat: dict[int, float] = field(default_factory=dict)
    next_id: int = 0

    async def method(self, request: web.Request) -> web.Response:
        """POST /bot<token>/<method>."""
        name = request.match_info["method"]
        if name == "getMe":
            me = {"id": 4242, "is_bot": True, "first_name": "Amora", "username": "AmoraBenchBot"}
            return web.json_response({"ok": True, "result": me})
        if name == "sendMessage":  # as the Bot API takes it: one JSON document, or a form
            json_body = request.content_type == "application/json"
            return self.send_message(await request.json() if json_body else await request.post())
        return web.json_response({"ok": True, "result": True})

    def send_message(self, form: Any) -> web.Response:
        """A message, or a 429 when it comes too fast overall or for its chat."""
        now = time.monotonic()
        chat = int(form["chat_id"])
        while self.window and self.window[0] <= now - 1.0:
            self.window.popleft()
        if len(self.window) >= PER_SECOND:
            self.too_fast += 1
            return self.retry_after(self.window[0] + 1.0 - now)
        last = self.last_in_chat.get(chat)
        if last is not None and now - last < PER_CHAT_SECONDS:
            self.too_fast_in_chat += 1
            return self.retry_after(last + PER_CHAT_SECONDS - now)
        self.window.append(now)
        self.last_in_chat[chat] = now
        found = SESSION.search(str(form.get("reply_markup", "")))
        self.accepted.append((now, int(found.group(1)) if found else 0))
        self.next_id += 1
        message = {
            "message_id": self.next_id,
            "date": int(time.time()),
            "chat": {"id": chat, "type": "private", "first_name": "Person"},
            "text": form.get("text", ""),
        }
        return web.json_response({"ok": True, "result": message})

    @staticmethod
    def retry_after(seconds: float) -> web.Response:
        """Telegram's answer to a flood: HTTP 429 with whole seconds to wait."""
        wait = max(1, math.ceil(seconds))
        body = {
            "ok": False,
            "error_code": 429,
            "description": f"Too Many Requests: retry after {wait}",
            "parameters": {"retry_after": wait},
        }
        return web.json_response(body, status=429)

    async def stats(self, _: web.Request) -> web.Response:
        """GET /stats: what was accepted and refused."""
        times = [t for t, _ in self.accepted]
        return web.json_response(
            {
                "sessions": [s for _, s in self.accepted],
                "too_fast": self.too_fast,
                "too_fast_in_chat": self.too_fast_in_chat,
                "busiest_second": busiest_second(times),
                "first": times[0] if times else None,
                "last": times[-1] if times else None,
            }
        )

    async def reset(self, _: web.Request) -> web.Response:
        """POST /reset: forget everything (between runs)."""
        self.accepted.clear()
        self.too_fast = self.too_fast_in_chat = 0
        self.window.clear()
        self.last_in_chat.clear()
        return web.json_response({"ok": True})


async def serve() -> None:
    """Runs the fake Bot API on a free port, prints "port N", serves until killed."""
    api = FakeBotApi()
    app = web.Application()
    app.router.add_post("/bot{token}/{method}", api.method)
    app.router.add_get("/stats", api.stats)
    app.router.add_post("/reset", api.reset)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    await web.SockSite(runner, sock).start()
    print(f"port {sock.getsockname()[1]}", flush=True)
    await asyncio.Event().wait()


@asynccontextmanager
async def server_process() -> AsyncIterator[str]:
    """The fake Bot API in its own process (so the sweep's work never delays its clock)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--serve", stdout=asyncio.subprocess.PIPE
    )
    try:
        assert process.stdout is not None
        line = (await process.stdout.readline()).decode().split()
        yield f"http://127.0.0.1:{line[1]}"
    finally:
        process.terminate()
        await process.wait()


async def server_call(server: str, method: str, path: str) -> dict[str, Any]:
    async with ClientSession() as http, http.request(method, f"{server}{path}") as answer:
        result: dict[str, Any] = await answer.json()
        return result


# --- one sweep, wired as `amora run` wires it ----------------------------------------------------


def settings_for(database_url: str, server: str) -> Settings:
    """The settings `amora run` would read for this database and a Bot API at `server`."""
    return Settings(
        database={"url": database_url, "auto_upgrade": False},
        telegram={"enabled": True, "token": TOKEN, "base_url": f"{server}/bot"},
    )


async def sweep_once(database_url: str, server: str, now: datetime) -> tuple[dict[str, Any], float]:
    """One sweep through the production Telegram path; its report and how long it took.

    The report also has the most messages that left the pacer in any one second.
    """
    settings = settings_for(database_url, server)
    async with build(settings, clock=FakeClock(now)) as runtime:
        (adapter,) = enabled_adapters(settings, runtime.amora)
        runtime.messengers.register(adapter.name, adapter.messenger)
        left = measure_pacer(adapter.messenger.dispatcher.pacer)  # type: ignore[attr-defined]
        application = adapter.application  # type: ignore[attr-defined]
        await application.initialize()  # getMe; polling is not started
        try:
            began = time.perf_counter()
            report = await runtime.amora.sweep()
            seconds = time.perf_counter() - began
        finally:
            await application.shutdown()
    return {**asdict(report), "busiest_second": busiest_second(sorted(left))}, seconds


def measure_pacer(pacer: Any) -> list[float]:
    """Notes when each message leaves the pacer (for the bench only; the pacer is unchanged)."""
    left: list[float] = []
    wait = pacer.wait

    async def measured(key: Any = None, cost: int = 1) -> None:
        await wait(key, cost)
        left.extend([time.monotonic()] * cost)

    pacer.wait = measured
    return left


def busiest_second(moments: list[float]) -> int:
    """The most of `moments` (sorted) in any one second."""
    busiest, start = 0, 0
    for end, moment in enumerate(moments):
        while moments[start] <= moment - 1.0:
            start += 1
        busiest = max(busiest, end - start + 1)
    return busiest


def quiet_logs() -> None:
    """Warnings only; the rate limiter's traceback for each 429 is counted by the server instead."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("telegram.ext.AIORateLimiter").setLevel(logging.CRITICAL)


# --- (a) one process ----------------------------------------------------------------------------


def due_minute() -> datetime:
    """The current minute: every check-in falls due in it."""
    return datetime.now(UTC).replace(second=0, microsecond=0)


async def fresh_start(url: str, count: int, server: str) -> datetime:
    """Seeds `count` check-ins due this minute (one in ten people with two) and clears the
    server's counts; the minute they are due."""
    engine = create_engine_for(url)
    try:
        await migrate.upgrade(engine)
        due = due_minute()
        await seed_due(engine, count, due, pairs=count // 10)
    finally:
        await engine.dispose()
    await server_call(server, "POST", "/reset")
    return due


async def part_a(name: str, url: str, count: int, server: str) -> None:
    """Seeds `count` due check-ins, sweeps once, prints the figures."""
    due = await fresh_start(url, count, server)
    report, seconds = await sweep_once(url, server, due + timedelta(seconds=30))
    seen = await server_call(server, "GET", "/stats")
    received = Counter(seen["sessions"])
    refused = seen["too_fast"] + seen["too_fast_in_chat"]
    print(
        f"{name}: {count:,} check-ins due in one minute: sent {report['sent']:,} "
        f"(failed {report['failed']}, skipped {report['skipped']}) in {seconds:.1f} s "
        f"= {report['sent'] / seconds:.1f} / s; 429s: {refused} "
        f"({seen['too_fast']} over {PER_SECOND}/s, {seen['too_fast_in_chat']} over 1/s in a chat); "
        f"busiest second: {report['busiest_second']} messages leaving the bot, "
        f"{seen['busiest_second']} arriving at the server; "
        f"server received {len(received):,} sessions, {sum(received.values()):,} messages; "
        f"{'within' if seconds <= 420 and report['sent'] == count else 'NOT within'} 7 minutes"
    )


# --- (b) two processes --------------------------------------------------------------------------


async def worker(url: str, server: str, now: datetime) -> None:
    """One of the two sweeping processes: ready, wait for the word, sweep, print the report."""
    quiet_logs()
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    report, seconds = await sweep_once(url, server, now)
    print(json.dumps({**report, "seconds": seconds}), flush=True)


async def part_b(url: str, count: int, server: str, processes: int = 2) -> None:
    """Seeds `count` due check-ins, lets two processes sweep them at once, counts the messages."""
    due = await fresh_start(url, count, server)
    now = (due + timedelta(seconds=30)).isoformat()
    workers = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            __file__,
            "--worker",
            url,
            server,
            now,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        for _ in range(processes)
    ]
    for process in workers:
        assert process.stdout is not None
        assert (await process.stdout.readline()).strip() == b"ready"
    began = time.perf_counter()
    for process in workers:
        assert process.stdin is not None
        process.stdin.write(b"go\n")
        await process.stdin.drain()
    outputs = [await process.communicate() for process in workers]
    seconds = time.perf_counter() - began
    reports = [json.loads(stdout.decode().strip().splitlines()[-1]) for stdout, _ in outputs]
    seen = await server_call(server, "GET", "/stats")
    received = Counter(seen["sessions"])
    twice = sum(1 for times in received.values() if times > 1)
    missed = sum(1 for session in range(1, count + 1) if session not in received)
    print(
        f"PostgreSQL, {processes} processes, {count:,} due check-ins: "
        f"sent {[r['sent'] for r in reports]} (failed {[r['failed'] for r in reports]}) "
        f"in {seconds:.1f} s; sent twice {twice}, missed {missed}; "
        f"429s: {seen['too_fast'] + seen['too_fast_in_chat']} ({seen['too_fast']} over "
        f"{PER_SECOND}/s, {seen['too_fast_in_chat']} over 1/s in a chat); busiest second: "
        f"{seen['busiest_second']} arriving at the server; together "
        f"{sum(r['sent'] for r in reports) / seconds:.1f} / s"
    )


# --- databases and main -------------------------------------------------------------------------


@asynccontextmanager
async def postgres_database(server_url: str) -> AsyncIterator[str]:
    """A new PostgreSQL database on the server of `server_url`, dropped afterwards."""
    name = f"amora_bench_{uuid.uuid4().hex[:8]}"
    base = server_url.rsplit("/", 1)[0]
    admin = create_engine_for(f"{base}/postgres")
    async with admin.connect() as db:
        await db.execution_options(isolation_level="AUTOCOMMIT")
        await db.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{base}/{name}"
    finally:
        async with admin.connect() as db:
            await db.execution_options(isolation_level="AUTOCOMMIT")
            await db.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        await admin.dispose()


async def main(args: argparse.Namespace) -> None:
    quiet_logs()
    async with server_process() as server:
        if args.part in ("a", "all") and not args.no_sqlite:
            with tempfile.TemporaryDirectory() as folder:
                await part_a("SQLite", f"sqlite:///{folder}/checkins.db", args.count, server)
        if args.no_postgres:
            return
        if args.part in ("a", "all"):
            async with postgres_database(args.postgres) as url:
                await part_a("PostgreSQL", url, args.count, server)
        if args.part in ("b", "all"):
            async with postgres_database(args.postgres) as url:
                await part_b(url, args.count, server)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        asyncio.run(serve())
    elif sys.argv[1:2] == ["--worker"]:
        asyncio.run(worker(sys.argv[2], sys.argv[3], datetime.fromisoformat(sys.argv[4])))
    else:
        parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
        parser.add_argument("--count", type=int, default=10_000)
        parser.add_argument("--part", choices=["a", "b", "all"], default="all")
        parser.add_argument("--no-sqlite", action="store_true")
        parser.add_argument("--no-postgres", action="store_true")
        parser.add_argument(
            "--postgres", default="postgresql+asyncpg://postgres@127.0.0.1:5432/test"
        )
        asyncio.run(main(parser.parse_args()))
