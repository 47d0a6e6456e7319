"""`amora run`: every enabled adapter and the follow-up sweep on one event loop, until a signal."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import sys
from collections.abc import Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Protocol

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.bootstrap import build
from bot.config import Settings, TelegramSettings
from bot.scheduler import start_sweep
from core.app import Amora
from core.ports import Messenger

if TYPE_CHECKING:
    from adapters.telegram import TelegramOptions

logger = logging.getLogger(__name__)

NO_ADAPTER = (
    "amora run: no adapter is enabled; set telegram.enabled = true and telegram.token, "
    "or discord.enabled = true and discord.token (or AMORA_TELEGRAM__ENABLED=true and "
    "AMORA_TELEGRAM__TOKEN, AMORA_DISCORD__ENABLED=true and AMORA_DISCORD__TOKEN)"
)
SHUTDOWN_SECONDS = {"receiving": 3.0, "sweep": 3.0, "adapters": 3.0}
"""Budgets for the steps of a graceful stop; together they stay under ten seconds."""


class Adapter(Protocol):
    """A platform adapter as `amora run` drives it (Telegram today; Discord can join)."""

    name: str

    @property
    def messenger(self) -> Messenger:
        """Sends this platform's check-ins."""
        ...

    async def start(self) -> None: ...
    async def stop_receiving(self) -> None: ...
    async def stop(self) -> None: ...


def telegram_options(settings: TelegramSettings) -> TelegramOptions:
    """The `[telegram]` settings as the adapter takes them."""
    from adapters.telegram import TelegramOptions

    secret = settings.webhook_secret
    return TelegramOptions(
        token=settings.token.get_secret_value(),
        base_url=settings.base_url,
        base_file_url=settings.base_file_url,
        mode=settings.mode,
        poll_interval_seconds=settings.poll_interval_seconds,
        max_messages_per_second=settings.max_messages_per_second,
        webhook_url=settings.webhook_url,
        webhook_listen=settings.webhook_listen,
        webhook_port=settings.webhook_port,
        webhook_secret=secret.get_secret_value() if secret is not None else None,
    )


def enabled_adapters(settings: Settings, amora: Amora) -> list[Adapter]:
    """The adapters the config turns on; only those are imported (discord.py alone is 30 MB)."""
    adapters: list[Adapter] = []
    if settings.telegram.enabled:
        from adapters.telegram import TelegramAdapter

        adapters.append(TelegramAdapter(amora, telegram_options(settings.telegram)))
    if settings.discord.enabled:
        from adapters.discord import DiscordAdapter

        adapters.append(DiscordAdapter(amora, settings.discord))
    return adapters


class GuardedSweep:
    """The sweep, never cut off halfway: closing waits for a sweep in flight to finish.

    The first sweep ends start-up: it runs once the adapters have started, so when it is over
    (whatever it found) `amora run` logs "ready", the moment operators and benchmarks wait for.
    """

    def __init__(self, sweep: Callable[[], Awaitable[object]]) -> None:
        self._sweep = sweep
        self._lock = asyncio.Lock()
        self._closed = False
        self._swept = False

    async def __call__(self) -> None:
        """One sweep, unless closing has begun."""
        async with self._lock:
            if self._closed:
                return
            try:
                await self._sweep()
            finally:
                if not self._swept:
                    self._swept = True
                    logger.info("amora run: ready (first follow-up sweep done)")
                    # What start-up built (blocks, lexicons, models, the libraries) lives as
                    # long as the process: the cyclic garbage collector need not walk it again
                    # in every full collection. About 0.1 ms a turn under load.
                    gc.freeze()

    async def close(self) -> None:
        """Lets a sweep in flight finish; no sweep starts after this."""
        self._closed = True
        async with self._lock:
            pass


@contextlib.contextmanager
def signals_set(event: asyncio.Event) -> Iterator[None]:
    """SIGTERM and SIGINT set `event` instead of killing the process."""
    loop = asyncio.get_running_loop()
    caught = (signal.SIGTERM, signal.SIGINT)
    for sig in caught:
        loop.add_signal_handler(sig, event.set)
    try:
        yield
    finally:
        for sig in caught:
            loop.remove_signal_handler(sig)


async def _within(seconds: float, step: str, work: Awaitable[object]) -> None:
    try:
        async with asyncio.timeout(seconds):
            await work
    except TimeoutError:
        logger.warning("amora run: %s took longer than %.0f s; going on", step, seconds)


async def _start(adapters: list[Adapter]) -> bool:
    """Starts each adapter in turn; False (logged) if one cannot start."""
    for adapter in adapters:
        try:
            await adapter.start()
        except Exception as error:  # a bad token, an unreachable API: name it and give up
            # Only the type: some errors (python-telegram-bot's InvalidToken) quote the token.
            logger.error(
                "amora run: %s could not start (%s); check its token and base_url",
                adapter.name,
                type(error).__name__,
            )
            return False
    return True


async def _stop(
    adapters: list[Adapter], sweep: GuardedSweep, scheduler: AsyncIOScheduler | None
) -> None:
    """Stop taking updates, let the sweep and the turns in flight finish, close."""
    for adapter in adapters:
        await _within(SHUTDOWN_SECONDS["receiving"], "stop receiving", adapter.stop_receiving())
    await _within(SHUTDOWN_SECONDS["sweep"], "the follow-up sweep", sweep.close())
    if scheduler is not None:
        scheduler.shutdown(wait=False)
    for adapter in reversed(adapters):
        await _within(SHUTDOWN_SECONDS["adapters"], f"stopping {adapter.name}", adapter.stop())


async def run(settings: Settings) -> int:
    """Runs until SIGTERM or SIGINT; 0 after a clean stop, 1 if an adapter cannot start."""
    if not (settings.telegram.enabled or settings.discord.enabled):
        print(NO_ADAPTER, file=sys.stderr)
        return 2
    stop = asyncio.Event()
    scheduler: AsyncIOScheduler | None = None
    with signals_set(stop):
        async with build(settings) as runtime:
            adapters = enabled_adapters(settings, runtime.amora)
            for adapter in adapters:
                runtime.messengers.register(adapter.name, adapter.messenger)
            sweep = GuardedSweep(runtime.amora.sweep)
            try:
                if await _start(adapters):
                    scheduler = start_sweep(sweep, settings.followups.sweep_seconds)
                    logger.info("amora run: %s running", ", ".join(a.name for a in adapters))
                    await stop.wait()
                    logger.info("amora run: stopping")
            finally:
                await _stop(adapters, sweep, scheduler)
    return 0 if scheduler is not None else 1
