"""Learned second opinions on safety: logistic models over words, word pairs and word pieces.

The authored rules (`core.engine.safety`) say why a message is a crisis or a concern; they also
miss ways of saying it nobody wrote down. Two models were trained on every labelled message
Amora has (the sets in `tests/data` and the phrase lists of the tests, all written for the
project) by `bench/learned_safety.py --write`, which also prints how well they do on a blind set
left out: one tells a crisis from everything else, one tells concern or crisis from nothing. They
only ever raise a message's level, never lower what the rules found, and they read the same
canonical text as the rules, so slang and spelling are already evened out.

The weights live in `content/safety_model.json` and `content/safety_concern_model.json`: plain
numbers, read once.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

MODEL = Path(__file__).with_name("content") / "safety_model.json"
"""The crisis model: a crisis against everything else."""
CONCERN_MODEL = MODEL.with_name("safety_concern_model.json")
"""The concern model: concern or crisis against nothing to worry about."""
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_CLAUSE = re.compile(r"[.,;:!?\n]| but | and ")
_NEGATORS = frozenset(
    "not never no don't doesn't didn't won't wouldn't isn't aren't wasn't can't couldn't".split()
)


_SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+")
_WINDOW = 3
"""The most sentences a long message's window spans: danger told in fragments ("took them all.
20 min ago. feel floaty") fits in three."""

_PIECE = 5
"""Letters in a word piece: long enough to mean something ("<overd", "dose>"), short enough
to be shared by spellings and forms of a word ("overdosed", "overdosing", "overdoes")."""


@functools.lru_cache(maxsize=8)
def features(text: str) -> frozenset[str]:
    """The words, neighbouring word pairs and word pieces of a canonical text; remembered for
    the last few texts, since both models read the same message.

    A word in the reach of a negator ("don't want to die") is marked, up to the end of its
    clause, so that a denial reads differently from a wish. Pieces of five letters (marked
    `#`, with `<` and `>` at the word's edges) let a misspelt or unseen form of a word count.
    """
    return _read(text)[0]


def _read(text: str) -> tuple[frozenset[str], list[str]]:
    """`features`, and the words in order (a negated one marked)."""
    found: list[str] = []
    pieces: set[str] = set()
    for clause in _CLAUSE.split(text):
        denied = False
        for word in _WORD.findall(clause):
            found.append(f"not_{word}" if denied else word)
            denied = denied or word in _NEGATORS
            if len(word) >= _PIECE:
                edged = f"<{word}>"
                pieces.update(f"#{edged[i : i + _PIECE]}" for i in range(len(edged) - _PIECE + 1))
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(found)}
    return frozenset(found).union(pairs, pieces), found


def _weigh(weights: Mapping[str, float], found: Iterable[str]) -> float:
    """The sum of the features' weights (0 for a feature the model does not know)."""
    return sum(map(weights.get, found, itertools.repeat(0.0)))


def windows(
    text: str, min_words: int, max_words: int, weights: Mapping[str, float]
) -> Iterator[tuple[set[str], float]]:
    """Every run of one to `_WINDOW` neighbouring sentences of `text` that has `min_words` to
    `max_words` words: its features (the same as `features` of that run's text) and the sum of
    their `weights`. Each sentence is read and weighed once; a run grows from the one before it,
    adding the new sentence's features and the word pair across the sentence end. The set grows
    on into the next window: copy it to keep it."""

    def weigh(read: tuple[frozenset[str], list[str]]) -> tuple[frozenset[str], list[str], float]:
        return (*read, _weigh(weights, read[0]))

    sentences = []
    for sentence in _SENTENCE_END.split(text):
        alone = weigh(_read(sentence))
        after = weigh(_read(" " + sentence)) if sentence.startswith(("but ", "and ")) else alone
        sentences.append((alone, after, sentence.count(" ") + 1))
    for first in range(len(sentences)):
        window: set[str] = set()
        score = 0.0
        words = 0
        last: str | None = None
        for alone, after, count in sentences[first : first + _WINDOW]:
            words += count
            if words > max_words:
                break
            # After another sentence, a leading "but " or "and " is a clause break, not a word.
            own, found, weight = after if words > count else alone
            # Weighed once per sentence: only what the window already had is taken off again.
            score += weight - _weigh(weights, own & window)
            window |= own
            if found:
                pair = f"{last} {found[0]}"
                if last is not None and pair not in window:
                    window.add(pair)
                    score += weights.get(pair, 0.0)
                last = found[-1]
            if words >= min_words:
                yield window, score


@dataclass(frozen=True, slots=True)
class LearnedModel:
    """A trained model: a weight per feature, a bias and the threshold chosen in training."""

    weights: dict[str, float]
    bias: float
    threshold: float
    min_words: int = 0
    """Shorter messages are left to the rules, which read a few words more exactly than a bag
    of them can ("I can't do this anymore" alone is not a crisis)."""
    max_words: int = 1_000_000
    """Longer messages are read a few sentences at a time (`windows`)."""
    window_threshold: float = math.inf
    """The threshold for a window of a long message: higher than the whole message's, because a
    long letter offers many windows and each is another chance of a false alarm. Without one
    (the concern model), long messages are left to the rules."""

    @classmethod
    def load(cls, path: Path = MODEL) -> LearnedModel:
        """Reads a bundled model (the crisis one unless told) or another file the trainer wrote."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            {str(k): float(v) for k, v in data["weights"].items()},
            float(data["bias"]),
            float(data["threshold"]),
            int(data.get("min_words", 0)),
            int(data.get("max_words", 1_000_000)),
            float(data.get("window_threshold", math.inf)),
        )

    def probability(self, text: str) -> float:
        """How likely the model finds it that a canonical text is of its kind."""
        score = _weigh(self.weights, features(text))
        return _sigmoid(self.bias + score)

    def fires(self, text: str) -> bool:
        """Whether the probability reaches the threshold for the text, or, for a message longer
        than `max_words`, for one of its windows. It learned from chat messages: very short ones
        are left to the rules. A long letter is read a few sentences at a time, because its many
        small weights would add up to an alarm, and because one line buried in talk of dishes
        and dates ("i already decided im doing it on sunday") is drowned by the rest."""
        words = text.count(" ") + 1
        if words < self.min_words:
            return False
        if words <= self.max_words:
            return self.probability(text) >= self.threshold
        return any(
            _sigmoid(self.bias + score) >= self.window_threshold
            for _, score in windows(text, self.min_words, self.max_words, self.weights)
        )


def _sigmoid(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, score))))
