"""The core on in-memory fakes, made fresh for every generated example (cheap: no I/O)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from core.app import Amora
from core.engine.analyser import Analyser
from core.engine.blocks import BlockLibrary
from core.settings import CoreSettings
from tests.fakes import FakeClock, InMemoryStore, RecordingMessenger, fake_uow_factory

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
Coach = Callable[[InMemoryStore], Amora]
Run = Callable[[Coroutine[Any, Any, Any]], Any]
EXAMPLES = settings(
    max_examples=2000,
    deadline=None,  # no timed assertions: a slow example is slow, not wrong
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
"""2,000 generated inputs for every entry point."""


def ran_every_example(check: Callable[[], None]) -> None:
    """Runs a Hypothesis test and shows it saw at least the 2,000 inputs it promises."""
    seen = 0
    inner = check.hypothesis.inner_test  # type: ignore[attr-defined]

    def counted(*args: Any, **kwargs: Any) -> None:
        nonlocal seen
        seen += 1
        inner(*args, **kwargs)

    check.hypothesis.inner_test = counted  # type: ignore[attr-defined]
    check()
    assert seen >= 2000, f"only {seen} generated inputs"


@pytest.fixture(scope="session")
def coach(analyser: Analyser, library: BlockLibrary) -> Coach:
    """Makes an Amora on a given store; the analyser and block library are shared."""

    def make(store: InMemoryStore) -> Amora:
        return Amora(
            fake_uow_factory(store),
            FakeClock(NOW),
            RecordingMessenger(),
            CoreSettings(seed=11, admins={"telegram": frozenset({"1"})}),
            analyser=analyser,
            library=library,
        )

    return make


@pytest.fixture
def run() -> Iterator[Run]:
    """Runs coroutines on one event loop for the whole test, every generated example included.

    Hypothesis calls its test function synchronously, so each example awaits through this.
    """
    with asyncio.Runner() as runner:
        yield runner.run
