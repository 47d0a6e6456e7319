"""What each `amora` command does once settings are loaded."""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path

from adapters.console import ConsoleChat, ConsoleMessenger
from adapters.console.chat import PLATFORM, stdin_lines
from bot.bootstrap import build
from bot.config import Settings
from bot.scheduler import start_sweep
from core.domain import PlatformUser
from storage import migrate


def login_name() -> str:
    """The terminal user's login name, or "me"."""
    try:
        return getpass.getuser() or "me"
    except (KeyError, OSError):
        return "me"


async def chat(settings: Settings, user: str | None) -> int:
    """The console chat, with the follow-up sweep running beside it."""
    async with build(settings) as runtime:
        console = ConsoleChat(
            runtime.amora,
            user or login_name(),
            sys.stdout,
            display_name=user,
            echo=not sys.stdin.isatty(),
            files=Path.cwd(),
        )
        runtime.messengers.register(PLATFORM, ConsoleMessenger(console))
        scheduler = start_sweep(runtime.amora.sweep, settings.followups.sweep_seconds)
        try:
            await console.run(stdin_lines())
        finally:
            scheduler.shutdown(wait=False)
    return 0


async def db(settings: Settings, action: str) -> int:
    """`db upgrade` applies migrations; `db current` shows where the database stands."""
    async with build(settings, upgrade=action == "upgrade") as runtime:
        current = await migrate.current_revision(runtime.engine)
        head = migrate.head_revision()
        state = "up to date" if current == head else "behind: run `amora db upgrade`"
        print(f"database at {current or 'no migration'}; latest {head} ({state})")
    return 0


async def stats(settings: Settings) -> int:
    """Usage figures, counts only."""
    async with build(settings) as runtime:
        print(await runtime.amora.usage_text())
    return 0


async def export(settings: Settings, who: str) -> int:
    """Everything stored about one person, as JSON."""
    platform, _, user_id = who.partition(":")
    if not platform or not user_id:
        print("amora export: --user takes PLATFORM:ID, e.g. telegram:12345", file=sys.stderr)
        return 2
    async with build(settings) as runtime:
        data = await runtime.amora.export(PlatformUser(platform, user_id))
    if data is None:
        print(f"amora export: nobody is known as {who}", file=sys.stderr)
        return 1
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0
