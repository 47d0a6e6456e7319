"""The composition root: settings in, a wired Amora out. Tests call it with fakes."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, replace

from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.llm import OpenAiCompatibleModel
from bot.clock import SystemClock
from bot.config import LlmSettings, Settings
from bot.messengers import MessengerRouter
from core.app import Amora
from core.domain import Session, UsageStats
from core.ports import Charts, Clock
from core.settings import CoreSettings
from storage import migrate
from storage.database import create_engine_for, parallel_writers
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
        use_model=settings.coach.engine == "llm",
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
    async with AsyncExitStack() as stack:
        stack.push_async_callback(engine.dispose)
        if database.auto_upgrade if upgrade is None else upgrade:
            await migrate.upgrade(engine)
        model = None
        if settings.coach.engine == "llm":
            model = await stack.enter_async_context(language_model(settings.llm))
        messengers = MessengerRouter()
        amora = Amora(
            unit_of_work_factory(engine),
            clock or SystemClock(),
            messengers,
            replace(core_settings(settings), turn_writers=parallel_writers(engine)),
            model=model,
            charts=OnDemandCharts(),
        )
        yield Runtime(settings, engine, amora, messengers)


class OnDemandCharts:
    """Implements `core.ports.Charts`; matplotlib is imported for the first chart, not before.

    Importing it costs about half a second and 60 MB, and most runs draw no chart for a long
    time (only /stats and /progress do), so start-up and memory do not pay for it.
    """

    def usage(self, stats: UsageStats) -> bytes:
        """Messages a day, active people and the 👍 / 👎 ratio over the stats window."""
        return _matplotlib_charts().usage(stats)

    def progress(self, sessions: list[Session]) -> bytes:
        """A person's sessions: mood over time and the topics worked on."""
        return _matplotlib_charts().progress(sessions)


@functools.cache
def _matplotlib_charts() -> Charts:
    from adapters.charts import MatplotlibCharts

    return MatplotlibCharts()


@asynccontextmanager
async def language_model(llm: LlmSettings) -> AsyncIterator[OpenAiCompatibleModel]:
    """The configured chat-completions endpoint, its HTTP client closed on exit."""
    assert llm.base_url is not None and llm.model is not None  # the settings check both
    key = llm.api_key.get_secret_value() if llm.api_key else None
    async with OpenAiCompatibleModel.client_for(llm.base_url, key, llm.timeout_seconds) as client:
        yield OpenAiCompatibleModel(client, model=llm.model, max_tokens=llm.max_tokens)
