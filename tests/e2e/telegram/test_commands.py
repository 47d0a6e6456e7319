"""`amora run` on the Bot API emulator: commands, files, long replies, media and groups."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

from tests.e2e.telegram.conftest import ADMIN_ID
from tests.e2e.telegram.emulator import BOT_USERNAME, AmoraRun, Emulator, Person, buttons

Query = Callable[..., list[tuple[Any, ...]]]
MakePerson = Callable[..., Person]
STICKER = {
    "file_id": "CAACAgQ",
    "file_unique_id": "AgAD",
    "width": 512,
    "height": 512,
    "is_animated": False,
    "is_video": False,
    "type": "regular",
}


def test_stats_for_admins_only(person: MakePerson) -> None:
    admin, someone = person(ADMIN_ID, "Ada"), person(108)
    admin.say("/stats")
    someone.say("/stats")

    figures, chart = admin.replies(2)  # the chart comes as a photo under the figures

    assert figures["text"].startswith("Amora usage") and chart["photo"]
    assert someone.reply()["text"] == "That command is only for the bot's admins."


def test_a_long_reply_is_split_at_line_boundaries(person: MakePerson) -> None:
    sam = person(110)
    titles = [
        f"Session {n:02d}: what keeps coming back when the evenings get long and quiet"
        for n in range(42)
    ]
    for title in titles:
        sam.say(f"/newsession {title}")
    sam.replies(len(titles), timeout=30)

    sam.say("/progress")
    *texts, chart = sam.replies(3)  # the reply's text in pieces, then its chart
    pieces = [m["text"] for m in texts]

    assert len(pieces) == 2 and chart["photo"]
    assert all(len(p.encode("utf-16-le")) // 2 <= 4096 for p in pieces)
    whole = "\n".join(pieces)
    assert whole.startswith("Your progress") and all(whole.count(f"«{t}»") == 1 for t in titles)
    for piece in pieces:  # every piece holds whole lines
        assert piece.startswith(("Your progress", "«")) and piece.endswith(("theme yet", "first."))


def test_a_sticker_gets_a_kind_line(person: MakePerson) -> None:
    sam = person(112)
    sam.send(sticker=STICKER)

    assert "only read text" in sam.reply()["text"]


def test_export_sends_a_json_file_and_forget_deletes_after_confirming(
    person: MakePerson, db: Query
) -> None:
    sam = person(113)
    sam.say("My wife wants to move abroad and I am scared.")
    sam.reply()
    sam.say("/export")
    _, document = sam.replies(2)
    exported = json.loads(base64.b64decode(document["document_content"]))
    assert document["document"]["mime_type"] == "application/json"
    assert exported["messages"][0]["text"] == "My wife wants to move abroad and I am scared."

    sam.say("/forget")
    ask = sam.reply()
    sam.press(ask, buttons(ask)["Yes, delete everything"])

    assert sam.reply()["text"].startswith("Done.")
    assert db("SELECT count(*) FROM identities WHERE platform_user_id = '113'") == [(0,)]


def test_forum_topics_are_session_threads(
    person: MakePerson, emulator: Emulator, bot: AmoraRun
) -> None:
    group = {"id": -100777, "type": "supergroup", "title": "Coaching", "is_forum": True}
    sam, other = person(114, chat=group), person(115, "Max", chat=group)
    sam.say(f"/newsession@{BOT_USERNAME} Work stress at home")
    opened = sam.reply()
    (topic,) = [
        c for c in emulator.calls(bot.token, "createForumTopic") if str(c["chat_id"]) == "-100777"
    ]
    thread = opened["message_thread_id"]
    assert topic["name"] == "Work stress at home" and "Work stress at home" in opened["text"]

    in_topic = person(114, chat=group, thread_id=thread)
    in_topic.say("My boss shouts at me and my partner says I bring it home.")  # no mention needed
    coached = in_topic.reply()
    assert coached["message_thread_id"] == thread and buttons(coached)

    sam.say("Anyone up for lunch?")  # the group's general chat, not for the bot
    assert sam.quiet(0.7) == []
    mention = f"@{BOT_USERNAME}"
    sam.say(
        f"{mention} I feel lonely",
        entities=[{"type": "mention", "offset": 0, "length": len(mention)}],
    )
    assert buttons(sam.reply())

    person(115, "Max", chat=group, thread_id=thread).say("Can I join this?")
    assert "someone else's session" in other.reply()["text"]


def test_the_log_holds_ids_but_no_message_text(bot: AmoraRun) -> None:
    log = bot.log.read_text()

    assert "telegram running" in log
    for private in ("girlfriend keeps texting", "end my life", "never talk", "my birthday"):
        assert private not in log
