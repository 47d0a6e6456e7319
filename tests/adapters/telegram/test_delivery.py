"""Sending: splitting, plain text, files, typing, platform errors and the check-in messenger."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import ClassVar

import pytest
from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from adapters.pacing import Pacer
from adapters.telegram.app import MessageRateLimiter
from adapters.telegram.handlers import TelegramHandlers
from adapters.telegram.messenger import TelegramMessenger, telegram_dispatcher
from adapters.telegram.ordering import ChatOrderedProcessor
from adapters.telegram.render import split_text, units
from adapters.telegram.send import TYPING_AFTER
from core.app import Amora
from core.domain import Address, PlatformUser
from core.engine.analyser import Analyser
from core.engine.blocks import BlockLibrary
from core.ports import DeliveryFailed, RecipientUnreachable
from core.replies import Attachment, Button, CheckIn, Reply, Sent
from core.settings import CoreSettings
from tests.adapters.telegram.conftest import FakeBot, message_update
from tests.fakes import FakeClock, InMemoryStore, RecordingMessenger, fake_uow_factory
from tests.scale.faketime import FakeTime

SAM = 42
DM = Address("telegram", str(SAM))
LONG = "\n\n".join(
    " ".join([f"Paragraph {n}."] + ["We talked about the move and what it means for us."] * 12)
    for n in range(20)
)


async def test_a_blocked_bot_marks_the_person_unreachable(
    handlers: TelegramHandlers, fake_bot: FakeBot, store: InMemoryStore
) -> None:
    fake_bot.fail("send_message", Forbidden("Forbidden: bot was blocked by the user"))

    await handlers.on_message(message_update(SAM, "My girlfriend and I fight about chores."))

    (user,) = store.users.values()
    assert not user.reachable


# Building a RetryAfter reads its own deprecated int-or-timedelta attribute (PTB 22.2+).
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_rate_limits_wait_as_long_as_telegram_asks_then_retry(
    handlers: TelegramHandlers, fake_bot: FakeBot
) -> None:
    fake_bot.fail("send_message", RetryAfter(timedelta(milliseconds=200)))
    began = time.monotonic()

    await handlers.outbox.deliver(Reply("Hello"), DM)

    assert time.monotonic() - began >= 0.2
    assert [c["text"] for c in fake_bot.sent()] == ["Hello", "Hello"]


async def test_a_deleted_topic_is_unbound_and_the_reply_goes_to_the_chat(
    handlers: TelegramHandlers, fake_bot: FakeBot, store: InMemoryStore
) -> None:
    opened = message_update(
        SAM, forum_topic_created={"name": "Old topic", "icon_color": 1}, thread=8
    )
    await handlers.on_topic_created(opened)
    fake_bot.fail("send_message", BadRequest("Message thread not found"))

    await handlers.on_message(message_update(SAM, "Are you still there?", thread=8))

    assert not store.bindings
    assert [c["message_thread_id"] for c in fake_bot.sent()[-2:]] == [8, None]
    await handlers.on_message(message_update(SAM, "And now?"))  # the chat's current session
    assert len(store.sessions) == 1


async def test_long_replies_are_split_with_the_buttons_under_the_last_piece(
    handlers: TelegramHandlers, fake_bot: FakeBot
) -> None:
    buttons = ((Button("👍", "fb:like:1"),),)

    await handlers.outbox.deliver(Reply(LONG, buttons=buttons), DM)

    sent = fake_bot.sent()
    assert len(sent) > 1 and all(units(c["text"]) <= 4096 for c in sent)
    assert "\n\n".join(c["text"] for c in sent) == LONG
    assert [c["reply_markup"] is not None for c in sent] == [False] * (len(sent) - 1) + [True]


def test_split_prefers_paragraphs_then_sentences_then_words() -> None:
    sentences = "It was late. We were tired! Why now? " * 200
    words = "word " * 2000

    assert all(p.endswith((".", "!", "?")) for p in split_text(sentences, 1000))
    assert all(units(p) <= 1000 for p in split_text(words, 1000))
    assert split_text("👍" * 3000) == ["👍" * 2048, "👍" * 952]  # two UTF-16 units each
    assert split_text("short") == ["short"]


async def test_text_goes_out_as_plain_text_exactly_as_written(
    handlers: TelegramHandlers, fake_bot: FakeBot
) -> None:
    tricky = "Try *this*: <b>[1]</b> _now_ & `then` \\o/"

    await handlers.outbox.deliver(Reply(tricky), DM)

    (sent,) = fake_bot.sent()
    assert sent["text"] == tricky and sent.get("parse_mode") is None


async def test_files_go_as_documents_and_pictures_as_photos(
    handlers: TelegramHandlers, fake_bot: FakeBot
) -> None:
    export = Attachment("amora-export.json", "application/json", b"{}", "Your data")
    chart = Attachment("chart.png", "image/png", b"\x89PNG", "Messages a day")

    await handlers.outbox.deliver(Reply("Here you are.", attachments=(export, chart)), DM)

    (document,) = fake_bot.sent("send_document")
    (photo,) = fake_bot.sent("send_photo")
    assert document["document"].filename == "amora-export.json"
    assert (document["caption"], photo["caption"]) == ("Your data", "Messages a day")


async def test_a_quick_reply_just_arrives_without_typing_first(
    handlers: TelegramHandlers, fake_bot: FakeBot
) -> None:
    await handlers.on_message(message_update(SAM, "My boyfriend never plans anything."))

    assert [name for name, _ in fake_bot.calls] == ["send_message"]


async def test_typing_shows_while_a_slow_reply_is_written(
    store: InMemoryStore, library: BlockLibrary, analyser: Analyser, fake_bot: FakeBot
) -> None:
    amora = Amora(
        fake_uow_factory(store),
        FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC)),
        RecordingMessenger(),
        CoreSettings(seed=3, use_model=True),
        analyser=analyser,
        library=library,
        model=SlowModel(seconds=TYPING_AFTER + 0.3),
    )
    handlers = TelegramHandlers(amora, fake_bot)  # type: ignore[arg-type]

    await handlers.on_message(message_update(SAM, "My boyfriend never plans anything."))

    names = [name for name, _ in fake_bot.calls]
    assert names == ["send_chat_action", "send_message"]
    assert fake_bot.calls[0][1]["action"] == "typing"
    assert fake_bot.sent()[0]["text"] == SlowModel.words


@dataclass
class SlowModel:
    """A language model that takes its time."""

    seconds: float
    words: ClassVar[str] = "Take a breath; what would a good evening look like?"

    async def complete(self, messages: list[dict[str, str]]) -> str:
        await asyncio.sleep(self.seconds)
        return self.words


def checkin(user_id: int = SAM) -> CheckIn:
    reply = Reply("How did the talk go?", ((Button("Continue this session", "ss:switch:1"),),))
    return CheckIn(PlatformUser("telegram", str(user_id)), 1, "Trust", DM, reply)


def paced(fake_bot: FakeBot, faketime: FakeTime, amora: object = None) -> TelegramMessenger:
    """The check-in messenger with its production pacing and retries, on fake time."""
    pacer = Pacer(25, per_key=1.1, clock=faketime.clock, sleep=faketime.sleep)
    outbox = TelegramHandlers(amora, fake_bot).outbox  # type: ignore[arg-type]
    return TelegramMessenger(outbox, telegram_dispatcher(pacer, sleep=faketime.sleep))


async def test_checkins_are_direct_messages_with_their_buttons(fake_bot: FakeBot) -> None:
    faketime = FakeTime()
    messenger = paced(fake_bot, faketime)

    (sent,) = await faketime.run(messenger.send_checkin(checkin()))

    (call,) = fake_bot.sent()
    assert call["chat_id"] == SAM and call["reply_markup"].inline_keyboard[0][0].callback_data
    assert sent == Sent(DM, str(fake_bot.delivered[-1].message_id))


@pytest.mark.parametrize(
    ("error", "raised"),
    [
        (Forbidden("Forbidden: bot was blocked by the user"), RecipientUnreachable),
        (BadRequest("Chat not found"), DeliveryFailed),
    ],
)
async def test_checkin_refusals_in_the_core_s_terms_without_retrying(
    fake_bot: FakeBot, error: Exception, raised: type[Exception]
) -> None:
    faketime = FakeTime()
    messenger = paced(fake_bot, faketime)
    fake_bot.fail("send_message", error)

    with pytest.raises(raised):
        await faketime.run(messenger.send_checkin(checkin()))

    assert len(fake_bot.sent()) == 1


@pytest.mark.parametrize(
    "error", [NetworkError("Bad Gateway"), NetworkError("Service Unavailable (503)"), TimedOut()]
)
async def test_a_checkin_after_a_5xx_or_a_timeout_is_tried_again_and_goes(
    fake_bot: FakeBot, error: Exception
) -> None:
    faketime = FakeTime()
    messenger = paced(fake_bot, faketime)
    fake_bot.fail("send_message", error)

    (sent,) = await faketime.run(messenger.send_checkin(checkin()))

    assert sent == Sent(DM, str(fake_bot.delivered[-1].message_id))
    assert len(fake_bot.sent()) == 2 and 1.0 in faketime.slept


async def test_a_checkin_failing_again_and_again_is_a_failed_delivery_after_four_tries(
    fake_bot: FakeBot,
) -> None:
    faketime = FakeTime()
    messenger = paced(fake_bot, faketime)
    fake_bot.fail("send_message", *(NetworkError("Bad Gateway") for _ in range(10)))

    with pytest.raises(DeliveryFailed):
        await faketime.run(messenger.send_checkin(checkin()))

    assert len(fake_bot.sent()) == 4
    assert [s for s in faketime.slept if s >= 1.0] == [1.0, 2.0, 4.0]


# Building a RetryAfter reads its own deprecated int-or-timedelta attribute (PTB 22.2+).
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_a_checkin_still_rate_limited_after_the_sends_own_retries_pauses_all_then_goes(
    fake_bot: FakeBot,
) -> None:
    faketime = FakeTime()
    messenger = paced(fake_bot, faketime)
    asked = timedelta(milliseconds=5)
    fake_bot.fail("send_message", *(RetryAfter(asked) for _ in range(4)))  # send.call retries 3
    start = faketime.now

    (sent,) = await faketime.run(messenger.send_checkin(checkin()))

    assert sent == Sent(DM, str(fake_bot.delivered[-1].message_id))
    assert len(fake_bot.sent()) == 5
    assert messenger.dispatcher.pacer.paused_until == pytest.approx(start + 0.005)


async def test_checkins_to_one_chat_go_a_second_apart_and_others_go_between(
    fake_bot: FakeBot,
) -> None:
    faketime = FakeTime()
    messenger = paced(fake_bot, faketime)
    went: list[tuple[float, int]] = []
    send_message = fake_bot.send_message

    async def timed(chat_id: int, text: str, **kwargs: object) -> object:
        went.append((faketime.now, chat_id))
        return await send_message(chat_id, text, **kwargs)

    fake_bot.send_message = timed  # type: ignore[method-assign]
    await faketime.run(*(messenger.send_checkin(checkin(user)) for user in (SAM, SAM, 1, 2, 3)))

    sam = [t for t, chat in went if chat == SAM]
    assert sam[1] - sam[0] >= 1.1 - 1e-9
    assert sorted(chat for t, chat in went if t < sam[1]) == [1, 2, 3, SAM]


async def test_chats_run_side_by_side_and_each_chat_in_order() -> None:
    processor = ChatOrderedProcessor(16)
    log: list[str] = []

    async def turn(name: str, seconds: float) -> None:
        log.append(f"{name} starts")
        await asyncio.sleep(seconds)
        log.append(f"{name} ends")

    def update(chat_id: int) -> Update:
        return message_update(chat_id, "hi")

    await asyncio.gather(
        processor.process_update(update(1), turn("a1", 0.05)),
        processor.process_update(update(1), turn("a2", 0.0)),
        processor.process_update(update(2), turn("b1", 0.0)),
    )

    assert log.index("a1 ends") < log.index("a2 starts")  # one chat: in order
    assert log.index("b1 ends") < log.index("a1 ends")  # other chats: not held up


async def test_typing_actions_skip_the_message_rate_limit() -> None:
    limiter = MessageRateLimiter(overall_max_rate=1, overall_time_period=60)
    await limiter.initialize()
    sent: list[str] = []

    async def request(endpoint: str) -> bool:
        sent.append(endpoint)
        return True

    async def through(endpoint: str) -> object:
        data = {"chat_id": SAM}
        return await limiter.process_request(request, (endpoint,), {}, endpoint, data, None)

    await through("sendMessage")  # the one message this minute allows
    await asyncio.wait_for(asyncio.gather(*(through("sendChatAction") for _ in range(5))), 1)
    held = asyncio.ensure_future(through("sendMessage"))
    await asyncio.sleep(0.1)

    assert sent == ["sendMessage"] + ["sendChatAction"] * 5 and not held.done()
    held.cancel()


async def test_a_checkin_goes_to_the_session_s_topic_in_the_private_chat(
    amora: object, store: InMemoryStore
) -> None:
    fake_bot = FakeBot()
    faketime = FakeTime()
    messenger = paced(fake_bot, faketime, amora)
    topic = Address("telegram", str(SAM), "70")
    in_topic = replace(checkin(), origin=topic)
    in_group = replace(checkin(), origin=Address("telegram", "-1001", "5"))

    (sent,) = await faketime.run(messenger.send_checkin(in_topic))
    # Check-ins are private: a group topic gets a DM.
    await faketime.run(messenger.send_checkin(in_group))
    fake_bot.fail("send_message", BadRequest("Message thread not found"))
    (fallback,) = await faketime.run(messenger.send_checkin(in_topic))

    threads = [(c["chat_id"], c["message_thread_id"]) for c in fake_bot.sent()]
    assert threads == [(SAM, 70), (SAM, None), (SAM, 70), (SAM, None)]
    assert sent is not None and sent.address == topic
    assert fallback is not None and fallback.address == DM
