"""The awkward texts through the real stores: kept as written (or as close as a store can)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from core.app import Amora
from core.domain import Address, PlatformUser
from core.engine.analyser import Analyser
from core.engine.blocks import BlockLibrary
from core.incoming import LOCALE_LIMIT, NAME_LIMIT, Incoming
from core.settings import CoreSettings
from storage.uow import unit_of_work_factory
from tests.fakes import FakeClock, RecordingMessenger
from tests.properties.inputs import BIDI, CONTROLS, EMOJI, HUGE, RTL_WORDS
from tests.storage.conftest import empty_engine, engine, postgres_skip_reason

__all__ = ["empty_engine", "engine", "postgres_skip_reason"]  # the storage tests' fixtures

KEPT = {
    "control characters": "We argue" + CONTROLS.replace("\x00", "") + "about chores",
    "right to left": " ".join(RTL_WORDS) + BIDI,
    "emoji only": "".join(EMOJI),
    "huge": ("We argue about chores and I feel unheard. " * 2400)[:HUGE],
}
REPLACED = {  # what no store can keep becomes U+FFFD
    "a NUL": ("I feel\x00 alone", "I feel\ufffd alone"),
    "lone surrogates": (
        "bytes \udcff\udcfe from a terminal \ud800",
        "bytes \ufffd\ufffd from a terminal \ufffd",
    ),
}


@pytest.fixture
def amora(engine: AsyncEngine, analyser: Analyser, library: BlockLibrary) -> Amora:
    clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    return Amora(
        unit_of_work_factory(engine),
        clock,
        RecordingMessenger(),
        CoreSettings(seed=3),
        analyser=analyser,
        library=library,
    )


async def test_awkward_texts_names_and_locales_are_stored_and_exported(amora: Amora) -> None:
    sam = PlatformUser("telegram", "100")
    sent = [*((t, t) for t in KEPT.values()), *REPLACED.values()]
    name, locale = "S\x00am " + "ü" * 300, "x" * 100

    for number, (text, _) in enumerate(sent):
        incoming = Incoming(
            sam,
            Address("telegram", "100"),
            text,
            display_name=name,
            locale=locale,
            platform_message_id=str(number),
        )
        reply = await amora.message(incoming)
        assert reply is not None and reply.text.strip()
    exported = await amora.export(sam)
    shown = await amora.message(Incoming(sam, Address("telegram", "100"), "/export"))

    assert exported is not None and shown is not None
    said = [m["text"] for m in exported["messages"] if m["role"] == "user"]
    assert said == [kept for _, kept in sent]
    assert json.loads(shown.attachments[0].data)["messages"] == exported["messages"]
    assert exported["user"]["display_name"] == ("S\ufffdam " + "ü" * 300)[:NAME_LIMIT]
    assert exported["user"]["locale"] == "x" * LOCALE_LIMIT
