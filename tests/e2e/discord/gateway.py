"""The fake Discord's gateway: HELLO, IDENTIFY, READY + GUILD_CREATE, heartbeats, dispatches.

Frames go out as JSON text, which discord.py reads as is even though it asks for
zlib-stream compression (discord/gateway.py `received_message` inflates bytes only).
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from tests.e2e.discord.fake import FakeDiscord

HEARTBEAT_MS = 1500
"""Short, so that heartbeats and their ACKs happen within a test."""
MESSAGE_CONTENT = 1 << 15
"""The privileged intent; Discord closes with 4014 if the portal did not enable it."""
DISALLOWED_INTENTS = 4014


class Gateway:
    """One bot connection at a time; events are dispatched to the latest one."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.socket: web.WebSocketResponse | None = None
        self.sequence = 0
        self.intents: int | None = None
        self.heartbeats = 0

    async def connect(self, request: web.Request) -> web.WebSocketResponse:
        """A bot opens the gateway: HELLO, then answers to what it sends until it leaves."""
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_json({"op": 10, "d": {"heartbeat_interval": HEARTBEAT_MS}})
        async for frame in socket:
            if frame.type is not WSMsgType.TEXT:
                continue
            payload = json.loads(frame.data)
            if payload["op"] == 2:
                await self._identify(socket, payload["d"], request)
            elif payload["op"] == 1:
                self.heartbeats += 1
                await socket.send_json({"op": 11})
            elif payload["op"] == 6:
                self.socket = socket
                await self.dispatch("RESUMED", {})
        if self.socket is socket:
            self.socket = None
            self.fake.note_gateway(connected=False)
        return socket

    async def _identify(
        self, socket: web.WebSocketResponse, data: Any, request: web.Request
    ) -> None:
        self.intents = int(data.get("intents", 0))
        if self.intents & MESSAGE_CONTENT and not self.fake.message_content_allowed:
            await socket.close(code=DISALLOWED_INTENTS, message=b"Disallowed intent(s).")
            return
        self.socket, self.sequence = socket, 0
        world = self.fake.world
        await self.dispatch(
            "READY",
            {
                "v": 10,
                "user": world.bot.payload() | {"verified": True, "mfa_enabled": False},
                "guilds": [{"id": str(world.guild_id), "unavailable": True}],
                "session_id": uuid.uuid4().hex,
                "resume_gateway_url": f"ws://{request.host}/gateway",
                "application": {"id": str(world.app_id), "flags": 0},
                "private_channels": [],
                "relationships": [],
            },
        )
        await self.dispatch("GUILD_CREATE", world.guild_create())
        self.fake.note_gateway(connected=True)

    async def dispatch(self, event: str, data: Any) -> None:
        """Sends an event to the connected bot (dropped when none is connected)."""
        if self.socket is None or self.socket.closed:
            return
        self.sequence += 1
        frame = {"op": 0, "t": event, "s": self.sequence, "d": data}
        await self.socket.send_str(json.dumps(frame))
