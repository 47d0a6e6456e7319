"""The fake Discord's REST API: the routes discord.py calls for Amora, and nothing else.

A route not listed here is recorded in `FakeDiscord.unknown` and answered 404, and the test
that made the bot call it fails.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from aiohttp import BodyPartReader, web

from tests.e2e.discord.world import EPHEMERAL, Json

if TYPE_CHECKING:
    from tests.e2e.discord.fake import FakeDiscord

API = "/api/v10"


def reply(data: Any, status: int = 200) -> web.Response:
    """JSON with exactly `application/json`: discord.py parses nothing else (http.json_or_text)."""
    if data is None:
        return web.Response(status=204)
    body = json.dumps(data).encode()
    return web.Response(status=status, body=body, headers={"Content-Type": "application/json"})


def error(status: int, code: int, message: str) -> web.Response:
    """A Discord error body: its JSON code is what discord.py puts in HTTPException.code."""
    return reply({"code": code, "message": message}, status)


async def read_body(request: web.Request) -> tuple[Json, list[tuple[str, bytes]]]:
    """The JSON payload of a request, and its files when it is multipart (payload_json)."""
    if request.content_type.startswith("multipart/"):
        payload: Json = {}
        files: list[tuple[str, bytes]] = []
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            assert isinstance(part, BodyPartReader)
            data = await part.read()
            if part.name == "payload_json":
                payload = json.loads(data)
            else:
                files.append((part.filename or "file", bytes(data)))
        return payload, files
    if request.can_read_body:
        return await request.json(), []
    return {}, []


def routes(fake: FakeDiscord) -> web.Application:
    """The aiohttp application: REST under /api/v10, the gateway at /gateway."""
    app = web.Application(middlewares=[fake.faults.middleware])
    h = Handlers(fake)
    table = [
        ("GET", "/users/@me", h.me),
        ("GET", "/oauth2/applications/@me", h.application),
        ("PUT", "/applications/{app}/commands", h.commands),
        ("PUT", "/applications/{app}/guilds/{guild}/commands", h.commands),
        ("POST", "/channels/{channel}/messages", h.post_message),
        ("POST", "/channels/{channel}/typing", h.typing),
        ("POST", "/channels/{channel}/threads", h.create_thread),
        ("PUT", "/channels/{channel}/thread-members/{user}", h.join_thread),
        ("GET", "/channels/{channel}", h.get_channel),
        ("POST", "/users/@me/channels", h.open_dm),
        ("POST", "/interactions/{id}/{token}/callback", h.callback),
        ("POST", "/webhooks/{app}/{token}", h.followup),
        ("GET", "/webhooks/{app}/{token}/messages/@original", h.original),
        ("PATCH", "/webhooks/{app}/{token}/messages/@original", h.original),
        ("DELETE", "/webhooks/{app}/{token}/messages/@original", h.original),
    ]
    for method, path, handler in table:
        app.router.add_route(method, API + path, handler)
    app.router.add_get("/gateway", fake.gateway.connect)
    app.router.add_route("*", "/{tail:.*}", h.unknown)
    return app


class Handlers:
    """One method per route; state lives in the FakeDiscord."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.world = fake.world

    async def me(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bot {self.fake.token}":
            return error(401, 0, "401: Unauthorized")
        return reply(self.world.bot.payload() | {"verified": True, "mfa_enabled": False})

    async def application(self, request: web.Request) -> web.Response:
        return reply(
            {
                "id": str(self.world.app_id),
                "name": "Amora",
                "icon": None,
                "description": "A relationship coach",
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": {"id": "1", "username": "owner", "discriminator": "0", "avatar": None},
                "verify_key": "0" * 64,
                "team": None,
                "flags": 0,
                "interactions_endpoint_url": None,
            }
        )

    async def commands(self, request: web.Request) -> web.Response:
        guild = request.match_info.get("guild")
        body = await request.json()
        stored = [
            command
            | {
                "id": str(self.world.snowflake()),
                "application_id": str(self.world.app_id),
                "version": "1",
                "type": command.get("type", 1),
                "default_member_permissions": None,
                "nsfw": False,
            }
            | ({"guild_id": guild} if guild else {})
            for command in body
        ]
        self.fake.record_commands(int(guild) if guild else None, stored)
        return reply(stored)

    async def post_message(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel"])
        channel = self.world.channels.get(channel_id)
        if channel is None:
            return error(404, 10003, "Unknown Channel")
        if channel["type"] == 1 and int(channel["recipients"][0]["id"]) in self.fake.closed_dms:
            return error(403, 50007, "Cannot send messages to this user")
        payload, files = await read_body(request)
        message = self.fake.bot_message(channel_id, payload, files)
        await self.fake.gateway.dispatch("MESSAGE_CREATE", message)
        return reply(message)

    async def typing(self, request: web.Request) -> web.Response:
        self.fake.note_typing(int(request.match_info["channel"]))
        return reply(None)

    async def create_thread(self, request: web.Request) -> web.Response:
        parent = int(request.match_info["channel"])
        body = await request.json()
        if self.fake.private_threads_forbidden and body.get("type") == 12:
            return error(403, 50013, "Missing Permissions")
        thread = self.world.thread(parent, body["name"], body.get("type", 11), self.world.app_id)
        self.fake.record_thread(thread)
        await self.fake.gateway.dispatch("THREAD_CREATE", thread | {"newly_created": True})
        return reply(thread, 201)

    async def join_thread(self, request: web.Request) -> web.Response:
        thread, user = int(request.match_info["channel"]), int(request.match_info["user"])
        self.fake.record_thread_member(thread, user)
        return reply(None)

    async def get_channel(self, request: web.Request) -> web.Response:
        channel = self.world.channels.get(int(request.match_info["channel"]))
        return reply(channel) if channel is not None else error(404, 10003, "Unknown Channel")

    async def open_dm(self, request: web.Request) -> web.Response:
        body = await request.json()
        return reply(self.fake.open_dm(int(body["recipient_id"])))

    async def callback(self, request: web.Request) -> web.Response:
        interaction = self.fake.interactions.get(int(request.match_info["id"]))
        if interaction is None or interaction.token != request.match_info["token"]:
            return error(404, 10062, "Unknown interaction")
        if interaction.callback is not None:
            return error(400, 40060, "Interaction has already been acknowledged.")
        body, files = await read_body(request)
        message = self.fake.interactions.answer(interaction, body, files)
        answer: Json = {
            "interaction": {
                "id": str(interaction.id),
                "type": interaction.kind,
                "response_message_id": message["id"] if message else None,
                "response_message_loading": body["type"] == 5,
                "response_message_ephemeral": bool(message and message["flags"] & EPHEMERAL),
            },
            "resource": {"type": body["type"]} | ({"message": message} if message else {}),
        }
        return reply(answer)

    async def followup(self, request: web.Request) -> web.Response:
        interaction = self.fake.interactions.by_token(request.match_info["token"])
        if interaction is None:
            return error(404, 10015, "Unknown Webhook")
        payload, files = await read_body(request)
        message = self.fake.interactions.follow_up(interaction, payload, files)
        wait = request.query.get("wait", "").lower() in ("1", "true")
        return reply(message if wait else None)

    async def original(self, request: web.Request) -> web.Response:
        interaction = self.fake.interactions.by_token(request.match_info["token"])
        if interaction is None or interaction.original is None:
            return error(404, 10008, "Unknown Message")
        if request.method == "DELETE":
            self.fake.interactions.delete_original(interaction)
            return reply(None)
        if request.method == "PATCH":
            payload, files = await read_body(request)
            self.fake.interactions.edit_original(interaction, payload, files)
        return reply(interaction.original)

    async def unknown(self, request: web.Request) -> web.Response:
        self.fake.record_unknown(f"{request.method} {re.sub(r'[0-9]{6,}', '{id}', request.path)}")
        return error(404, 0, "404: Not Found (no such route in the fake Discord)")
