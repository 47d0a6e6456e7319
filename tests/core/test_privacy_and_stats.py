"""/export, /forget and /stats."""

from __future__ import annotations

import json

from core.app import Amora
from core.domain import PlatformUser, Session, UsageStats
from core.engine.analyser import Analyser
from core.engine.blocks import BlockLibrary
from core.settings import CoreSettings
from tests.core.conftest import ADMIN_ID, Person, action_of
from tests.fakes import FakeClock, InMemoryStore, RecordingMessenger, fake_uow_factory

SECRET = "my husband forgot our anniversary again"


async def test_export_has_everything_of_mine_and_nothing_of_others(
    alice: Person, bob: Person
) -> None:
    reply = await alice.say(SECRET)
    await alice.press(action_of(reply, "👍"))
    await bob.say("bob's own words about his wife")

    export = await alice.say("/export")

    (attachment,) = export.attachments
    data = json.loads(attachment.data)
    texts = [m["text"] for m in data["messages"]]
    assert SECRET in texts and not any("bob's" in t for t in texts)
    assert data["user"]["identities"] == [{"platform": "telegram", "user_id": "100"}]
    assert len(data["sessions"]) == 1 and len(data["feedback"]) == 1


async def test_forget_deletes_after_confirmation_only(
    alice: Person, bob: Person, store: InMemoryStore
) -> None:
    await alice.say(SECRET)
    await bob.say("bob's own words about his wife")

    ask = await alice.say("/forget")
    assert store.identities.get(alice.identity) is not None  # nothing deleted yet
    refused = await bob.press(action_of(ask, "Yes"))
    assert "someone else" in refused.text
    done = await alice.press(action_of(ask, "Yes"))

    assert "deleted" in done.text
    assert alice.identity not in store.identities
    assert all(m.text != SECRET for m in store.messages.values())
    assert any("bob's" in m.text for m in store.messages.values())


async def test_forget_confirmation_expires(
    alice: Person, store: InMemoryStore, clock: FakeClock
) -> None:
    await alice.say(SECRET)
    ask = await alice.say("/forget")

    clock.advance(minutes=30)
    late = await alice.press(action_of(ask, "Yes"))

    assert "expired" in late.text
    assert late.ephemeral  # a notice for the one who pressed, not the whole channel
    assert any(m.text == SECRET for m in store.messages.values())


async def test_stats_for_admins_only_and_counts_only(amora, alice: Person) -> None:
    await alice.say(SECRET)
    await alice.say("i want to end my life")
    admin = Person(amora, ADMIN_ID)

    refused = await alice.say("/stats")
    figures = await admin.say("/stats")

    assert "only for the bot's admins" in refused.text
    assert "People: 2" in figures.text and "crisis 1" in figures.text
    assert SECRET not in figures.text and "anniversary" not in figures.text


async def test_console_operator_sees_stats(amora) -> None:
    operator = Person(amora, "me", platform="console")

    figures = await operator.say("/stats")

    assert figures.text.startswith("Amora usage")


async def test_progress_shows_my_sessions_and_mood(alice: Person) -> None:
    await alice.say("I feel so sad and lonely since we broke up.")
    await alice.say("Today I feel a little hopeful.")

    progress = await alice.say("/progress")

    assert "«My first session»" in progress.text and "2 messages" in progress.text
    assert "mood" in progress.text


async def test_export_for_operator_command_line(amora, alice: Person) -> None:
    await alice.say(SECRET)

    data = await amora.export(PlatformUser("telegram", "100"))
    nobody = await amora.export(PlatformUser("telegram", "nope"))

    assert data is not None and nobody is None
    assert data["messages"][0]["text"] == SECRET


class FakeCharts:
    """Draws nothing; says what it was asked to draw."""

    def usage(self, stats: UsageStats) -> bytes:
        return b"usage:%d" % stats.users

    def progress(self, sessions: list[Session]) -> bytes:
        return b"progress:%d" % len(sessions)


async def test_stats_and_progress_come_with_pictures(
    store: InMemoryStore,
    clock: FakeClock,
    messenger: RecordingMessenger,
    settings: CoreSettings,
    library: BlockLibrary,
    analyser: Analyser,
) -> None:
    amora = Amora(
        fake_uow_factory(store),
        clock,
        messenger,
        settings,
        analyser=analyser,
        library=library,
        charts=FakeCharts(),
    )
    admin = Person(amora, ADMIN_ID)
    await admin.say("We argue about chores.")

    stats = await admin.say("/stats")
    progress = await admin.say("/progress")

    assert [(a.filename, a.content_type, a.data) for a in stats.attachments] == [
        ("amora-usage.png", "image/png", b"usage:1")
    ]
    assert progress.attachments[0].data == b"progress:1"
    assert progress.attachments[0].title == "Your progress"
