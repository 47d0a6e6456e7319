"""The Discord adapter's life: log in, sync the commands, connect to the gateway, stop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from typing import Any, Protocol

import discord
import yarl

from adapters.discord.commands import command_tree, sync
from adapters.discord.handlers import DiscordHandlers
from adapters.discord.messenger import (
    DiscordMessenger,
    DmChannels,
    discord_dispatcher,
    shared_pacer,
)
from adapters.discord.parse import PLATFORM
from adapters.discord.render import ActionButton
from core import texts
from core.app import Amora

logger = logging.getLogger(__name__)

CONNECT_SECONDS = 60.0
"""discord.py itself gives up on opening the gateway after a minute (`Client.connect`)."""


class _Secret(Protocol):
    def get_secret_value(self) -> str: ...


class DiscordConfig(Protocol):
    """The `[discord]` settings as the adapter reads them (bot.config.DiscordSettings)."""

    @property
    def token(self) -> _Secret: ...
    @property
    def api_base(self) -> str: ...
    @property
    def gateway_url(self) -> str | None: ...
    @property
    def guild_ids(self) -> list[int]: ...


def intents(*, message_content: bool) -> discord.Intents:
    """The least the bot needs: its servers' channels, messages and reactions, and DMs."""
    wanted = discord.Intents.none()
    wanted.guilds = True  # channels and threads, and thread deletions
    wanted.guild_messages = wanted.dm_messages = True
    wanted.guild_reactions = wanted.dm_reactions = True
    # Privileged (Developer Portal → Bot): server messages that do not mention the bot, as
    # in a session's thread, arrive without text unless it is on. DMs and mentions need none.
    wanted.message_content = message_content
    return wanted


class AmoraClient(discord.Client):
    """discord.py's client with Amora's events, slash commands and persistent buttons."""

    def __init__(
        self, amora: Amora, dms: DmChannels, guild_ids: tuple[int, ...], *, message_content: bool
    ) -> None:
        # Amora never joins voice channels; discord.py's "voice will NOT be supported"
        # warnings about missing voice libraries would only puzzle operators.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        super().__init__(
            intents=intents(message_content=message_content),
            chunk_guilds_at_startup=False,
            member_cache_flags=discord.MemberCacheFlags.none(),
        )
        self.handlers = DiscordHandlers(amora, self, dms)
        self.tree = command_tree(self, self.handlers.command)
        self.guild_ids = guild_ids
        self.connected = asyncio.Event()

    async def setup_hook(self) -> None:
        """Before the gateway: buttons of earlier runs work again, and the commands are synced."""
        self.add_dynamic_items(ActionButton)
        try:
            await sync(self.tree, self.guild_ids)
        except discord.HTTPException as error:  # the bot still answers commands synced before
            logger.warning("discord: syncing slash commands failed (%s)", error.status)

    async def on_connect(self) -> None:
        """The gateway accepted us (READY)."""
        self.connected.set()

    async def on_message(self, message: discord.Message) -> None:
        """A message anywhere the bot can read."""
        await self.handlers.on_message(message)

    async def on_raw_reaction_add(self, event: discord.RawReactionActionEvent) -> None:
        """A reaction, also on messages from before this run."""
        await self.handlers.on_raw_reaction_add(event)

    async def on_raw_thread_delete(self, event: discord.RawThreadDeleteEvent) -> None:
        """A thread was deleted."""
        await self.handlers.on_raw_thread_delete(event)

    async def pressed(self, interaction: discord.Interaction[Any], action: str) -> None:
        """A button press (see render.ActionButton)."""
        await self.handlers.pressed(interaction, action)

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        """Logs the event, its id and the error type; tells a person in a DM we stumbled."""
        event = args[0] if args else None
        event_id = getattr(event, "id", None) or getattr(event, "message_id", None)
        error = sys.exc_info()[1]
        logger.error("discord: %s %s failed: %s", event_method, event_id, type(error).__name__)
        # The traceback only at DEBUG: its lines may quote what the person wrote.
        logger.debug("discord: %s %s failed", event_method, event_id, exc_info=True)
        if isinstance(event, discord.Message) and event.guild is None:
            with contextlib.suppress(discord.HTTPException):
                await event.channel.send(texts.TROUBLE)


def point_at(api_base: str, gateway_url: str | None) -> tuple[str, yarl.URL]:
    """Aims discord.py at a REST base and gateway; returns the previous ones.

    discord.py reads both from class attributes: `Route.BASE` for every REST call (webhooks
    and interaction callbacks included) and `DiscordWebSocket.DEFAULT_GATEWAY` for the first
    connection and after an invalidated session (discord/http.py, discord/gateway.py).
    """
    previous = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    discord.http.Route.BASE = api_base
    if gateway_url is not None:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
    return previous


class DiscordAdapter:
    """Amora on Discord, started and stopped by hand so it can share the loop with others."""

    name = PLATFORM

    def __init__(self, amora: Amora, config: DiscordConfig) -> None:
        self.amora = amora
        self.config = config
        self.dms = DmChannels()
        self.client = self._client(message_content=True)
        pacer = shared_pacer(amora, config.token.get_secret_value())
        self.messenger = DiscordMessenger(self.client, self.dms, discord_dispatcher(pacer))
        self._runner: asyncio.Task[None] | None = None
        self._previous: tuple[str, yarl.URL] | None = None

    def _client(self, *, message_content: bool) -> AmoraClient:
        guild_ids = tuple(self.config.guild_ids)
        return AmoraClient(self.amora, self.dms, guild_ids, message_content=message_content)

    async def start(self) -> None:
        """Logs in, syncs the commands and connects; without Message Content, DMs still work."""
        self._previous = point_at(self.config.api_base, self.config.gateway_url)
        try:
            await self._connect()
        except discord.PrivilegedIntentsRequired:
            logger.warning(
                "discord: the Message Content intent is off in the Developer Portal; only DMs, "
                "mentions and slash commands will reach the coach, not plain thread messages"
            )
            await self.client.close()
            self.client = self.messenger.client = self._client(message_content=False)
            await self._connect()
        user = self.client.user
        logger.info("discord: %s is connected", user.name if user else "the bot")

    async def _connect(self) -> None:
        await self.client.login(self.config.token.get_secret_value())
        self._runner = asyncio.create_task(self.client.connect())
        self._runner.add_done_callback(_report_end)
        connected = asyncio.ensure_future(self.client.connected.wait())
        done, _ = await asyncio.wait(
            {self._runner, connected}, timeout=CONNECT_SECONDS, return_when="FIRST_COMPLETED"
        )
        if connected in done:
            return
        connected.cancel()
        if self._runner in done:
            self._runner.result()  # raises why the gateway refused us
        raise TimeoutError("the Discord gateway did not answer")

    async def stop_receiving(self) -> None:
        """Takes no more events; turns already running finish."""
        self.client.handlers.receiving = False

    async def stop(self) -> None:
        """Lets the running turns finish, then closes the gateway and the HTTP session."""
        await self.stop_receiving()
        await self.client.handlers.order.drained()
        await self.client.close()
        if self._runner is not None:
            await asyncio.wait({self._runner})  # its end, if an error, was logged already
        if self._previous is not None:
            discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = (
                self._previous
            )


def _report_end(task: asyncio.Task[None]) -> None:
    error = None if task.cancelled() else task.exception()
    # A refused privileged intent is handled in `start`, which connects again without it.
    if error is not None and not isinstance(error, discord.PrivilegedIntentsRequired):
        logger.error("discord: the gateway connection ended: %s", type(error).__name__)
