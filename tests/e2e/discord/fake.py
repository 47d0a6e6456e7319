"""A fake Discord for the end-to-end tests: REST and gateway on a thread of their own.

The tests are plain functions; they act through `Person` (people.py) and wait here, on a
condition the server's handlers notify whenever something changes.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from aiohttp import web

from tests.e2e.discord.faults import Fault, Faults, rate_limited
from tests.e2e.discord.gateway import Gateway
from tests.e2e.discord.interactions import Interaction, Interactions
from tests.e2e.discord.rest import routes
from tests.e2e.discord.world import Account, Json, World

T = TypeVar("T")
Files = list[tuple[str, bytes]]
WAIT_SECONDS = 15.0


class FakeDiscord:
    """Discord's REST API and gateway, as far as Amora uses them, with everything recorded."""

    def __init__(self) -> None:
        self.world = World()
        self.token = "e2e.discord.token"
        self.gateway = Gateway(self)
        self.faults = Faults()
        self.changed = threading.Condition()
        self.unknown: list[str] = []
        self.commands: dict[int | None, list[Json]] = {}
        self.messages: dict[int, Json] = {}
        self.files: dict[int, Files] = {}
        self.bodies: dict[int, Json] = {}
        """What the bot sent for each of its messages (allowed_mentions, flags...)."""
        self.typing: list[int] = []
        self.thread_members: set[tuple[int, int]] = set()
        self.interactions = Interactions(self)
        self.dm_opened: list[int] = []
        self.accounts: dict[int, Account] = {}
        self.closed_dms: set[int] = set()
        self.private_threads_forbidden = False
        self.message_content_allowed = True
        self.connections = 0
        self.connected = False
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- life -------------------------------------------------------------------------

    def start(self) -> None:
        """Serves on a free port of 127.0.0.1."""
        self._thread.start()
        self.run(self._serve())

    async def _serve(self) -> None:
        self._runner = web.AppRunner(routes(self))
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    def stop(self) -> None:
        """Closes the server and its thread."""
        if self._runner is not None:
            self.run(self._runner.cleanup())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def run(self, work: Coroutine[Any, Any, T]) -> T:
        """Runs a coroutine on the fake's loop and returns its result."""
        return asyncio.run_coroutine_threadsafe(work, self._loop).result(WAIT_SECONDS)

    def wait(self, ready: Callable[[], T], what: str, timeout: float = WAIT_SECONDS) -> T:
        """Waits until `ready()` is truthy and returns it; fails the test naming `what`."""
        with self.changed:
            result = self.changed.wait_for(ready, timeout)
        assert result, f"timed out waiting for {what}"
        return result

    def _changed(self) -> None:
        with self.changed:
            self.changed.notify_all()

    # --- what the REST handlers and the gateway record ----------------------------------

    def note_gateway(self, *, connected: bool) -> None:
        with self.changed:
            self.connected = connected
            self.connections += connected
            self.changed.notify_all()

    def record_unknown(self, call: str) -> None:
        with self.changed:
            self.unknown.append(call)
            self.changed.notify_all()

    def record_commands(self, guild: int | None, commands: list[Json]) -> None:
        with self.changed:
            self.commands[guild] = commands
            self.changed.notify_all()

    def note_typing(self, channel_id: int) -> None:
        with self.changed:
            self.typing.append(channel_id)
            self.changed.notify_all()

    def record_thread(self, thread: Json) -> None:
        self._changed()

    def record_thread_member(self, thread_id: int, user_id: int) -> None:
        with self.changed:
            self.thread_members.add((thread_id, user_id))
            self.changed.notify_all()

    def open_dm(self, user_id: int) -> Json:
        with self.changed:
            self.dm_opened.append(user_id)
            account = self.accounts.get(user_id) or Account(user_id, f"user{user_id}")
            return self.world.dm_channel(account)

    def store(self, message: Json, files: list[tuple[str, bytes]] | None = None) -> Json:
        """Keeps a message (a person's or the bot's) and its uploaded files."""
        with self.changed:
            self.messages[int(message["id"])] = message
            if files:
                self.files[int(message["id"])] = files
            self.changed.notify_all()
        return message

    def bot_message(self, channel_id: int, body: Json, files: Files) -> Json:
        """A message the bot posted, as Discord would store it."""
        attachments = [
            {
                "id": str(self.world.snowflake()),
                "filename": name,
                "size": len(data),
                "url": f"https://cdn.discordapp.com/attachments/{channel_id}/{name}",
                "proxy_url": f"https://media.discordapp.net/attachments/{channel_id}/{name}",
            }
            for name, data in files
        ]
        extra: Json = {
            "components": body.get("components", []),
            "attachments": attachments,
            "flags": body.get("flags", 0),
        }
        if "message_reference" in body:  # Discord answers with snowflakes as strings
            reference = body["message_reference"]
            extra["message_reference"] = {
                k: str(v) if k.endswith("_id") else v for k, v in reference.items()
            }
        message = self.world.message(channel_id, self.world.bot, body.get("content", ""), **extra)
        self.bodies[int(message["id"])] = body
        return self.store(message, files)

    def bot_messages(self, channel_id: int) -> list[Json]:
        """What the bot posted in a channel, oldest first."""
        with self.changed:
            return [
                m
                for m in self.messages.values()
                if int(m["channel_id"]) == channel_id
                and m["author"]["id"] == str(self.world.app_id)
            ]

    def reply_in(self, channel_id: int, seen: int) -> Json:
        """Waits for the bot's next message in a channel, after `seen` earlier ones."""
        fresh = self.wait(lambda: self.bot_messages(channel_id)[seen:], f"a reply in {channel_id}")
        return fresh[0]

    def delete_thread(self, thread_id: int) -> None:
        """Someone deleted a thread (THREAD_DELETE)."""
        thread = self.world.channels.pop(thread_id)
        event = {k: thread[k] for k in ("id", "guild_id", "parent_id", "type")}
        self.run(self.gateway.dispatch("THREAD_DELETE", event))

    def rate_limit(self, method: str, path: str, seconds: float, times: int = 1) -> Fault:
        """Answers matching requests with a 429 asking to retry after `seconds`."""
        return self.faults.add(method, path, lambda: rate_limited(seconds), times)

    def answer(self, interaction: Interaction) -> Json:
        """Waits for the first message answering an interaction."""
        return self.wait(interaction.answers, f"an answer to interaction {interaction.id}")[0]
