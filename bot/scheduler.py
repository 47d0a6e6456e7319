"""The follow-up sweep on APScheduler: one job with a fixed id; the store knows who is due."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

logger = logging.getLogger(__name__)

SWEEP_JOB_ID = "amora-followup-sweep"


def start_sweep(sweep: Callable[[], Awaitable[object]], every_seconds: int) -> AsyncIOScheduler:
    """Starts a scheduler on the running loop that sweeps now and then every few seconds."""
    scheduler = AsyncIOScheduler(timezone=UTC)

    async def tick() -> None:
        try:
            await sweep()
        except Exception:  # the next tick tries again; the store keeps what is due
            logger.exception("follow-up sweep failed")

    scheduler.add_job(
        tick,
        "interval",
        seconds=every_seconds,
        id=SWEEP_JOB_ID,
        replace_existing=True,
        next_run_time=datetime.now(UTC),
        max_instances=1,
        coalesce=True,
        misfire_grace_time=every_seconds,
    )
    scheduler.start()
    return scheduler
