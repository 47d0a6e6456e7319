"""Any OpenAI-compatible `/chat/completions` endpoint: a local server or a hosted one."""

from __future__ import annotations

import logging
from typing import Any

import httpx

from core.ports import ModelUnavailable

logger = logging.getLogger(__name__)


class OpenAiCompatibleModel:
    """Implements `core.ports.ChatModel` over HTTP; every failure becomes ModelUnavailable."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        model: str,
        max_tokens: int = 400,
        temperature: float = 0.7,
    ) -> None:
        self.client = client
        self.model = model
        self.max_tokens = max_tokens
        self.temperature = temperature

    @staticmethod
    def client_for(base_url: str, api_key: str | None, timeout_seconds: float) -> httpx.AsyncClient:
        """An HTTP client for the endpoint; `base_url` ends before `/chat/completions`."""
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        return httpx.AsyncClient(
            base_url=base_url.rstrip("/") + "/", headers=headers, timeout=timeout_seconds
        )

    async def complete(self, messages: list[dict[str, str]]) -> str:
        """The first choice's text."""
        payload = {
            "model": self.model,
            "messages": messages,
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
        }
        try:
            response = await self.client.post("chat/completions", json=payload)
            response.raise_for_status()
            return _content(response.json())
        except httpx.TimeoutException as error:
            raise ModelUnavailable("timeout") from error
        except httpx.HTTPStatusError as error:
            raise ModelUnavailable(f"http {error.response.status_code}") from error
        except (httpx.HTTPError, ValueError) as error:
            raise ModelUnavailable(type(error).__name__) from error


def _content(body: Any) -> str:
    """choices[0].message.content, refusing any other shape."""
    try:
        content = body["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as error:
        raise ValueError("unexpected response shape") from error
    if not isinstance(content, str):
        raise ValueError("unexpected response shape")
    return content
