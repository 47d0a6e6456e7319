"""Evaluate the offline analyser on the counsel-chat development set; prints counts, never text.

    python bench/analyser_eval.py [--data PATH]

For each question (title + text) it runs `Analyser.analyse` and reports, separately for the
development split (train + val, the one used to tune the lexicons) and the held-out test split:
the topics found per site label, topic accuracy against a stated label → topic mapping, how the
domestic-violence and self-harm/depression questions are raised, the crisis rate elsewhere,
crashes, and the time per call. The dataset's words never appear in the output.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.domain.analysis import Analysis
from core.domain.enums import SafetyLevel
from core.engine.analyser import Analyser

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
DEFAULT_DATA = DEFAULT_DATA / "counsel_chat_questions.jsonl"


# The site's labels are about the question, Amora's topics about the relationship theme, so a
# label maps to the set of topics a good answer could carry. Labels not listed are not scored.
def _topics(names: str) -> frozenset[str]:
    """A set of topic ids written as one space-separated string."""
    return frozenset(names.split())


LABEL_TOPICS: dict[str, frozenset[str]] = {
    "relationships": _topics(
        "communication conflict trust_jealousy infidelity breakup dating commitment "
        "growing_apart boundaries long_distance"
    ),
    # The site files most couple questions under "intimacy", not only sex and closeness.
    "intimacy": _topics(
        "intimacy trust_jealousy infidelity communication growing_apart commitment"
    ),
    "marriage": _topics(
        "commitment communication conflict infidelity trust_jealousy growing_apart intimacy"
    ),
    "family-conflict": _topics("family boundaries conflict"),
    "relationship-dissolution": _topics("breakup co_parenting growing_apart"),
    "parenting": _topics("co_parenting family"),
    "children-adolescents": _topics("family co_parenting"),
    "self-esteem": _topics("self_worth"),
    "social-relationships": _topics("loneliness boundaries communication conflict"),
    "anger-management": _topics("conflict"),
    "workplace-relationships": _topics("boundaries communication conflict"),
    "human-sexuality": _topics("intimacy"),
}
SELF_HARM_LABELS = frozenset({"self-harm", "depression"})
DV_LABEL = "domestic-violence"


@dataclass(frozen=True)
class Row:
    """One question: its site label, split and the analyser's reading (or None if it crashed)."""

    label: str
    split: str
    analysis: Analysis | None
    seconds: float


def load(path: Path) -> list[dict[str, str]]:
    """The questions, one JSON object a line."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def run(analyser: Analyser, questions: Iterable[dict[str, str]]) -> list[Row]:
    """Analyse title + text of every question, timing each call and counting crashes."""
    rows = []
    for q in questions:
        text = f"{q.get('title', '')}\n{q.get('text', '')}"
        start = time.perf_counter()
        try:
            analysis: Analysis | None = analyser.analyse(text)
        except Exception:  # a bench counts crashes instead of stopping at the first
            analysis = None
        rows.append(Row(q["topic"], q["split"], analysis, time.perf_counter() - start))
    return rows


def share(part: int, whole: int) -> str:
    """A percentage with its counts."""
    return f"{100 * part / whole:5.1f}% ({part}/{whole})" if whole else "   n/a"


def report(title: str, rows: list[Row]) -> None:
    """Print every figure for one group of rows."""
    ok = [r for r in rows if r.analysis is not None]
    print(f"\n=== {title}: {len(rows)} questions, {len(rows) - len(ok)} crashed ===")
    print("\nTop-1 topic per site label (share of the label's questions; '-' = no topic):")
    by_label: dict[str, list[Analysis]] = defaultdict(list)
    for r in ok:
        assert r.analysis is not None
        by_label[r.label].append(r.analysis)
    for label in sorted(by_label, key=lambda k: -len(by_label[k])):
        firsts = Counter(a.topics[0] if a.topics else "-" for a in by_label[label])
        n = len(by_label[label])
        top = ", ".join(f"{t} {100 * c / n:.0f}%" for t, c in firsts.most_common(4))
        print(f"  {label:26} n={n:3}  {top}")
    print("\nTopic accuracy on mapped labels (top-1 in mapped set / any of top 3 in mapped set):")
    total = [0, 0, 0]
    for label, topics in LABEL_TOPICS.items():
        found = by_label.get(label, [])
        if not found:
            continue
        top1 = sum(1 for a in found if a.topics[:1] and a.topics[0] in topics)
        top3 = sum(1 for a in found if topics.intersection(a.topics[:3]))
        total = [total[0] + top1, total[1] + top3, total[2] + len(found)]
        print(f"  {label:26} top-1 {share(top1, len(found))}   top-3 {share(top3, len(found))}")
    top1, top3 = share(total[0], total[2]), share(total[1], total[2])
    print(f"  {'ALL MAPPED':26} top-1 {top1}   top-3 {top3}")
    _safety(ok)
    _timing(rows)


def _safety(rows: list[Row]) -> None:
    """The safety figures the design asks for."""

    def level(r: Row) -> SafetyLevel:
        assert r.analysis is not None
        return r.analysis.safety

    dv = [r for r in rows if r.label == DV_LABEL]
    raised = sum(1 for r in dv if level(r) is not SafetyLevel.NONE)
    print("\nSafety:")
    print(f"  domestic-violence raised to concern/crisis:           {share(raised, len(dv))}")
    for label in sorted(SELF_HARM_LABELS):
        group = [r for r in rows if r.label == label]
        crisis = sum(1 for r in group if level(r) is SafetyLevel.CRISIS)
        print(f"  {label:17} raised to crisis:                      {share(crisis, len(group))}")
    other = [r for r in rows if r.label not in SELF_HARM_LABELS | {DV_LABEL}]
    crisis = sum(1 for r in other if level(r) is SafetyLevel.CRISIS)
    print(f"  crisis on labels other than self-harm, depression, DV: {share(crisis, len(other))}")
    rest = [r for r in other if r.label != "trauma"]
    crisis = sum(1 for r in rest if level(r) is SafetyLevel.CRISIS)
    print(f"  … and also other than trauma:                         {share(crisis, len(rest))}")
    concern = sum(1 for r in rest if level(r) is SafetyLevel.CONCERN)
    print(f"  concern on those same labels:                         {share(concern, len(rest))}")
    reasons = Counter(x for r in rows if r.analysis for x in r.analysis.safety_reasons)
    print("  reasons:", ", ".join(f"{k} {v}" for k, v in reasons.most_common()))


def _timing(rows: list[Row]) -> None:
    """Mean and p99 time per analyse() call."""
    times = sorted(r.seconds * 1e6 for r in rows)
    p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
    print(f"\nTime per analyse(): mean {statistics.fmean(times):.0f} µs, p99 {p99:.0f} µs")


def bench_300(analyser: Analyser, questions: list[dict[str, str]], repeat: int = 5) -> None:
    """Time on 300-character messages (the first 300 characters of each long question)."""
    texts = [(q["title"] + "\n" + q["text"])[:300] for q in questions]
    texts = [t for t in texts if len(t) == 300]
    times = []
    for _ in range(repeat):
        for text in texts:
            start = time.perf_counter()
            analyser.analyse(text)
            times.append((time.perf_counter() - start) * 1e6)
    times.sort()
    p99 = times[int(0.99 * len(times))]
    mean = statistics.fmean(times)
    print(
        f"\n300-character messages ({len(texts)} x {repeat}): mean {mean:.0f} µs, p99 {p99:.0f} µs"
    )


def main() -> None:
    """Read the data, analyse it, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    questions = load(args.data.resolve())
    start = time.perf_counter()
    analyser = Analyser()
    print(
        f"Analyser built in {1000 * (time.perf_counter() - start):.0f} ms; "
        f"{len(questions)} questions from {args.data.name}"
    )
    rows = run(analyser, questions)
    report(
        "development split (train + val; used to tune the lexicons)",
        [r for r in rows if r.split in {"train", "val"}],
    )
    report("test split (held out)", [r for r in rows if r.split == "test"])
    print(
        f"\nNothing crashed: {all(r.analysis is not None for r in rows)} "
        f"({sum(r.analysis is None for r in rows)} crashes in {len(rows)})"
    )
    bench_300(analyser, questions)


if __name__ == "__main__":
    main()
