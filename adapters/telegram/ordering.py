"""Updates from many chats at once, each chat's in the order Telegram sent them."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


def chat_key(update: object) -> int | None:
    """The chat an update belongs to, if it has one."""
    if isinstance(update, Update) and update.effective_chat is not None:
        return update.effective_chat.id
    return None


# python-telegram-bot handles one update at a time by default, so one slow turn holds up every
# chat; with plain `concurrent_updates(True)` a person's second message could be answered before
# their first. A lock per chat gives both: parallel chats, ordered turns. The application starts
# update tasks in arrival order and asyncio locks wake waiters first in, first out.
class ChatOrderedProcessor(BaseUpdateProcessor):
    """Processes updates concurrently, but one at a time per chat.

    `handled` is awaited after an update's handlers returned (not if they were cancelled).
    """

    def __init__(
        self,
        max_concurrent_updates: int,
        handled: Callable[[object], Awaitable[None]] | None = None,
    ) -> None:
        super().__init__(max_concurrent_updates)
        self._handled = handled
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Awaits the handler coroutine while holding the update's chat lock."""
        await self._in_order(update, coroutine)
        if self._handled is not None:
            await self._handled(update)

    async def _in_order(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        if key is None:
            await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                # Forget idle chats so the table does not grow with every chat ever seen.
                del self._users[key], self._locks[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
