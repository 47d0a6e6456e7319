"""Discord events: parse, await one core call, render the reply."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import discord

from adapters.discord import parse
from adapters.discord.channels import Channels
from adapters.discord.interactions import acknowledge, respond, within_deadline
from adapters.discord.messenger import DmChannels
from adapters.discord.ordering import ChannelOrder
from adapters.discord.send import Outbox, typing
from core import texts
from core.app import Amora
from core.domain import Address, PlatformUser
from core.incoming import Incoming
from core.replies import Reply

logger = logging.getLogger(__name__)

CoreCall = Callable[[Incoming], Awaitable[Reply | None]]
_CONVERSATION = frozenset({discord.MessageType.default, discord.MessageType.reply})


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a turn produced, and where it belongs."""

    reply: Reply
    incoming: Incoming
    where: Address
    thread: discord.Thread | None = None


class DiscordHandlers:
    """What the bot does with messages, interactions, reactions and deleted threads."""

    def __init__(self, amora: Amora, client: discord.Client, dms: DmChannels) -> None:
        self.amora = amora
        self.client = client
        self.dms = dms
        self.order = ChannelOrder()
        self.channels = Channels(client)
        self.outbox = Outbox(amora)
        self.receiving = True

    def me(self) -> int:
        """The bot's own user id (known from login on)."""
        assert self.client.user is not None
        return self.client.user.id

    async def on_message(self, message: discord.Message) -> None:
        """A person's message in a DM, a server channel or a thread."""
        if not self.receiving or message.author.bot or message.type not in _CONVERSATION:
            return
        async with self.order.turn(message.channel.id):  # first await: keeps arrival order
            address = await self.channels.address(message.channel)
            if address is None:
                return
            private = parse.is_private(message.channel)
            if private:
                self.dms.remember(message.author.id, message.channel.id)
            incoming = parse.from_message(
                message,
                address,
                parse.text_of(message, self.me()),
                addressed=parse.is_addressed(message, self.me()),
            )
            reply = await self._reply_to(message, incoming)
            if reply is None:
                return
            if reply.ephemeral and not private:
                await self._tell_privately(reply, incoming, message.author)
                return
            outcome = await self._place(reply, incoming, message.author, message.channel)
            target = outcome.thread or message.channel
            # In a plain server channel the reply quotes the message it answers.
            plain_channel = not (private or address.thread_id or outcome.thread)
            quoted = message if plain_channel else None
            await self.outbox.deliver(reply, incoming, target, outcome.where, reference=quoted)

    async def _reply_to(self, message: discord.Message, incoming: Incoming) -> Reply | None:
        if not incoming.text:
            # A picture or sticker alone; or, without the message content intent, a server
            # message that did not mention the bot (Discord sends it with empty content).
            if incoming.addressed and (message.attachments or message.stickers):
                return Reply(texts.NON_TEXT)
            if not incoming.addressed:
                return None
        if incoming.text.startswith("/") or not await self._will_compose(incoming):
            return await self.amora.message(incoming)
        async with typing(message.channel):
            return await self.amora.message(incoming)

    async def _will_compose(self, incoming: Incoming) -> bool:
        """Whether to show typing: only where the coach answers, not in every server thread."""
        if incoming.addressed:
            return True
        return await self.amora.is_session_thread(incoming.address)

    async def _tell_privately(
        self, reply: Reply, incoming: Incoming, user: discord.User | discord.Member
    ) -> None:
        """A reply meant for one person, to a message in a server: it goes to their DMs.

        Only interactions can answer privately in a channel; posting there would show
        everyone what the core meant for one person (an error, an export, /stats).
        """
        try:
            channel = await user.create_dm()
        except discord.HTTPException as error:
            logger.info("discord user %s: no DM channel (%s)", user.id, error.code)
            return
        self.dms.remember(user.id, channel.id)
        where = Address(parse.PLATFORM, str(channel.id))
        await self.outbox.deliver(reply, incoming, channel, where)

    async def _place(
        self, reply: Reply, incoming: Incoming, user: discord.abc.User, channel: object
    ) -> Outcome:
        """Opens and binds a thread when the reply asks for one and the channel has them."""
        request = reply.open_thread
        thread = None
        if request is not None and not parse.is_private(channel):
            thread = await self.channels.open_thread(request, user, channel)
        if request is None or thread is None:
            return Outcome(reply, incoming, incoming.address)
        where = Address(parse.PLATFORM, str(thread.parent_id), str(thread.id))
        await self.amora.bind_thread(incoming, request.session_id, where)
        return Outcome(reply, incoming, where, thread)

    async def command(self, interaction: discord.Interaction[Any], text: str) -> None:
        """A slash command, as the core's text command."""
        await self._interact(interaction, text, self.amora.message)

    async def pressed(self, interaction: discord.Interaction[Any], action: str) -> None:
        """A button press; the core checks the action and who pressed it."""

        async def press(incoming: Incoming) -> Reply:
            return await self.amora.press(incoming, action)

        await self._interact(interaction, "", press)

    async def _interact(
        self, interaction: discord.Interaction[Any], text: str, call: CoreCall
    ) -> None:
        async with self.order.active():
            try:
                outcome = await within_deadline(interaction, self._turn(interaction, text, call))
                await self._answer(interaction, outcome)
            except Exception as error:  # tell the person, log the id and kind, never the text
                await self.failed(interaction, error)

    async def _turn(
        self, interaction: discord.Interaction[Any], text: str, call: CoreCall
    ) -> Outcome | None:
        channel = interaction.channel
        async with self.order.turn(interaction.channel_id or 0):
            address = await self.channels.address(channel)
            if address is None:
                return None
            if parse.is_private(channel):
                self.dms.remember(interaction.user.id, interaction.channel_id or 0)
            incoming = parse.from_interaction(interaction, address, text)
            reply = await call(incoming)
            if reply is None:
                return None
            return await self._place(reply, incoming, interaction.user, channel)

    async def _answer(self, interaction: discord.Interaction[Any], outcome: Outcome | None) -> None:
        if outcome is None:
            await acknowledge(interaction)
        elif outcome.thread is not None:
            pointer = Reply(f"Your new session is in {outcome.thread.mention}.", ephemeral=True)
            await respond(interaction, pointer)
            await self.outbox.deliver(
                outcome.reply, outcome.incoming, outcome.thread, outcome.where
            )
        else:
            sent = await respond(interaction, outcome.reply)
            await self.outbox.note(outcome.reply, outcome.where, sent)

    async def failed(self, interaction: discord.Interaction[Any], error: Exception) -> None:
        """Logs the interaction id and the error type; tells the person, privately."""
        logger.error("discord interaction %s failed: %s", interaction.id, type(error).__name__)
        logger.debug("discord interaction %s failed", interaction.id, exc_info=error)
        with contextlib.suppress(discord.HTTPException):
            await respond(interaction, Reply(texts.TROUBLE, ephemeral=True))

    async def on_raw_reaction_add(self, event: discord.RawReactionActionEvent) -> None:
        """👍 / 👎 on a coach message counts as feedback; the core ignores other emoji."""
        me = self.me()
        if not self.receiving or event.user_id == me or event.message_author_id not in (me, None):
            return
        async with self.order.turn(event.channel_id):
            channel: object = self.client.get_channel(event.channel_id)
            if channel is None:
                channel = self.client.get_partial_messageable(
                    event.channel_id, guild_id=event.guild_id
                )
            address = await self.channels.address(channel)
            if address is None:
                return
            incoming = Incoming(PlatformUser(parse.PLATFORM, str(event.user_id)), address)
            reply = await self.amora.react(incoming, str(event.message_id), str(event.emoji))
            # The core's thanks is for the person alone; outside an interaction only a
            # message everyone sees is possible, so such replies stay unsent.
            if reply is None or reply.ephemeral:
                return
            if isinstance(channel, discord.abc.Messageable):
                await self.outbox.deliver(reply, incoming, channel, address)

    async def on_raw_thread_delete(self, event: discord.RawThreadDeleteEvent) -> None:
        """A deleted thread is unbound; its session stays and goes on in the channel."""
        thread = Address(parse.PLATFORM, str(event.parent_id), str(event.thread_id))
        await self.amora.unbind_thread(thread)
