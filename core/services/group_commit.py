"""Work from many turns at once, committed together."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from core.ports import UnitOfWork, UnitOfWorkFactory

logger = logging.getLogger(__name__)

Work = Callable[[UnitOfWork], Awaitable[Any]]
"""Statements on a unit of work, which the group commit commits; what it returns is the caller's."""
Change = Callable[[UnitOfWork], Awaitable[None]]
"""A write that returns nothing."""
GATHER_TURNS = 3
"""Turns of the event loop a group waits for more work before it begins. Under load each turn
of the loop handles many answers from the network at once, and each of them ends in a write;
waiting for three took a group from 2 writes to 25-40 on the Telegram benchmark, at a cost of
some microseconds when the process is idle."""


class GroupCommit:
    """Runs work (a coaching turn, an update held or released, the id a reply went out as) in
    shared transactions: the work that arrives while one transaction is under way goes
    together in the next, and a group waits a few turns of the event loop for more. Each
    caller gets its own work's result once the transaction holding it committed, as if it had
    its own, or the error its work raised; under load, one commit serves many turns.

    Work that fails makes its transaction fail; its companions are then run again, each alone,
    so one bad piece costs the others nothing. Work must therefore be safe to run again after
    a rollback: it reads what it needs within the transaction.

    `limit` caps a group (a unit of work holds the event loop while it runs on SQLite);
    without one, every waiting piece joins. Up to `writers` groups run at once, each in its own
    unit of work: one where the store takes one transaction at a time (SQLite), more where
    its statements wait on the network (PostgreSQL).
    """

    def __init__(
        self, uow: UnitOfWorkFactory, *, limit: int | None = None, writers: int = 1
    ) -> None:
        self.uow = uow
        self.limit = limit
        self.writers = writers
        self._waiting: list[tuple[Work, asyncio.Future[Any]]] = []
        self._writing: set[asyncio.Task[None]] = set()

    async def write(self, change: Change) -> None:
        """Runs `change` in a shared transaction; returns once that committed.

        The caller may be cancelled while it waits; its write is made all the same.
        """
        await asyncio.shield(self._queue(change))

    async def run(self, work: Work) -> Any:
        """Runs `work` in a shared transaction and returns its result once that committed.

        A caller cancelled before its group began withdraws its work; once begun, the work is
        committed with its group.
        """
        return await self._queue(work)

    def _queue(self, work: Work) -> asyncio.Future[Any]:
        done: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        done.add_done_callback(_observed)
        self._waiting.append((work, done))
        # A writer that is not done will look at the waiting list again before it finishes.
        self._writing = {writer for writer in self._writing if not writer.done()}
        if len(self._writing) < self.writers:
            self._writing.add(asyncio.create_task(self._write_waiting()))
        return done

    async def _write_waiting(self) -> None:
        group: list[tuple[Work, asyncio.Future[Any]]] = []
        try:
            while self._waiting:
                for _ in range(GATHER_TURNS):
                    await asyncio.sleep(0)
                cut = len(self._waiting) if self.limit is None else self.limit
                group, self._waiting = self._waiting[:cut], self._waiting[cut:]
                group = [(work, done) for work, done in group if not done.done()]
                if group:
                    await self._write_group(group)
        except BaseException:  # cancelled (the loop is closing): what was not written says so
            for _, done in group + self._waiting:
                done.cancel()
            self._waiting = []
            raise

    async def _write_group(self, group: list[tuple[Work, asyncio.Future[Any]]]) -> None:
        try:
            results = await self._commit([work for work, _ in group])
        except Exception as error:
            if len(group) == 1:
                _settle(group[0][1], error=error)
                return
            logger.debug("a group of %d failed; running each alone", len(group))
            for work, done in group:
                if done.done():  # its caller was cancelled meanwhile
                    continue
                try:
                    (result,) = await self._commit([work])
                except Exception as alone:
                    _settle(done, error=alone)
                else:
                    _settle(done, result)
        else:
            for (_, done), result in zip(group, results, strict=True):
                _settle(done, result)

    async def _commit(self, group: list[Work]) -> list[Any]:
        async with self.uow() as uow:
            results = [await work(uow) for work in group]
            await uow.commit()
        return results


def _settle(
    done: asyncio.Future[Any], result: Any = None, *, error: Exception | None = None
) -> None:
    if done.done():
        return
    if error is None:
        done.set_result(result)
    else:
        done.set_exception(error)


def _observed(done: asyncio.Future[Any]) -> None:
    """Marks an error as seen, for a caller cancelled before it could see it."""
    if not done.cancelled():
        done.exception()
