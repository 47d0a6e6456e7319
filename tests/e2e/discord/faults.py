"""Errors the fake Discord answers on cue, and its own failures (which fail the test)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.e2e.discord.rest import reply


def rate_limited(seconds: float) -> web.Response:
    """Discord's 429 asking to retry after `seconds`."""
    body = {"message": "You are being rate limited.", "retry_after": seconds, "global": False}
    response = reply(body, 429)
    response.headers["Via"] = "1.1 google"  # without it discord.py takes it for Cloudflare's
    return response


@dataclass
class Fault:
    """An error to answer instead of a route's normal response, `left` more times."""

    method: str
    path: re.Pattern[str]
    respond: Callable[[], web.Response]
    left: int


class Faults:
    """Injected errors, and the fake's own failures (which fail the test)."""

    def __init__(self) -> None:
        self.broken: list[str] = []
        self.rules: list[Fault] = []

    def add(self, method: str, path: str, respond: Callable[[], web.Response], times: int) -> Fault:
        """Answers `times` requests matching method and path regex with `respond()`."""
        fault = Fault(method, re.compile(path), respond, times)
        self.rules.append(fault)
        return fault

    @web.middleware
    async def middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Applies the first matching fault that has uses left, else the route."""
        for fault in self.rules:
            if request.method == fault.method and fault.path.search(request.path) and fault.left:
                fault.left -= 1
                return fault.respond()
        try:
            response: web.StreamResponse = await handler(request)
        except web.HTTPException:
            raise
        except Exception as error:  # a fake that breaks must fail the test, not answer 500
            self.broken.append(f"{request.method} {request.path}: {error!r}")
            raise
        return response
