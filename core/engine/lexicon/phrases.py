"""A tiny phrase language for the lexicons, expanded to literals and matched by one trie regex.

An entry is words separated by single spaces, optionally followed by ` @weight`:

- `a|b` — either word (`his|her ex`);
- `word?` — the word may be left out (`we never really? talk`);
- `word~` — the word with its regular inflections (`argue~`: argues, argued, arguing);
- an apostrophe is optional (`don't` also matches `dont`);
- a leading `^` or `!` flips the list's default for negation (see `Entry.negatable`).

Expansion yields plain lower-case phrases, so matching is one pass of a C-level regex built as a
character trie (shared prefixes factored out) plus a dict lookup of what matched — far cheaper than
trying hundreds of alternatives at every word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import product

_VOWELS = frozenset("aeiou")

_Trie = dict[str, "_Trie"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One authored phrase: what it names, how much it counts and whether negation cancels it."""

    label: str
    weight: float
    negatable: bool


def words(text: str) -> frozenset[str]:
    """The words of a space-separated list (long word lists read better as prose)."""
    return frozenset(text.split())


def phrase_list(text: str) -> tuple[str, ...]:
    """One phrase a line or comma: "die, dying\\nkill myself" → ("die", "dying", "kill myself")."""
    return tuple(p.strip() for line in text.splitlines() for p in line.split(",") if p.strip())


def inflections(word: str) -> set[str]:
    """The word and its regular -s/-ed/-ing forms; over-generation is harmless, so we keep it."""
    forms = {word, word + "s", word + "ed", word + "ing"}
    if word.endswith("e"):
        stem = word[:-1]
        forms |= {word + "d", stem + "ing"}
    if word.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(word + "es")
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) >= 3 and word[-1] not in _VOWELS | {"w", "x", "y"} and word[-2] in _VOWELS:
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    if word.endswith("ment") or word.endswith("ion"):
        forms = {word, word + "s"}
    return forms


def _word_forms(token: str) -> list[str]:
    """Every literal one written token stands for (an empty string when it is optional)."""
    optional = token.endswith("?")
    token = token.rstrip("?")
    forms: set[str] = set()
    for alt in token.split("|"):
        if alt.endswith("~"):
            forms |= inflections(alt[:-1])
        else:
            forms.add(alt)
    for form in list(forms):
        if "'" in form:
            forms.add(form.replace("'", ""))
    result = sorted(forms)
    return [*result, ""] if optional else result


def expand(phrase: str) -> Iterator[str]:
    """All literal phrases an entry's text stands for."""
    slots = [_word_forms(token) for token in phrase.split()]
    for words in product(*slots):
        text = " ".join(w for w in words if w)
        if text:
            yield text


def parse(label: str, raw: str, negatable_default: bool) -> tuple[str, Entry]:
    """Splits an authored line into its phrase text and its `Entry`."""
    text, _, weight_text = raw.partition(" @")
    negatable = negatable_default
    if text[0] in "^!":
        negatable = text[0] == "^"
        text = text[1:]
    words = len(text.split())
    # Phrases say more than single words: weight them up unless the author set a weight.
    weight = float(weight_text) if weight_text else (1.0 if words == 1 else 2.0)
    return text, Entry(label, weight, negatable)


def build_table(
    lists: dict[str, tuple[str, ...]], negatable: Iterable[str] = ()
) -> dict[str, tuple[Entry, ...]]:
    """Literal phrase → entries, from lists of authored lines keyed by label."""
    negatable_labels = frozenset(negatable)
    table: dict[str, list[Entry]] = {}
    for label, lines in lists.items():
        for raw in lines:
            text, entry = parse(label, raw, label in negatable_labels)
            for literal in expand(text):
                bucket = table.setdefault(literal, [])
                if all(e.label != label for e in bucket):
                    bucket.append(entry)
    return {k: tuple(v) for k, v in table.items()}


def trie_pattern(phrases: Iterable[str]) -> str:
    """A regex source matching exactly the given literals, longest first, as a character trie."""
    root: _Trie = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(root)


def _node_pattern(node: _Trie) -> str:
    """The regex for one trie node; greedy, so the longest phrase wins and shorter ones back off."""
    ends = "" in node
    branches = [
        re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def compile_table(
    table: dict[str, tuple[Entry, ...]], *, overlapping: bool = False
) -> re.Pattern[str]:
    """One regex finding every phrase of a table on word boundaries.

    `overlapping` finds the longest phrase at every word start, as group 1, so phrases that
    share words are all found: "how do i tell" and "tell my parents" in "how do i tell my parents".
    """
    if overlapping:
        return re.compile(r"\b(?=(" + trie_pattern(table) + r")\b)")
    return re.compile(r"\b(?:" + trie_pattern(table) + r")\b")
