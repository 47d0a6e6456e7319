"""Pacing for an account that several processes send with: its send slots are booked in the
database, which every process sending with the account shares.

A platform counts an account's calls from all its processes together. Each call books its slot
through the core (SendSlotRepository, one short transaction); a keyed call whose chat must still
wait books nothing and asks again when it may. A platform's request to wait (a 429) travels with
the next booking, so it holds every process back. This process's own pacer still checks what
its calls really did (a burst after a stall, a chat's gap after a call that went late) and
paces alone while the database cannot be reached.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Callable, Hashable
from typing import Protocol

from adapters.pacing import Pacer, Sleep
from core.ports import Slot, SlotRequest

logger = logging.getLogger(__name__)


class SlotBooker(Protocol):
    """Books send slots that every process sending with the account shares (core.app.Amora)."""

    async def book_send(self, request: SlotRequest, now: float) -> Slot: ...


def lane(platform: str, token: str) -> str:
    """The lane of a platform account: its processes share it, other accounts do not.

    Named by a digest of the token, so the database never holds the token itself.
    """
    return f"{platform} {hashlib.sha256(token.encode()).hexdigest()[:16]}"


class SharedPacer:
    """Keeps every process sending with one account to `rate` calls a second in all and to
    `per_key` seconds between two calls to one chat (see the module's docstring).

    A booking is a millisecond or two; the calls are check-ins, not replies, so that is nothing
    next to the spacing.
    """

    def __init__(
        self,
        booker: SlotBooker,
        lane: str,
        rate: float,
        *,
        per_key: float = 0.0,
        wall_clock: Callable[[], float] = time.time,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.booker = booker
        self.lane = lane
        self.local = Pacer(rate, per_key=per_key, clock=wall_clock, sleep=sleep)
        """This process's own pacer: what its calls did, and its pacing without the database."""
        self.clock = wall_clock
        self._sleep = sleep
        self.alone = False
        """Whether the last booking failed (logged once, not for every call)."""

    @property
    def paused_until(self) -> float:
        """When the platform's last request to wait ends (0 for none): every process is told."""
        return max(0.0, self.local.paused_until)

    async def wait(self, key: Hashable | None = None, cost: int = 1) -> None:
        """Returns once this call's slot has come; a pause declared meanwhile rebooks it."""
        cost = max(1, cost)
        local = self.local
        while True:
            request = SlotRequest(
                self.lane,
                None if key is None else str(key),
                cost,
                local.interval,
                local.per_key,
                self.paused_until,
            )
            try:
                slot = await self.booker.book_send(request, self.clock())
            except Exception as error:  # the store's errors are not the adapter's to name
                if not self.alone:
                    logger.warning(
                        "%s: send slots unavailable (%s); pacing this process alone",
                        self.lane,
                        type(error).__name__,
                    )
                    self.alone = True
                await local.wait(key, cost)
                return
            if self.alone:
                logger.info("%s: send slots available again; pacing with the others", self.lane)
                self.alone = False
            if (delay := slot.at - self.clock()) > 0:
                await self._sleep(delay)
            if slot.booked and slot.at >= self.paused_until:
                break
        while (delay := local.held_until(key, cost) - self.clock()) > 0:
            await self._sleep(delay)
        local.went(key, cost)

    def pause(self, seconds: float) -> None:
        """No call of any process goes for `seconds`: the next booking tells the others."""
        self.local.pause(seconds)
