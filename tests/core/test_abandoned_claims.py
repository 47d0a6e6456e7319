"""A sweep that stops between claiming check-ins and sending them: a later sweep takes over."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

import pytest

from core.app import Amora
from core.domain import DeliveryStatus, Role
from core.replies import CheckIn, Sent
from core.settings import CoreSettings
from tests.core.conftest import Person
from tests.fakes import FakeClock, InMemoryStore, RecordingMessenger

DUE = datetime(2026, 11, 24, 11, 0, tzinfo=UTC)
PEOPLE = ("100", "200", "300")


class StallingMessenger(RecordingMessenger):
    """While `stalled`, a check-in never goes: the send waits until the sweep is cancelled."""

    def __init__(self) -> None:
        super().__init__()
        self.stalled = True
        self.sending = asyncio.Event()

    async def send_checkin(self, checkin: CheckIn) -> Sent | None:
        if self.stalled:
            self.sending.set()
            await asyncio.Event().wait()
        return await super().send_checkin(checkin)


@pytest.fixture
def settings() -> CoreSettings:
    """One check-in at a time: when the sweep stops, one is being sent, two wait their turn."""
    return CoreSettings(seed=7, sweep_concurrency=1)


@pytest.fixture
def messenger() -> StallingMessenger:
    return StallingMessenger()


async def stopped_sweep(amora: Amora, clock: FakeClock, messenger: StallingMessenger) -> None:
    """Three check-ins due at 11:00; the 11:01 sweep claims them all and is cancelled (SIGTERM)
    while the first is being sent."""
    for user_id in PEOPLE:
        await Person(amora, user_id).say("/followup 11:00 UTC")
    clock.set(DUE + timedelta(minutes=1))
    sweep = asyncio.create_task(amora.sweep())
    await messenger.sending.wait()
    sweep.cancel()
    with pytest.raises(asyncio.CancelledError):
        await sweep
    messenger.stalled = False


def followups(store: InMemoryStore) -> list[int]:
    return [m.id for m in store.messages.values() if m.role is Role.FOLLOWUP]


async def test_a_later_sweep_sends_each_abandoned_check_in_once_within_a_quarter_hour(
    amora: Amora, store: InMemoryStore, clock: FakeClock, messenger: StallingMessenger
) -> None:
    await stopped_sweep(amora, clock, messenger)
    [stored] = followups(store)  # the one being sent when the sweep stopped
    assert [d.status for d in store.deliveries.values()] == [DeliveryStatus.PENDING] * 3

    clock.advance(minutes=9)
    early = await amora.sweep()
    assert (early.sent, messenger.sent) == (0, []), "a claim 9 minutes old may still be sending"

    clock.advance(minutes=6)  # a process looks for abandoned claims every 5 minutes
    late = await amora.sweep()
    again = await amora.sweep()

    assert (late.sent, late.skipped, again.sent) == (3, 0, 0)
    assert sorted(c.recipient.user_id for c in messenger.sent) == list(PEOPLE)
    assert [d.status for d in store.deliveries.values()] == [DeliveryStatus.SENT] * 3
    assert len(followups(store)) == 3, "no second check-in stored for the one begun"
    first = next(c for c in messenger.sent if c.reply.message_id == stored)
    assert first.reply.text == store.messages[stored].text
    assert {d.message_id for d in store.deliveries.values()} == set(followups(store))
    for session in store.sessions.values():  # still once a day: tomorrow's is untouched
        assert session.followup.next_at == DUE + timedelta(days=1)


async def test_abandoned_check_ins_past_the_grace_window_are_skipped(
    amora: Amora, store: InMemoryStore, clock: FakeClock, messenger: StallingMessenger
) -> None:
    await stopped_sweep(amora, clock, messenger)

    # 3 h 1 min after 11:00 (though exactly the 3 h grace after the 11:01 claim).
    clock.set(DUE + timedelta(minutes=181))
    report = await amora.sweep()

    assert (report.sent, report.skipped, messenger.sent) == (0, 3, [])
    assert [d.status for d in store.deliveries.values()] == [DeliveryStatus.SKIPPED] * 3
    assert followups(store) == [], "the check-in stored but never sent is not kept"


async def test_an_abandoned_check_in_of_a_session_paused_since_is_skipped(
    amora: Amora, store: InMemoryStore, clock: FakeClock, messenger: StallingMessenger
) -> None:
    await stopped_sweep(amora, clock, messenger)
    await Person(amora, PEOPLE[1]).say("/pause")

    clock.advance(minutes=11)
    report = await amora.sweep()

    assert (report.sent, report.skipped) == (2, 1)
    assert sorted(c.recipient.user_id for c in messenger.sent) == [PEOPLE[0], PEOPLE[2]]


async def test_the_look_also_forgets_send_slots_long_past(
    amora: Amora, store: InMemoryStore
) -> None:
    now = time.time()
    store.send_slots.update(
        {
            ("telegram 1", ""): now - 3600,  # the lane itself: kept whatever its age
            ("telegram 1", "100"): now - 3600,
            ("telegram 1", "200"): now + 1,  # its gap still runs
        }
    )

    await amora.sweep()

    assert set(store.send_slots) == {("telegram 1", ""), ("telegram 1", "200")}
