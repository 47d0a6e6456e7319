"""Daily check-ins from `amora run` as Discord DMs: named, linked, paced, and refused DMs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from tests.e2e.discord.conftest import Query, eventually
from tests.e2e.discord.fake import FakeDiscord
from tests.e2e.discord.people import Person, buttons
from tests.e2e.discord.test_threads import open_session
from tests.e2e.discord.world import Json, plain

People = Callable[[str], Person]
CHECKIN_SECONDS = 20.0
"""The sweep runs every 5 seconds (followups.sweep_seconds)."""


def due_now(db: Query, title: str) -> None:
    """Moves a session's next check-in a minute into the past, as if its time had come."""
    past = datetime.now(UTC).replace(tzinfo=None) - timedelta(minutes=1)
    changed = db(
        "UPDATE sessions SET next_followup_at = ? WHERE title = ? AND followup_enabled "
        "RETURNING id",
        past.strftime("%Y-%m-%d %H:%M:%S.%f"),
        title,
    )
    assert changed, f"no session «{title}» with a check-in"


def checkin(fake: FakeDiscord, who: Person) -> Json:
    """The check-in DM that reaches a person."""
    return fake.wait(lambda: fake.bot_messages(who.dm), "a check-in DM", CHECKIN_SECONDS)[-1]


def test_a_check_in_names_the_session_and_links_its_thread(
    fake: FakeDiscord, person: People, db: Query
) -> None:
    ivy = person("Ivy")
    thread, _ = open_session(fake, ivy, "Trust after the move")
    ivy.say(thread, "Since we moved I keep doubting whether he is honest with me.")
    fake.reply_in(thread, 1)
    shown = fake.answer(ivy.slash(thread, "followup", time="09:00", timezone="UTC"))
    assert "09:00" in plain(shown["content"])

    due_now(db, "Trust after the move")
    message = checkin(fake, ivy)

    text = plain(message["content"])
    assert "Trust after the move" in text
    assert f"https://discord.com/channels/{fake.world.guild_id}/{thread}" in text
    assert [b["label"] for b in buttons(message)][:2] == ["👍", "👎"]
    assert ivy.id in fake.dm_opened, "a person who never wrote a DM gets one opened"
    rows = eventually(
        lambda: db(
            "SELECT d.status, m.chat_id, m.platform_message_id FROM followup_deliveries d "
            "JOIN messages m ON m.id = d.message_id WHERE d.status = 'sent' AND m.chat_id = ?",
            str(ivy.dm),
        ),
        "the delivery to be recorded",
    )
    assert rows == [("sent", str(ivy.dm), message["id"])]


def test_a_check_in_to_someone_who_wrote_a_dm_is_one_request(
    fake: FakeDiscord, person: People, db: Query
) -> None:
    jan = person("Jan")
    jan.say(jan.dm, "We are long distance and the calls feel flat.")
    fake.reply_in(jan.dm, 0)
    fake.answer(jan.slash(jan.dm, "followup", time="21:30", timezone="Europe/Berlin"))

    due_now(db, "My first session")
    message = checkin(fake, jan)

    assert jan.id not in fake.dm_opened
    assert "discord.com/channels" not in message["content"], "no link back into the DM itself"


def test_closed_dms_mark_the_person_unreachable(
    fake: FakeDiscord, person: People, db: Query
) -> None:
    kit = person("Kit")
    thread, _ = open_session(fake, kit, "Boundaries with my sister")
    fake.answer(kit.slash(thread, "followup", time="08:15", timezone="UTC"))
    fake.closed_dms.add(kit.id)

    due_now(db, "Boundaries with my sister")

    reachable = (
        "SELECT u.reachable FROM users u JOIN identities i ON i.user_id = u.id "
        "WHERE i.platform_user_id = ?"
    )
    eventually(lambda: db(reachable, str(kit.id)) == [(0,)], "Kit to be unreachable", 20)
    assert db(
        "SELECT d.status FROM followup_deliveries d JOIN sessions s ON s.id = d.session_id "
        "WHERE s.title = 'Boundaries with my sister'"
    ) == [("failed",)]


def test_a_rate_limited_check_in_waits_and_arrives(
    fake: FakeDiscord, person: People, db: Query
) -> None:
    lou = person("Lou")
    thread, _ = open_session(fake, lou, "Dating again")
    fake.answer(lou.slash(thread, "followup", time="19:00", timezone="UTC"))
    limited = fake.rate_limit("POST", rf"/channels/{lou.dm}/messages$", seconds=0.5)

    due_now(db, "Dating again")

    assert "Dating again" in plain(checkin(fake, lou)["content"])
    assert limited.left == 0, "the first attempt was answered 429 and retried"
