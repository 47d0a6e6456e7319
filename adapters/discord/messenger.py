"""Daily check-ins as Discord DMs, behind the core's Messenger port, paced under the limits."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from dataclasses import replace

import discord

from adapters.discord.parse import PLATFORM
from adapters.discord.send import CANNOT_DM, send
from core.domain import Address
from core.ports import DeliveryFailed, RecipientUnreachable
from core.replies import CheckIn, Sent

logger = logging.getLogger(__name__)

REQUESTS_PER_SECOND = 40.0
"""Discord allows a bot 50 requests a second in all; check-ins leave room for conversations."""
REMEMBERED = 50_000


class Pacer:
    """Spaces calls evenly: at most `rate` a second, however many tasks ask."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def wait(self) -> None:
        """Returns when the next call may go."""
        async with self._lock:
            now = time.monotonic()
            if self._next > now:
                await asyncio.sleep(self._next - now)
            self._next = max(now, self._next) + self.interval


class DmChannels:
    """Each person's DM channel id, so a check-in is one request, not two."""

    def __init__(self, limit: int = REMEMBERED) -> None:
        self.limit = limit
        self._by_user: OrderedDict[int, int] = OrderedDict()

    def remember(self, user_id: int, channel_id: int) -> None:
        """Notes the DM channel a person wrote from (or one the bot opened)."""
        self._by_user[user_id] = channel_id
        self._by_user.move_to_end(user_id)
        if len(self._by_user) > self.limit:
            self._by_user.popitem(last=False)

    def get(self, user_id: int) -> int | None:
        """The DM channel id, if known."""
        return self._by_user.get(user_id)


class DiscordMessenger:
    """Sends a check-in with its buttons as a DM, naming the session and linking its thread."""

    def __init__(self, client: discord.Client, dms: DmChannels, pacer: Pacer | None = None) -> None:
        self.client = client
        self.dms = dms
        self.pacer = pacer or Pacer(REQUESTS_PER_SECOND)

    async def send_checkin(self, checkin: CheckIn) -> Sent | None:
        """Delivers the DM; closed DMs are RecipientUnreachable, other refusals DeliveryFailed."""
        user_id = int(checkin.recipient.user_id)
        reply = replace(checkin.reply, text=checkin.reply.text + self.link(checkin.origin))
        try:
            channel_id = await self._dm_channel(user_id)
            await self.pacer.wait()
            channel = self.client.get_partial_messageable(channel_id)
            sent = await send(channel, reply)
        except discord.Forbidden as error:
            if error.code == CANNOT_DM:
                raise RecipientUnreachable(checkin.recipient.user_id) from error
            raise DeliveryFailed(f"forbidden ({error.code})") from error
        except discord.HTTPException as error:
            logger.warning(
                "discord: check-in for session %s failed: %s", checkin.session_id, error.status
            )
            raise DeliveryFailed(f"http {error.status}") from error
        return None if sent is None else Sent(Address(PLATFORM, str(channel_id)), str(sent.id))

    async def _dm_channel(self, user_id: int) -> int:
        known = self.dms.get(user_id)
        if known is not None:
            return known
        await self.pacer.wait()
        channel = await self.client.create_dm(discord.Object(id=user_id))
        self.dms.remember(user_id, channel.id)
        return channel.id

    def link(self, origin: Address) -> str:
        """A line that links back to the session's thread (or server channel); none for DMs."""
        guild_id = self._guild_of(int(origin.chat_id))
        if guild_id is None:
            return ""
        kind = "thread" if origin.thread_id else "channel"
        where = origin.thread_id or origin.chat_id
        return f"\n\nContinue in the {kind}: https://discord.com/channels/{guild_id}/{where}"

    def _guild_of(self, channel_id: int) -> int | None:
        """The server of a channel the bot knows; None for DM channels, which have none."""
        guild = getattr(self.client.get_channel(channel_id), "guild", None)
        guild_id = getattr(guild, "id", None)
        return guild_id if isinstance(guild_id, int) else None
