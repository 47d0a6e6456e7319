"""The Bot API over aiohttp: python-telegram-bot's requests, at a fraction of httpx's cost.

python-telegram-bot sends through httpx by default. Under load its pure-Python HTTP stack
(httpx, httpcore, anyio, h11) was a third of the bot's CPU time, two thirds of it for each
request's own bookkeeping; aiohttp parses HTTP in C and is already installed for discord.py.
The library lets any `BaseRequest` carry its requests, so this one does, with the same
timeouts and the same errors (TimedOut, NetworkError) as the httpx one.
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import orjson
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.request import BaseRequest, RequestData

DEFAULT_POOL_SIZE = 256
"""Connections to the Bot API at most, as many as python-telegram-bot's ApplicationBuilder."""
NOT_GIVEN: Any = BaseRequest.DEFAULT_NONE
"""python-telegram-bot's "not given" for a timeout: the default of every `do_request` timeout."""
_DEFAULT = type(BaseRequest.DEFAULT_NONE)
"""python-telegram-bot's marker for "not given" (a DefaultValue), as its own transport checks it."""
_JSON = {"Content-Type": "application/json"}


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` on one aiohttp session (opened in `initialize`, closed in `shutdown`).

    Timeouts are python-telegram-bot's, in seconds: `connect` covers waiting for a free
    connection (its pool timeout) and opening one; `read` the wait for each piece of the
    answer; `write` is added to the whole request's limit when it uploads files, which can
    take long (aiohttp has no timeout for writing alone).
    """

    def __init__(
        self,
        *,
        connection_pool_size: int = DEFAULT_POOL_SIZE,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._timeouts = {
            "read": read_timeout,
            "write": write_timeout,
            "connect": connect_timeout,
            "pool": pool_timeout,
        }
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """The read timeout when a call names none (python-telegram-bot adds it to long polls)."""
        return self._timeouts["read"]

    async def initialize(self) -> None:
        """Opens the session; twice is harmless."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size, limit_per_host=0),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        """Closes the session and its connections; twice is harmless."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: float | None = NOT_GIVEN,
        write_timeout: float | None = NOT_GIVEN,
        connect_timeout: float | None = NOT_GIVEN,
        pool_timeout: float | None = NOT_GIVEN,
    ) -> tuple[int, bytes]:
        """Sends one request; the status code and the body."""
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        files = request_data.multipart_data if request_data is not None else None
        read = self._given(read_timeout, "read")
        write = self._given(write_timeout, "write")
        if files and isinstance(write_timeout, _DEFAULT):
            write = self._media_write_timeout
        waiting = _sum(self._given(pool_timeout, "pool"), self._given(connect_timeout, "connect"))
        timeout = aiohttp.ClientTimeout(
            total=_sum(waiting, write, read) if files else None,
            connect=waiting,
            sock_read=read,
        )
        body: Any = None
        headers = None
        if files:
            body = _form(request_data.json_parameters, files)  # type: ignore[union-attr]
        elif request_data is not None and request_data.parameters:
            # One JSON document, which the Bot API takes as readily as a form and which costs
            # far less to make than quoting every value of a form.
            body, headers = orjson.dumps(request_data.parameters), _JSON
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as answer:
                return answer.status, await answer.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        """An answer's JSON, parsed in C; one with broken UTF-8 as python-telegram-bot would
        (replacing what cannot be read). Unlike the library, it does not log the payload,
        which may hold people's words."""
        try:
            return orjson.loads(payload)  # type: ignore[no-any-return]
        except orjson.JSONDecodeError:
            pass
        try:
            return json.loads(payload.decode("utf-8", "replace"))  # type: ignore[no-any-return]
        except ValueError as error:
            raise TelegramError("Invalid server response") from error

    def _given(self, value: float | None, name: str) -> float | None:
        return self._timeouts[name] if isinstance(value, _DEFAULT) else value


def _sum(*parts: float | None) -> float | None:
    """The parts added up; None (no limit) if any part has none."""
    return None if any(part is None for part in parts) else sum(p for p in parts if p)


def _form(fields: dict[str, str], files: dict[str, Any]) -> aiohttp.FormData:
    """A multipart body: the parameters, then each file as (filename, content, mime type)."""
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, part in files.items():
        if isinstance(part, tuple):
            filename, content, mime = part
            form.add_field(name, content, filename=filename, content_type=mime)
        else:
            form.add_field(name, part)
    return form
