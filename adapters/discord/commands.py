"""DESIGN §1's commands as described slash commands; each becomes the core's text command."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands

logger = logging.getLogger(__name__)

Run = Callable[[discord.Interaction[Any], str], Awaitable[None]]
"""Answers an interaction with the core's reply to a text command such as "/rename Trust"."""

PLAIN = (
    ("start", "What Amora is, what it is not, and how to begin"),
    ("help", "The command list"),
    ("sessions", "Your sessions, with buttons to switch, pause, resume or complete"),
    ("session", "The current session: topic, summary, next plan, check-in"),
    ("pause", "Pause the current session (no check-ins until you resume it)"),
    ("resume", "Resume the current session"),
    ("complete", "Complete the current session"),
    ("progress", "Your sessions, topics and mood over time"),
    ("export", "Everything Amora keeps about you, as a JSON file"),
    ("forget", "Delete everything Amora keeps about you (asks first)"),
    ("stats", "Usage figures, counts only (admins only)"),
)


def command_text(name: str, *args: str | None) -> str:
    """The text command the core parses: "/followup 21:30 Europe/Berlin"."""
    return " ".join([f"/{name}", *(a.strip() for a in args if a and a.strip())])


def slash_commands(run: Run) -> list[app_commands.Command[Any, Any, None]]:
    """Every command of DESIGN §1; options are the core's arguments, described."""

    def plain(name: str, description: str) -> app_commands.Command[Any, Any, None]:
        async def callback(interaction: discord.Interaction[Any]) -> None:
            await run(interaction, command_text(name))

        return app_commands.Command(name=name, description=description, callback=callback)

    @app_commands.command(name="newsession", description="Open a new coaching session")
    @app_commands.describe(title="What it is about, e.g. Trust after the move")
    async def newsession(interaction: discord.Interaction[Any], title: str | None = None) -> None:
        await run(interaction, command_text("newsession", title))

    @app_commands.command(name="rename", description="Rename the current session")
    @app_commands.describe(title="The new title")
    async def rename(interaction: discord.Interaction[Any], title: str) -> None:
        await run(interaction, command_text("rename", title))

    @app_commands.command(name="followup", description="A daily check-in DM: show, set or stop")
    @app_commands.describe(
        time="HH:MM (e.g. 21:30), on (the default time) or off; empty shows the setting",
        timezone="An IANA time zone such as Europe/Berlin; your last one is remembered",
    )
    async def followup(
        interaction: discord.Interaction[Any], time: str | None = None, timezone: str | None = None
    ) -> None:
        await run(interaction, command_text("followup", time, timezone))

    @app_commands.command(name="timezone", description="Remember your time zone for check-ins")
    @app_commands.describe(zone="An IANA time zone such as Europe/Berlin")
    async def timezone(interaction: discord.Interaction[Any], zone: str) -> None:
        await run(interaction, command_text("timezone", zone))

    return [plain(*named) for named in PLAIN] + [newsession, rename, followup, timezone]


def command_tree(client: discord.Client, run: Run) -> app_commands.CommandTree[Any]:
    """A tree with every command, usable in servers and in DMs with the bot."""
    contexts = app_commands.AppCommandContext(guild=True, dm_channel=True)
    tree: app_commands.CommandTree[Any] = app_commands.CommandTree(
        client, allowed_contexts=contexts
    )
    for command in slash_commands(run):
        tree.add_command(command)

    @tree.error
    async def on_error(
        interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        # discord.py's default logs the traceback, and some errors quote the options typed.
        logger.error("discord command %s failed: %s", interaction.id, type(error).__name__)

    return tree


async def sync(tree: app_commands.CommandTree[Any], guild_ids: tuple[int, ...]) -> None:
    """Publishes the commands: to the listed servers at once, else globally.

    Global commands can take up to an hour to reach every client; guild commands appear at
    once, so `discord.guild_ids` is for testing a bot in one's own server.
    """
    if not guild_ids:
        await tree.sync()
        return
    for guild_id in guild_ids:
        guild = discord.Object(id=guild_id)
        tree.copy_global_to(guild=guild)
        await tree.sync(guild=guild)
