"""Updates are held in the inbox before Telegram can consider them delivered."""

from __future__ import annotations

import json
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

from adapters.telegram.inbox import DurableUpdateQueue, HoldingUpdates
from core.app import Amora
from tests.adapters.telegram.conftest import message_update
from tests.fakes import InMemoryStore

URL = "https://api.telegram.org/bot1:x/getUpdates"


class CannedTransport(BaseRequest):
    """Answers every request with one status and body, as the Bot API would."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        self.status, self.body = status, json.dumps(body).encode()

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(self, url: str, method: str, *_: Any, **__: Any) -> tuple[int, bytes]:
        return self.status, self.body


def batch(*updates: Update) -> dict[str, Any]:
    return {"ok": True, "result": [u.to_dict() for u in updates]}


async def test_a_polled_batch_is_held_in_one_write_before_it_is_read(
    amora: Amora, store: InMemoryStore
) -> None:
    updates = [message_update(42, f"message {n}") for n in range(3)]
    queue = DurableUpdateQueue(amora)
    transport = HoldingUpdates(CannedTransport(200, batch(*updates)), queue)

    status, body = await transport.do_request(URL, "POST", RequestData())

    assert status == 200 and json.loads(body) == batch(*updates)
    assert store.commits == 1
    held = sorted(store.inbox.items())
    assert [update_id for (_, update_id), _ in held] == [u.update_id for u in updates]
    payloads = [json.loads(payload) for _, (payload, _) in held]
    assert [Update.de_json(p, None) for p in payloads] == updates
    for update in updates:  # python-telegram-bot queues them: nothing is held twice
        await queue.put(update)
    assert store.commits == 1 and queue.qsize() == 3


async def test_an_update_not_polled_is_held_as_it_is_queued(
    amora: Amora, store: InMemoryStore
) -> None:
    queue = DurableUpdateQueue(amora)
    update = message_update(42, "through the webhook")

    await queue.put(update)

    ((key, (payload, _)),) = store.inbox.items()
    assert key == ("telegram", update.update_id)
    assert Update.de_json(json.loads(payload), None) == update
    assert await queue.get() is update


async def test_an_error_answer_holds_nothing_and_passes_through(
    amora: Amora, store: InMemoryStore
) -> None:
    conflict = {"ok": False, "error_code": 409, "description": "Conflict: terminated by other"}
    transport = HoldingUpdates(CannedTransport(409, conflict), DurableUpdateQueue(amora))

    status, body = await transport.do_request(URL, "POST", RequestData())

    assert (status, json.loads(body)) == (409, conflict)
    assert store.inbox == {} and store.commits == 0


async def test_released_updates_are_not_replayed(amora: Amora, store: InMemoryStore) -> None:
    first, second = message_update(42, "one"), message_update(42, "two")
    queue = DurableUpdateQueue(amora)
    await HoldingUpdates(CannedTransport(200, batch(first, second)), queue).do_request(
        URL, "POST", RequestData()
    )

    await queue.handled(first)

    assert [update_id for _, update_id in store.inbox] == [second.update_id]
