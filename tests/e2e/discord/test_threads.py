"""`amora run` in a server: a private thread per session, ownership, mentions, deleted threads."""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.e2e.discord.conftest import Query, eventually
from tests.e2e.discord.fake import FakeDiscord
from tests.e2e.discord.people import Person
from tests.e2e.discord.world import EPHEMERAL, Json, plain

People = Callable[[str], Person]


def open_session(fake: FakeDiscord, who: Person, title: str) -> tuple[int, Json]:
    """Runs /newsession in the server channel; the new thread and the bot's first message."""
    pointer = fake.answer(who.slash(fake.world.channel_id, "newsession", title=title))
    assert pointer["flags"] & EPHEMERAL
    thread = int(re.search(r"<#(\d+)>", pointer["content"])[1])  # type: ignore[index]
    return thread, fake.reply_in(thread, 0)


def test_newsession_in_a_channel_opens_a_private_thread_named_after_it(
    fake: FakeDiscord, person: People, db: Query
) -> None:
    ada = person("Ada")

    thread, opening = open_session(fake, ada, "Trust after the move")

    channel = fake.world.channels[thread]
    assert channel["type"] == 12 and channel["name"] == "Trust after the move"
    assert channel["parent_id"] == str(fake.world.channel_id)
    assert (thread, ada.id) in fake.thread_members
    assert "«Trust after the move» is open" in plain(opening["content"])
    binding = "SELECT chat_id FROM thread_bindings WHERE thread_id = ?"
    assert db(binding, str(thread)) == [(str(fake.world.channel_id),)]


def test_a_message_in_the_thread_is_coached_without_a_mention(
    fake: FakeDiscord, person: People, db: Query
) -> None:
    bea = person("Bea")
    thread, _ = open_session(fake, bea, "Talking to my mum about Sam")

    bea.say(thread, "My mum refuses to meet my girlfriend and it hurts.")
    reply = fake.reply_in(thread, 1)

    assert [b["label"] for b in reply["components"][0]["components"]] == ["👍", "👎", "🔄"]
    assert thread in fake.typing
    titles = eventually(
        lambda: db(
            "SELECT s.title FROM messages m JOIN sessions s ON s.id = m.session_id "
            "WHERE m.platform_message_id = ?",
            reply["id"],
        ),
        "the reply's platform id to be noted",
    )
    assert titles == [("Talking to my mum about Sam",)]


def test_another_persons_click_is_refused_and_changes_nothing(
    fake: FakeDiscord, person: People, db: Query
) -> None:
    cas, dev = person("Cas"), person("Dev")
    thread, _ = open_session(fake, cas, "Jealousy")
    cas.say(thread, "I get jealous when my boyfriend texts his ex.")
    reply = fake.reply_in(thread, 1)

    refused = fake.answer(dev.click(reply, "👍"))
    forged = fake.answer(dev.press(reply, "fb:like:99999999"))
    garbage = fake.answer(dev.press(reply, "<script>"))

    assert refused["flags"] & EPHEMERAL and "someone else's" in plain(refused["content"])
    assert forged["flags"] & EPHEMERAL
    assert garbage["flags"] & EPHEMERAL and "isn't one I recognise" in plain(garbage["content"])
    assert db("SELECT count(*) FROM feedback") == [(0,)]


def test_in_the_channel_only_mentions_and_replies_to_the_bot_are_answered(
    fake: FakeDiscord, person: People
) -> None:
    eli = person("Eli")
    channel = fake.world.channel_id
    seen = len(fake.bot_messages(channel))

    eli.say(channel, "Anyone watching the game tonight?")
    asked = eli.say(channel, "my wife and I argue about her family", mention=True)
    answered = fake.reply_in(channel, seen)
    eli.say(channel, "thanks, that helps", reply_to=answered)
    again = fake.reply_in(channel, seen + 1)

    assert answered["message_reference"]["message_id"] == asked["id"]
    assert again["content"] and len(fake.bot_messages(channel)) == seen + 2


def test_a_deleted_thread_is_unbound_and_the_session_stays(
    fake: FakeDiscord, person: People, db: Query
) -> None:
    fay = person("Fay")
    thread, _ = open_session(fake, fay, "Moving in together")
    binding = "SELECT count(*) FROM thread_bindings WHERE thread_id = ?"
    assert db(binding, str(thread)) == [(1,)]

    fake.delete_thread(thread)

    eventually(lambda: db(binding, str(thread)) == [(0,)], "the binding to go")
    assert db("SELECT count(*) FROM sessions WHERE title = 'Moving in together'") == [(1,)]


def test_without_private_threads_the_session_gets_a_public_one(
    fake: FakeDiscord, person: People
) -> None:
    gus = person("Gus")
    fake.private_threads_forbidden = True
    try:
        thread, opening = open_session(fake, gus, "Long distance")
    finally:
        fake.private_threads_forbidden = False

    assert fake.world.channels[thread]["type"] == 11
    assert "«Long distance» is open" in plain(opening["content"])


def test_threads_that_are_not_sessions_are_left_alone_without_typing(
    fake: FakeDiscord, person: People
) -> None:
    hal = person("Hal")
    chat = hal.start_thread("Weekend plans")

    hal.say(chat, "Who is bringing snacks on Saturday?")
    hal.say(chat, "is my partner right to be upset that I forgot?", mention=True)
    answered = fake.reply_in(chat, 0)

    assert answered["content"] and len(fake.bot_messages(chat)) == 1
    assert fake.typing.count(chat) == 1, "typing only for the message meant for the coach"


def test_a_private_answer_to_a_server_message_goes_to_the_persons_dms(
    fake: FakeDiscord, person: People
) -> None:
    ivo = person("Ivo")
    channel = fake.world.channel_id
    seen = len(fake.bot_messages(channel))

    ivo.say(channel, "/stats", mention=True)
    told = fake.reply_in(ivo.dm, 0)

    assert "only for the bot's admins" in plain(told["content"])
    assert len(fake.bot_messages(channel)) == seen
