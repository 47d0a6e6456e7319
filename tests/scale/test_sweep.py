"""The sweep delivers several check-ins at once, within bounds, and the Telegram path under it."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from telegram.error import NetworkError, RetryAfter

from adapters.pacing import Pacer
from adapters.telegram.handlers import TelegramHandlers
from adapters.telegram.messenger import TelegramMessenger, telegram_dispatcher
from bot.messengers import MessengerRouter
from core.app import Amora
from core.domain import DeliveryStatus
from core.engine.analyser import Analyser
from core.engine.blocks import BlockLibrary
from core.ports import Messenger
from core.replies import CheckIn, Sent
from core.settings import CoreSettings
from tests.adapters.telegram.conftest import FakeBot
from tests.core.conftest import Person
from tests.fakes import FakeClock, InMemoryStore, RecordingMessenger, fake_uow_factory

DUE = datetime(2026, 11, 24, 11, 1, tzinfo=UTC)


class GatedMessenger(RecordingMessenger):
    """Holds every check-in until the test opens the gate; counts how many wait at once."""

    def __init__(self, store: InMemoryStore) -> None:
        super().__init__()
        self.store = store
        self.gate = asyncio.Event()
        self.waiting = 0
        self.most_waiting = 0
        self.most_claimed_unsent = 0

    async def send_checkin(self, checkin: CheckIn) -> Sent | None:
        pending = [d for d in self.store.deliveries.values() if d.status is DeliveryStatus.PENDING]
        self.most_claimed_unsent = max(self.most_claimed_unsent, len(pending))
        self.waiting += 1
        self.most_waiting = max(self.most_waiting, self.waiting)
        if self.waiting >= 3:
            self.gate.set()  # enough side by side: let them all go
        await self.gate.wait()
        self.waiting -= 1
        return await super().send_checkin(checkin)


def coach(
    store: InMemoryStore,
    messenger: Messenger,
    library: BlockLibrary,
    analyser: Analyser,
    **settings: int,
) -> Amora:
    clock = FakeClock(datetime(2026, 11, 24, 10, 0, tzinfo=UTC))
    return Amora(
        fake_uow_factory(store),
        clock,
        messenger,
        CoreSettings(seed=7, **settings),  # type: ignore[arg-type]
        analyser=analyser,
        library=library,
    )


async def due_at_11(amora: Amora, people: int) -> None:
    """`people` people, each with a check-in at 11:00 UTC; the clock then says 11:01."""
    for n in range(people):
        await Person(amora, str(1000 + n)).say("/followup 11:00 UTC")
    assert isinstance(amora.clock, FakeClock)
    amora.clock.set(DUE)


async def test_check_ins_go_several_at_once_but_never_more_than_the_setting(
    store: InMemoryStore, library: BlockLibrary, analyser: Analyser
) -> None:
    messenger = GatedMessenger(store)
    amora = coach(store, messenger, library, analyser, sweep_concurrency=3, sweep_batch_size=4)
    await due_at_11(amora, 11)

    async with asyncio.timeout(30):  # fewer than 3 side by side would never open the gate
        report = await amora.sweep()

    assert messenger.most_waiting == 3
    assert report.sent == 11 and len({c.session_id for c in messenger.sent}) == 11
    statuses = [d.status for d in store.deliveries.values()]
    assert statuses == [DeliveryStatus.SENT] * 11
    # Claimed ahead of sending: at most a batch and the deliveries in flight.
    assert messenger.most_claimed_unsent <= 4 + 3


async def test_an_unexpected_error_stops_the_sweep_after_the_check_ins_in_flight_finish(
    store: InMemoryStore, library: BlockLibrary, analyser: Analyser
) -> None:
    started: list[str] = []
    all_started, broke = asyncio.Event(), asyncio.Event()

    class Breaking(RecordingMessenger):
        """Four check-ins in flight; one of them meets a bug, the others then finish."""

        async def send_checkin(self, checkin: CheckIn) -> Sent | None:
            started.append(checkin.recipient.user_id)
            if len(started) == 4:
                all_started.set()
            await all_started.wait()
            if checkin.recipient.user_id == "1003":
                broke.set()
                raise RuntimeError("a bug")
            await broke.wait()
            for _ in range(5):  # the failed delivery's task ends first
                await asyncio.sleep(0)
            return await super().send_checkin(checkin)

    messenger = Breaking()
    amora = coach(store, messenger, library, analyser, sweep_concurrency=4)
    await due_at_11(amora, 12)

    with pytest.raises(RuntimeError):
        await amora.sweep()

    sent = [d for d in store.deliveries.values() if d.status is DeliveryStatus.SENT]
    assert len(sent) == len(messenger.sent) == 3, "the check-ins in flight were finished"
    assert started == ["1000", "1001", "1002", "1003"], "none was started after the error"


# Building a RetryAfter reads its own deprecated int-or-timedelta attribute (PTB 22.2+).
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_through_telegram_a_5xx_and_a_429_cost_nothing_and_each_check_in_goes_once(
    store: InMemoryStore, library: BlockLibrary, analyser: Analyser
) -> None:
    router = MessengerRouter()
    amora = coach(store, router, library, analyser)
    fake_bot = FakeBot()
    quick = telegram_dispatcher(Pacer(1000), sleep=lambda _: asyncio.sleep(0))
    outbox = TelegramHandlers(amora, fake_bot).outbox  # type: ignore[arg-type]
    router.register("telegram", TelegramMessenger(outbox, quick))
    await due_at_11(amora, 3)
    fake_bot.fail(
        "send_message",
        NetworkError("Bad Gateway"),
        *(RetryAfter(timedelta(milliseconds=1)) for _ in range(4)),
    )

    report = await amora.sweep()

    assert (report.sent, report.failed) == (3, 0)
    assert len(fake_bot.sent()) == 3 + 5, "one 5xx and four 429s, each tried again"
    assert sorted(m.chat.id for m in fake_bot.delivered) == [1000, 1001, 1002]
    assert [d.status for d in store.deliveries.values()] == [DeliveryStatus.SENT] * 3
