"""Daily check-ins as Telegram direct messages, behind the core's Messenger port, paced."""

from __future__ import annotations

import logging

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from adapters.pacing import Dispatcher, Pacer, RetryPolicy, Sleep, Spacing
from adapters.shared_pacing import SharedPacer, SlotBooker, lane
from adapters.telegram.parse import PLATFORM
from adapters.telegram.render import split_text
from adapters.telegram.send import Outbox, retry_seconds
from core.domain import Address
from core.ports import DeliveryFailed, RecipientUnreachable
from core.replies import CheckIn, Sent

logger = logging.getLogger(__name__)

MESSAGES_PER_SECOND = 25.0
"""Telegram allows a bot about 30 messages a second in all (core.telegram.org/bots/faq, "My bot
is hitting limits"); check-ins leave the rest for conversations."""
SECONDS_PER_CHAT = 1.1
"""The same FAQ: no more than one message a second in a chat (someone with several sessions
gets several check-ins); a tenth of a second to spare for jitter on the way to Telegram."""


def retry_after(error: Exception) -> float | None:
    """The wait a 429 (RetryAfter) asks for; None for any other error."""
    return retry_seconds(error) if isinstance(error, RetryAfter) else None


def transient(error: Exception) -> bool:
    """5xx answers, timeouts and connection failures (NetworkError); a refusal is no such thing.

    python-telegram-bot raises NetworkError for a 5xx or an unknown status, TimedOut (one of
    them) for a timeout, and BadRequest (also one of them) for a 400, which will not pass.
    """
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)


def shared_pacer(booker: SlotBooker, token: str) -> SharedPacer:
    """The pacer every process sending with this bot token shares, through the database."""
    return SharedPacer(booker, lane(PLATFORM, token), MESSAGES_PER_SECOND, per_key=SECONDS_PER_CHAT)


def telegram_dispatcher(
    pacer: Spacing | None = None, policy: RetryPolicy | None = None, sleep: Sleep | None = None
) -> Dispatcher:
    """Sends under Telegram's limits; waits out RetryAfter and retries network failures."""
    pacer = pacer or Pacer(MESSAGES_PER_SECOND, per_key=SECONDS_PER_CHAT)
    return Dispatcher(
        pacer, retry_after=retry_after, transient=transient, policy=policy, sleep=sleep
    )


def direct(checkin: CheckIn) -> Address:
    """The person's private chat with the bot; the session's topic there, if it has one."""
    dm = Address(PLATFORM, checkin.recipient.user_id)  # a private chat's id is the user's id
    return checkin.origin if checkin.origin.chat == dm and checkin.origin.thread_id else dm


class TelegramMessenger:
    """Sends a check-in with its buttons to the person's private chat with the bot."""

    def __init__(self, outbox: Outbox, dispatcher: Dispatcher | None = None) -> None:
        self.outbox = outbox
        self.dispatcher = dispatcher or telegram_dispatcher()

    async def send_checkin(self, checkin: CheckIn) -> Sent | None:
        """Delivers the DM; a blocked bot is RecipientUnreachable, other refusals DeliveryFailed."""
        where = direct(checkin)
        try:
            sent, where = await self.dispatcher.send(
                lambda: self.outbox.send_or_fall_back(checkin.reply, where),
                key=where.chat_id,
                cost=len(split_text(checkin.reply.text)),
                label=f"telegram: check-in for session {checkin.session_id}",
            )
        except Forbidden as error:
            raise RecipientUnreachable(checkin.recipient.user_id) from error
        except TelegramError as error:
            logger.warning(
                "telegram: check-in for session %s failed: %s",
                checkin.session_id,
                type(error).__name__,
            )
            raise DeliveryFailed(type(error).__name__) from error
        return None if sent is None else Sent(where, str(sent))
