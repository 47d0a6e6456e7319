"""A learned second opinion on crisis: a logistic model over words and word pairs.

The authored rules (`core.engine.safety`) say why a message is a crisis; they also miss ways of
saying it nobody wrote down. This model was trained on every labelled message Amora has (the
sets in `tests/data` and the phrase lists of the tests, all written for the project) by
`bench/learned_safety.py --write`, which also prints how well it does on a blind set left out. It
only ever raises a message to crisis, never lowers what the rules found, and it reads the same
canonical text as the rules, so slang and spelling are already evened out.

The weights live in `content/safety_model.json`: plain numbers, read once.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

MODEL = Path(__file__).with_name("content") / "safety_model.json"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_CLAUSE = re.compile(r"[.,;:!?\n]| but | and ")
_NEGATORS = frozenset(
    "not never no don't doesn't didn't won't wouldn't isn't aren't wasn't can't couldn't".split()
)


def features(text: str) -> set[str]:
    """The words and neighbouring word pairs of a canonical text. A word in the reach of a
    negator ("don't want to die") is marked, up to the end of its clause, so that a denial
    reads differently from a wish."""
    found: list[str] = []
    for clause in _CLAUSE.split(text):
        denied = False
        for word in _WORD.findall(clause):
            found.append(f"not_{word}" if denied else word)
            denied = denied or word in _NEGATORS
    return set(found) | {f"{a} {b}" for a, b in itertools.pairwise(found)}


@dataclass(frozen=True, slots=True)
class LearnedCrisis:
    """The trained model: a weight per feature, a bias and the threshold chosen in training."""

    weights: dict[str, float]
    bias: float
    threshold: float
    min_words: int = 0
    """Shorter messages are left to the rules, which read a few words more exactly than a bag
    of them can ("I can't do this anymore" alone is not a crisis)."""
    max_words: int = 1_000_000
    """Longer messages are left to the rules too."""

    @classmethod
    def load(cls, path: Path = MODEL) -> LearnedCrisis:
        """Reads the bundled model (or another file written by the trainer)."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            {str(k): float(v) for k, v in data["weights"].items()},
            float(data["bias"]),
            float(data["threshold"]),
            int(data.get("min_words", 0)),
            int(data.get("max_words", 1_000_000)),
        )

    def probability(self, text: str) -> float:
        """How likely the model finds it that a canonical text is a crisis."""
        score = self.bias + sum(self.weights.get(feature, 0.0) for feature in features(text))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, score))))

    def is_crisis(self, text: str) -> bool:
        """Whether the message is one the model can judge and the probability reaches the
        threshold. It learned from chat messages: very short ones are left to the rules, and so
        are long letters, whose many small weights would add up to an alarm."""
        words = text.count(" ") + 1
        if not self.min_words <= words <= self.max_words:
            return False
        return self.probability(text) >= self.threshold
