"""Daily check-ins as Telegram direct messages, behind the core's Messenger port."""

from __future__ import annotations

import logging

from telegram.error import Forbidden, TelegramError

from adapters.telegram.parse import PLATFORM
from adapters.telegram.send import Outbox
from core.domain import Address
from core.ports import DeliveryFailed, RecipientUnreachable
from core.replies import CheckIn, Sent

logger = logging.getLogger(__name__)


def direct(checkin: CheckIn) -> Address:
    """The person's private chat with the bot; the session's topic there, if it has one."""
    dm = Address(PLATFORM, checkin.recipient.user_id)  # a private chat's id is the user's id
    return checkin.origin if checkin.origin.chat == dm and checkin.origin.thread_id else dm


class TelegramMessenger:
    """Sends a check-in with its buttons to the person's private chat with the bot."""

    def __init__(self, outbox: Outbox) -> None:
        self.outbox = outbox

    async def send_checkin(self, checkin: CheckIn) -> Sent | None:
        """Delivers the DM; a blocked bot is RecipientUnreachable, other refusals DeliveryFailed."""
        try:
            sent, where = await self.outbox.send_or_fall_back(checkin.reply, direct(checkin))
        except Forbidden as error:
            raise RecipientUnreachable(checkin.recipient.user_id) from error
        except TelegramError as error:
            logger.warning(
                "telegram: check-in for session %s failed: %s",
                checkin.session_id,
                type(error).__name__,
            )
            raise DeliveryFailed(type(error).__name__) from error
        return None if sent is None else Sent(where, str(sent.message_id))
