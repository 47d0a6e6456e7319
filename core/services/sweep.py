"""The follow-up sweep: claim due sessions, record the delivery, send the check-in, move on.

Claimed check-ins go out several at once (`CoreSettings.sweep_concurrency`), so that the
messenger's pacing under the platform's limits, not the time each request takes, sets the rate.
The next batch is claimed as soon as the last check-in of this one has started: at most a batch
and the deliveries in flight are claimed and not yet sent at any time.

A sweep that stops between a claim and the sends (a crash, a deploy, SIGTERM) leaves pending
deliveries behind whose sessions are no longer due. Each batch therefore first takes over such
abandoned claims (`ABANDONED_AFTER`), then claims due sessions.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Coroutine
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from core.buttons import continue_row, feedback_row
from core.domain import (
    DeliveryStatus,
    FollowUpDelivery,
    Message,
    MessageMeta,
    Role,
    Session,
    User,
)
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
from core.schedule import load_zone, local_date, parse_local_time
from core.services.followups import reschedule, wants_checkins
from core.services.people import mark_unreachable
from core.settings import CoreSettings

logger = logging.getLogger(__name__)

ABANDONED_AFTER = timedelta(minutes=10)
"""How old a pending delivery's claim is when another sweep takes it over as abandoned.

A live sweep claims one batch at a time, once the last check-in of the batch before has
started, so a claimed check-in waits only for a batch and those in flight to go before it:
seconds at the platforms' rates (120 at Telegram's 30 a second take 4 s), a few minutes behind
the longest rate-limit pause. Ten minutes is far beyond that, so a check-in a live sweep is still
sending is not taken over and sent twice, and one a stopped sweep left goes out within minutes,
well inside the grace window.
"""

LOOK_EVERY = timedelta(minutes=5)
"""How often a process looks for abandoned claims: an idle tick then costs one query, not two
(on PostgreSQL 0.8 ms instead of 1.3), and an abandoned check-in still goes out within a
quarter of an hour."""
COMMANDS_KEPT = timedelta(days=2)
"""How long a handled command is remembered: Telegram keeps an unconfirmed update for 24 hours,
and the inbox replays one at the next start."""
SEND_SLOTS_KEPT = 60.0
"""Seconds a chat's send slot is kept after it is free again; no platform spaces a chat's
messages further apart, so one older holds nothing back."""


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
    message: Message | None = None
    """The check-in stored for an abandoned claim: sent as it is rather than composed again."""


@dataclass(slots=True)
class _Claim:
    due: list[_Due] = field(default_factory=list)
    claimed: int = 0
    taken_over: int = 0


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
        self._next_look: datetime | None = None
        """When to look for abandoned claims again (the first sweep looks at once)."""

    async def run(self, now: datetime, *, max_batches: int = 1000) -> SweepReport:
        """Claims due check-ins in batches and delivers them, several at once, until none are due.

        An unexpected error (the store failing) stops the claiming; the deliveries in flight
        finish, and then the first such error is raised. Each batch is claimed at `now` plus
        the time the sweep has run so far: the claim times are what tells an abandoned claim
        from one that a long sweep has yet to send.
        """
        report = SweepReport()
        in_flight = _InFlight(self.settings.sweep_concurrency)
        started = time.monotonic()
        looking = self._next_look is None or now >= self._next_look
        if looking:
            self._next_look = now + LOOK_EVERY
            await self._forget_the_past(now)
        try:
            for _ in range(max_batches):
                at = now + timedelta(seconds=time.monotonic() - started)
                claim = await self._claim(at, report, take_over=looking)
                looking = looking and claim.taken_over == self.settings.sweep_batch_size
                for due in claim.due:
                    if not await in_flight.start(self._deliver(due, at, report)):
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

    async def _forget_the_past(self, now: datetime) -> None:
        """Drops per-chat send slots long past (they are real time, not the core's clock) and
        commands handled before any platform would deliver them again."""
        async with self.uow() as uow:
            slots = await uow.send_slots.forget(time.time() - SEND_SLOTS_KEPT)
            commands = await uow.command_log.forget(now - COMMANDS_KEPT)
            await uow.commit()
        logger.debug("follow-up sweep: forgot %d send slots, %d handled commands", slots, commands)

    async def _claim(self, now: datetime, report: SweepReport, *, take_over: bool) -> _Claim:
        """In one transaction: take over abandoned claims (when told to), then record a delivery
        per due session and move each session on, a batch in all."""
        claim = _Claim()
        grace = timedelta(minutes=self.settings.grace_minutes)
        limit = self.settings.sweep_batch_size
        async with self.uow() as uow:
            abandoned = []
            if take_over:
                abandoned = await uow.deliveries.take_over(now - ABANDONED_AFTER, now, limit)
            claim.taken_over = len(abandoned)
            for delivery in abandoned:
                due = await self._resume(uow, delivery, now, grace, report)
                if due is not None:
                    claim.due.append(due)
            sessions = await uow.sessions.claim_due(now, limit - len(abandoned))
            claim.claimed = len(abandoned) + len(sessions)
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

    async def _resume(
        self,
        uow: UnitOfWork,
        delivery: FollowUpDelivery,
        now: datetime,
        grace: timedelta,
        report: SweepReport,
    ) -> _Due | None:
        """An abandoned claim: delivered like a fresh one, with the check-in stored for it if
        any, unless it is past the grace window by now or no longer wanted (the session was
        paused or its check-ins turned off meanwhile, the person blocked the bot); then it is
        recorded skipped and the check-in stored for it, never sent, is deleted.
        """
        session = await uow.sessions.get(delivery.session_id)
        assert session is not None  # a session's deliveries are deleted with it
        user = await uow.users.get(session.user_id)
        scheduled = _scheduled(session, delivery.local_date)
        if scheduled is None or user is None or not user.reachable or now - scheduled > grace:
            if delivery.message_id is not None:
                await uow.messages.delete(delivery.message_id)
            await uow.deliveries.update(delivery.id, DeliveryStatus.SKIPPED, error="abandoned")
            report.skipped += 1
            return None
        stored = (
            None if delivery.message_id is None else await uow.messages.get(delivery.message_id)
        )
        return _Due(delivery.id, session, user, stored)

    async def _deliver(self, due: _Due, now: datetime, report: SweepReport) -> None:
        session, user = due.session, due.user
        recipient = user.identity_on(session.origin.platform)
        if recipient is None:
            await self._finish(due, DeliveryStatus.FAILED, None, "no identity on platform")
            report.failed += 1
            return
        if due.message is None:
            stored, reply = await self._store_checkin(due, now)
        else:
            stored = due.message.id
            reply = _checkin_reply(stored, due.message.text, session)
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
        """Composes the check-in and stores it, named on the delivery in the same transaction,
        so that a sweep taking the claim over sends this check-in rather than a second one."""
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
            await uow.deliveries.update(
                due.delivery_id, DeliveryStatus.PENDING, message_id=message.id
            )
            await uow.commit()
        return message.id, _checkin_reply(message.id, text, session)

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


def _checkin_reply(message_id: int, text: str, session: Session) -> Reply:
    """The stored check-in as sent: 👍 / 👎 on it and a button to continue the session."""
    buttons = (feedback_row(message_id)[:2], continue_row(session.id))
    return Reply(text, buttons, message_id, session.id)


def _scheduled(session: Session, day: date) -> datetime | None:
    """When the session's check-in of that local date fell due, by its current settings (a
    time or zone changed since moves it); None when the session no longer has check-ins."""
    followup = session.followup
    if not wants_checkins(session):
        return None
    assert followup.local_time is not None and followup.timezone is not None
    at = parse_local_time(followup.local_time)
    return datetime.combine(day, at, tzinfo=load_zone(followup.timezone)).astimezone(UTC)


class _InFlight:
    """Deliveries running side by side, at most `limit` at once; remembers the first error."""

    def __init__(self, limit: int) -> None:
        self._slots = asyncio.Semaphore(max(1, limit))
        self._tasks: set[asyncio.Task[None]] = set()
        self.error: BaseException | None = None

    async def start(self, delivery: Coroutine[object, object, None]) -> bool:
        """Starts a delivery once fewer than `limit` run; after an error, drops it (False)."""
        try:
            await self._slots.acquire()
        except asyncio.CancelledError:
            delivery.close()  # the sweep was cancelled while this one waited its turn
            raise
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
