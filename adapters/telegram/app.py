"""The Telegram adapter's life: build the python-telegram-bot Application, start it, stop it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    MessageHandler,
    MessageReactionHandler,
    filters,
)

from adapters.telegram.bot import AmoraBot
from adapters.telegram.handlers import TelegramHandlers
from adapters.telegram.inbox import DurableUpdateQueue, HoldingUpdates
from adapters.telegram.messenger import TelegramMessenger, shared_pacer, telegram_dispatcher
from adapters.telegram.ordering import ChatOrderedProcessor
from adapters.telegram.parse import PLATFORM
from adapters.telegram.transport import AiohttpRequest
from core.app import Amora

logger = logging.getLogger(__name__)

MAX_CONCURRENT_UPDATES = 256
Answer = bool | dict[str, Any] | list[dict[str, Any]]
"""What a Bot API request returns, decoded."""
# Telegram sends message_reaction updates only to bots that ask for them (getUpdates docs).
ALLOWED_UPDATES = (Update.MESSAGE, Update.CALLBACK_QUERY, Update.MESSAGE_REACTION)
COMMANDS = (
    ("start", "What Amora is and how to begin"),
    ("help", "The command list"),
    ("newsession", "Open a new session: /newsession [title]"),
    ("sessions", "Your sessions: switch, pause, resume, complete"),
    ("session", "The current session: topic, summary, next plan"),
    ("rename", "Rename the current session: /rename <title>"),
    ("pause", "Pause the current session"),
    ("resume", "Resume the current session"),
    ("complete", "Complete the current session"),
    ("followup", "Daily check-in: /followup 21:30 Europe/Berlin, or off"),
    ("timezone", "Remember your time zone: /timezone Europe/Berlin"),
    ("progress", "Your sessions, topics and mood over time"),
    ("export", "All your data as a JSON file"),
    ("forget", "Delete all your data (asks first)"),
    ("stats", "Usage figures (admins only)"),
)


@dataclass(frozen=True, slots=True)
class TelegramOptions:
    """The operator's Telegram settings, as plain values (the config's `[telegram]`)."""

    token: str
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"
    mode: Literal["polling", "webhook"] = "polling"
    poll_interval_seconds: float = 0.0
    max_messages_per_second: float = 30.0
    """Telegram's published limit for a bot's messages in all chats; 0 sends unthrottled (a
    self-hosted Bot API server, or a bot Telegram allows more)."""
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret: str | None = None


# Telegram's published limits (about 30 messages a second overall, 20 a minute per group:
# core.telegram.org/bots/faq, "My bot is hitting limits") count messages. A typing action held
# in the same queue would halve the messages a busy bot can send and delay every reply; one
# that Telegram refuses just fails quietly, since typing is only a courtesy.
class MessageRateLimiter(AIORateLimiter):
    """python-telegram-bot's AIORateLimiter for messages; chat actions skip the queue."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Answer]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Answer:
        """Sends chat actions at once; everything else through the limiter."""
        if endpoint == "sendChatAction":
            return await callback(*args, **kwargs)
        return await super().process_request(
            callback, args, kwargs, endpoint, data, rate_limit_args
        )


def telegram_bot(settings: TelegramOptions, queue: DurableUpdateQueue) -> AmoraBot:
    """The bot: its Bot API transport, getUpdates holding each batch in the inbox first, and
    the rate limiter."""
    return AmoraBot(
        settings.token,
        base_url=settings.base_url,
        base_file_url=settings.base_file_url,
        request=AiohttpRequest(),
        get_updates_request=HoldingUpdates(AiohttpRequest(connection_pool_size=1), queue),
        # Throttles to Telegram's published limits; RetryAfter is retried in send.call.
        rate_limiter=MessageRateLimiter(overall_max_rate=settings.max_messages_per_second),
    )


def build_application(bot: AmoraBot, queue: DurableUpdateQueue) -> Application:  # type: ignore[type-arg]
    """A python-telegram-bot Application for this bot, not yet started."""
    return (
        ApplicationBuilder()
        .bot(bot)
        .update_queue(queue)
        .concurrent_updates(ChatOrderedProcessor(MAX_CONCURRENT_UPDATES, queue.handled))
        .job_queue(None)  # the follow-up sweep has its own scheduler (bot/scheduler.py)
        .build()
    )


def install(application: Application, handlers: TelegramHandlers) -> None:  # type: ignore[type-arg]
    """Registers the handlers; the first that matches an update handles it."""
    message = filters.UpdateType.MESSAGE  # edits are ignored: the core answered the original
    application.add_handlers(
        [
            MessageHandler(
                message & filters.StatusUpdate.FORUM_TOPIC_CREATED, handlers.on_topic_created
            ),
            MessageHandler(message & (filters.TEXT | filters.CAPTION), handlers.on_message),
            MessageHandler(message & filters.ATTACHMENT, handlers.on_media),
            CallbackQueryHandler(handlers.on_button),
            MessageReactionHandler(handlers.on_reaction),
        ]
    )
    application.add_error_handler(handlers.on_error)


class TelegramAdapter:
    """Amora on Telegram, started and stopped by hand so it can share the loop with others."""

    name = PLATFORM

    def __init__(self, amora: Amora, settings: TelegramOptions) -> None:
        self.settings = settings
        self.queue = DurableUpdateQueue(amora)
        bot = telegram_bot(settings, self.queue)
        self.application = build_application(bot, self.queue)
        self.handlers = TelegramHandlers(amora, bot)
        install(self.application, self.handlers)
        pacer = shared_pacer(amora, settings.token)
        self.messenger = TelegramMessenger(self.handlers.outbox, telegram_dispatcher(pacer))

    async def start(self) -> None:
        """Connects (getMe), publishes the command list, handles what the inbox still holds
        from before (see adapters/telegram/inbox.py) and starts taking updates."""
        app = self.application
        await app.initialize()
        try:
            await app.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
        except TelegramError as error:  # the menu is a convenience; the bot works without it
            logger.warning("telegram: setMyCommands failed: %s", type(error).__name__)
        await app.start()
        replayed = await self.queue.replay(app.bot)
        if replayed:
            logger.info("telegram: handling %d updates held from before the last stop", replayed)
        assert app.updater is not None
        if self.settings.mode == "webhook":
            url = self.settings.webhook_url or ""
            await app.updater.start_webhook(
                listen=self.settings.webhook_listen,
                port=self.settings.webhook_port,
                url_path=urlsplit(url).path.lstrip("/"),
                webhook_url=url,
                allowed_updates=list(ALLOWED_UPDATES),
                secret_token=self.settings.webhook_secret,
            )
        else:
            await app.updater.start_polling(
                poll_interval=self.settings.poll_interval_seconds,
                allowed_updates=list(ALLOWED_UPDATES),
            )
        logger.info("telegram: @%s is taking updates (%s)", app.bot.username, self.settings.mode)

    async def stop_receiving(self) -> None:
        """Takes no more updates; those already received are still handled."""
        updater = self.application.updater
        if updater is not None and updater.running:
            await updater.stop()

    async def stop(self) -> None:
        """Finishes the turns in flight and closes the connection."""
        await self.stop_receiving()
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()
