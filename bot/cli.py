"""The `amora` command line: run, chat, analyze, db upgrade, stats, export."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import ConfigError, Settings, load_settings
from bot.logs import configure

logger = logging.getLogger(__name__)

DESCRIPTION = "Amora: a relationship coach for Telegram, Discord and the terminal."
EPILOG = """settings come from --config PATH, else ./config.toml if present, else defaults
(SQLite amora.db in the working directory); AMORA_<SECTION>__<KEY> variables override both.
See config.example.toml."""


def parser() -> argparse.ArgumentParser:
    """The argument parser; `amora --help` and each `amora COMMAND --help` describe it."""
    top = argparse.ArgumentParser(prog="amora", description=DESCRIPTION, epilog=EPILOG)
    top.add_argument("--config", type=Path, metavar="PATH", help="settings file (TOML)")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser(
        "run",
        help="run every adapter enabled in config, and the follow-up sweep",
        description="Runs every adapter enabled in config (telegram.enabled, discord.enabled) and "
        "the follow-up sweep until SIGTERM or SIGINT. Applies database migrations first unless "
        "database.auto_upgrade = false.",
    )
    chat = commands.add_parser("chat", help="talk to the coach in this terminal")
    chat.add_argument("--user", metavar="NAME", help="who you are (default: your login name)")
    analyze = commands.add_parser(
        "analyze", help="print the analyser's view of a text as JSON (no config, no database)"
    )
    analyze.add_argument("text", nargs="?", help="the text to analyse")
    analyze.add_argument(
        "--jsonl", action="store_true", help="read JSON objects with a 'text' field from stdin"
    )
    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_commands.add_parser("upgrade", help="apply database migrations")
    db_commands.add_parser("current", help="show the applied and the latest migration")
    commands.add_parser("stats", help="usage figures (counts only)")
    commands.add_parser(
        "doctor", help="check config, database, migrations, tokens, admins and time zones"
    )
    export = commands.add_parser("export", help="a person's data as JSON on standard output")
    export.add_argument(
        "--user", required=True, metavar="PLATFORM:ID", help="e.g. telegram:12345 or console:me"
    )
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `amora` command."""
    args = parser().parse_args(argv)
    if args.command == "analyze":
        configure("WARNING")
        return analyze(args.text, jsonl=args.jsonl)
    if args.command == "doctor":
        configure("WARNING")
        return asyncio.run(doctor(args.config))
    try:
        settings = load_settings(args.config)
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    configure(settings.logging.level, settings.logging.format)
    try:
        return asyncio.run(_run(args, settings))
    except KeyboardInterrupt:
        return 130


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    # Imported late: `analyze` and `--help` need no database stack, and `run` no console.
    if args.command == "run":
        from bot.run import run

        return await run(settings)
    from bot import commands

    if args.command == "chat":
        return await commands.chat(settings, args.user)
    if args.command == "db":
        return await commands.db(settings, args.db_command)
    if args.command == "stats":
        return await commands.stats(settings)
    return await commands.export(settings, args.user)


async def doctor(config: Path | None) -> int:
    """Prints each check as ok, a warning or a problem with its fix; exits 1 on a problem."""
    from bot.doctor import diagnose

    findings = await diagnose(config)
    for finding in findings:
        print(finding.line())
    return 1 if any(f.level == "problem" for f in findings) else 0


def analyze(text: str | None, *, jsonl: bool) -> int:
    """Prints one JSON object per input, in order."""
    from core.engine.analyser import Analyser

    analyser = Analyser()
    if not jsonl:
        if text is None:
            print("amora analyze: give a text, or --jsonl to read JSON lines", file=sys.stderr)
            return 2
        print(json.dumps(analyser.analyse(text).to_json(), ensure_ascii=False))
        return 0
    status = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            value = item["text"]
            if not isinstance(value, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            print(
                f"amora analyze: line {number} is not an object with a text field", file=sys.stderr
            )
            print(json.dumps({"error": "expected an object with a 'text' field", "line": number}))
            status = 1
            continue
        print(json.dumps(analyser.analyse(value).to_json(), ensure_ascii=False), flush=True)
    return status
