"""Button action ids ("feature:verb:arg"): issued by the core, validated when pressed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.domain.errors import InvalidAction

MAX_ACTION_BYTES = 64
"""Telegram's callback data limit; Discord's custom ids allow 100 characters."""

VERBS: dict[str, frozenset[str]] = {
    "fb": frozenset({"like", "dislike", "regen"}),
    "ss": frozenset({"switch", "pause", "resume", "complete"}),
    "pv": frozenset({"forget"}),
}
_SHAPE = re.compile(r"(?P<feature>[a-z]{2}):(?P<verb>[a-z]{1,10})((?::[0-9]{1,18}){1,2})")


@dataclass(frozen=True, slots=True)
class Action:
    """A decoded button action; `args` are the positive integers it carries."""

    feature: str
    verb: str
    args: tuple[int, ...]

    @property
    def target(self) -> int:
        """The id the action is about (a message, a session or a person)."""
        return self.args[0]


def encode(feature: str, verb: str, *args: int) -> str:
    """The action id for a button."""
    data = ":".join([feature, verb, *(str(a) for a in args)])
    if verb not in VERBS.get(feature, ()) or len(data.encode()) > MAX_ACTION_BYTES:
        raise ValueError(f"not an action: {data!r}")
    return data


def decode(data: str) -> Action:
    """Parses an action id sent back by a client; anything not issued by us is refused."""
    # Every id the core issues is ASCII; anything else (a lone surrogate included) is not ours.
    fits = data.isascii() and len(data) <= MAX_ACTION_BYTES
    match = _SHAPE.fullmatch(data) if fits else None
    if match is None or match["verb"] not in VERBS.get(match["feature"], ()):
        raise InvalidAction()
    args = tuple(int(a) for a in match.group(3).split(":")[1:])
    return Action(match["feature"], match["verb"], args)
