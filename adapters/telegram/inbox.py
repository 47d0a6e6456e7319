"""Telegram updates held in the database from the moment they arrive until they are handled.

python-telegram-bot confirms a batch of updates to Telegram (the offset of its next getUpdates)
right after putting them in its update queue, and a webhook answers 200 right after too, so
updates the process holds in memory are never sent again if it dies. This queue holds each
update in Amora's inbox before the library takes it, the update processor releases it once its
handler returned, and the next start replays whatever is still held.
"""

from __future__ import annotations

import asyncio
import json
import logging

from telegram import Bot, Update

from adapters.telegram.parse import PLATFORM
from core.app import Amora

logger = logging.getLogger(__name__)


class DurableUpdateQueue(asyncio.Queue[object]):
    """The application's update queue: `put` holds an update before it can be confirmed."""

    def __init__(self, amora: Amora) -> None:
        super().__init__()
        self.amora = amora
        self._replayed: set[int] = set()

    async def put(self, item: object) -> None:
        """Holds an update in the inbox, then queues it; other items (a stop signal) just queue.

        If the database cannot take it, the update is handled all the same, unheld: the turn
        will tell the person about the trouble, and receiving must not stop.
        """
        if isinstance(item, Update):
            if item.update_id in self._replayed:
                return  # Telegram sent it again: the replay from the inbox has it already
            try:
                await self.amora.hold(PLATFORM, item.update_id, json.dumps(item.to_dict()))
            except Exception as error:
                logger.warning(
                    "telegram update %s: not held (%s); handling it anyway",
                    item.update_id,
                    type(error).__name__,
                )
        await super().put(item)

    async def handled(self, update: object) -> None:
        """Releases an update whose handler returned; failing that, it is replayed later."""
        if not isinstance(update, Update):
            return
        try:
            await self.amora.release(PLATFORM, update.update_id)
        except Exception as error:
            logger.warning(
                "telegram update %s: not released (%s); the next start replays it",
                update.update_id,
                type(error).__name__,
            )

    async def replay(self, bot: Bot) -> int:
        """Queues the updates held from before this start (a crash, a stop mid-turn); how many.

        Call before taking new updates, so each chat's replayed updates come before its new
        ones. An update that cannot be read back is dropped with a warning.
        """
        held = await self.amora.held(PLATFORM)
        for update_id, payload in held:
            try:
                update = Update.de_json(json.loads(payload), bot)
            except (ValueError, TypeError, KeyError) as error:
                logger.warning(
                    "telegram update %s: held but unreadable (%s); dropped",
                    update_id,
                    type(error).__name__,
                )
                await self.amora.release(PLATFORM, update_id)
                continue
            self._replayed.add(update_id)
            await super().put(update)
        return len(held)
