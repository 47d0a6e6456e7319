"""Where things happen on Discord: addresses of channels and threads, threads for sessions."""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Literal

import discord

from adapters.discord.parse import PLATFORM, address_of
from core.domain import Address
from core.replies import ThreadRequest

logger = logging.getLogger(__name__)

ARCHIVE_MINUTES: Literal[10080] = 10080
"""A session thread hides after a quiet week (Discord's longest auto-archive duration)."""
REMEMBERED = 10_000


class Channels:
    """Resolves channels to the core's addresses and opens a thread per session."""

    def __init__(self, client: discord.Client) -> None:
        self.client = client
        self._parents: OrderedDict[int, int] = OrderedDict()
        """Channel id to its parent's (its own when not a thread), for channels not cached."""

    async def address(self, channel: object) -> Address | None:
        """The channel's address; a thread's parent is fetched once if discord.py lacks it."""
        known = address_of(channel)
        if known is not None or not isinstance(channel, discord.abc.Snowflake):
            return known
        parent = self._parents.get(channel.id)
        if parent is None:
            try:
                fetched = await self.client.fetch_channel(channel.id)
            except discord.HTTPException as error:
                logger.info("discord channel %s: unknown (%s)", channel.id, type(error).__name__)
                return None
            known = address_of(fetched)
            if known is None:
                return None
            parent = int(known.chat_id)
            self._remember(channel.id, parent)
        if parent == channel.id:
            return Address(PLATFORM, str(parent))
        return Address(PLATFORM, str(parent), str(channel.id))

    def _remember(self, thread_id: int, parent_id: int) -> None:
        self._parents[thread_id] = parent_id
        if len(self._parents) > REMEMBERED:
            self._parents.popitem(last=False)

    async def open_thread(
        self, request: ThreadRequest, user: discord.abc.User, channel: object
    ) -> discord.Thread | None:
        """A thread named after the session in this server channel, private where allowed.

        None in a DM, or where the bot may not open threads: the session then lives in the
        channel, where the core already made it the person's current one.
        """
        parent = await self._thread_parent(channel)
        if parent is None:
            return None
        for kind in (discord.ChannelType.private_thread, discord.ChannelType.public_thread):
            try:
                thread = await parent.create_thread(
                    name=request.title[:100],
                    type=kind,
                    auto_archive_duration=ARCHIVE_MINUTES,
                    # Private threads: only the person and the bot (and moderators) see them.
                    invitable=False,
                )
            except discord.HTTPException as error:  # e.g. no Create Private Threads permission
                logger.info("discord channel %s: no %s (%s)", parent.id, kind.name, error.code)
                continue
            if kind is discord.ChannelType.private_thread:
                try:
                    await thread.add_user(user)
                except discord.HTTPException as error:  # they still reach it through the link
                    logger.warning(
                        "discord thread %s: person not added (%s)", thread.id, error.code
                    )
            return thread
        return None

    async def _thread_parent(self, channel: object) -> discord.TextChannel | None:
        """The text channel a new thread goes in: this one, or the parent of this thread."""
        if isinstance(channel, discord.Thread):
            channel = channel.parent or await self._fetch(channel.parent_id)
        return channel if isinstance(channel, discord.TextChannel) else None

    async def _fetch(self, channel_id: int) -> object:
        cached = self.client.get_channel(channel_id)
        if cached is not None:
            return cached
        try:
            return await self.client.fetch_channel(channel_id)
        except discord.HTTPException:
            return None
