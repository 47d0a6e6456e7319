"""Fixtures every test package shares: the real content library and analyser, an empty store."""

from __future__ import annotations

import pytest

from core.engine.analyser import Analyser
from core.engine.blocks import BlockLibrary
from tests.fakes import InMemoryStore


@pytest.fixture(scope="session")
def library() -> BlockLibrary:
    """The authored blocks, loaded once per test run."""
    return BlockLibrary.load()


@pytest.fixture(scope="session")
def analyser() -> Analyser:
    """The analyser; building it takes a few seconds, so once per test run."""
    return Analyser()


@pytest.fixture
def store() -> InMemoryStore:
    """An empty in-memory store behind the fake unit of work."""
    return InMemoryStore()
