"""Updates the emulator cannot send: reactions, topics, groups, buttons, media, errors."""

from __future__ import annotations

import logging

import pytest
from telegram.error import BadRequest

from adapters.telegram.handlers import TelegramHandlers
from adapters.telegram.parse import incoming
from core.domain import Address, FeedbackKind, PlatformUser
from tests.adapters.telegram.conftest import (
    BOT_NAME,
    GROUP,
    FakeBot,
    callback_update,
    message_update,
    reaction_update,
)
from tests.fakes import InMemoryStore

SAM = 42


async def coach_reply(handlers: TelegramHandlers, fake_bot: FakeBot) -> int:
    """Sam writes; the Telegram id of the coach's reply."""
    await handlers.on_message(message_update(SAM, "My husband never listens to me."))
    return fake_bot.delivered[-1].message_id


async def test_a_thumbs_up_reaction_counts_as_a_like(
    handlers: TelegramHandlers, fake_bot: FakeBot, store: InMemoryStore
) -> None:
    sent_as = await coach_reply(handlers, fake_bot)

    await handlers.on_reaction(reaction_update(SAM, sent_as, ["👍"]))

    (feedback,) = store.feedback.values()
    assert feedback.kind is FeedbackKind.LIKE
    assert "Glad that helped" in fake_bot.sent()[-1]["text"]


async def test_switching_a_reaction_to_thumbs_down_replaces_the_like(
    handlers: TelegramHandlers, fake_bot: FakeBot, store: InMemoryStore
) -> None:
    sent_as = await coach_reply(handlers, fake_bot)
    await handlers.on_reaction(reaction_update(SAM, sent_as, ["👍"]))

    await handlers.on_reaction(reaction_update(SAM, sent_as, ["👎"], old=["👍"]))

    active = [f.kind for f in store.feedback.values() if f.active]
    assert active == [FeedbackKind.DISLIKE]


async def test_other_reactions_and_unknown_messages_are_ignored(
    handlers: TelegramHandlers, fake_bot: FakeBot, store: InMemoryStore
) -> None:
    sent_as = await coach_reply(handlers, fake_bot)
    count = len(fake_bot.calls)

    await handlers.on_reaction(reaction_update(SAM, sent_as, ["🔥"]))
    await handlers.on_reaction(reaction_update(SAM, 999_999, ["👍"]))
    await handlers.on_reaction(reaction_update(SAM, sent_as, [], old=["👍"]))

    assert not store.feedback and len(fake_bot.calls) == count


async def test_a_topic_the_person_opens_in_their_private_chat_becomes_a_session(
    handlers: TelegramHandlers, fake_bot: FakeBot, store: InMemoryStore
) -> None:
    opened = message_update(
        SAM, forum_topic_created={"name": "Money fights", "icon_color": 1}, thread=9
    )

    await handlers.on_topic_created(opened)
    await handlers.on_message(message_update(SAM, "We argue about money all the time.", thread=9))

    (session,) = store.sessions.values()
    assert session.title == "Money fights"
    assert store.bindings == {Address("telegram", str(SAM), "9"): session.id}
    assert all(call["message_thread_id"] == 9 for call in fake_bot.sent())
    assert not fake_bot.sent("create_forum_topic")
    assert session.user_message_count == 1


async def test_newsession_opens_a_topic_where_private_chats_have_them(
    amora: object, store: InMemoryStore
) -> None:
    fake_bot = FakeBot(private_topics=True)
    handlers = TelegramHandlers(amora, fake_bot)  # type: ignore[arg-type]

    await handlers.on_message(message_update(SAM, "/newsession Trust after the move"))

    (topic,) = fake_bot.sent("create_forum_topic")
    assert topic == {"chat_id": SAM, "name": "Trust after the move"}
    assert fake_bot.sent()[-1]["message_thread_id"] == 70
    assert list(store.bindings) == [Address("telegram", str(SAM), "70")]


async def test_newsession_in_a_plain_private_chat_switches_the_current_session(
    handlers: TelegramHandlers, fake_bot: FakeBot, store: InMemoryStore
) -> None:
    await handlers.on_message(message_update(SAM, "/newsession Second"))

    assert not fake_bot.sent("create_forum_topic") and not store.bindings
    assert "Second" in fake_bot.sent()[-1]["text"]


async def test_a_group_topic_for_a_new_session_falls_back_when_topics_are_refused(
    handlers: TelegramHandlers, fake_bot: FakeBot, store: InMemoryStore
) -> None:
    fake_bot.fail("create_forum_topic", BadRequest("Not enough rights to create a topic"))

    await handlers.on_message(message_update(SAM, f"/newsession@{BOT_NAME} Us", chat=GROUP))

    assert not store.bindings
    assert fake_bot.sent()[-1]["message_thread_id"] is None


async def test_in_groups_only_what_is_meant_for_the_bot_is_answered(
    handlers: TelegramHandlers, fake_bot: FakeBot, store: InMemoryStore
) -> None:
    mention = f"@{BOT_NAME}"
    await handlers.on_message(message_update(SAM, "lunch, anyone?", chat=GROUP))
    await handlers.on_message(message_update(SAM, "/help@OtherBot", chat=GROUP))
    assert not fake_bot.sent() and not store.users  # overheard: nothing answered or stored

    await handlers.on_message(
        message_update(
            SAM,
            f"{mention} my wife and I keep fighting",
            chat=GROUP,
            entities=[{"type": "mention", "offset": 0, "length": len(mention)}],
        )
    )

    (stored,) = [m for m in store.messages.values() if m.role.value == "user"]
    assert stored.text == "my wife and I keep fighting"
    assert fake_bot.sent()[-1]["reply_parameters"].message_id is not None


async def test_a_reply_to_the_bot_in_a_group_is_answered(
    handlers: TelegramHandlers, fake_bot: FakeBot
) -> None:
    bots_message = {
        "message_id": 77,
        "date": 0,
        "chat": GROUP,
        "from": {"id": 666, "is_bot": True, "first_name": "Amora"},
        "text": "What would help?",
    }

    await handlers.on_message(
        message_update(SAM, "Talking more, I think", chat=GROUP, reply_to_message=bots_message)
    )

    assert fake_bot.sent()


async def test_every_button_press_is_answered_and_errors_are_a_private_notice(
    handlers: TelegramHandlers, fake_bot: FakeBot, store: InMemoryStore
) -> None:
    await handlers.on_button(callback_update(SAM, "fb:like:1"))  # a message that is not Sam's
    await handlers.on_button(callback_update(SAM, "'; DROP TABLE users; --"))

    answers = fake_bot.sent("answer_callback_query")
    assert [a["text"] for a in answers] == [
        "I couldn't find that reply.",
        "That button isn't one I recognise, so nothing changed.",
    ]
    assert not fake_bot.sent() and not store.feedback


async def test_a_button_press_is_answered_even_when_the_core_fails(
    handlers: TelegramHandlers, fake_bot: FakeBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_: object) -> None:
        raise ConnectionError("database down")

    monkeypatch.setattr(handlers.amora, "press", broken)

    with pytest.raises(ConnectionError):
        await handlers.on_button(callback_update(SAM, "fb:like:1"))

    assert len(fake_bot.sent("answer_callback_query")) == 1


async def test_stickers_and_photos_without_text_get_a_kind_line(
    handlers: TelegramHandlers, fake_bot: FakeBot, store: InMemoryStore
) -> None:
    sticker = {
        "file_id": "s",
        "file_unique_id": "u",
        "width": 1,
        "height": 1,
        "is_animated": False,
        "is_video": False,
        "type": "regular",
    }

    await handlers.on_media(message_update(SAM, sticker=sticker))

    assert "only read text" in fake_bot.sent()[-1]["text"] and not store.messages


async def test_a_caption_is_read_as_the_message(
    handlers: TelegramHandlers, fake_bot: FakeBot, store: InMemoryStore
) -> None:
    photo = [{"file_id": "p", "file_unique_id": "u", "width": 1, "height": 1}]

    await handlers.on_message(message_update(SAM, photo=photo, caption="Us, before the move"))

    assert any(m.text == "Us, before the move" for m in store.messages.values())


async def test_the_error_handler_logs_ids_and_types_never_text(
    handlers: TelegramHandlers, fake_bot: FakeBot, caplog: pytest.LogCaptureFixture
) -> None:
    update = message_update(SAM, "my secret sorrow")

    class Context:
        error = RuntimeError("my secret sorrow")

    with caplog.at_level(logging.DEBUG):
        await handlers.on_error(update, Context())  # type: ignore[arg-type]

    assert "secret sorrow" not in "".join(
        r.getMessage() for r in caplog.records if r.levelno >= logging.INFO
    )
    assert str(update.update_id) in caplog.text and "RuntimeError" in caplog.text
    assert "try again" in fake_bot.sent()[-1]["text"]


def test_identities_follow_the_address_rules() -> None:
    update = message_update(SAM, "hi", chat=GROUP, thread=12)
    assert update.message is not None and update.message.from_user is not None

    parsed = incoming(update.message, update.message.from_user, "hi")

    assert parsed.user == PlatformUser("telegram", str(SAM))
    assert parsed.address == Address("telegram", "-1001", "12")
    assert parsed.platform_message_id == str(update.message.message_id)
    assert (parsed.display_name, parsed.locale) == ("Sam", "en")
