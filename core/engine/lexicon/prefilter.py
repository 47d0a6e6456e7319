"""Necessary literals of a regex, and rule sets that only run where those literals occur.

The safety rules are many large alternations; trying them at every word of every message costs
about 1 µs a character. Nearly all messages contain none of the words the rules hinge on, so a
cheap trie search for those words decides which rules need to run at all, and on which sentence.

The literals are derived from the rules themselves (no hand-kept list to fall out of date), by
walking the regex's parse tree: a sequence needs any one of its parts' literal sets, an
alternation needs the union of its branches' sets, and a run of parts that each match one of a
few fixed strings is spelled out in full ("want|wanna" + " to " + "die" → "want to die", …).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from core.engine.lexicon.phrases import trie_pattern, words

try:  # The parser is a stable but private part of `re`; without it we simply do not prefilter.
    _c: Any = importlib.import_module("re._constants")
    _p: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - other Python versions
    _c = _p = None

_MIN_USEFUL = 3
"""A weakest literal with fewer rare letters than this would let almost every message through."""

_MAX_PRODUCT = 1500
"""The most strings a spelled-out run may have; beyond it, a shorter stretch is used."""

_COMMON = words(
    "i i've ive i'm im i'd id me my myself to on in at of the a an and with for you your he she "
    "they him her his them their it is was are be been have has had do does did don't dont not "
    "that this so but if or we us our just about what when all out up off can get got one now "
    "will would as am very really"
)
"""Words so common that they say nothing about whether a rule can match."""

_EVERYDAY = words(
    "know think sure make made come coming want need going feel like time said says told "
    "tell take took keep kept let still even never always only last best line after "
    "since hold old life live self want wants wanted try tried trying boy boys girl girls son "
    "sons kid kids child children daughter daughters baby brother sister nothing"
)
"""Content words common enough in any message that a rule keyed on them would run often."""

_Literals = set[str]


class _Finder:
    """Walks one parsed regex; `plain` scores every letter alike (for cue patterns, where
    "what should i do" is the signal itself), otherwise function words score nothing."""

    def __init__(self, plain: bool) -> None:
        self.plain = plain

    def sequence(self, items: list[tuple[Any, Any]]) -> _Literals | None:
        """The best literal set of a sequence: a spelled-out run, or one part's set."""
        candidates: list[_Literals] = []
        run: list[_Literals] = []
        for op, av in items:
            exact = _exact(op, av)
            if exact is not None:
                run.append(exact)
                continue
            candidates.extend(_spelled_out(run))
            run = []
            part = self.part(op, av)
            if part:
                candidates.append(part)
        candidates.extend(_spelled_out(run))
        return max(candidates, key=self.quality, default=None)

    def part(self, op: Any, av: Any) -> _Literals | None:
        """The literal set one element of a sequence needs, if it needs one."""
        if op is _c.SUBPATTERN:
            return self.sequence(av[-1].data)
        if op is _c.BRANCH:
            union: _Literals = set()
            for branch in av[1]:
                found = self.sequence(branch.data)
                if not found:
                    return None
                union |= found
            return union
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, item = av
            return self.sequence(item.data) if low >= 1 else None
        return None

    def quality(self, literals: _Literals) -> tuple[int, int, int]:
        """How much text a set filters out: rare letters in its weakest literal, length, size."""
        return min(map(self.rare_length, literals)), min(map(len, literals)), -len(literals)

    def rare_length(self, literal: str) -> int:
        """Letters outside common words ("want to die" → 7); everyday words count half."""
        if self.plain:
            return len(literal.replace(" ", ""))
        return sum(
            len(word) // 2 if word in _EVERYDAY else len(word)
            for word in literal.split()
            if word not in _COMMON
        )


def necessary_literals(source: str, plain: bool = False) -> frozenset[str] | None:
    """Literals one of which any match of `source` contains, or None when none can be found."""
    if _p is None:
        return None
    finder = _Finder(plain)
    try:
        found = finder.sequence(_p.parse(source).data)
    except (AttributeError, TypeError, ValueError, re.error):
        return None
    if not found or finder.quality(found)[0] < _MIN_USEFUL:
        return None
    return frozenset(found)


def _spelled_out(run: list[_Literals]) -> list[_Literals]:
    """Stretches of a run of exact parts, from word start to word end, small enough to spell out.

    Stretches cut mid-word ("yself" from "myself") would be weak literals, so they are skipped.
    """
    found = []
    for start in range(len(run)):
        if start and not _edge(run[start - 1], -1):
            continue
        strings = {""}
        for end in range(start, len(run)):
            if len(strings) * len(run[end]) > _MAX_PRODUCT:
                break
            strings = {a + b for a in strings for b in run[end]}
            if strings != {""} and (end + 1 == len(run) or _edge(run[end + 1], 0)):
                found.append(strings)
    return found


def _edge(part: _Literals, index: int) -> bool:
    """Whether every string of a part starts (0) or ends (-1) with a non-letter, or is empty."""
    return all(not s or not s[index].isalnum() for s in part)


def _exact(op: Any, av: Any) -> _Literals | None:
    """The strings an element can match, when it matches one of a few fixed strings."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}
    if op is _c.IN and all(kind is _c.LITERAL for kind, _ in av):
        return {chr(code) for _, code in av}
    if op is _c.SUBPATTERN:
        return _exact_sequence(av[-1].data)
    if op is _c.BRANCH:
        union: _Literals = set()
        for branch in av[1]:
            found = _exact_sequence(branch.data)
            if found is None:
                return None
            union |= found
        return union if len(union) <= _MAX_PRODUCT else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] in (0, 1) and av[1] == 1:
        inner = _exact_sequence(av[2].data)
        if inner is None:
            return None
        return inner | {""} if av[0] == 0 else inner
    return None


def _exact_sequence(items: list[tuple[Any, Any]]) -> _Literals | None:
    """Every string a sequence of exactly-known elements matches, or None."""
    strings = {""}
    for op, av in items:
        exact = _exact(op, av)
        if exact is None or len(strings) * len(exact) > _MAX_PRODUCT:
            return None
        strings = {a + b for a in strings for b in exact}
    return strings


class GatedRules:
    """Many regexes, each run only on the sentences that hold one of its necessary literals.

    A rule without usable literals runs on the whole text. No rule may match across . ! ? ; or
    a line break, which is what makes sentence windows exact.
    """

    def __init__(self, sources: list[str], wrap: str = r"\b(?:{})", plain: bool = False) -> None:
        self.patterns = [re.compile(wrap.format(source)) for source in sources]
        self._owners: dict[str, list[int]] = {}
        self._always: list[int] = []
        for index, source in enumerate(sources):
            literals = necessary_literals(source, plain)
            if literals is None:
                self._always.append(index)
            for literal in literals or ():
                self._owners.setdefault(literal, []).append(index)
        # Literal hits are found at every word boundary (a look-ahead), longest first; a longer
        # literal contains its prefixes, so it also answers for their rules. Rules are anchored at
        # a word start and written word by word, so their literals start at a boundary too
        # (test_safety checks that gated and exhaustive runs agree); trying only boundaries
        # halves the cost of the gate.
        for literal in sorted(self._owners, key=len):
            owners = self._owners[literal]
            for end in range(1, len(literal)):
                owners.extend(i for i in self._owners.get(literal[:end], ()) if i not in owners)
        self._gate = re.compile(f"\\b(?=({trie_pattern(self._owners)}))") if self._owners else None

    @property
    def always(self) -> tuple[int, ...]:
        """Rules that have no necessary literal and so run on every text."""
        return tuple(self._always)

    def everything(self, text: str) -> set[tuple[int, int, int]]:
        """Every rule on the whole text: what `work` must be equivalent to."""
        return {(index, 0, len(text)) for index in range(len(self.patterns))}

    def work(self, text: str) -> set[tuple[int, int, int]]:
        """(rule, window start, window end) for every rule worth running on `text`."""
        work = {(index, 0, len(text)) for index in self._always}
        if self._gate is not None:
            left = right = -1
            for hit in self._gate.finditer(text):
                if hit.start(1) >= right:  # hits come in order: most share the last sentence
                    left, right = sentence(text, hit.start(1), hit.end(1))
                work.update((index, left, right) for index in self._owners[hit.group(1)])
        return work


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex (`a|b(?:c|d)` → `a`, `b(?:c|d)`)."""
    parts: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += source.startswith("[^]", index) + source.startswith("[]", index)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    return [*parts, source[start:]]


SENTENCE_ENDS = ".!?;\n"
_SENTENCE_END = re.compile(r"[.!?;\n]")


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around text[start:end]."""
    left = max(text.rfind(c, 0, start) for c in SENTENCE_ENDS) + 1
    after = _SENTENCE_END.search(text, end)
    return left, after.start() if after else len(text)
