"""Button action ids: what the core issues fits the platforms; nothing else is accepted."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.actions import MAX_ACTION_BYTES, decode, encode
from core.domain.errors import InvalidAction


def test_round_trip() -> None:
    action = decode(encode("fb", "like", 42))

    assert (action.feature, action.verb, action.args) == ("fb", "like", (42,))


def test_largest_ids_fit_telegram_callback_data() -> None:
    assert len(encode("pv", "forget", 10**17, 10**17).encode()) <= MAX_ACTION_BYTES


@given(st.text(max_size=120))
def test_anything_else_is_refused_or_valid(data: str) -> None:
    try:
        action = decode(data)
    except InvalidAction:
        return
    assert encode(action.feature, action.verb, *action.args) == data


@pytest.mark.parametrize(
    "data", ["fb:like", "fb:like:", "fb:like:1a", "FB:like:1", "fb:like:１", "fb:like:-1"]
)
def test_malformed(data: str) -> None:
    with pytest.raises(InvalidAction):
        decode(data)
