"""Sending to Telegram: split text, buttons, documents, a typing action, and platform errors."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import warnings
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, TypeVar

from telegram import Bot, InputFile, ReplyParameters
from telegram.constants import ChatAction
from telegram.error import BadRequest, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from adapters.telegram.bot import AmoraBot
from adapters.telegram.render import keyboard, split_text
from adapters.typing import typing_while
from core.app import Amora
from core.domain import Address
from core.replies import Attachment, Reply

logger = logging.getLogger(__name__)

T = TypeVar("T")
RETRIES = 3
TYPING_EVERY = 4.0
"""Telegram shows a chat action for 5 seconds or until the bot's next message (sendChatAction)."""
TYPING_AFTER = 0.5
"""A reply that takes longer than this shows "typing…" first; a quicker one just arrives.

A chat action is a Bot API request like a message: sent for every turn, it was a fifth of the
bot's work under load, to show an indicator that the reply replaced a few milliseconds later.
"""
# What Telegram answers for a message sent into a forum topic that was deleted.
_THREAD_GONE = ("message thread not found", "topic_deleted", "topic deleted")


def retry_seconds(error: RetryAfter) -> float:
    """How long Telegram asked us to wait, whichever form this python-telegram-bot gives it in."""
    with warnings.catch_warnings():
        # Reading retry_after warns until PTB_TIMEDELTA is the default (python-telegram-bot 22).
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def thread_gone(error: BadRequest) -> bool:
    """Whether Telegram refused a message because its forum topic no longer exists."""
    return any(words in error.message.lower() for words in _THREAD_GONE)


async def call(method: Callable[..., Awaitable[T]], /, **kwargs: Any) -> T:
    """Calls a Bot method; on RetryAfter (HTTP 429) waits as long as Telegram asks and retries."""
    for attempt in range(RETRIES + 1):
        try:
            return await method(**kwargs)
        except RetryAfter as error:
            if attempt == RETRIES:
                raise
            logger.info("telegram: rate limited, retrying in %.1f s", retry_seconds(error))
            await asyncio.sleep(retry_seconds(error))
    raise AssertionError("unreachable")


def typing(bot: Bot, where: Address) -> contextlib.AbstractAsyncContextManager[None]:
    """Shows "typing…" in the chat while the block runs, once it has run TYPING_AFTER seconds."""

    async def show() -> object:
        return await bot.send_chat_action(
            int(where.chat_id), ChatAction.TYPING, message_thread_id=_thread(where)
        )

    return typing_while(show, TYPING_EVERY, (TelegramError,), after=TYPING_AFTER)


def _thread(where: Address) -> int | None:
    return int(where.thread_id) if where.thread_id is not None else None


class Outbox:
    """Sends the core's replies to Telegram chats and topics."""

    def __init__(self, bot: AmoraBot, amora: Amora) -> None:
        self.bot = bot
        self.amora = amora

    async def deliver(self, reply: Reply, where: Address, *, reply_to: int | None = None) -> None:
        """Sends a reply and tells the core which message it went out as."""
        sent, where = await self.send_or_fall_back(reply, where, reply_to=reply_to)
        if reply.message_id is not None and sent is not None:
            await self.amora.note_sent(reply.message_id, where, str(sent))

    async def send_or_fall_back(
        self, reply: Reply, where: Address, *, reply_to: int | None = None
    ) -> tuple[int | None, Address]:
        """Sends; a deleted topic is unbound and the reply goes to its chat. The id of the last
        text message sent."""
        try:
            return await self.send(reply, where, reply_to=reply_to), where
        except BadRequest as error:
            if where.thread_id is None or not thread_gone(error):
                raise
        logger.info("telegram chat %s: topic %s is gone, unbinding", where.chat_id, where.thread_id)
        await self.amora.unbind_thread(where)
        return await self.send(reply, where.chat), where.chat

    async def send(
        self, reply: Reply, where: Address, *, reply_to: int | None = None
    ) -> int | None:
        """Sends the text in pieces (buttons under the last), then any files; the last text's
        message id."""
        pieces = split_text(reply.text)
        last: int | None = None
        for number, piece in enumerate(pieces, start=1):
            last = await call(
                self.bot.send_text,
                chat_id=int(where.chat_id),
                text=piece,
                message_thread_id=_thread(where),
                reply_markup=keyboard(reply.buttons) if number == len(pieces) else None,
                reply_parameters=(
                    ReplyParameters(reply_to, allow_sending_without_reply=True)
                    if reply_to is not None and number == 1
                    else None
                ),
            )
        for attachment in reply.attachments:
            await self._attach(attachment, where)
        return last

    async def _attach(self, attachment: Attachment, where: Address) -> None:
        """Pictures (a chart) as photos that show in the chat; other files as documents."""
        upload = InputFile(attachment.data, filename=attachment.filename)
        common = {"chat_id": int(where.chat_id), "message_thread_id": _thread(where)}
        caption = attachment.title or None
        if attachment.content_type.startswith("image/"):
            await call(self.bot.send_photo, photo=upload, caption=caption, **common)
        else:
            await call(self.bot.send_document, document=upload, caption=caption, **common)
