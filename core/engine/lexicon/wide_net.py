"""The sentence net: a crisis when a sentence about the person holds two word families that
belong together (`safety_words.PAIRS`), after idioms are taken out.

Where the rules (`safety_net*`) need a frame in order ("saving my antidepressants"), this net
only needs the words in one sentence, in any order and at any distance: "everything would be
simpler if I stopped existing", "how many of my lithium pills would it take", "I've been
standing at the edge of the platform for the last hour". What keeps it from crying wolf:

- the frame: the last person named before the words is the person themselves (or no one), not
  "he", "my mum" or "we";
- the precision filter: a word inside an idiom (`safety_idioms`: "dying to", "the death of me",
  "drowning in work") does not count, nor does a sentence about a film, a book or a game, nor a
  denied word ("I don't want to die");
- pairs, never single words: "pills" alone is a prescription, "pills … all … tonight" is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.engine.lexicon.phrases import trie_pattern
from core.engine.lexicon.prefilter import sentence
from core.engine.lexicon.safety_words import ANCHORS, PAIRS, SELF_FAMILIES

Span = tuple[int, int]


class WideNet:
    """Reads the sentence net's reasons in a canonical text; build once, call often."""

    def __init__(
        self,
        idioms: Callable[[str, int, int], list[Span]],
        negated: Callable[[str, int], bool],
        other: Callable[[str, int, int], bool],
        media: re.Pattern[str],
        guards: dict[str, re.Pattern[str]],
    ) -> None:
        self._family: dict[str, str] = {}
        for name, phrases in SELF_FAMILIES.items():
            for phrase in phrases:
                self._family.setdefault(phrase, name)
        self._words = re.compile(rf"\b(?:{trie_pattern(self._family)})\b")
        anchors = [word for word, family in self._family.items() if family in ANCHORS]
        self._anchor_source = rf"(?:{trie_pattern(anchors)})\b"
        self._anchors = re.compile(rf"\b{self._anchor_source}")
        self._idioms, self._negated, self._other, self._media = idioms, negated, other, media
        self._guards = guards

    @property
    def anchor_source(self) -> str:
        """A regex of every anchor word, for the safety rules' shared prefilter."""
        return self._anchor_source

    def reasons(self, text: str, windows: list[Span]) -> list[tuple[str, int, int]]:
        """Reasons the net finds in the windows of `text` (canonical) that hold an anchor word,
        each with its sentence's bounds."""
        found: list[tuple[str, int, int]] = []
        seen: set[int] = set()
        for start, stop in windows:
            for anchor in self._anchors.finditer(text, start, stop):
                left, right = sentence(text, anchor.start(), anchor.end())
                if left in seen:
                    continue
                seen.add(left)
                group = [
                    (m.start(), m.end(), m.group()) for m in self._words.finditer(text, left, right)
                ]
                if self._pairs({self._family[word] for _, _, word in group}, group):
                    reason = self._sentence(text, left, right, group)
                    if reason:
                        found.append((reason, left, right))
        return found

    def _pairs(self, families: set[str], group: list[tuple[int, int, str]]) -> bool:
        """Whether the words could make a pair before any is filtered out (a cheap first look)."""
        return any(
            (first in families and (second in families or not second))
            if first != second
            else len({word for _, _, word in group if self._family[word] == first}) > 1
            for first, second, _ in PAIRS
        )

    def _sentence(
        self, text: str, left: int, right: int, group: list[tuple[int, int, str]]
    ) -> str | None:
        """The reason one sentence makes, if its words pair up once the filter has run."""
        if self._media.search(text, left, right):
            return None
        spans = self._idioms(text, left, right)
        words: dict[str, set[str]] = {}
        guarded = {
            family for family, guard in self._guards.items() if guard.match(text, left, right)
        }
        for start, end, word in group:
            if self._family[word] in guarded:
                continue
            if any(a < end and b > start for a, b in spans) or self._negated(text, start):
                continue
            if self._other(text, left, start):
                continue
            words.setdefault(self._family[word], set()).add(word)
        for first, second, reason in PAIRS:
            if not second:
                if first in words:
                    return reason
            elif first == second:
                if len(words.get(first, ())) > 1:
                    return reason
            elif first in words and second in words:
                return reason
        return None
