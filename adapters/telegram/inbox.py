"""Telegram updates held in the database from the moment they arrive until they are handled.

python-telegram-bot confirms a batch of updates to Telegram (the offset of its next getUpdates)
right after putting them in its update queue, and a webhook answers 200 right after too, so
updates the process holds in memory are never sent again if it dies. Polling, each batch that
getUpdates returns is held in Amora's inbox, in one write, before the library reads it
(`HoldingUpdates`); a webhook's update is held as the library queues it
(`DurableUpdateQueue.put`). The update processor releases an update once its handler
returned, and the next start replays whatever is still held.
"""

from __future__ import annotations

import asyncio
import logging
from http import HTTPStatus

import orjson
from telegram import Bot, Update
from telegram.request import BaseRequest, RequestData

from adapters.telegram.parse import PLATFORM
from adapters.telegram.transport import NOT_GIVEN
from core.app import Amora

logger = logging.getLogger(__name__)


class DurableUpdateQueue(asyncio.Queue[object]):
    """The application's update queue: `put` holds an update before it can be confirmed."""

    def __init__(self, amora: Amora) -> None:
        super().__init__()
        self.amora = amora
        self._replayed: set[int] = set()
        self._held: set[int] = set()

    async def hold_batch(self, body: bytes) -> None:
        """Holds every update in a getUpdates answer, in one write; `put` then holds none again.

        If the database cannot take them, they are handled all the same, unheld: each turn
        will tell its person about the trouble, and receiving must not stop.
        """
        try:
            answer = orjson.loads(body)
            updates = [
                (u["update_id"], orjson.dumps(u).decode()) for u in answer.get("result") or ()
            ]
        except (ValueError, TypeError, KeyError, AttributeError):
            return  # not an answer with updates: python-telegram-bot will say what it is
        if not updates:
            return
        try:
            await self.amora.hold(PLATFORM, updates)
        except Exception as error:
            logger.warning(
                "telegram updates %s-%s: not held (%s); handling them anyway",
                updates[0][0],
                updates[-1][0],
                type(error).__name__,
            )
            return
        self._held.update(update_id for update_id, _ in updates)

    async def put(self, item: object) -> None:
        """Holds an update not held yet, then queues it; other items (a stop signal) just queue.

        If the database cannot take it, the update is handled all the same, unheld.
        """
        if isinstance(item, Update):
            held = item.update_id in self._held
            self._held.discard(item.update_id)
            if item.update_id in self._replayed:
                return  # Telegram sent it again: the replay from the inbox has it already
            if not held:
                await self._hold(item)
        await super().put(item)

    async def _hold(self, update: Update) -> None:
        try:
            payload = orjson.dumps(update.to_dict()).decode()
            await self.amora.hold(PLATFORM, [(update.update_id, payload)])
        except Exception as error:
            logger.warning(
                "telegram update %s: not held (%s); handling it anyway",
                update.update_id,
                type(error).__name__,
            )

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
                update = Update.de_json(orjson.loads(payload), bot)
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


class HoldingUpdates(BaseRequest):
    """The transport of getUpdates: each batch of updates is held (`hold_batch`) before
    python-telegram-bot reads it, so the next getUpdates, which confirms the batch, finds it
    kept. Everything else is the wrapped transport's."""

    def __init__(self, transport: BaseRequest, queue: DurableUpdateQueue) -> None:
        self.transport = transport
        self.queue = queue

    @property
    def read_timeout(self) -> float | None:
        """The wrapped transport's default read timeout."""
        return self.transport.read_timeout

    async def initialize(self) -> None:
        """Starts the wrapped transport."""
        await self.transport.initialize()

    async def shutdown(self) -> None:
        """Stops the wrapped transport."""
        await self.transport.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: float | None = NOT_GIVEN,
        write_timeout: float | None = NOT_GIVEN,
        connect_timeout: float | None = NOT_GIVEN,
        pool_timeout: float | None = NOT_GIVEN,
    ) -> tuple[int, bytes]:
        """Sends the request; a successful getUpdates answer's updates are held first."""
        status, body = await self.transport.do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
        if status == HTTPStatus.OK and url.endswith("/getUpdates"):
            await self.queue.hold_batch(body)
        return status, body
