"""The Discord adapter (discord.py 2.x): slash commands, threads per session, DMs, buttons."""

from adapters.discord.app import DiscordAdapter, DiscordConfig

__all__ = ["DiscordAdapter", "DiscordConfig"]
