"""The inbox holds an update once, gives back the oldest first, and forgets it on release."""

from __future__ import annotations

from tests.storage.builders import NOW
from tests.storage.conftest import UowFactory

PAYLOAD = '{"update_id": 900000000001, "message": {"text": "ünïcode 💬 and \\u0000"}}'


async def test_hold_keeps_the_first_payload_and_held_comes_back_in_update_order(
    uow_factory: UowFactory,
) -> None:
    big = 900_000_000_001  # Telegram update ids outgrow 32 bits
    async with uow_factory() as uow:
        await uow.inbox.hold("telegram", [(big, PAYLOAD), (5, "five")], NOW)
        await uow.inbox.hold("telegram", [(big, "a redelivery"), (5, "again")], NOW)
        await uow.inbox.hold("discord", [(5, "another platform")], NOW)
        await uow.inbox.hold("discord", [], NOW)
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.inbox.held("telegram", 10) == [(5, "five"), (big, PAYLOAD)]
        assert await uow.inbox.held("telegram", 1) == [(5, "five")]
        assert await uow.inbox.held("discord", 10) == [(5, "another platform")]


async def test_release_forgets_only_that_update(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        await uow.inbox.hold("telegram", [(n, str(n)) for n in (1, 2, 3)], NOW)
        await uow.commit()
    async with uow_factory() as uow:
        await uow.inbox.release("telegram", 2)
        await uow.inbox.release("telegram", 404)  # never held: nothing happens
        await uow.inbox.release("discord", 1)
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.inbox.held("telegram", 10) == [(1, "1"), (3, "3")]


async def test_nothing_is_held_without_commit(uow_factory: UowFactory) -> None:
    async with uow_factory() as uow:
        await uow.inbox.hold("telegram", [(1, "one")], NOW)
    async with uow_factory() as uow:
        assert await uow.inbox.held("telegram", 10) == []
