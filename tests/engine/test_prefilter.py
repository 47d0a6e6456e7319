"""The prefilter: necessary literals of a regex, and the gate that finds them in a text.

The safety tests check that gated and exhaustive runs of the real rules agree; these check the
gate itself against a brute-force reading of what it must find, on small made-up rule sets.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from core.engine.lexicon.prefilter import GatedRules, necessary_literals, sentence

Work = set[tuple[int, int, int]]


def brute_force_work(sources: list[str], text: str) -> Work:
    """Every rule with a necessary literal at a word start, on that literal's sentence; rules
    without literals on the whole text. What `GatedRules.work` must return, found slowly."""
    work: Work = set()
    starts = [match.start() for match in re.finditer(r"\b", text)]
    for index, source in enumerate(sources):
        literals = necessary_literals(source, plain=True)
        if literals is None:
            work.add((index, 0, len(text)))
            continue
        for start in starts:
            for literal in literals:
                if text.startswith(literal, start):
                    work.add((index, *sentence(text, start, start + len(literal))))
    return work


def test_spelled_out_runs_give_every_fixed_string() -> None:
    assert necessary_literals(r"(?:want|wanna) to die") == frozenset(
        {"want to die", "wanna to die"}
    )
    assert necessary_literals(r"the (?:pills|rope) (?:are|is) here") == frozenset(
        {"the pills are here", "the pills is here", "the rope are here", "the rope is here"}
    )


def test_alternatives_need_the_union_of_their_literals() -> None:
    assert necessary_literals(r"i (?:want|need) to (?:die|disappear)|end it all") == frozenset(
        {
            "i want to die",
            "i need to die",
            "i want to disappear",
            "i need to disappear",
            "end it all",
        }
    )


def test_a_pattern_without_telling_letters_has_no_literals() -> None:
    assert necessary_literals(r"\w+ \w+") is None
    assert necessary_literals(r"(?:i|me) to it") is None  # only common words


def test_a_longer_literal_also_answers_for_its_prefixes_rules() -> None:
    rules = GatedRules(["want to", "want to die", "want to dine"], plain=True)
    text = "i want to die"
    window = (0, len(text))

    assert rules.work(text) == {(0, *window), (1, *window)}
    assert rules.work("i want to go") == {(0, 0, 12)}


def test_the_longest_literal_is_found_among_many_with_its_start() -> None:
    rules = GatedRules(["want to", "want to die", "want to din", "want to dine"], plain=True)

    assert rules.work("i want to dinner") == {(0, 0, 16), (2, 0, 16)}
    assert rules.work("i want to dig") == {(0, 0, 13)}
    assert rules.work("i want to dine") == {(0, 0, 14), (2, 0, 14), (3, 0, 14)}


def test_literals_count_only_at_a_word_start() -> None:
    rules = GatedRules(["kms"], plain=True)

    assert rules.work("okms then") == set()
    assert rules.work("ok kms then") == {(0, 0, 11)}


def test_a_rule_runs_on_the_sentence_its_literal_is_in() -> None:
    rules = GatedRules(["end it all", "give up"], plain=True)
    text = "fine. i will end it all tonight! then i give up; ok"

    assert rules.work(text) == {(0, 5, 31), (1, 32, 47)}
    assert text[5:31] == " i will end it all tonight"
    assert text[32:47] == " then i give up"


def test_rules_without_literals_run_everywhere() -> None:
    rules = GatedRules([r"\w+", "kms"], plain=True)

    assert rules.always == (0,)
    assert rules.work("hello there") == {(0, 0, 11)}


# Literals made of a few short words share long starts and prefix one another, as the real
# ones do, and are longer than the gate's heads (8 characters) as often as shorter.
_WORDS = ["ab", "aab", "abb", "bab", "a'b"]
_literal = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(" ".join)
_rule = st.lists(_literal, min_size=1, max_size=3).map(lambda ls: "|".join(map(re.escape, ls)))
_rules = st.lists(_rule, min_size=1, max_size=8)
_joins = st.sampled_from([" ", " ", " ", " ", " ", "", ". ", "'", "-"])


@settings(max_examples=300, deadline=None)
@given(
    sources=_rules,
    words=st.lists(st.tuples(st.sampled_from(_WORDS), _joins), min_size=4, max_size=30),
)
def test_the_gate_finds_what_brute_force_finds(
    sources: list[str], words: list[tuple[str, str]]
) -> None:
    text = "".join(word + join for word, join in words)

    assert GatedRules(sources, plain=True).work(text) == brute_force_work(sources, text)


@settings(max_examples=300, deadline=None)
@given(sources=_rules, data=st.data())
def test_the_gate_finds_literals_and_their_starts(sources: list[str], data: st.DataObject) -> None:
    """Texts made of the rules' literals, whole or cut short, so that long ones are there and
    so are places where a literal's start is but not the literal."""
    literals = sorted(set().union(*(necessary_literals(s, plain=True) or () for s in sources)))
    pieces = st.sampled_from(literals or [""]).flatmap(
        lambda literal: st.sampled_from([literal, literal[:-1], literal[:8]])
    )
    text = "".join(
        piece + join for piece, join in data.draw(st.lists(st.tuples(pieces, _joins), max_size=8))
    )

    assert GatedRules(sources, plain=True).work(text) == brute_force_work(sources, text)
