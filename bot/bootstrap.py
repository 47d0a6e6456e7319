"""The composition root: settings in, a wired Amora out. Tests call it with fakes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.clock import SystemClock
from bot.config import Settings
from bot.messengers import MessengerRouter
from core.app import Amora
from core.ports import Clock
from core.settings import CoreSettings
from storage import migrate
from storage.database import create_engine_for
from storage.uow import unit_of_work_factory


def core_settings(settings: Settings) -> CoreSettings:
    """The part of the configuration the core needs, as plain values."""
    return CoreSettings(
        summary_every=settings.coach.summary_every,
        recent_window=settings.coach.recent_window,
        grace_minutes=settings.followups.grace_minutes,
        default_followup_time=settings.followups.default_time,
        sweep_batch_size=settings.followups.batch_size,
        flood_messages=settings.coach.flood_messages,
        flood_seconds=settings.coach.flood_seconds,
        seed=settings.coach.seed,
        admins={
            "telegram": frozenset(settings.admins.telegram),
            "discord": frozenset(settings.admins.discord),
        },
        crisis_resources={k: tuple(v) for k, v in settings.safety.resources.items()},
        abuse_resources={k: tuple(v) for k, v in settings.safety.abuse_resources.items()},
    )


@dataclass(frozen=True, slots=True)
class Runtime:
    """Everything a command needs, built once: the database engine, the coach, the messengers."""

    settings: Settings
    engine: AsyncEngine
    amora: Amora
    messengers: MessengerRouter


@asynccontextmanager
async def build(
    settings: Settings, *, clock: Clock | None = None, upgrade: bool | None = None
) -> AsyncIterator[Runtime]:
    """Wires storage, core and messengers; migrates first when configured to; closes on exit."""
    database = settings.database
    engine = create_engine_for(
        database.url, echo=database.echo, busy_timeout_ms=database.sqlite_busy_timeout_ms
    )
    try:
        if database.auto_upgrade if upgrade is None else upgrade:
            await migrate.upgrade(engine)
        messengers = MessengerRouter()
        amora = Amora(
            unit_of_work_factory(engine),
            clock or SystemClock(),
            messengers,
            core_settings(settings),
        )
        yield Runtime(settings, engine, amora, messengers)
    finally:
        await engine.dispose()
