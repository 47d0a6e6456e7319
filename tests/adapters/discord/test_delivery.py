"""Delivering replies: pieces and buttons, closed DMs, deleted threads, refused channels."""

from __future__ import annotations

import discord

from adapters.discord.send import Outbox
from core.app import Amora
from core.domain import Address
from core.replies import Button, Reply
from tests.adapters.discord.conftest import FakeChannel, coached, incoming, refusal
from tests.fakes import InMemoryStore

DM = Address("discord", "300")


async def test_a_long_reply_goes_out_in_pieces_with_the_buttons_under_the_last(
    amora: Amora, store: InMemoryStore
) -> None:
    asked = incoming(100, 300, "We argue about chores every evening.")
    reply = await coached(amora, asked)
    long = Reply(reply.text + "\n\n" + "More to say. " * 300, reply.buttons, reply.message_id)
    channel = FakeChannel(300)

    await Outbox(amora).deliver(long, asked, channel, DM)

    assert len(channel.sent) == 3
    assert all(len(s.fields["content"]) <= 2000 for s in channel.sent)
    assert [("view" in s.fields) for s in channel.sent] == [False, False, True]
    assert reply.message_id is not None
    noted = store.messages[reply.message_id]
    assert noted.platform_message_id == str(channel.sent[-1].id) and noted.address == DM


async def test_markdown_in_a_reply_is_escaped_and_mentions_never_ping(amora: Amora) -> None:
    channel = FakeChannel(300)

    await Outbox(amora).deliver(
        Reply("Renamed to «*@everyone* _us_»."), incoming(100, 300, "x"), channel, DM
    )

    (sent,) = channel.sent
    assert sent.fields["content"] == "Renamed to «\\*@everyone\\* \\_us\\_»."
    assert sent.fields["allowed_mentions"].to_dict() == {"parse": []}


async def test_a_dm_refused_with_50007_marks_the_person_unreachable(
    amora: Amora, store: InMemoryStore
) -> None:
    asked = incoming(100, 300, "Hello, I need to talk.")
    reply = await coached(amora, asked)
    channel = FakeChannel(300, refuse=[refusal(discord.Forbidden, 403, 50007)])

    await Outbox(amora).deliver(reply, asked, channel, DM)

    (user,) = store.users.values()
    assert not user.reachable and channel.sent == []


async def test_a_channel_that_refuses_for_other_reasons_leaves_the_person_reachable(
    amora: Amora, store: InMemoryStore
) -> None:
    asked = incoming(100, 300, "Hello, I need to talk.")
    reply = await coached(amora, asked)
    channel = FakeChannel(300, refuse=[refusal(discord.Forbidden, 403, 50013)])

    await Outbox(amora).deliver(reply, asked, channel, DM)

    (user,) = store.users.values()
    assert user.reachable


async def test_a_thread_deleted_while_composing_is_unbound_and_nothing_is_posted_elsewhere(
    amora: Amora, store: InMemoryStore
) -> None:
    opened = await amora.message(incoming(100, 500, "/newsession Private matters"))
    assert opened is not None and opened.open_thread is not None
    thread = Address("discord", "500", "501")
    await amora.bind_thread(incoming(100, 500, ""), opened.open_thread.session_id, thread)
    asked = incoming(100, 500, "He reads my messages.", thread=501)
    reply = await coached(amora, asked)
    gone = FakeChannel(501, refuse=[refusal(discord.NotFound, 404, 10003)])

    await Outbox(amora).deliver(reply, asked, gone, thread)

    assert thread not in store.bindings and gone.sent == []
    assert store.sessions[opened.open_thread.session_id].title == "Private matters"


async def test_more_buttons_than_fit_follow_in_extra_messages(amora: Amora) -> None:
    rows = tuple((Button(f"Switch {n}", f"ss:switch:{n}"),) for n in range(8))
    channel = FakeChannel(300)

    await Outbox(amora).deliver(Reply("Your sessions:", rows), incoming(1, 300, "x"), channel, DM)

    assert [s.fields["content"] for s in channel.sent] == ["Your sessions:", None]
    assert len(channel.sent[0].fields["view"].children) == 5
    assert len(channel.sent[1].fields["view"].children) == 3
