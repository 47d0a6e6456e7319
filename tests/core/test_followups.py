"""Daily check-ins: settings, the sweep, one a day, grace window, reachability."""

from __future__ import annotations

from datetime import UTC, date, datetime

from core.domain import DeliveryStatus, PlatformUser, Role
from core.ports import RecipientUnreachable
from tests.core.conftest import Person, action_of
from tests.fakes import FakeClock, InMemoryStore, RecordingMessenger


async def test_followup_answers_with_the_next_time_in_that_zone(
    alice: Person, store: InMemoryStore
) -> None:
    await alice.say("We argue about money.")

    reply = await alice.say("/followup 21:30 Europe/Berlin")

    assert "21:30 Europe/Berlin" in reply.text and "Tue 24 Nov, 21:30 CET" in reply.text
    (session,) = store.sessions.values()
    assert session.followup.next_at == datetime(2026, 11, 24, 20, 30, tzinfo=UTC)
    (user,) = store.users.values()
    assert user.timezone == "Europe/Berlin"


async def test_zone_is_remembered_for_the_next_session(alice: Person, store: InMemoryStore) -> None:
    await alice.say("/followup 21:30 Asia/Tokyo")
    await alice.say("/newsession Another")

    reply = await alice.say("/followup 08:00")

    assert "08:00 Asia/Tokyo" in reply.text


async def test_followup_without_any_zone_uses_utc_and_says_so(alice: Person) -> None:
    reply = await alice.say("/followup 07:00")

    assert "UTC" in reply.text and "Europe/Berlin" in reply.text


async def test_bad_times_and_zones_get_one_clear_line(alice: Person, store: InMemoryStore) -> None:
    await alice.say("hello")
    for command, expected in (
        ("/followup 25:99", "HH:MM"),
        ("/followup 21:30 Mars/Base", "time zone"),
        ("/timezone Nowhere/Land", "time zone"),
        ("/followup 21:30 Europe/Berlin extra", "HH:MM"),
    ):
        reply = await alice.say(command)
        assert expected in reply.text and "\n" not in reply.text
    (session,) = store.sessions.values()
    assert not session.followup.enabled


async def test_followup_off_and_show(alice: Person) -> None:
    await alice.say("/followup 21:30 Europe/Berlin")
    off = await alice.say("/followup off")
    shown = await alice.say("/followup")

    assert "off" in off.text and "No daily check-in" in shown.text


async def test_sweep_sends_one_personal_checkin_and_advances(
    alice: Person, store: InMemoryStore, clock: FakeClock, messenger: RecordingMessenger
) -> None:
    for _ in range(5):
        await alice.say("My boyfriend is jealous and I don't trust him either.")
    await alice.say("/rename Trust after the move")
    await alice.say("/followup 21:30 Europe/Berlin")

    clock.set(datetime(2026, 11, 24, 20, 31, tzinfo=UTC))
    report = await alice.amora.sweep()
    again = await alice.amora.sweep()

    assert (report.sent, again.sent) == (1, 0)
    (checkin,) = messenger.sent
    assert checkin.recipient == PlatformUser("telegram", "100")
    assert "Trust after the move" in checkin.reply.text or "trust" in checkin.reply.text.lower()
    assert action_of(checkin.reply, "Continue")
    (delivery,) = store.deliveries.values()
    assert (delivery.status, delivery.local_date) == (DeliveryStatus.SENT, date(2026, 11, 24))
    followup = store.messages[delivery.message_id]
    assert followup.role is Role.FOLLOWUP and followup.text == checkin.reply.text
    (session,) = store.sessions.values()
    assert session.followup.next_at == datetime(2026, 11, 25, 20, 30, tzinfo=UTC)


async def test_nothing_is_sent_before_it_is_due(
    alice: Person, clock: FakeClock, messenger: RecordingMessenger
) -> None:
    await alice.say("/followup 21:30 Europe/Berlin")
    clock.set(datetime(2026, 11, 24, 20, 29, tzinfo=UTC))

    await alice.amora.sweep()

    assert messenger.sent == []


async def test_after_downtime_within_grace_sent_late_beyond_it_skipped(
    alice: Person,
    bob: Person,
    store: InMemoryStore,
    clock: FakeClock,
    messenger: RecordingMessenger,
) -> None:
    await alice.say("/followup 11:00 UTC")
    await bob.say("/followup 12:30 UTC")
    clock.set(datetime(2026, 11, 24, 15, 0, tzinfo=UTC))  # alice 4 h late, bob 2.5 h late

    report = await alice.amora.sweep()

    assert (report.sent, report.skipped) == (1, 1)
    assert [c.recipient.user_id for c in messenger.sent] == ["200"]
    statuses = sorted(d.status.value for d in store.deliveries.values())
    assert statuses == ["sent", "skipped"]


async def test_paused_sessions_get_no_checkin(
    alice: Person, clock: FakeClock, messenger: RecordingMessenger
) -> None:
    await alice.say("/followup 11:00 UTC")
    await alice.say("/pause")
    clock.set(datetime(2026, 11, 24, 11, 1, tzinfo=UTC))

    await alice.amora.sweep()

    assert messenger.sent == []


async def test_blocked_person_is_marked_unreachable_until_they_write_again(
    alice: Person, store: InMemoryStore, clock: FakeClock, messenger: RecordingMessenger
) -> None:
    await alice.say("/followup 11:00 UTC")
    messenger.fail_for["telegram:100"] = RecipientUnreachable()
    clock.set(datetime(2026, 11, 24, 11, 1, tzinfo=UTC))

    report = await alice.amora.sweep()

    assert report.unreachable == 1
    (user,) = store.users.values()
    (session,) = store.sessions.values()
    assert not user.reachable and session.followup.next_at is None
    assert [m.role for m in store.messages.values()].count(Role.FOLLOWUP) == 0

    del messenger.fail_for["telegram:100"]
    await alice.say("I'm back.")
    (session,) = store.sessions.values()
    assert store.users[user.id].reachable
    assert session.followup.next_at == datetime(2026, 11, 25, 11, 0, tzinfo=UTC)


async def test_followup_on_uses_the_default_time(alice: Person) -> None:
    reply = await alice.say("/followup on Europe/Berlin")

    assert "09:00 Europe/Berlin" in reply.text


async def test_an_adapter_can_mark_a_blocked_person(
    alice: Person, store: InMemoryStore, clock: FakeClock, messenger: RecordingMessenger
) -> None:
    await alice.say("/followup 11:00 UTC")

    await alice.amora.mark_unreachable(alice.identity)
    clock.set(datetime(2026, 11, 24, 11, 1, tzinfo=UTC))
    await alice.amora.sweep()

    assert messenger.sent == []
    (user,) = store.users.values()
    assert not user.reachable


async def test_a_reaction_on_the_checkin_dm_counts_as_feedback(
    alice: Person, store: InMemoryStore, clock: FakeClock
) -> None:
    await alice.say("/followup 11:00 UTC")
    clock.set(datetime(2026, 11, 24, 11, 1, tzinfo=UTC))
    await alice.amora.sweep()

    await alice.amora.react(alice.incoming(""), "1", "👍")

    (feedback,) = store.feedback.values()
    assert store.messages[feedback.message_id].role is Role.FOLLOWUP
