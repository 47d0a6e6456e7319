"""The aiohttp transport against a local fake of the Bot API: fields, files, timeouts, errors."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import NetworkError, TelegramError, TimedOut

from adapters.telegram.bot import AmoraBot
from adapters.telegram.transport import AiohttpRequest
from tests.adapters.local_http import serving

TOKEN = "1:transport"
ME = {"id": 1, "is_bot": True, "first_name": "Amora", "username": "AmoraBot"}


@dataclass
class FakeBotApi:
    """Answers sendMessage and sendDocument as the Bot API does; remembers what came."""

    delay: float = 0.0
    raw: bytes | None = None
    """An answer to give as it is, instead of a well-formed one."""
    received: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        fields: dict[str, Any] = {}
        if request.content_type == "application/json":
            fields = await request.json()
        else:  # a form, whose JSON values arrive as text; files only come this way
            for name, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    fields[name] = (value.filename, value.file.read(), value.content_type)
                else:
                    fields[name] = value
        self.received.append((method, fields))
        await asyncio.sleep(self.delay)
        if self.raw is not None:
            return web.Response(body=self.raw, content_type="application/json")
        message = {"message_id": 7, "date": 0, "chat": {"id": 42, "type": "private"}}
        return web.json_response({"ok": True, "result": ME if method == "getMe" else message})


@pytest.fixture
async def api() -> AsyncIterator[tuple[FakeBotApi, str]]:
    fake = FakeBotApi()
    app = web.Application()
    app.router.add_post("/bot{token}/{method}", fake.handle)
    async with serving(app) as url:
        yield fake, url + "/bot"


def bot_at(base_url: str, **timeouts: float) -> Bot:
    request = AiohttpRequest(**timeouts)
    return Bot(TOKEN, base_url=base_url, request=request, get_updates_request=AiohttpRequest())


async def test_a_message_with_buttons_arrives_as_the_bot_api_reads_it(
    api: tuple[FakeBotApi, str],
) -> None:
    fake, url = api
    buttons = InlineKeyboardMarkup([[InlineKeyboardButton("👍", callback_data="fb:like:1")]])

    async with bot_at(url) as bot:
        sent = await bot.send_message(42, "Ünïcode and emoji 💬", reply_markup=buttons)

    assert sent.message_id == 7
    method, fields = fake.received[-1]
    assert method == "sendMessage"
    assert (fields["chat_id"], fields["text"]) == (42, "Ünïcode and emoji 💬")
    assert InlineKeyboardMarkup.de_json(fields["reply_markup"], None) == buttons


async def test_amora_bot_sends_text_as_send_message_does_and_gives_back_the_id(
    api: tuple[FakeBotApi, str],
) -> None:
    fake, url = api
    buttons = InlineKeyboardMarkup([[InlineKeyboardButton("👎", callback_data="fb:dislike:1")]])
    bot = AmoraBot(TOKEN, base_url=url, request=AiohttpRequest())

    async with bot:
        sent = await bot.send_text(42, "Ünïcode 💬", reply_markup=buttons, message_thread_id=9)
        await bot.send_message(42, "Ünïcode 💬", reply_markup=buttons, message_thread_id=9)

    assert sent == 7
    (_, by_text), (_, by_message) = fake.received[-2:]
    assert by_text == by_message  # the same fields, and no empty ones
    assert "reply_parameters" not in by_text


async def test_a_file_is_uploaded_with_its_name_and_caption(api: tuple[FakeBotApi, str]) -> None:
    fake, url = api

    async with bot_at(url) as bot:
        await bot.send_document(
            42, InputFile(b'{"sessions": []}', filename="amora-export.json"), caption="Your data"
        )

    method, fields = fake.received[-1]
    assert method == "sendDocument"
    assert fields["caption"] == "Your data"
    filename, content, _ = fields["document"]
    assert (filename, content) == ("amora-export.json", b'{"sessions": []}')


async def test_an_answer_with_broken_utf8_is_read_with_the_broken_part_replaced(
    api: tuple[FakeBotApi, str],
) -> None:
    fake, url = api

    async with bot_at(url) as bot:
        fake.raw = (
            b'{"ok": true, "result": {"message_id": 8, "date": 0, "text": "caf\xe9 au lait",'
            b' "chat": {"id": 42, "type": "private"}}}'
        )
        sent = await bot.send_message(42, "hello")

    assert sent.message_id == 8 and sent.text == "caf\ufffd au lait"


async def test_an_answer_that_is_not_json_is_an_error_that_logs_no_words(
    api: tuple[FakeBotApi, str], caplog: pytest.LogCaptureFixture
) -> None:
    fake, url = api

    async with bot_at(url) as bot:
        fake.raw = b"<html>my husband said something private</html>"
        with pytest.raises(TelegramError, match="Invalid server response"):
            await bot.send_message(42, "hello")

    assert "private" not in caplog.text


async def test_an_answer_slower_than_the_read_timeout_is_timed_out(
    api: tuple[FakeBotApi, str],
) -> None:
    fake, url = api

    async with bot_at(url, read_timeout=0.2) as bot:
        fake.delay = 1.0
        with pytest.raises(TimedOut):
            await bot.send_message(42, "hello")


async def test_nobody_listening_is_a_network_error() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError):
            await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
    finally:
        await request.shutdown()
