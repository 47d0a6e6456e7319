"""The chat-completions client against a local fake OpenAI-compatible endpoint."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from adapters.llm import OpenAiCompatibleModel
from core.ports import ModelUnavailable
from tests.adapters.local_http import serving


@dataclass
class FakeEndpoint:
    """Answers /v1/chat/completions the way an OpenAI-compatible server does."""

    reply: Any = field(default_factory=lambda: {"choices": [{"message": {"content": "Hi."}}]})
    status: int = 200
    delay: float = 0.0
    requests: list[tuple[dict[str, str], dict[str, Any]]] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.Response:
        self.requests.append((dict(request.headers), await request.json()))
        await asyncio.sleep(self.delay)
        return web.json_response(self.reply, status=self.status)


@pytest.fixture
async def endpoint() -> AsyncIterator[tuple[FakeEndpoint, str]]:
    fake = FakeEndpoint()
    app = web.Application()
    app.router.add_post("/v1/chat/completions", fake.handle)
    async with serving(app) as url:
        yield fake, url + "/v1"


async def complete(url: str, timeout: float = 2.0) -> str:
    async with OpenAiCompatibleModel.client_for(url, "sk-test", timeout) as client:
        model = OpenAiCompatibleModel(client, model="coach-1", max_tokens=50)
        return await model.complete([{"role": "user", "content": "hello"}])


async def test_answer_and_request_shape(endpoint: tuple[FakeEndpoint, str]) -> None:
    fake, url = endpoint

    assert await complete(url) == "Hi."

    ((headers, body),) = fake.requests
    assert headers["Authorization"] == "Bearer sk-test"
    assert body["model"] == "coach-1" and body["max_tokens"] == 50
    assert body["messages"] == [{"role": "user", "content": "hello"}]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"status": 500}, "http 500"),
        ({"delay": 1.5}, "timeout"),
        ({"reply": {"choices": []}}, "ValueError"),
        ({"reply": {"choices": [{"message": {"content": None}}]}}, "ValueError"),
    ],
)
async def test_failures_become_model_unavailable(
    endpoint: tuple[FakeEndpoint, str], change: dict[str, Any], reason: str
) -> None:
    fake, url = endpoint
    for key, value in change.items():
        setattr(fake, key, value)

    with pytest.raises(ModelUnavailable, match=reason):
        await complete(url, timeout=0.5)


async def test_amora_chat_with_the_llm_engine(
    endpoint: tuple[FakeEndpoint, str], tmp_path: Path
) -> None:
    fake, url = endpoint
    fake.reply = {"choices": [{"message": {"content": "Money fights are often about safety."}}]}
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMORA_")}
    env.update(
        AMORA_DATABASE__URL=f"sqlite:///{tmp_path / 'amora.db'}",
        AMORA_COACH__ENGINE="llm",
        AMORA_LLM__BASE_URL=url,
        AMORA_LLM__MODEL="coach-1",
        AMORA_LLM__API_KEY="sk-test",
    )
    script = Path(sys.executable).with_name("amora")
    process = await asyncio.create_subprocess_exec(
        str(script),
        "chat",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=tmp_path,
        env=env,
    )
    out, err = await asyncio.wait_for(
        process.communicate(b"We fight about money all the time.\ni want to die\n"), 60
    )

    assert process.returncode == 0, err.decode()
    text = out.decode()
    assert "amora> Money fights are often about safety." in text
    assert "findahelpline.com" in text
    assert len(fake.requests) == 1  # the crisis message never reached the model
    assert json.dumps(fake.requests[0][1]).count("We fight about money") == 1
