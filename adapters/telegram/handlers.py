"""Telegram handlers: parse the update, await one core call, render the reply."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import replace

from telegram import Chat, MaybeInaccessibleMessage, Message, Update, User
from telegram.error import Forbidden, TelegramError
from telegram.ext import CallbackContext

from adapters.telegram import parse
from adapters.telegram.bot import AmoraBot
from adapters.telegram.render import TOAST_LIMIT, units
from adapters.telegram.send import Outbox, call, typing
from core import texts
from core.app import Amora
from core.domain import Address
from core.incoming import Incoming
from core.replies import Reply, ThreadRequest
from core.services.sessions import MAX_TITLE

logger = logging.getLogger(__name__)


class TelegramHandlers:
    """What the bot does with each kind of update."""

    def __init__(self, amora: Amora, bot: AmoraBot) -> None:
        self.amora = amora
        self.bot = bot
        self.outbox = Outbox(bot, amora)

    @property
    def me(self) -> User:
        """The bot's own account (known once the application is initialised)."""
        return self.bot.bot

    async def on_message(self, update: Update, _: object = None) -> None:
        """A text message, a command, or a captioned photo or file."""
        message = update.message
        if message is None or message.from_user is None or message.from_user.is_bot:
            return
        text = parse.text_of(message, self.me)
        if parse.is_for_another_bot(text, self.me):
            return
        addressed = parse.is_addressed(message, self.me, text)
        incoming = parse.incoming(message, message.from_user, text, addressed=addressed)
        if text.startswith("/") or not (addressed or message.is_topic_message):
            reply = await self.amora.message(incoming)
        else:
            async with typing(self.bot, incoming.address):
                reply = await self.amora.message(incoming)
        if reply is not None:
            await self.answer(reply, incoming, message.chat, reply_to=_in_group(message))

    async def on_media(self, update: Update, _: object = None) -> None:
        """A sticker, photo, voice message… without text: a kind line, where we were asked."""
        message = update.message
        if message is None or message.from_user is None or message.from_user.is_bot:
            return
        if message.chat.type != Chat.PRIVATE and not parse.replied_to_bot(message, self.me):
            return
        logger.debug("telegram chat %s: a %s without text", message.chat.id, _kind(message))
        incoming = parse.incoming(message, message.from_user, "")
        await self.answer(
            Reply(texts.NON_TEXT), incoming, message.chat, reply_to=_in_group(message)
        )

    async def on_topic_created(self, update: Update, _: object = None) -> None:
        """A person opened a topic in their private chat with the bot: a session named after it."""
        message = update.message
        if message is None or message.forum_topic_created is None or message.from_user is None:
            return
        if message.chat.type != Chat.PRIVATE or message.from_user.is_bot:
            return  # in groups, topics are for people; the bot opens its own with /newsession
        name = message.forum_topic_created.name[:MAX_TITLE]
        incoming = parse.incoming(message, message.from_user, f"/newsession {name}")
        reply = await self.amora.message(incoming)
        if reply is None:
            return
        if reply.open_thread is not None:
            await self.amora.bind_thread(incoming, reply.open_thread.session_id, incoming.address)
            reply = replace(reply, open_thread=None)
        await self.answer(reply, incoming, message.chat)

    async def on_button(self, update: Update, _: object = None) -> None:
        """A button press; always answered, errors as a notice only the presser sees."""
        query = update.callback_query
        if query is None:
            return
        answered = False
        try:
            if query.message is None:  # a button under an inline-mode message: not ours
                return
            incoming = Incoming(
                parse.person(query.from_user),
                _address(query.message),
                display_name=query.from_user.first_name,
                locale=query.from_user.language_code,
            )
            reply = await self.amora.press(incoming, query.data or "")
            toast = reply.text if reply.ephemeral and units(reply.text) <= TOAST_LIMIT else None
            await call(self.bot.answer_callback_query, callback_query_id=query.id, text=toast)
            answered = True
            if toast is None:
                await self.answer(reply, incoming, query.message.chat)
        finally:
            if not answered:
                with contextlib.suppress(TelegramError):
                    await self.bot.answer_callback_query(query.id)

    async def on_reaction(self, update: Update, _: object = None) -> None:
        """👍 / 👎 on a coach message counts as feedback."""
        reaction = update.message_reaction
        if reaction is None or reaction.user is None:
            return  # an anonymous group admin has no session of their own
        emoji = parse.added_emoji(reaction)
        if emoji is None:
            return
        incoming = parse.reaction_incoming(reaction, reaction.user)
        reply = await self.amora.react(incoming, str(reaction.message_id), emoji)
        # A reaction has no message to answer under; only the person's own chat hears back.
        if reply is not None and reaction.chat.type == Chat.PRIVATE:
            await self.answer(reply, incoming, reaction.chat)

    async def on_error(self, update: object, context: CallbackContext) -> None:  # type: ignore[type-arg]
        """Logs the update id and the error type, never the text; tells the person we stumbled."""
        update_id = update.update_id if isinstance(update, Update) else None
        error = context.error
        logger.error("telegram update %s failed: %s", update_id, type(error).__name__)
        logger.debug("telegram update %s failed", update_id, exc_info=error)
        message = update.message if isinstance(update, Update) else None
        if message is not None and message.chat.type == Chat.PRIVATE:
            with contextlib.suppress(TelegramError):
                await self.outbox.send(Reply(texts.TROUBLE), parse.address_of(message))

    async def answer(
        self, reply: Reply, incoming: Incoming, chat: Chat, *, reply_to: int | None = None
    ) -> None:
        """Renders a reply in the chat (or in a new topic); a blocked bot marks the person."""
        where = incoming.address
        if reply.open_thread is not None:
            where = await self.open_topic(reply.open_thread, incoming, chat) or where
        try:
            await self.outbox.deliver(
                reply, where, reply_to=reply_to if where == incoming.address else None
            )
        except Forbidden:
            logger.info("telegram chat %s: the bot may not write here", chat.id)
            if chat.type == Chat.PRIVATE:  # the person blocked the bot
                await self.amora.mark_unreachable(incoming.user)

    async def open_topic(
        self, request: ThreadRequest, incoming: Incoming, chat: Chat
    ) -> Address | None:
        """Opens a forum topic for a new session and binds it, where the chat has topics."""
        # Private chats have topics when the bot's owner turned them on in @BotFather
        # (getMe's has_topics_enabled); supergroups when they are forums.
        has_topics = self.me.has_topics_enabled if chat.type == Chat.PRIVATE else chat.is_forum
        if not has_topics:
            return None
        try:
            topic = await call(self.bot.create_forum_topic, chat_id=chat.id, name=request.title)
        except TelegramError as error:  # e.g. the bot is not an admin allowed to manage topics
            logger.warning("telegram chat %s: no topic opened (%s)", chat.id, type(error).__name__)
            return None
        thread = Address(parse.PLATFORM, str(chat.id), str(topic.message_thread_id))
        await self.amora.bind_thread(incoming, request.session_id, thread)
        return thread


def _in_group(message: Message) -> int | None:
    """In a group, replies quote the person's message so it is clear whom they answer."""
    return None if message.chat.type == Chat.PRIVATE else message.message_id


def _address(message: MaybeInaccessibleMessage) -> Address:
    if isinstance(message, Message):
        return parse.address_of(message)
    # An InaccessibleMessage (too old to read) still names its chat.
    return Address(parse.PLATFORM, str(message.chat.id))


def _kind(message: Message) -> str:
    attachment = message.effective_attachment
    return type(attachment).__name__ if attachment is not None else "message"
