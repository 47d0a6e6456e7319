"""Negation: whether a "not", "never" or "don't" governs the words that follow it.

Shared by the safety check (a denial cancels only the phrase it governs) and the topic reader.
"""

from __future__ import annotations

import re

from core.engine.lexicon.phrases import words

_NEGATORS = words("not never no nor without cannot hardly neither stopped quit") | {
    f"{stem}{apostrophe}t"
    for stem in words("don doesn didn isn aren wasn weren won wouldn can couldn shouldn haven hasn")
    | {"hadn", "ain", "mustn"}
    for apostrophe in ("'", "")
}
_PLAIN_WORD = re.compile(r"[\w'-]+")
# The only words that may stand between a negator and a safety phrase for it to count as a
# denial: "I'm not really suicidal", "I've never tried or contemplated suicide", "I'm not being
# abused". Anything else ends the negator's reach: "I can't stop thinking about killing myself",
# "I don't know why I want to die". A missed denial costs a gentle crisis reply; a wrongly
# accepted one could cost a life, so the list is short.
DENIAL_GAP = words(
    "really ever even actually at all currently honestly seriously remotely particularly "
    "exactly feel feeling felt am be being been have had has i i'm im that tried or and the a "
    "any so very like about of thinking considering"
)


def is_negated(
    text: str,
    start: int,
    max_gap: int,
    *,
    breakers: frozenset[str] = frozenset(),
    allowed: frozenset[str] | None = None,
) -> bool:
    """Whether a negator governs the phrase at `start`: at most `max_gap` words before it, in
    the same clause, none of them a breaker and, if `allowed` is given, all of them allowed."""
    if start == 0 or text[start - 1] != " ":
        return False
    before = text[max(0, start - 80) : start - 1].split(" ")
    for word in reversed(before[-(max_gap + 1) :]):
        if word in _NEGATORS:
            return True
        if word in breakers or not _PLAIN_WORD.fullmatch(word):
            return False
        if allowed is not None and word not in allowed:
            return False
    return False
