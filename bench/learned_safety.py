"""Train and measure the learned second opinions on safety (`core/engine/learned.py`).

    python bench/learned_safety.py [--held-out NAME] [--write] [--only crisis|concern]

Trains two L2-regularised logistic models over words, word pairs (a word in the reach of a
negator is marked) and five-letter word pieces — crisis against the rest, and concern or crisis
against `none` — on every labelled set in tests/data and the phrase lists of the safety and
variety tests, except the held-out set (default: blind13) and any set in NEVER_TRAINED,
then prints recall and false alarms on the held-out set for the rules alone, the model
alone and either, at several thresholds (messages shorter than MIN_WORDS are left to the rules).
With --write it then trains both on everything and writes core/engine/content/safety_model.json
and safety_concern_model.json, which the analyser reads. Training is full-batch gradient
descent, so the same data give the same model. Prints counts, never text. Needs numpy
(installed with matplotlib)."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.engine.learned import CONCERN_MODEL, MODEL, LearnedModel, features  # noqa: E402
from core.engine.lexicon.normalise import canonical, lower, normalise  # noqa: E402
from core.engine.safety import SafetyCheck  # noqa: E402

DATA = ROOT / "tests" / "data"
TRAINING = (
    "labelled_messages.jsonl",
    "heldout_messages.jsonl",
    "danger_dev.jsonl",
    "heldout_blind.jsonl",
    "blind2_messages.jsonl",
    "ordinary_messages.jsonl",
    "blind3_messages.jsonl",
    "blind4_messages.jsonl",
    "train_a_messages.jsonl",
    "train_b_messages.jsonl",
    "train_c_messages.jsonl",
    "train_d_messages.jsonl",
    "train_e_messages.jsonl",
    "blind5_messages.jsonl",
    "train_f_messages.jsonl",
    "blind6_messages.jsonl",
    "train_g_messages.jsonl",
    "blind7_messages.jsonl",
    "train_h_messages.jsonl",
    "blind8_messages.jsonl",
    "blind9_messages.jsonl",
    "blind10_messages.jsonl",
    "blind11_messages.jsonl",
    "train_i_messages.jsonl",
    "blind12_messages.jsonl",
    "blind13_messages.jsonl",
    "train_j_messages.jsonl",
)
NEVER_TRAINED = (
    "blind14_messages.jsonl",
    "blind15_messages.jsonl",
    "blind16_messages.jsonl",
    "blind17_messages.jsonl",
    "blind18_messages.jsonl",
    "blind19_messages.jsonl",
)
"""Blind sets kept out of training. blind14 to blind19 were scored once with the crisis model
trained through blind13 and train_j, and are the newest measures of unseen phrasing. blind12
waited a round before it was trained on: a retraining with it read "i take sleeping pills some
nights" as concern and an early-dating question as crisis, which train_j's ordinary messages
have since taught the crisis model otherwise."""
HELD_OUT = "blind13_messages.jsonl"
"""The set scored by default: the newest blind set that is trained on, held out in turn."""
L2 = 0.003
THRESHOLD = 0.7
"""Where the model's own vote is drawn; the report shows THRESHOLDS side by side. Held out in
turn with the other sets trained on, the model alone finds 53, 57 and 57 of blind12's,
blind11's and blind13's 75 crises at 0.6 against 45, 51 and 45 at 0.7; but at 0.6 it reads
"i took two sleeping pills to get some rest after the fight" and "i hope i don't wake up late
tomorrow, big day" as crises, and the counsel-chat questions outside the crisis labels raised
to crisis go from 3.7-3.9 % to 4.6 %."""
CONCERN_THRESHOLD = 0.75
"""The concern model's. Held out in turn, blind3, blind4 and blind5 gained 12, 9 and 8 concerns
of 45 over the rules alone at 0.75, with 1, 0 and 1 more false alarms. At 0.65 they would gain
13, 11 and 14, but the model then reads ordinary friction as control ("he threatened to break up
with me if i go on the trip", location checks the person asked for). The committed concern
model is still the one written with the crisis model of e5b3187 (trained through blind11 and
train_i): retrained with blind12, blind13 and train_j it read three ordinary messages of the
tests as concern at 0.75 (an affair's messages found again on an old laptop, an ex's photo of a
scratched car, a half-term trip with the kids), so only the crisis model was rewritten
(`--write --only crisis`)."""
MIN_WORDS = 8
MAX_WORDS = 60
"""Shorter messages are left to the rules, longer ones read in windows of up to three sentences:
with the limit for a whole message at 100 words, 6.1 % of the counsel-chat questions outside
the crisis labels were raised to crisis; at 60, 4.8 % (rules alone: 2.1 %)."""
WINDOW_THRESHOLD = 0.85
"""The crisis model's threshold for a window of a longer message. Held out, blind5 gains the
two crises buried in long messages about chores and dates (69 of 75 against 67) at 0.8 or
0.85, and one at 0.9; the counsel-chat questions outside the crisis labels raised to crisis go
from 19 to 37 at 0.8, 29 at 0.85 and 22 at 0.9. At the whole message's 0.7 they were 39 more."""
THRESHOLDS = (0.5, 0.6, 0.65, 0.7, 0.75, 0.8)
STEPS = 3000
RATE = 0.5
MIN_SEEN = 2
KEEP = 1e-3
"""Weights smaller than this are left out of the file: they never move a decision."""


def load(name: str) -> list[dict[str, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def from_tests() -> list[dict[str, str]]:
    """The labelled phrases the safety and variety tests hold: short messages of every kind."""
    from tests.engine import test_safety as safety
    from tests.engine import test_variety as variety

    def rows(level: str, texts: object) -> list[dict[str, str]]:
        return [{"text": str(t), "safety": level} for t in texts]  # type: ignore[attr-defined]

    ordinary = [line for lines in variety.LINES.values() for line in lines]
    ordinary += [hint for hints in variety.HINTS.values() for hint in hints if hint]
    return (
        rows("crisis", safety.CRISIS_PHRASES + safety.MORE_CRISIS + safety.NET_CRISIS)
        + rows("concern", safety.CONCERN_PHRASES + safety.MORE_CONCERN + safety.NET_CONCERN)
        + rows("concern", variety.CONCERN_LINES)
        + rows("none", safety.NONE_PHRASES + safety.MORE_NONE + safety.NET_NONE + ordinary)
    )


def text_features(text: str) -> frozenset[str]:
    return features(canonical(lower(normalise(text))))


@dataclass(frozen=True)
class Kind:
    """One of the two models: which levels it learns to tell from the rest, and where it goes."""

    name: str
    levels: frozenset[str]
    threshold: float
    path: Path
    skips: frozenset[str] = frozenset()
    """Sets this model does not learn from."""
    window_threshold: float | None = None
    """The threshold for windows of a long message; None leaves long messages to the rules."""

    def says(self, level: str) -> bool:
        """Whether a message of this level is one the model should fire on."""
        return level in self.levels


# train_e tells control from friction and holds no crisis: to the crisis model its concerns only
# taught that abuse words are no crisis, and held out, blind5 lost 4 crises of 75 to it.
CRISIS = Kind(
    "crisis",
    frozenset({"crisis"}),
    THRESHOLD,
    MODEL,
    frozenset({"train_e_messages.jsonl"}),
    WINDOW_THRESHOLD,
)
# train_h is crisis told in few or ordinary words (pills, heights, trains) against the same words
# in harmless lives: the concern model, there for control and abuse, learned from it that
# sleeping pills are a concern.
CONCERN = Kind(
    "concern",
    frozenset({"concern", "crisis"}),
    CONCERN_THRESHOLD,
    CONCERN_MODEL,
    frozenset({"train_h_messages.jsonl"}),
)


def train(rows: list[dict[str, str]], kind: Kind = CRISIS) -> LearnedModel:
    """Logistic regression on feature presence; the kind's levels against everything else.
    A feature seen in only one message is left out: it would learn that message by heart."""
    encoded = [text_features(row["text"]) for row in rows]
    counts = Counter(feature for found in encoded for feature in found)
    vocabulary = {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_SEEN))}
    x = np.zeros((len(rows), len(vocabulary)), dtype=np.float32)
    for i, found in enumerate(encoded):
        x[i, [vocabulary[f] for f in found if f in vocabulary]] = 1.0
    y = np.array([kind.says(row["safety"]) for row in rows], dtype=np.float32)
    w, b = np.zeros(len(vocabulary), dtype=np.float32), 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        w -= RATE * (x.T @ (p - y) / len(y) + L2 * w)
        b -= RATE * float((p - y).mean())
    weights = {f: round(float(w[j]), 5) for f, j in vocabulary.items() if abs(w[j]) >= KEEP}
    window = math.inf if kind.window_threshold is None else kind.window_threshold
    return LearnedModel(weights, round(b, 5), kind.threshold, MIN_WORDS, MAX_WORDS, window)


def report(name: str, rows: list[dict[str, str]], model: LearnedModel, kind: Kind) -> None:
    """Recall and false alarms on a held-out set: the rules, the model, and either.

    Recall counts the messages labelled with the kind's first level; a false alarm is a `none`
    message the rules raise to one of the kind's levels, or the model fires on."""
    rules_only = SafetyCheck(learned=False)
    scored = []
    for row in rows:
        text = canonical(lower(normalise(row["text"])))
        words = len(text.split(" "))
        level = rules_only.assess(lower(normalise(row["text"]))).level.value
        if words > model.max_words:  # windows are judged at their own threshold in every column
            p = float(model.fires(text))
        else:
            p = model.probability(text) if model.min_words <= words else 0.0
        scored.append((row["safety"], kind.says(level), p))
    target = min(kind.levels)
    wanted = sum(level == target for level, _, _ in scored)
    calm = sum(level == "none" for level, _, _ in scored)
    print(f"=== {kind.name} model, held out: {name} ({wanted} {target}, {calm} none)")

    def line(label: str, says: Callable[[bool, float], bool]) -> None:
        hits = sum(says(r, p) for level, r, p in scored if level == target)
        alarms = sum(says(r, p) for level, r, p in scored if level == "none")
        print(
            f"  {label:17} {target} recall {hits / wanted:.3f} ({hits}/{wanted})"
            f"   false alarms on none {alarms / calm:.3f} ({alarms}/{calm})"
        )

    line("rules", lambda r, p: r)
    for t in THRESHOLDS:
        line(f"model >= {t}", lambda r, p, t=t: p >= t)  # type: ignore[misc]
    for t in THRESHOLDS:
        line(f"rules or >= {t}", lambda r, p, t=t: r or p >= t)  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--held-out", default=HELD_OUT, choices=TRAINING + NEVER_TRAINED, help="set to score"
    )
    parser.add_argument(
        "--write",
        action="store_true",
        help=f"then train on everything and write {MODEL.name} and {CONCERN_MODEL.name}",
    )
    parser.add_argument(
        "--only",
        choices=(CRISIS.name, CONCERN.name),
        help="train, score and write only this model",
    )
    args = parser.parse_args()
    sets = {name: load(name) for name in TRAINING}
    sets["tests/engine phrase lists"] = from_tests()
    held_out = load(args.held_out)
    for kind in (CRISIS, CONCERN):
        if args.only not in (None, kind.name):
            continue
        everything = [row for name, rows in sets.items() if name not in kind.skips for row in rows]
        others = [
            row
            for name, rows in sets.items()
            if name not in {args.held_out, *kind.skips}
            for row in rows
        ]
        model = train(others, kind)
        print(f"trained on {len(others)} messages; {len(model.weights)} weights kept")
        report(args.held_out, held_out, model, kind)
        if args.write:
            write(train(everything, kind), kind, len(everything), sorted(sets.keys() - kind.skips))


def write(model: LearnedModel, kind: Kind, messages: int, sets: list[str]) -> None:
    """Writes a model where the analyser reads it."""
    data = {
        "about": f"The learned {kind.name} model (core/engine/learned.py); "
        "bench/learned_safety.py --write",
        "trained_on": sets,
        "positive": sorted(kind.levels),
        "messages": messages,
        "l2": L2,
        "threshold": model.threshold,
        "min_words": model.min_words,
        "max_words": model.max_words,
        **(
            {}
            if math.isinf(model.window_threshold)
            else {"window_threshold": model.window_threshold}
        ),
        "bias": model.bias,
        "weights": dict(sorted(model.weights.items())),
    }
    kind.path.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"trained on {messages} messages; wrote {kind.path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
