"""Gateway events the adapter handles without an interaction: reactions and deleted threads."""

from __future__ import annotations

import discord

from adapters.discord.handlers import DiscordHandlers
from core.app import Amora
from core.domain import Address, FeedbackKind
from tests.adapters.discord.conftest import BOT_ID, FakeClient, coached, incoming
from tests.fakes import InMemoryStore

DM = Address("discord", "300")


def reaction(
    user: int, channel: int, message: str, emoji: str, author: int = BOT_ID
) -> discord.RawReactionActionEvent:
    """MESSAGE_REACTION_ADD as discord.py hands it to `on_raw_reaction_add`."""
    data = {
        "user_id": str(user),
        "channel_id": str(channel),
        "message_id": message,
        "message_author_id": str(author),
        "type": 0,
        "burst": False,
    }
    return discord.RawReactionActionEvent(data, discord.PartialEmoji(name=emoji), "REACTION_ADD")  # type: ignore[arg-type]


async def sent_reply(amora: Amora, client: FakeClient) -> str:
    """A coach reply in person 100's DM, noted as Discord message "8001"; its id."""
    reply = await coached(amora, incoming(100, 300, "My partner never listens to me."))
    assert reply.message_id is not None
    await amora.note_sent(reply.message_id, DM, "8001")
    client.channel(300)
    return "8001"


async def test_thumbs_up_and_down_reactions_count_as_feedback(
    handlers: DiscordHandlers, amora: Amora, client: FakeClient, store: InMemoryStore
) -> None:
    message = await sent_reply(amora, client)

    await handlers.on_raw_reaction_add(reaction(100, 300, message, "👍"))
    await handlers.on_raw_reaction_add(reaction(100, 300, message, "👎\ufe0f"))

    kinds = [(f.kind, f.active) for f in store.feedback.values()]
    assert kinds == [(FeedbackKind.LIKE, False), (FeedbackKind.DISLIKE, True)]
    assert client.channel(300).sent == [], "the thanks is private, so it is not posted"


async def test_other_emoji_the_bots_own_and_reactions_on_others_messages_change_nothing(
    handlers: DiscordHandlers, amora: Amora, client: FakeClient, store: InMemoryStore
) -> None:
    message = await sent_reply(amora, client)

    await handlers.on_raw_reaction_add(reaction(100, 300, message, "🎉"))
    await handlers.on_raw_reaction_add(reaction(BOT_ID, 300, message, "👍"))
    await handlers.on_raw_reaction_add(reaction(100, 300, message, "👍", author=555))
    await handlers.on_raw_reaction_add(reaction(200, 300, message, "👍"))

    assert store.feedback == {}


async def test_a_deleted_thread_is_unbound_and_its_session_stays(
    handlers: DiscordHandlers, amora: Amora, store: InMemoryStore
) -> None:
    opened = await amora.message(incoming(100, 500, "/newsession Trust"))
    assert opened is not None and opened.open_thread is not None
    thread = Address("discord", "500", "501")
    await amora.bind_thread(incoming(100, 500, ""), opened.open_thread.session_id, thread)

    event = {"id": "501", "guild_id": "1", "parent_id": "500", "type": 12}
    await handlers.on_raw_thread_delete(discord.RawThreadDeleteEvent(event))  # type: ignore[arg-type]

    assert store.bindings == {}
    assert opened.open_thread.session_id in store.sessions
