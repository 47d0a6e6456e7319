"""Telegram updates, built by python-telegram-bot from generated JSON, through the handlers.

The handlers are registered exactly as `amora run` registers them (`install`), and each update
goes to the first one whose filter takes it, as python-telegram-bot dispatches; the Bot is the
adapter tests' fake, the core runs on in-memory fakes.
"""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from telegram import Update
from telegram.ext import BaseHandler

from adapters.telegram.app import install
from adapters.telegram.handlers import TelegramHandlers
from adapters.telegram.render import TEXT_LIMIT, TOAST_LIMIT
from core import texts
from tests.adapters.telegram.conftest import BOT_ID, BOT_NAME, FakeBot
from tests.fakes import InMemoryStore
from tests.properties import inputs
from tests.properties.checks import assert_stored_once_if_text, stored_user_texts, units
from tests.properties.conftest import EXAMPLES, Coach, Run, ran_every_example

SAM = {"id": 100, "is_bot": False, "first_name": "Sam", "language_code": "en"}
PRIVATE = {"id": 100, "type": "private", "first_name": "Sam"}
GROUP = {"id": -1001, "type": "supergroup", "title": "Us", "is_forum": True}
STICKER = {
    "file_id": "CAACAgQ",
    "file_unique_id": "AgAD",
    "width": 512,
    "height": 512,
    "is_animated": False,
    "is_video": False,
    "type": "regular",
}
PHOTO = [{"file_id": "AgAC", "file_unique_id": "AQAD", "width": 90, "height": 90}]
MESSAGE_ID = 77
_update_ids = itertools.count(1)


class Registry:
    """Stands in for the Application in `install`: keeps the handlers in their order."""

    def __init__(self) -> None:
        self.handlers: list[BaseHandler[Any, Any, Any]] = []

    def add_handlers(self, handlers: list[BaseHandler[Any, Any, Any]]) -> None:
        self.handlers.extend(handlers)

    def add_error_handler(self, callback: object) -> None:
        """Errors must not happen here: the test fails on any exception instead."""

    async def dispatch(self, update: Update) -> None:
        """The first handler whose check takes the update handles it (python-telegram-bot)."""
        for handler in self.handlers:
            check = handler.check_update(update)
            if check is not None and check is not False:
                await handler.callback(update, None)  # type: ignore[arg-type]
                return


def utf16(text: str) -> int:
    return units(text)


def with_command_entity(message: dict[str, Any], text: str) -> dict[str, Any]:
    """Telegram marks a leading command as a bot_command entity."""
    if text.startswith("/") and len(text) > 1 and not text[1].isspace():
        length = utf16(text.split(maxsplit=1)[0])
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return message


def message(
    content: dict[str, Any], chat: dict[str, Any] = PRIVATE, **extra: Any
) -> dict[str, Any]:
    return {
        "message_id": MESSAGE_ID,
        "date": 1772445600,
        "chat": chat,
        "from": SAM,
        **content,
        **extra,
    }


def stray_entities() -> st.SearchStrategy[list[dict[str, Any]]]:
    """Entities that need not fit the text (a forged webhook call can send anything)."""
    entity = st.fixed_dictionaries(
        {
            "type": st.sampled_from(["mention", "text_mention", "bot_command", "bold", "url"]),
            "offset": st.integers(min_value=0, max_value=120),
            "length": st.integers(min_value=0, max_value=40),
        },
        optional={"user": st.just({"id": BOT_ID, "is_bot": True, "first_name": "Amora"})},
    )
    return st.lists(entity, min_size=1, max_size=3)


@st.composite
def private_texts(draw: st.DrawFn) -> dict[str, Any]:
    text = draw(inputs.messages())
    return with_command_entity(message({"text": text}), text)


@st.composite
def group_texts(draw: st.DrawFn) -> dict[str, Any]:
    """In a forum group: plain talk, a mention of the bot, or a reply to it; maybe in a topic."""
    text = draw(inputs.messages())
    how = draw(st.sampled_from(["plain", "mention", "reply"]))
    extra: dict[str, Any] = {}
    if how == "mention":
        mention = f"@{BOT_NAME}"
        text = f"{mention} {text}"
        extra["entities"] = [{"type": "mention", "offset": 0, "length": len(mention)}]
    if how == "reply":
        bot = {"id": BOT_ID, "is_bot": True, "first_name": "Amora", "username": BOT_NAME}
        extra["reply_to_message"] = message({"text": "…"}, GROUP, **{"from": bot}) | {
            "message_id": 5
        }
    if draw(st.booleans()):
        extra |= {"message_thread_id": 9, "is_topic_message": True}
    if draw(st.integers(0, 9)) == 0:
        extra["entities"] = draw(stray_entities())
    built = message({"text": text}, GROUP, **extra)
    return built if "entities" in built else with_command_entity(built, text)


def other_messages() -> st.SearchStrategy[dict[str, Any]]:
    """Captions, stickers, a new topic's name, a bot's own message, nothing readable at all."""
    return st.one_of(
        st.tuples(inputs.messages(), stray_entities()).map(
            lambda t: message({"text": t[0], "entities": t[1]})
        ),
        st.tuples(inputs.messages(), stray_entities()).map(
            lambda t: message({"photo": PHOTO, "caption": t[0], "caption_entities": t[1]})
        ),
        inputs.messages().map(lambda c: message({"photo": PHOTO, "caption": c})),
        st.just(message({"sticker": STICKER})),
        st.just(message({"location": {"latitude": 52.5, "longitude": 13.4}})),
        st.just(message({})),
        inputs.texts().map(
            lambda name: message(
                {"forum_topic_created": {"name": name, "icon_color": 7322096}},
                message_thread_id=9,
                is_topic_message=True,
            )
        ),
        inputs.messages().map(
            lambda t: message({"text": t}, **{"from": {"id": 5, "is_bot": True, "first_name": "B"}})
        ),
    )


@st.composite
def callback_queries(draw: st.DrawFn) -> dict[str, Any]:
    """A button press with any data, under a message the bot can or can no longer read."""
    query: dict[str, Any] = {"id": "q1", "from": SAM, "chat_instance": "1"}
    if draw(st.booleans()):
        query["data"] = draw(inputs.action_ids())
    where = draw(st.sampled_from(["readable", "too old", "inline"]))
    bot = {"id": BOT_ID, "is_bot": True, "first_name": "Amora"}
    if where == "readable":
        query["message"] = message({"text": "…"}, **{"from": bot})
    elif where == "too old":
        query["message"] = {"message_id": 3, "date": 0, "chat": PRIVATE}
    else:
        query["inline_message_id"] = "AAA"
    return {"callback_query": query}


@st.composite
def reactions(draw: st.DrawFn) -> dict[str, Any]:
    emoji = st.lists(st.sampled_from(["👍", "👎", "❤", "🔥", "👍🏽", ""]), max_size=3)
    return {
        "message_reaction": {
            "chat": PRIVATE,
            "message_id": draw(st.integers(min_value=1, max_value=6000)),
            "user": SAM,
            "date": 1772445600,
            "old_reaction": [{"type": "emoji", "emoji": e} for e in draw(emoji)],
            "new_reaction": [{"type": "emoji", "emoji": e} for e in draw(emoji)]
            + draw(st.sampled_from([[], [{"type": "custom_emoji", "custom_emoji_id": "5"}]])),
        }
    }


def updates() -> st.SearchStrategy[dict[str, Any]]:
    """Every kind of update a bot can be sent, as JSON."""
    return st.one_of(
        private_texts().map(lambda m: {"message": m}),
        group_texts().map(lambda m: {"message": m}),
        other_messages().map(lambda m: {"message": m}),
        private_texts().map(lambda m: {"edited_message": m}),
        callback_queries(),
        reactions(),
        st.just({}),  # a kind of update the bot never asked for
    )


def for_another_bot(text: str) -> bool:
    """A command that names a different bot ("/start@OtherBot")."""
    head = text.split(maxsplit=1)[0] if text.startswith("/") else ""
    target = head.partition("@")[2]
    return bool(target) and target.lower() != BOT_NAME.lower()


def assert_sent_fits(bot: FakeBot) -> None:
    """Every message is non-empty text within Telegram's limits; every notice fits one too."""
    for sent in bot.sent():
        assert sent["text"].strip() and units(sent["text"]) <= TEXT_LIMIT
        markup = sent.get("reply_markup")
        for row in markup.inline_keyboard if markup else ():
            assert all(len(b.callback_data.encode()) <= 64 for b in row)
    for notice in bot.sent("answer_callback_query"):
        toast = notice.get("text")
        assert toast is None or (toast.strip() and units(toast) <= TOAST_LIMIT)


def test_any_update_is_handled_without_error_and_stored_at_most_once(
    coach: Coach, run: Run
) -> None:
    @EXAMPLES
    @given(body=updates())
    def check(body: dict[str, Any]) -> None:
        store, bot, registry = InMemoryStore(), FakeBot(), Registry()
        install(registry, TelegramHandlers(coach(store), bot))  # type: ignore[arg-type]

        for _ in range(2):  # Telegram redelivers an update it thinks was not received
            update = Update.de_json({"update_id": next(_update_ids), **body}, None)
            run(registry.dispatch(update))

        assert_sent_fits(bot)
        assert len(stored_user_texts(store, str(MESSAGE_ID))) <= 1
        if "callback_query" in body and "message" in body["callback_query"]:
            assert len(bot.sent("answer_callback_query")) == 2  # each press answered once
        if "edited_message" in body or not body:
            assert bot.calls == [] and store.messages == {}

    ran_every_example(check)


def test_a_private_message_is_answered_and_its_text_stored_exactly_once(
    coach: Coach, run: Run
) -> None:
    @EXAMPLES
    @given(body=private_texts())
    def check(body: dict[str, Any]) -> None:
        store, bot, registry = InMemoryStore(), FakeBot(), Registry()
        install(registry, TelegramHandlers(coach(store), bot))  # type: ignore[arg-type]

        run(registry.dispatch(Update.de_json({"update_id": 1, "message": body}, None)))

        text = body["text"]
        assert_sent_fits(bot)
        if for_another_bot(text):  # "/start@OtherBot": not ours to read
            assert store.messages == {} and bot.sent() == []
            return
        assert_stored_once_if_text(store, text, str(MESSAGE_ID))
        if text:  # Telegram never sends empty text; anything else gets an answer
            assert bot.sent(), "the person was left without an answer"
        if text and not text.strip():
            assert [s["text"] for s in bot.sent()] == [texts.EMPTY]

    ran_every_example(check)


def test_a_group_message_not_meant_for_the_coach_is_neither_stored_nor_answered(
    coach: Coach, run: Run
) -> None:
    @EXAMPLES
    @given(body=group_texts())
    def check(body: dict[str, Any]) -> None:
        store, bot, registry = InMemoryStore(), FakeBot(), Registry()
        install(registry, TelegramHandlers(coach(store), bot))  # type: ignore[arg-type]

        run(registry.dispatch(Update.de_json({"update_id": 1, "message": body}, None)))

        assert_sent_fits(bot)
        spoken_to = {"entities", "reply_to_message"} & body.keys() or body["text"].startswith("/")
        if not spoken_to:  # no session is bound to the topic, so plain talk is not ours
            assert store.messages == {} and bot.sent() == []

    ran_every_example(check)


def test_an_entity_that_cuts_an_emoji_in_two_is_ignored_not_a_crash(coach: Coach, run: Run) -> None:
    store, bot, registry = InMemoryStore(), FakeBot(), Registry()
    install(registry, TelegramHandlers(coach(store), bot))  # type: ignore[arg-type]
    text = "👍@AmoraBot we argue about chores"
    cut = [{"type": "mention", "offset": 1, "length": 9}]  # starts inside 👍's surrogate pair

    for chat in (PRIVATE, GROUP):
        body = message({"text": text, "entities": cut}, chat)
        run(registry.dispatch(Update.de_json({"update_id": 1, "message": body}, None)))

    assert stored_user_texts(store, str(MESSAGE_ID)) == [text]  # the private one, as written
    assert len(bot.sent()) == 1
