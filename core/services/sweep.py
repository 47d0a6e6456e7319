"""The follow-up sweep: claim due sessions, record the delivery, send the check-in, move on.

Claimed check-ins go out several at once (`CoreSettings.sweep_concurrency`), so that the
messenger's pacing under the platform's limits, not the time each request takes, sets the rate.
The next batch is claimed as soon as the last check-in of this one has started: at most a batch
and the deliveries in flight are claimed and not yet sent at any time.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Coroutine
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from core.buttons import continue_row, feedback_row
from core.domain import DeliveryStatus, MessageMeta, Role, Session, User
from core.engine.composer import BlockComposer
from core.engine.stages import current_stage
from core.engine.summaries import focus
from core.ports import (
    DeliveryFailed,
    Messenger,
    RecipientUnreachable,
    UnitOfWork,
    UnitOfWorkFactory,
)
from core.replies import CheckIn, Reply, Sent
from core.schedule import load_zone, local_date
from core.services.followups import reschedule
from core.services.people import mark_unreachable
from core.settings import CoreSettings

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class SweepReport:
    """What one sweep did."""

    sent: int = 0
    failed: int = 0
    skipped: int = 0
    unreachable: int = 0


@dataclass(frozen=True, slots=True)
class _Due:
    delivery_id: int
    session: Session
    user: User


@dataclass(slots=True)
class _Claim:
    due: list[_Due] = field(default_factory=list)
    claimed: int = 0


class FollowUpSweep:
    """Sends every check-in that is due, at most one per session and local day."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        messenger: Messenger,
        composer: BlockComposer,
        settings: CoreSettings,
    ) -> None:
        self.uow = uow
        self.messenger = messenger
        self.composer = composer
        self.settings = settings

    async def run(self, now: datetime, *, max_batches: int = 1000) -> SweepReport:
        """Claims due check-ins in batches and delivers them, several at once, until none are due.

        An unexpected error (the store failing) stops the claiming; the deliveries in flight
        finish, and then the first such error is raised.
        """
        report = SweepReport()
        in_flight = _InFlight(self.settings.sweep_concurrency)
        try:
            for _ in range(max_batches):
                claim = await self._claim(now, report)
                for due in claim.due:
                    if not await in_flight.start(self._deliver(due, now, report)):
                        break
                if claim.claimed < self.settings.sweep_batch_size or in_flight.error:
                    break
        except asyncio.CancelledError:
            in_flight.cancel()
            raise
        finally:
            await in_flight.finish()
        if report.sent or report.failed or report.skipped:
            logger.info(
                "follow-up sweep: sent=%d failed=%d skipped=%d unreachable=%d",
                report.sent,
                report.failed,
                report.skipped,
                report.unreachable,
            )
        return report

    async def _claim(self, now: datetime, report: SweepReport) -> _Claim:
        """In one transaction: record a delivery per due session and move each session on."""
        claim = _Claim()
        grace = timedelta(minutes=self.settings.grace_minutes)
        async with self.uow() as uow:
            sessions = await uow.sessions.claim_due(now, self.settings.sweep_batch_size)
            claim.claimed = len(sessions)
            for session in sessions:
                due = await self._record(uow, session, now, grace, report)
                if due is not None:
                    claim.due.append(due)
            await uow.commit()
        return claim

    async def _record(
        self,
        uow: UnitOfWork,
        session: Session,
        now: datetime,
        grace: timedelta,
        report: SweepReport,
    ) -> _Due | None:
        scheduled = session.followup.next_at
        assert scheduled is not None and session.followup.timezone is not None
        user = await uow.users.get(session.user_id)
        day = local_date(scheduled, load_zone(session.followup.timezone))
        reschedule(session, max(now, scheduled))
        if user is None or not user.reachable:
            session.followup.next_at = None
            await uow.sessions.save(session)
            return None
        late = now - scheduled > grace or session.followup.last_local_date == day
        status = DeliveryStatus.SKIPPED if late else DeliveryStatus.PENDING
        delivery = await uow.deliveries.add(session.id, day, status, now)
        await uow.sessions.save(session)
        if delivery is None or late:
            report.skipped += delivery is not None
            return None
        session.followup.last_local_date = day
        await uow.sessions.save(session)
        return _Due(delivery.id, session, user)

    async def _deliver(self, due: _Due, now: datetime, report: SweepReport) -> None:
        session, user = due.session, due.user
        recipient = user.identity_on(session.origin.platform)
        if recipient is None:
            await self._finish(due, DeliveryStatus.FAILED, None, "no identity on platform")
            report.failed += 1
            return
        stored, reply = await self._store_checkin(due, now)
        try:
            sent = await self.messenger.send_checkin(
                CheckIn(recipient, session.id, session.title, session.origin, reply)
            )
        except RecipientUnreachable:
            await self._finish(due, DeliveryStatus.FAILED, stored, "unreachable", unreachable=True)
            report.failed += 1
            report.unreachable += 1
            return
        except DeliveryFailed as error:
            await self._finish(due, DeliveryStatus.FAILED, stored, type(error).__name__)
            report.failed += 1
            return
        await self._finish(due, DeliveryStatus.SENT, stored, None, sent=sent)
        report.sent += 1

    async def _store_checkin(self, due: _Due, now: datetime) -> tuple[int, Reply]:
        session = due.session
        state = session.state
        composition = self.composer.checkin(
            stage=current_stage(state, session.primary_topic),
            session_title=session.title,
            focus=focus(state, session.primary_topic, limit=1),
            avoid_ids=state.recent_blocks,
            rng=random.Random(f"{self.settings.seed}:{session.id}:{due.delivery_id}"),
            concern=state.concern,
        )
        text = composition.text
        if session.next_plan_text and not state.concern:
            text += f"\n\n{session.next_plan_text}"
        async with self.uow() as uow:
            message = await uow.messages.add(
                session_id=session.id,
                user_id=session.user_id,
                role=Role.FOLLOWUP,
                text=text,
                now=now,
                meta=MessageMeta(block_ids=composition.block_ids, engine="blocks"),
            )
            await uow.commit()
        buttons = (feedback_row(message.id)[:2], continue_row(session.id))
        return message.id, Reply(text, buttons, message.id, session.id)

    async def _finish(
        self,
        due: _Due,
        status: DeliveryStatus,
        message_id: int | None,
        error: str | None,
        *,
        sent: Sent | None = None,
        unreachable: bool = False,
    ) -> None:
        async with self.uow() as uow:
            if status is DeliveryStatus.FAILED and message_id is not None:
                await uow.messages.delete(message_id)
                message_id = None
            await uow.deliveries.update(due.delivery_id, status, message_id=message_id, error=error)
            if message_id is not None and sent is not None:
                await uow.messages.set_platform_ref(message_id, sent.address, sent.message_id)
            if unreachable:
                await mark_unreachable(uow, due.user.id)
            await uow.commit()


class _InFlight:
    """Deliveries running side by side, at most `limit` at once; remembers the first error."""

    def __init__(self, limit: int) -> None:
        self._slots = asyncio.Semaphore(max(1, limit))
        self._tasks: set[asyncio.Task[None]] = set()
        self.error: BaseException | None = None

    async def start(self, delivery: Coroutine[object, object, None]) -> bool:
        """Starts a delivery once fewer than `limit` run; after an error, drops it (False)."""
        await self._slots.acquire()
        if self.error is not None:
            self._slots.release()
            delivery.close()
            return False
        task = asyncio.create_task(delivery)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return True

    def _done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        self._slots.release()
        error = None if task.cancelled() else task.exception()
        if error is not None and self.error is None:
            self.error = error

    def cancel(self) -> None:
        """Cancels the deliveries in flight (the sweep itself was cancelled)."""
        for task in self._tasks:
            task.cancel()

    async def finish(self) -> None:
        """Waits for every delivery started; raises the first unexpected error one of them met."""
        try:
            if self._tasks:
                await asyncio.wait(set(self._tasks))
        except asyncio.CancelledError:
            self.cancel()
            raise
        if self.error is not None:
            raise self.error
