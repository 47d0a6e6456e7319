"""The danger net: harm from someone else, and goodbyes, read across neighbouring sentences.

Where the sentence net (`wide_net`) reads one sentence about the person, this net reads a window
of three neighbouring sentences, because danger is told in fragments: "he has the gun out again.
i'm in the bathroom. please". A window is a crisis when it holds a combination of families
(`danger_words.COMBINATIONS`). What keeps it from crying wolf:

- a word inside an idiom ("she's going to kill me when she sees the bill") or denied ("he would
  never hurt me") does not count;
- a window about a film, a book or a game does not count, and one about ordinary life (a kitchen,
  a hobby, a gift: `danger_words.CALM`) counts only when fear or a threat is in it too; a goodbye
  at the end of a chat, before a holiday or with a step forward (`FAREWELL_CALM`) is no farewell;
- a window told in the past ("he used to…", "years ago") is abuse that still hurts (concern),
  not an emergency.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.engine.lexicon.danger_words import (
    CALM,
    COMBINATIONS,
    FAMILIES,
    FAREWELL_CALM,
    FEAR_NOT,
    JOKING,
    NEGATION_PROOF,
    PAIRED_WITH_ITSELF,
    THREAT_NOT,
    WEAK_GOODBYES,
)
from core.engine.lexicon.phrases import trie_pattern

Span = tuple[int, int]
WINDOW = 3
"""Sentences read together."""

_SENTENCE = re.compile(r"[^.!?;\n]+")
_URGENT = frozenset({"fear", "threat", "trap"})
_WORDS_ONLY = frozenset({"actor", "said", "threat"})
_NOW_FOR_SURE = frozenset({"tonight", "right now", "just now", "minutes ago", "mins ago"})
"""Times that place a window's danger now, whatever else in it is told in the past."""
"""A threat in words alone, which a joke in its window takes back."""


class DangerNet:
    """Finds the danger net's reasons in a canonical text; build once, call often."""

    def __init__(
        self,
        idioms: Callable[[str, int, int], list[Span]],
        negated: Callable[[str, int], bool],
        media: re.Pattern[str],
        past: re.Pattern[str],
    ) -> None:
        self._family: dict[str, str] = {}
        for name, phrases in FAMILIES.items():
            for phrase in phrases:
                self._family.setdefault(phrase, name)
        # A phrase may open or close a quote ("texted 'watch your back'"), never sit inside a word.
        self._words = re.compile(
            rf"(?:(?<![\w'-])|(?<=(?<!\w)'))(?:{trie_pattern(self._family)})(?![\w-]|'\w)"
        )
        self._not_after = {"fear": re.compile(FEAR_NOT), "threat": re.compile(THREAT_NOT)}
        self._calm = re.compile(CALM)
        self._farewell_calm = re.compile(FAREWELL_CALM)
        self._joking = re.compile(JOKING)
        self._idioms, self._negated, self._media, self._past = idioms, negated, media, past

    def reasons(self, text: str) -> list[tuple[str, bool]]:
        """Each reason found, with whether its window is told in the past."""
        sentences = [m.span() for m in _SENTENCE.finditer(text) if m.group().strip()]
        families = [self._families(text, left, right) for left, right in sentences]
        found: dict[str, bool] = {}
        for first in range(len(sentences)):
            last = min(first + WINDOW, len(sentences))
            present: dict[str, set[str]] = {}
            for index in range(first, last):
                for family, phrases in families[index].items():
                    present.setdefault(family, set()).update(phrases)
            if not present:
                continue
            left, right = sentences[first][0], sentences[last - 1][1]
            reason = self._combination(present, text, left, right)
            if reason is not None:
                # "he's been done for knife stuff before" does not put tonight's threat in the past.
                past = (
                    self._past.search(text, left, right) is not None
                    and not present.get("now", set()) & _NOW_FOR_SURE
                )
                found[reason] = found.get(reason, True) and past
        return list(found.items())

    def _families(self, text: str, left: int, right: int) -> dict[str, set[str]]:
        """The families in one sentence, once idioms, denials and media are taken out."""
        if self._media.search(text, left, right):
            return {}
        spans: list[Span] | None = None
        present: dict[str, set[str]] = {}
        for match in self._words.finditer(text, left, right):
            start, end = match.span()
            family = self._family[match.group()]
            not_after = self._not_after.get(family)
            if not_after is not None and not_after.match(text, end):
                continue
            if family not in NEGATION_PROOF and self._negated(text, start):
                continue
            if spans is None:
                spans = self._idioms(text, left, right)
            if any(a < end and b > start for a, b in spans):
                continue
            present.setdefault(family, set()).add(match.group())
        return present

    def _combination(
        self, present: dict[str, set[str]], text: str, left: int, right: int
    ) -> str | None:
        """The reason a window makes, if its families combine."""
        names = set(present)
        for family in PAIRED_WITH_ITSELF:
            if len(present.get(family, set()) - WEAK_GOODBYES) > 1:
                names.add(f"{family}+")
        calm = not names & _URGENT and self._calm.search(text, left, right) is not None
        farewell_calm = self._farewell_calm.search(text, left, right) is not None
        joking = self._joking.search(text, left, right) is not None
        for needed, reason in COMBINATIONS:
            if needed <= names and not (farewell_calm if reason == "suicide" else calm):
                if joking and needed == _WORDS_ONLY:
                    continue
                return reason
        if names & {"trap+", "approach+"} and "actor" in names and ("now" in names or not calm):
            return "danger_now"
        if "goodbye+" in names and not farewell_calm:
            return "suicide"
        return None
