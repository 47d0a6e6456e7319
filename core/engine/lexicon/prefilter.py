"""Necessary literals of a regex, and rule sets that only run where those literals occur.

The safety rules are many large alternations; trying them at every word of every message costs
about 1 µs a character. Nearly all messages contain none of the words the rules hinge on, so a
cheap search for those words (`_Gate`) decides which rules need to run at all, and on which
sentence.

The literals are derived from the rules themselves (no hand-kept list to fall out of date), by
walking the regex's parse tree: a sequence needs any one of its parts' literal sets, an
alternation needs the union of its branches' sets, and a run of parts that each match one of a
few fixed strings is spelled out in full ("want|wanna" + " to " + "die" → "want to die", …).
"""

from __future__ import annotations

import functools
import importlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
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

_WORD_SCORES = {word: len(word) // 2 for word in _EVERYDAY} | dict.fromkeys(_COMMON, 0)
"""What a common or everyday word adds to `rare_length`; any other word adds its length."""

_Literals = set[str]
_Quality = tuple[int, int, int]
"""How much text a literal set filters out: rare letters in its weakest literal, length, size."""
_Scored = tuple[_Quality, _Literals]
"""A literal set with its quality, scored once: sets are large and compared at every level."""


class _Finder:
    """Walks one parsed regex; `plain` scores every letter alike (for cue patterns, where
    "what should i do" is the signal itself), otherwise function words score nothing."""

    def __init__(self, plain: bool) -> None:
        self.plain = plain

    def sequence(self, items: list[tuple[Any, Any]]) -> _Scored | None:
        """The best literal set of a sequence: a spelled-out run, or one part's set."""
        best: _Scored | None = None
        run: list[_Literals] = []
        for op, av in items:
            exact = _exact(op, av)
            if exact is not None:
                run.append(exact)
                continue
            best = self._best(best, _spelled_out(run))
            run = []
            part = self.part(op, av)
            if part is not None and (best is None or _quality(part) > _quality(best)):
                best = part
        return self._best(best, _spelled_out(run))

    def _best(self, best: _Scored | None, candidates: list[_Literals]) -> _Scored | None:
        """`best`, or the first candidate of a higher quality.

        A candidate is given up at its first literal weaker than the best set's weakest, since
        its own weakest can only be weaker still: many large sets are never scored in full.
        """
        for literals in candidates:
            scored = self.scored(literals, -1 if best is None else _quality(best)[0])
            if scored is not None and (best is None or _quality(scored) > _quality(best)):
                best = scored
        return best

    def part(self, op: Any, av: Any) -> _Scored | None:
        """The literal set one element of a sequence needs, if it needs one."""
        if op is _c.SUBPATTERN:
            return self.sequence(av[-1].data)
        if op is _c.BRANCH:
            branches: list[_Scored] = []
            for branch in av[1]:
                found = self.sequence(branch.data)
                if found is None:
                    return None
                branches.append(found)
            return _union(branches)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, item = av
            return self.sequence(item.data) if low >= 1 else None
        return None

    def scored(self, literals: _Literals, floor: int = -1) -> _Scored | None:
        """A literal set with its quality, or None if a literal's `rare_length` is below `floor`."""
        lengths = []
        for literal in literals:
            length = self.rare_length(literal)
            if length < floor:
                return None
            lengths.append(length)
        return (min(lengths), min(map(len, literals)), -len(literals)), literals

    def rare_length(self, literal: str) -> int:
        """Letters outside common words ("want to die" → 7); everyday words count half."""
        if self.plain:
            return len(literal.replace(" ", ""))
        parts = literal.split()
        return sum(map(_WORD_SCORES.get, parts, map(len, parts)))


def _quality(scored: _Scored) -> _Quality:
    """The quality of a scored set (the key its candidates are ranked by)."""
    return scored[0]


def _union(branches: list[_Scored]) -> _Scored:
    """The scored union of alternatives' sets: its weakest literal is one of theirs."""
    union: _Literals = set().union(*(literals for _, literals in branches))
    rare = min(quality[0] for quality, _ in branches)
    length = min(quality[1] for quality, _ in branches)
    return (rare, length, -len(union)), union


def necessary_literals(source: str, plain: bool = False) -> frozenset[str] | None:
    """Literals one of which any match of `source` contains, or None when none can be found."""
    if _p is None:
        return None
    try:
        found = _Finder(plain).sequence(_p.parse(source).data)
    except (AttributeError, TypeError, ValueError, re.error):
        return None
    if found is None or _quality(found)[0] < _MIN_USEFUL:
        return None
    return frozenset(found[1])


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


class Patterns:
    """Regexes compiled when first used. Nearly every message wakes only a few rules, and
    compiling all of them (hundreds of large alternations) would add a quarter of a second to
    every start while most of them wait for a message that needs them."""

    def __init__(self, sources: list[str]) -> None:
        self._sources = sources
        self._compiled: list[re.Pattern[str] | None] = [None] * len(sources)

    def __len__(self) -> int:
        return len(self._sources)

    def __getitem__(self, index: int) -> re.Pattern[str]:
        pattern = self._compiled[index]
        if pattern is None:
            pattern = self._compiled[index] = re.compile(self._sources[index])
        return pattern


class GatedRules:
    """Many regexes, each run only on the sentences that hold one of its necessary literals.

    A rule without usable literals runs on the whole text. No rule may match across . ! ? ; or
    a line break, which is what makes sentence windows exact.
    """

    def __init__(
        self,
        sources: list[str],
        wrap: str = r"\b(?:{})",
        plain: bool = False,
        derive: Callable[[str, bool], frozenset[str] | None] | None = None,
    ) -> None:
        """`derive` finds a rule's necessary literals: `necessary_literals` unless told (the
        analyser reads them from a bundled table, `core.engine.lexicon.literals`)."""
        derive = derive or necessary_literals
        self.patterns = Patterns([wrap.format(source) for source in sources])
        owners: dict[str, list[int]] = {}
        self._always: list[int] = []
        for index, source in enumerate(sources):
            literals = derive(source, plain)
            if literals is None:
                self._always.append(index)
            for literal in literals or ():
                owners.setdefault(literal, []).append(index)
        self._gate = _Gate(owners) if owners else None

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
            for start, end, rules in self._gate.hits(text):
                if start >= right:  # hits come in order: most share the last sentence
                    left, right = sentence(text, start, end)
                work.update((index, left, right) for index in rules)
        return work


_HEAD = 8
"""How many leading characters of each literal the gate's regex spells out (see `_Gate`)."""


class _Gate:
    """Finds, at each word boundary of a text, the longest literal starting there.

    Literals are looked for at word boundaries only, longest first; a longer literal contains its
    prefixes, so it also answers for their rules. Rules are anchored at a word start and written
    word by word, so their literals start at a boundary too (test_safety checks that gated and
    exhaustive runs agree); trying only boundaries halves the cost of the gate.

    A regex spelling out all the literals (tens of thousands) takes over a second to compile.
    This one spells out only their heads, the first `_HEAD` characters, a few thousand in all: it
    compiles in milliseconds and still skips at C speed the places where no literal starts. Where
    it stops, a binary search among the sorted literals with that head tells which one is there.
    """

    def __init__(self, owners: dict[str, list[int]]) -> None:
        self._literals = sorted(owners)
        self._longest = max(map(len, self._literals))
        parents = _parents(self._literals)
        self._rules = _rules(self._literals, owners, parents)
        self._groups = _groups(self._literals, parents)
        self._heads = re.compile(f"\\b(?=({trie_pattern(self._groups)}))")

    def hits(self, text: str) -> Iterator[tuple[int, int, list[int]]]:
        """(start, end, rules) of the longest literal at each word boundary that has one."""
        for head in self._heads.finditer(text):
            start = head.start()
            index = self._literal_at(text, start, head.group(1))
            if index >= 0:
                yield start, start + len(self._literals[index]), self._rules[index]

    def _literal_at(self, text: str, start: int, head: str) -> int:
        """The index of the longest literal at `start`, or -1; `head` is the longest head there.

        That literal is one of the head's group, if any of them is at `start`, else the group's
        fallback. Any literal of the group at `start` sorts at or before the text there (the
        probe); if the last literal that does is not at `start`, every literal that is must be a
        prefix of what it shares with the probe, so the search goes on with that shorter probe,
        among the literals before it.
        """
        first, end, fallback = self._groups[head]
        literals = self._literals
        probe = text[start : start + self._longest]
        while True:
            index = bisect_right(literals, probe, first, end) - 1
            if index < first:
                return fallback
            if probe.startswith(literals[index]):
                return index
            probe = probe[: _shared_length(probe, literals[index])]
            if len(probe) < len(head):
                return fallback
            end = index


def _parents(literals: list[str]) -> list[int]:
    """For each of the sorted `literals`, the index of the longest literal prefixing it, or -1.

    Sorted, a literal comes after its prefixes, and whatever lies between a prefix and it starts
    with that prefix too; so a stack of the literals prefixing the last one, popped until its
    top prefixes the next, holds exactly that next literal's prefixes.
    """
    parents: list[int] = []
    prefixes: list[int] = []
    for index, literal in enumerate(literals):
        while prefixes and not literal.startswith(literals[prefixes[-1]]):
            prefixes.pop()
        parents.append(prefixes[-1] if prefixes else -1)
        prefixes.append(index)
    return parents


def _rules(
    literals: list[str], owners: dict[str, list[int]], parents: list[int]
) -> list[list[int]]:
    """For each of the sorted `literals`, its rules and those of every literal prefixing it."""
    rules = [owners[literal] for literal in literals]
    for index, parent in enumerate(parents):
        if parent >= 0:  # a parent sorts first, so its list already holds its prefixes' rules
            rules[index] = list(dict.fromkeys([*rules[parent], *rules[index]]))
    return rules


def _groups(literals: list[str], parents: list[int]) -> dict[str, tuple[int, int, int]]:
    """Each head of the sorted `literals`, with (first, end, fallback).

    The literals with one head sort together, as literals[first:end]. The fallback is the index
    of the longest literal shorter than the head that starts it (the parent of the group's first
    literal), or -1: what is at a place where the head is but none of its group.
    """
    groups: dict[str, tuple[int, int, int]] = {}
    for index, literal in enumerate(literals):
        head = literal[:_HEAD]
        first, _, fallback = groups.get(head, (index, 0, parents[index]))
        groups[head] = first, index + 1, fallback
    return groups


def _shared_length(a: str, b: str) -> int:
    """How many characters `a` and `b` share at their start."""
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


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


_SENTENCE_END = re.compile(r"[.!?;\n]")


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around text[start:end]."""
    ends = _sentence_ends(text)
    before = bisect_left(ends, start)
    after = bisect_left(ends, end)
    return ends[before - 1] + 1 if before else 0, ends[after] if after < len(ends) else len(text)


@functools.lru_cache(maxsize=8)
def _sentence_ends(text: str) -> list[int]:
    """Where the sentences of a text end, found once: the rules ask about every match's sentence,
    and searching from each match to the end of a message of one endless sentence is quadratic."""
    return [match.start() for match in _SENTENCE_END.finditer(text)]
