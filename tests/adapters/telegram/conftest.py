"""The Telegram adapter against a fake Bot and the core on in-memory fakes: no network."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

import pytest
from telegram import Chat, ForumTopic, Message, Update, User

from adapters.telegram.handlers import TelegramHandlers
from core.app import Amora
from core.engine.analyser import Analyser
from core.engine.blocks import BlockLibrary
from core.settings import CoreSettings
from tests.fakes import FakeClock, InMemoryStore, RecordingMessenger, fake_uow_factory

BOT_ID = 666
BOT_NAME = "AmoraBot"
GROUP = {"id": -1001, "type": "supergroup", "title": "Us", "is_forum": True}


class FakeBot:
    """Stands in for telegram.Bot: records calls, answers as Telegram would, fails on cue."""

    def __init__(self, *, private_topics: bool = False) -> None:
        self.bot = User(
            BOT_ID, "Amora", is_bot=True, username=BOT_NAME, has_topics_enabled=private_topics
        )
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.delivered: list[Message] = []
        """Every message sent, as Telegram returned it."""
        self.failures: dict[str, list[Exception]] = defaultdict(list)
        self._message_ids = itertools.count(5000)
        self._topic_ids = itertools.count(70)

    def fail(self, method: str, *errors: Exception) -> None:
        """The next calls of `method` raise these errors, one each."""
        self.failures[method].extend(errors)

    def sent(self, method: str = "send_message") -> list[dict[str, Any]]:
        """Arguments of the calls of one method, oldest first."""
        return [kwargs for name, kwargs in self.calls if name == method]

    async def _record(self, method: str, **kwargs: Any) -> None:
        self.calls.append((method, kwargs))
        if self.failures[method]:
            raise self.failures[method].pop(0)

    def _message(self, chat_id: int) -> Message:
        chat = Chat(chat_id, Chat.PRIVATE if chat_id > 0 else Chat.SUPERGROUP)
        message = Message(next(self._message_ids), datetime.now(UTC), chat, from_user=self.bot)
        self.delivered.append(message)
        return message

    async def send_message(self, chat_id: int, text: str, **kwargs: Any) -> Message:
        await self._record("send_message", chat_id=chat_id, text=text, **kwargs)
        return self._message(chat_id)

    async def send_text(self, chat_id: int, text: str, **kwargs: Any) -> int:
        """AmoraBot's send: a message of which only the id comes back."""
        return (await self.send_message(chat_id, text, **kwargs)).message_id

    async def send_document(self, chat_id: int, document: Any, **kwargs: Any) -> Message:
        await self._record("send_document", chat_id=chat_id, document=document, **kwargs)
        return self._message(chat_id)

    async def send_photo(self, chat_id: int, photo: Any, **kwargs: Any) -> Message:
        await self._record("send_photo", chat_id=chat_id, photo=photo, **kwargs)
        return self._message(chat_id)

    async def send_chat_action(self, chat_id: int, action: str, **kwargs: Any) -> bool:
        await self._record("send_chat_action", chat_id=chat_id, action=action, **kwargs)
        return True

    async def answer_callback_query(self, callback_query_id: str, **kwargs: Any) -> bool:
        await self._record("answer_callback_query", callback_query_id=callback_query_id, **kwargs)
        return True

    async def create_forum_topic(self, chat_id: int, name: str, **kwargs: Any) -> ForumTopic:
        await self._record("create_forum_topic", chat_id=chat_id, name=name, **kwargs)
        return ForumTopic(next(self._topic_ids), name, 7322096)


def person(user_id: int, name: str = "Sam") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": name, "language_code": "en"}


def private_chat(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "type": "private", "first_name": "Sam"}


_update_ids = itertools.count(1)
_message_ids = itertools.count(1)


def message_update(
    user_id: int,
    text: str | None = None,
    *,
    chat: dict[str, Any] | None = None,
    thread: int | None = None,
    **fields: Any,
) -> Update:
    """An update with a message, as Telegram sends it."""
    message: dict[str, Any] = {
        "message_id": next(_message_ids),
        "date": int(datetime.now(UTC).timestamp()),
        "from": person(user_id),
        "chat": chat or private_chat(user_id),
        **fields,
    }
    if text is not None:
        message["text"] = text
        if text.startswith("/"):
            length = len(text.split(maxsplit=1)[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    if thread is not None:
        message |= {"message_thread_id": thread, "is_topic_message": True}
    return Update.de_json({"update_id": next(_update_ids), "message": message}, None)


def reaction_update(
    user_id: int, message_id: int, new: list[str], old: list[str] | None = None
) -> Update:
    """A message_reaction update from a person in their private chat."""
    emoji = lambda items: [{"type": "emoji", "emoji": e} for e in items]  # noqa: E731
    reaction = {
        "chat": private_chat(user_id),
        "message_id": message_id,
        "user": person(user_id),
        "date": int(datetime.now(UTC).timestamp()),
        "old_reaction": emoji(old or []),
        "new_reaction": emoji(new),
    }
    return Update.de_json({"update_id": next(_update_ids), "message_reaction": reaction}, None)


def callback_update(user_id: int, data: str, *, chat: dict[str, Any] | None = None) -> Update:
    """A button press under one of the bot's messages."""
    message = {
        "message_id": 4000,
        "date": int(datetime.now(UTC).timestamp()),
        "chat": chat or private_chat(user_id),
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "Amora"},
        "text": "…",
    }
    query = {
        "id": f"q{next(_update_ids)}",
        "from": person(user_id),
        "chat_instance": "1",
        "message": message,
        "data": data,
    }
    return Update.de_json({"update_id": next(_update_ids), "callback_query": query}, None)


@pytest.fixture
def amora(store: InMemoryStore, library: BlockLibrary, analyser: Analyser) -> Amora:
    return Amora(
        fake_uow_factory(store),
        FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC)),
        RecordingMessenger(),
        CoreSettings(seed=3),
        analyser=analyser,
        library=library,
    )


@pytest.fixture
def fake_bot() -> FakeBot:
    return FakeBot()


@pytest.fixture
def handlers(amora: Amora, fake_bot: FakeBot) -> TelegramHandlers:
    return TelegramHandlers(amora, fake_bot)  # type: ignore[arg-type]
