"""`amora run` on the Bot API emulator: coaching, buttons, sessions, check-ins, redelivery."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from core.commands import CommandRouter
from core.settings import CoreSettings
from tests.e2e.telegram.emulator import AmoraRun, Emulator, Person, buttons

Query = Callable[..., list[tuple[Any, ...]]]
MakePerson = Callable[..., Person]


def eventually(check: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Whether `check` comes true within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_start_and_the_command_menu(person: MakePerson, emulator: Emulator, bot: AmoraRun) -> None:
    sam = person(101)
    sam.say("/start")

    greeting = sam.reply()["text"]

    assert "not a therapist" in greeting and "/forget" in greeting
    (menu,) = emulator.calls(bot.token, "setMyCommands")
    names = {c["command"] for c in menu["commands"]}
    assert names == set(CommandRouter(CoreSettings()).handlers)


def test_coaching_replies_in_order_with_buttons(person: MakePerson, db: Query) -> None:
    sam = person(102)
    texts = [
        "My girlfriend keeps texting her ex and I feel jealous.",
        "I checked her phone last night and now I feel ashamed.",
        "We argue about it every weekend.",
    ]
    for text in texts:  # sent at once: each is answered, in the order written
        sam.say(text)

    replies = sam.replies(3)

    assert len(replies) == 3
    for reply in replies:
        assert set(buttons(reply)) == {"👍", "👎", "🔄"}
        assert all(data.startswith("fb:") for data in buttons(reply).values())
    pairs = (
        "SELECT m.text, c.platform_message_id FROM messages m"
        " JOIN messages c ON c.reply_to_id = m.id"
        " WHERE m.chat_id = '102' AND m.role = 'user' ORDER BY m.id"
    )
    sent_as = [str(r["message_id"]) for r in replies]  # noted right after each is sent
    assert eventually(lambda: db(pairs) == list(zip(texts, sent_as, strict=True)))


def test_like_then_regenerate_gives_another_text(
    person: MakePerson, emulator: Emulator, bot: AmoraRun, db: Query
) -> None:
    sam = person(103)
    sam.say("My husband and I never talk anymore, we just manage the kids.")
    first = sam.reply()

    liked = sam.press(first, buttons(first)["👍"])
    assert sam.quiet(0.3) == []  # a like is acknowledged with a notice, not a message
    sam.press(first, buttons(first)["🔄"])
    second = sam.reply()

    assert "Glad that helped" in emulator.answer(bot.token, liked)["text"]
    assert second["text"] != first["text"] and set(buttons(second)) == {"👍", "👎", "🔄"}
    kinds = db(
        "SELECT kind FROM feedback f JOIN identities i ON i.user_id = f.user_id"
        " WHERE i.platform_user_id = '103' ORDER BY f.id"
    )
    assert ("like",) in kinds and ("regenerate",) in kinds


def test_forged_and_unknown_button_data_change_nothing(
    person: MakePerson, emulator: Emulator, bot: AmoraRun, db: Query
) -> None:
    owner, intruder = person(104), person(105, "Max")
    owner.say("I feel lonely even when my wife is at home.")
    reply = owner.reply()
    before = db("SELECT count(*) FROM feedback")
    intruder.say("/start")
    note = intruder.reply()

    forged = intruder.press(note, buttons(reply)["👍"])  # another person's message id
    unknown = intruder.press(note, "zz:hack:1")

    assert "someone else" in emulator.answer(bot.token, forged)["text"]
    assert "isn't one I recognise" in emulator.answer(bot.token, unknown)["text"]
    assert db("SELECT count(*) FROM feedback") == before
    assert intruder.quiet(0.3) == []


def test_two_sessions_stay_apart(person: MakePerson, db: Query) -> None:
    sam = person(106)
    sam.say("My partner works late every night and I feel neglected.")
    sam.reply()
    sam.say("/newsession Talking to my mum about Sam")
    assert "Talking to my mum about Sam" in sam.reply()["text"]
    sam.say("My mother criticises my partner at every family dinner.")
    sam.reply()

    sam.say("/sessions")
    listing = sam.reply()
    switch = next(data for label, data in buttons(listing).items() if label.startswith("Switch"))
    sam.press(listing, switch)
    assert "My first session" in sam.reply()["text"]
    sam.say("/session")

    assert sam.reply()["text"].startswith("«My first session»")
    by_session = db(
        "SELECT s.title, m.text FROM messages m JOIN sessions s ON s.id = m.session_id"
        " WHERE m.chat_id = '106' AND m.role = 'user' ORDER BY m.id"
    )
    assert [title for title, _ in by_session] == ["My first session", "Talking to my mum about Sam"]


def test_a_followup_arrives_as_a_direct_message(person: MakePerson, db: Query) -> None:
    sam = person(107)
    sam.say("We keep arguing about chores and I feel exhausted.")
    sam.reply()
    sam.say("/followup 09:00 Europe/Berlin")
    assert "Daily check-in" in sam.reply()["text"]
    due = (datetime.now(UTC) - timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M:%S.%f")
    db(
        "UPDATE sessions SET next_followup_at = ? WHERE user_id ="
        " (SELECT user_id FROM identities WHERE platform_user_id = '107')",
        due,
    )

    checkin = sam.reply(timeout=12)  # the sweep runs every 5 seconds

    assert "My first session" in checkin["text"]
    assert {"👍", "👎", "Continue this session"} == set(buttons(checkin))
    delivered = (
        "SELECT d.status FROM followup_deliveries d JOIN sessions s ON s.id = d.session_id"
        " JOIN identities i ON i.user_id = s.user_id WHERE i.platform_user_id = '107'"
    )
    assert eventually(lambda: db(delivered) == [("sent",)])  # recorded right after sending
    sam.press(checkin, buttons(checkin)["Continue this session"])
    assert sam.reply()["text"].startswith("Now in «My first session»")


def test_a_crisis_message_gets_resources_and_no_coaching(person: MakePerson) -> None:
    sam = person(109)
    sam.say("I want to end my life tonight")

    reply = sam.reply()

    assert "findahelpline.com" in reply["text"]
    assert buttons(reply) == {}


def test_a_redelivered_update_is_stored_and_answered_once(
    person: MakePerson, emulator: Emulator, bot: AmoraRun, db: Query
) -> None:
    sam = person(111)
    sent = sam.say("My boyfriend forgot my birthday again and I feel invisible.")
    sam.reply()

    emulator.redeliver(bot.token, sent["update_id"])

    assert sam.quiet(1.0) == []
    stored = db(
        "SELECT count(*) FROM messages WHERE chat_id = '111' AND platform_message_id = ?",
        str(sent["message_id"]),
    )
    assert stored == [(1,)]


def test_a_redelivered_command_runs_once(
    person: MakePerson, emulator: Emulator, bot: AmoraRun, db: Query
) -> None:
    sam = person(113)
    sent = sam.say("/newsession Trust after the move")
    sam.reply()

    emulator.redeliver(bot.token, sent["update_id"])

    assert sam.quiet(1.0) == []
    sessions = db(
        "SELECT count(*) FROM sessions s JOIN identities i ON i.user_id = s.user_id"
        " WHERE i.platform_user_id = '113' AND s.title = 'Trust after the move'"
    )
    assert sessions == [(1,)]
