"""Daily check-ins as Discord DMs, behind the core's Messenger port, paced under the limits."""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace

import aiohttp
import discord

from adapters.discord.parse import PLATFORM
from adapters.discord.render import parts
from adapters.discord.send import CANNOT_DM, send
from adapters.pacing import Dispatcher, Pacer, RetryPolicy, Sleep, Spacing
from adapters.shared_pacing import SharedPacer, SlotBooker, lane
from core.domain import Address
from core.ports import DeliveryFailed, RecipientUnreachable
from core.replies import CheckIn, Sent

logger = logging.getLogger(__name__)

REQUESTS_PER_SECOND = 40.0
"""Discord allows a bot 50 requests a second in all; check-ins leave room for conversations."""
REMEMBERED = 50_000
RETRIED_BY_DISCORD_PY = frozenset({500, 502, 504, 524})
"""discord.py (http.py, HTTPClient.request) already tries these five times, waiting 1, 3, 5 and
7 s; it raises DiscordServerError after that, and at once for any other 5xx."""
NETWORK_ERRORS = (aiohttp.ClientError, TimeoutError, OSError)
"""What discord.py lets through from aiohttp: timeouts, refused and dropped connections."""


def retry_after(error: Exception) -> float | None:
    """The wait of a 429 that discord.py did not wait out itself (RateLimited); else None.

    discord.py sleeps through a 429 on its own and tries again, unless the wait is longer than
    the client's `max_ratelimit_timeout`: then it raises RateLimited, which is no HTTPException.
    """
    return error.retry_after if isinstance(error, discord.RateLimited) else None


def transient(error: Exception) -> bool:
    """A 5xx discord.py has not retried yet, a 429 it gave up on, a timeout, a lost connection."""
    if isinstance(error, discord.HTTPException):
        status = error.status
        return status == 429 or (status >= 500 and status not in RETRIED_BY_DISCORD_PY)
    return isinstance(error, NETWORK_ERRORS)


def shared_pacer(booker: SlotBooker, token: str) -> SharedPacer:
    """The pacer every process sending with this bot token shares, through the database."""
    return SharedPacer(booker, lane(PLATFORM, token), REQUESTS_PER_SECOND)


def discord_dispatcher(
    pacer: Spacing | None = None, policy: RetryPolicy | None = None, sleep: Sleep | None = None
) -> Dispatcher:
    """Sends under Discord's global limit; retries what discord.py leaves to its caller."""
    pacer = pacer or Pacer(REQUESTS_PER_SECOND)
    return Dispatcher(
        pacer, retry_after=retry_after, transient=transient, policy=policy, sleep=sleep
    )


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

    def __init__(
        self, client: discord.Client, dms: DmChannels, dispatcher: Dispatcher | None = None
    ) -> None:
        self.client = client
        self.dms = dms
        self.dispatcher = dispatcher or discord_dispatcher()

    async def send_checkin(self, checkin: CheckIn) -> Sent | None:
        """Delivers the DM; closed DMs are RecipientUnreachable, other refusals DeliveryFailed."""
        user_id = int(checkin.recipient.user_id)
        reply = replace(checkin.reply, text=checkin.reply.text + self.link(checkin.origin))
        label = f"discord: check-in for session {checkin.session_id}"
        try:
            channel_id = await self._dm_channel(user_id, label)
            channel = self.client.get_partial_messageable(channel_id)
            sent = await self.dispatcher.send(
                lambda: send(channel, reply), cost=len(parts(reply)), label=label
            )
        except discord.Forbidden as error:
            if error.code == CANNOT_DM:
                raise RecipientUnreachable(checkin.recipient.user_id) from error
            raise DeliveryFailed(f"forbidden ({error.code})") from error
        except discord.HTTPException as error:
            logger.warning(
                "discord: check-in for session %s failed: %s", checkin.session_id, error.status
            )
            raise DeliveryFailed(f"http {error.status}") from error
        except (discord.RateLimited, *NETWORK_ERRORS) as error:
            logger.warning(
                "discord: check-in for session %s failed: %s",
                checkin.session_id,
                type(error).__name__,
            )
            raise DeliveryFailed(type(error).__name__) from error
        return None if sent is None else Sent(Address(PLATFORM, str(channel_id)), str(sent.id))

    async def _dm_channel(self, user_id: int, label: str) -> int:
        known = self.dms.get(user_id)
        if known is not None:
            return known
        channel = await self.dispatcher.send(
            lambda: self.client.create_dm(discord.Object(id=user_id)), label=label
        )
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
