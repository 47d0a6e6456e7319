"""Sending replies into Discord channels, typing while composing, and the platform's refusals."""

from __future__ import annotations

import contextlib
import logging

import discord

from adapters.discord.render import parts
from adapters.typing import typing_while
from core.app import Amora
from core.domain import Address
from core.incoming import Incoming
from core.replies import Reply

logger = logging.getLogger(__name__)

CANNOT_DM = 50007
"""Discord's JSON error code for "Cannot send messages to this user" (DMs closed, bot blocked)."""
UNKNOWN_CHANNEL = 10003
TYPING_EVERY = 8.0
"""Discord shows typing for 10 seconds or until the bot's next message (Trigger Typing)."""


def typing(channel: discord.abc.Messageable) -> contextlib.AbstractAsyncContextManager[None]:
    """Shows "Amora is typing…" in the channel while the block runs."""
    return typing_while(channel.typing, TYPING_EVERY, (discord.HTTPException,))


async def send(
    channel: discord.abc.Messageable, reply: Reply, *, reference: discord.Message | None = None
) -> discord.Message | None:
    """Posts a reply's messages in order; returns the one that carries its buttons."""
    main: discord.Message | None = None
    for number, part in enumerate(parts(reply)):
        fields = part.fields()
        if reference is not None and number == 0:
            fields["reference"] = reference.to_reference(fail_if_not_exists=False)
            fields["mention_author"] = False
        message = await channel.send(**fields)
        main = message if part.main else main
    return main


class Outbox:
    """Delivers the core's replies to channels and reports back where they went."""

    def __init__(self, amora: Amora) -> None:
        self.amora = amora

    async def deliver(
        self,
        reply: Reply,
        incoming: Incoming,
        channel: discord.abc.Messageable,
        where: Address,
        *,
        reference: discord.Message | None = None,
    ) -> None:
        """Sends a reply; a closed DM marks the person, a deleted thread is unbound."""
        try:
            sent = await send(channel, reply, reference=reference)
        except discord.Forbidden as error:
            await self.refused(error, incoming, where)
            return
        except discord.NotFound as error:
            if error.code != UNKNOWN_CHANNEL or where.thread_id is None:
                raise
            # The thread went away while the coach was composing; its reply is not posted
            # in the parent channel, where other people would read it.
            logger.info("discord thread %s is gone; unbinding it", where.thread_id)
            await self.amora.unbind_thread(where)
            return
        await self.note(reply, where, sent)

    async def refused(self, error: discord.Forbidden, incoming: Incoming, where: Address) -> None:
        """A Discord 403: the person closed their DMs, or the bot may not write in a channel."""
        if error.code == CANNOT_DM:
            logger.info("discord user %s takes no DMs from the bot", incoming.user.user_id)
            await self.amora.mark_unreachable(incoming.user)
        else:
            logger.warning("discord channel %s: may not write here (%s)", where.chat_id, error.code)

    async def note(self, reply: Reply, where: Address, sent: discord.Message | None) -> None:
        """Tells the core the platform id of a coach reply, so reactions can find it."""
        if reply.message_id is not None and sent is not None:
            await self.amora.note_sent(reply.message_id, where, str(sent.id))
