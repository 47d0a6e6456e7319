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
    return frozenset(found).union(pairs, pieces)


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
    """Longer messages are left to the rules too."""

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
        )

    def probability(self, text: str) -> float:
        """How likely the model finds it that a canonical text is of its kind."""
        score = self.bias + sum(self.weights.get(feature, 0.0) for feature in features(text))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, score))))

    def fires(self, text: str) -> bool:
        """Whether the text is one the model can judge and the probability reaches the
        threshold. It learned from chat messages: very short ones are left to the rules, and so
        are long letters, whose many small weights would add up to an alarm."""
        words = text.count(" ") + 1
        if not self.min_words <= words <= self.max_words:
            return False
        return self.probability(text) >= self.threshold
