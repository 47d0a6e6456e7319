"""`amora run` on Discord: slash commands synced, a conversation in DMs, buttons, reactions."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

from tests.e2e.discord.conftest import AmoraRun, Query, eventually
from tests.e2e.discord.fake import FakeDiscord
from tests.e2e.discord.people import Person, buttons
from tests.e2e.discord.rest import error
from tests.e2e.discord.world import EPHEMERAL, plain

COMMANDS = {
    "start", "help", "newsession", "sessions", "session", "rename", "pause", "resume",
    "complete", "followup", "timezone", "progress", "export", "forget", "stats",
}  # fmt: skip
People = Callable[[str], Person]


def test_every_command_is_synced_to_the_test_server_with_descriptions(
    fake: FakeDiscord, bot: AmoraRun
) -> None:
    synced = fake.commands[fake.world.guild_id]

    assert {c["name"] for c in synced} == COMMANDS
    assert all(c["description"] for c in synced)
    assert all(o["description"] for c in synced for o in c["options"])
    assert all(1 in c["contexts"] for c in synced), "usable in DMs with the bot"
    assert fake.gateway.heartbeats >= 1 or fake.wait(lambda: fake.gateway.heartbeats, "a beat")


def test_a_dm_is_coached_with_typing_and_feedback_buttons(
    fake: FakeDiscord, person: People
) -> None:
    sam = person("Sam")

    sam.say(sam.dm, "My partner and I keep arguing about chores and I feel unheard.")
    reply = fake.reply_in(sam.dm, 0)

    assert len(reply["content"]) > 40
    assert [b["label"] for b in buttons(reply)] == ["👍", "👎", "🔄"]
    assert [b["custom_id"].split(":")[:2] for b in buttons(reply)] == [
        ["fb", "like"], ["fb", "dislike"], ["fb", "regen"],
    ]  # fmt: skip
    assert sam.dm in fake.typing
    assert fake.bodies[int(reply["id"])]["allowed_mentions"] == {"parse": []}, "pings nobody"


def test_a_button_press_is_acknowledged_privately_and_regenerate_answers_anew(
    fake: FakeDiscord, person: People, db: Query
) -> None:
    kim = person("Kim")
    kim.say(kim.dm, "I feel lonely since we moved to a new city.")
    reply = fake.reply_in(kim.dm, 0)

    liked = fake.answer(kim.click(reply, "👍"))
    again = fake.answer(kim.click(reply, "🔄"))

    assert liked["flags"] & EPHEMERAL and "Glad that helped" in plain(liked["content"])
    assert not again["flags"] & EPHEMERAL and again["content"] != reply["content"]
    assert [b["label"] for b in buttons(again)] == ["👍", "👎", "🔄"]
    kinds = db(
        "SELECT f.kind FROM feedback f JOIN messages m ON m.id = f.message_id "
        "WHERE m.platform_message_id = ? ORDER BY f.id",
        reply["id"],
    )
    assert kinds == [("like",), ("regenerate",)]


def test_a_thumbs_down_reaction_counts_as_feedback(
    fake: FakeDiscord, person: People, db: Query
) -> None:
    lee = person("Lee")
    lee.say(lee.dm, "My girlfriend checks my phone every night.")
    reply = fake.reply_in(lee.dm, 0)

    lee.react(reply, "👎")
    lee.react(reply, "🎉")

    rows = eventually(
        lambda: db(
            "SELECT f.kind FROM feedback f JOIN messages m ON m.id = f.message_id "
            "WHERE m.platform_message_id = ?",
            reply["id"],
        ),
        "the reaction's feedback",
    )
    assert rows == [("dislike",)]
    assert len(fake.bot_messages(lee.dm)) == 1, "the core's thanks is not posted for everyone"


def test_a_crisis_message_gets_resources_and_no_coaching(fake: FakeDiscord, person: People) -> None:
    ari = person("Ari")

    ari.say(ari.dm, "I don't want to live anymore, I'm going to end it tonight.")
    reply = fake.reply_in(ari.dm, 0)

    assert "findahelpline.com" in plain(reply["content"])
    assert "emergency" in plain(reply["content"])


def test_export_is_a_private_json_file_and_forget_needs_the_button(
    fake: FakeDiscord, person: People, db: Query
) -> None:
    jo = person("Jo")
    jo.say(jo.dm, "We argue about money a lot.")
    fake.reply_in(jo.dm, 0)

    exported = fake.answer(jo.slash(jo.dm, "export"))
    (name, data), *_ = fake.files[int(exported["id"])]
    asked = fake.answer(jo.slash(jo.dm, "forget"))
    assert db("SELECT count(*) FROM identities WHERE platform_user_id = ?", str(jo.id)) == [(1,)]
    done = fake.answer(jo.click(asked, "Yes, delete everything"))

    assert exported["flags"] & EPHEMERAL and name.endswith(".json")
    assert "We argue about money a lot." in json.dumps(json.loads(data), ensure_ascii=False)
    assert "Done" in plain(done["content"])
    assert db("SELECT count(*) FROM identities WHERE platform_user_id = ?", str(jo.id)) == [(0,)]


def test_progress_and_session_answer_the_person(fake: FakeDiscord, person: People) -> None:
    mo = person("Mo")
    mo.say(mo.dm, "My husband and I have grown apart.")
    fake.reply_in(mo.dm, 0)

    progress = fake.answer(mo.slash(mo.dm, "progress"))
    session = fake.answer(mo.slash(mo.dm, "session"))

    assert "Your progress" in plain(progress["content"])
    assert "«My first session»" in plain(session["content"])


def test_stats_are_for_admins_only_and_private(
    fake: FakeDiscord, admin: Person, person: People
) -> None:
    nosy = person("Nosy")

    refused = fake.answer(nosy.slash(fake.world.channel_id, "stats"))
    figures = fake.answer(admin.slash(fake.world.channel_id, "stats"))

    assert refused["flags"] & EPHEMERAL and "only for the bot's admins" in plain(refused["content"])
    assert figures["flags"] & EPHEMERAL and "Amora usage" in plain(figures["content"])
    assert "People:" in plain(figures["content"])
    assert [a["filename"] for a in figures["attachments"]] == ["amora-usage.png"]
    assert fake.files[int(figures["id"])][0][1].startswith(b"\x89PNG")


def test_median_dm_round_trip(fake: FakeDiscord, person: People) -> None:
    """Reports the median round trip of a DM coaching message through the fake (50 runs)."""
    pat = person("Pat")
    times = []
    for number in range(50):
        began = time.perf_counter()
        pat.say(pat.dm, f"We had another fight about the holidays, number {number}.")
        fake.reply_in(pat.dm, number)
        times.append(time.perf_counter() - began)

    median = statistics.median(times)
    print(f"\nDiscord DM round trip through the fake: median {median * 1000:.0f} ms (50 runs)")
    assert median < 1.0, "DESIGN §1: answers in a second or less"


def test_newsession_in_a_dm_switches_the_current_session_without_a_thread(
    fake: FakeDiscord, person: People, db: Query
) -> None:
    ola = person("Ola")
    assert ola.dm
    threads = len(fake.world.channels)

    opened = fake.answer(ola.slash(ola.dm, "newsession", title="Work stress at home"))
    ola.say(ola.dm, "My job leaves me exhausted and short with my partner.")
    fake.reply_in(ola.dm, 1)

    assert "«Work stress at home» is open" in plain(opened["content"])
    assert not opened["flags"] & EPHEMERAL and len(fake.world.channels) == threads
    counts = "SELECT user_message_count FROM sessions WHERE title = 'Work stress at home'"
    assert eventually(lambda: db(counts) == [(1,)], "the message in the new session")


def test_a_burst_of_messages_is_answered_in_order(
    fake: FakeDiscord, person: People, db: Query
) -> None:
    quinn = person("Quinn")
    for number in range(6):
        quinn.say(quinn.dm, f"Something else happened today, part {number}.")

    fake.wait(lambda: len(fake.bot_messages(quinn.dm)) == 6, "six replies")

    roles = eventually(
        lambda: db(
            "SELECT m.role FROM messages m JOIN identities i ON i.user_id = m.user_id "
            "WHERE i.platform_user_id = ? ORDER BY m.id",
            str(quinn.id),
        ),
        "the stored conversation",
    )
    assert [r for (r,) in roles] == ["user", "coach"] * 6


def test_a_picture_without_words_gets_a_kind_line_and_a_huge_message_an_answer(
    fake: FakeDiscord, person: People
) -> None:
    rae = person("Rae")

    rae.say(rae.dm, "", picture=True)
    kind = fake.reply_in(rae.dm, 0)
    rae.say(rae.dm, "We fought again about the wedding guest list. " * 80)
    huge = fake.reply_in(rae.dm, 1)

    assert "only read text" in plain(kind["content"])
    assert huge["content"] and len(huge["content"]) <= 2000


def test_a_failed_reply_is_logged_without_the_text_and_the_person_told(
    fake: FakeDiscord, bot: AmoraRun, person: People
) -> None:
    uma = person("Uma")
    refused = fake.faults.add(
        "POST", rf"/channels/{uma.dm}/messages$", lambda: error(400, 50035, "Invalid Form Body"), 1
    )

    said = uma.say(uma.dm, "My secret worry is that he is seeing someone else.")
    told = fake.reply_in(uma.dm, 0)

    assert refused.left == 0 and "trouble" in plain(told["content"])
    log = eventually(lambda: bot.log.read_text(), "the log")
    assert f"on_message {said['id']} failed: HTTPException" in log
    assert "secret worry" not in log
