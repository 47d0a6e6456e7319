"""Evaluate the offline analyser: the labelled sets and counsel-chat; prints counts, never text.

    python bench/eval_analyser.py [--labelled PATH ...] [--data PATH] [--no-counsel]

Part 1 scores each labelled set (by default tests/data/labelled_messages.jsonl and, when it
exists, tests/data/heldout_messages.jsonl): crisis recall with the ids and notes of what was
missed, false alarms on `none` (concern or crisis, and crisis alone), concern recall, top-1 and
any-of-top-3 topic accuracy and small-talk accuracy. The labelled sets were written for the tests,
so their notes may be printed; their text is not.

Part 2 runs the counsel-chat questions (title + text; `--data`), development split (train + val)
and held-out test split apart: topic accuracy against the label → topic mapping printed below,
how the domestic-violence and self-harm/depression questions are raised, the crisis rate on the
other labels, crashes and time per call. The dataset's words never appear in the output.

Part 3 times `analyse()` on 300-character messages.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.domain.analysis import Analysis  # noqa: E402
from core.domain.enums import SafetyLevel  # noqa: E402
from core.engine.analyser import Analyser  # noqa: E402

DATA_DIR = ROOT / "tests" / "data"
LABELLED = DATA_DIR / "labelled_messages.jsonl"
HELDOUT = DATA_DIR / "heldout_messages.jsonl"
COUNSEL = ROOT.parent / "shared" / "data" / "counsel_chat_questions.jsonl"

NONE, CONCERN, CRISIS = SafetyLevel.NONE, SafetyLevel.CONCERN, SafetyLevel.CRISIS


def share(part: int, whole: int) -> str:
    """A ratio with its counts."""
    return f"{part / whole:6.3f} ({part}/{whole})" if whole else "   n/a"


# --------------------------------------------------------------------------- labelled sets


@dataclass(frozen=True)
class Scored:
    """One labelled message with the analyser's reading."""

    id: int
    note: str
    safety: SafetyLevel
    topics: tuple[str, ...]
    got: Analysis


def score_labelled(analyser: Analyser, path: Path) -> list[Scored]:
    """Analyse every message of a labelled set."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            item = json.loads(line)
            rows.append(
                Scored(
                    int(item.get("id", n)),
                    item["note"],
                    SafetyLevel(item["safety"]),
                    tuple(item.get("topics", ())),  # a safety-only set has no topics
                    analyser.analyse(item["text"]),
                )
            )
    return rows


def _listing(rows: Iterable[Scored]) -> str:
    """Ids, notes and the level given, for the misses."""
    return "\n".join(
        f"      #{r.id:<4} {r.note:28} got {r.got.safety.value:8} {','.join(r.got.safety_reasons)}"
        for r in rows
    )


def report_labelled(title: str, rows: Sequence[Scored]) -> None:
    """Print every figure for one labelled set."""
    crisis = [r for r in rows if r.safety is CRISIS]
    concern = [r for r in rows if r.safety is CONCERN]
    none = [r for r in rows if r.safety is NONE]
    print(f"\n=== {title}: {len(rows)} messages ===")
    print(f"  crisis {len(crisis)}, concern {len(concern)}, none {len(none)}")

    missed = [r for r in crisis if r.got.safety is not CRISIS]
    print(
        f"\n  crisis recall:                        {share(len(crisis) - len(missed), len(crisis))}"
    )
    if missed:
        print("    missed:\n" + _listing(missed))
    raised = [r for r in concern if r.got.safety is not NONE]
    exact = [r for r in concern if r.got.safety is CONCERN]
    print(f"  concern recall (concern or crisis):   {share(len(raised), len(concern))}")
    print(f"  concern given exactly:                {share(len(exact), len(concern))}")
    if len(raised) < len(concern):
        print("    missed:\n" + _listing(r for r in concern if r.got.safety is NONE))
    alarms = [r for r in none if r.got.safety is not NONE]
    crisis_alarms = [r for r in none if r.got.safety is CRISIS]
    print(f"  false alarms on none (concern/crisis): {share(len(alarms), len(none))}")
    print(f"  false alarms on none (crisis alone):   {share(len(crisis_alarms), len(none))}")
    if alarms:
        print("    raised:\n" + _listing(alarms))
    _confusion(rows)
    _topic_figures(rows)


def _confusion(rows: Sequence[Scored]) -> None:
    """Expected level (rows) against the level given (columns)."""
    print("\n  expected \\ given     none  concern  crisis")
    for want in (NONE, CONCERN, CRISIS):
        counts = Counter(r.got.safety for r in rows if r.safety is want)
        print(f"  {want.value:18} {counts[NONE]:6} {counts[CONCERN]:8} {counts[CRISIS]:7}")


def _topic_figures(rows: Sequence[Scored]) -> None:
    """Topic accuracy on messages with expected topics, and small talk."""
    topical = [r for r in rows if r.topics]
    strict = sum(1 for r in topical if r.got.topics[:1] == r.topics[:1])
    top1 = sum(1 for r in topical if r.got.topics[:1] and r.got.topics[0] in r.topics)
    top3 = sum(1 for r in topical if set(r.topics) & set(r.got.topics[:3]))
    print("\n  topics, on messages with expected topics:")
    print(f"    top-1 is the expected best topic:    {share(strict, len(topical))}")
    print(f"    top-1 is one of the expected topics: {share(top1, len(topical))}")
    print(f"    any of top 3 is expected:            {share(top3, len(topical))}")
    small = [r for r in rows if not r.topics and r.safety is NONE and r.note == "small_talk"]
    quiet = sum(1 for r in small if not r.got.topics)
    print(f"  small talk given no topic:             {share(quiet, len(small))}")
    wrong = [r for r in topical if not (r.got.topics[:1] and r.got.topics[0] in r.topics)]
    if wrong:
        print("    top-1 misses (id note: expected -> given):")
        for r in wrong:
            print(f"      #{r.id:<4} {r.note:28} {'/'.join(r.topics)} -> {'/'.join(r.got.topics)}")


# --------------------------------------------------------------------------- counsel-chat


def _topics(names: str) -> frozenset[str]:
    """A set of topic ids written as one space-separated string."""
    return frozenset(names.split())


# The site's labels are about the question, Amora's topics about the relationship theme, so a
# label maps to the set of topics a good answer could carry. Labels not listed are not scored.
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
TRAUMA_LABEL = "trauma"


@dataclass(frozen=True)
class Row:
    """One question: its site label, split and the analyser's reading (None if it crashed)."""

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


def print_mapping() -> None:
    """The label → topic mapping the accuracy is measured against."""
    print("\nLabel → topic mapping (top-1 counts as right when it is in the label's set):")
    for label, topics in LABEL_TOPICS.items():
        print(f"  {label:26} {' '.join(sorted(topics))}")
    print(
        f"  safety only: {DV_LABEL} (must be concern or crisis), "
        f"{', '.join(sorted(SELF_HARM_LABELS))} (share raised); other labels are not scored"
    )


def report_counsel(title: str, rows: list[Row]) -> None:
    """Print every figure for one group of counsel-chat rows."""
    ok = [r for r in rows if r.analysis is not None]
    print(f"\n=== counsel-chat {title}: {len(rows)} questions, {len(rows) - len(ok)} crashed ===")
    by_label: dict[str, list[Analysis]] = defaultdict(list)
    for r in ok:
        assert r.analysis is not None
        by_label[r.label].append(r.analysis)
    print("  topic accuracy on mapped labels (top-1 in set / any of top 3 in set):")
    total = [0, 0, 0]
    for label, topics in LABEL_TOPICS.items():
        found = by_label.get(label, [])
        if not found:
            continue
        top1 = sum(1 for a in found if a.topics[:1] and a.topics[0] in topics)
        top3 = sum(1 for a in found if topics.intersection(a.topics[:3]))
        total = [total[0] + top1, total[1] + top3, total[2] + len(found)]
        print(f"    {label:26} top-1 {share(top1, len(found))}   top-3 {share(top3, len(found))}")
    top1s, top3s = share(total[0], total[2]), share(total[1], total[2])
    print(f"    {'ALL MAPPED':26} top-1 {top1s}   top-3 {top3s}")
    _counsel_safety(ok)


def _counsel_safety(rows: list[Row]) -> None:
    """The safety figures the design asks for."""

    def level(r: Row) -> SafetyLevel:
        assert r.analysis is not None
        return r.analysis.safety

    print("  safety:")
    dv = [r for r in rows if r.label == DV_LABEL]
    raised = sum(1 for r in dv if level(r) is not NONE)
    print(f"    {DV_LABEL} raised to concern/crisis:   {share(raised, len(dv))}")
    for label in sorted(SELF_HARM_LABELS):
        group = [r for r in rows if r.label == label]
        up = sum(1 for r in group if level(r) is not NONE)
        crisis = sum(1 for r in group if level(r) is CRISIS)
        print(
            f"    {label:17} raised to concern/crisis:   {share(up, len(group))}"
            f"   to crisis: {share(crisis, len(group))}"
        )
    other = [r for r in rows if r.label not in SELF_HARM_LABELS | {DV_LABEL}]
    crisis = sum(1 for r in other if level(r) is CRISIS)
    concern = sum(1 for r in other if level(r) is CONCERN)
    n = len(other)
    print(f"    other labels: crisis {share(crisis, n)}   concern {share(concern, n)}")
    # Trauma questions often describe an assault: a crisis there is not a false alarm.
    calm = [r for r in other if r.label != TRAUMA_LABEL]
    crisis = sum(1 for r in calm if level(r) is CRISIS)
    print(f"    other labels but {TRAUMA_LABEL}: crisis {share(crisis, len(calm))}")
    reasons = Counter(x for r in rows if r.analysis for x in r.analysis.safety_reasons)
    print("    reasons:", ", ".join(f"{k} {v}" for k, v in reasons.most_common()))


def timing(rows: list[Row]) -> None:
    """Mean and p99 time per analyse() call."""
    times = sorted(r.seconds * 1e6 for r in rows)
    p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
    print(
        f"\n  time per analyse() on whole questions: mean {statistics.fmean(times):.0f} µs, "
        f"p99 {p99:.0f} µs"
    )
    crashes = sum(r.analysis is None for r in rows)
    print(f"  crashes: {crashes} in {len(rows)}")


# --------------------------------------------------------------------------- speed


def bench_300(analyser: Analyser, texts: Sequence[str], repeat: int = 7) -> None:
    """Time on 300-character messages: mean and p99 over every call, and the best pass's mean
    (the figure least disturbed by whatever else the machine is doing)."""
    padded = [(t * (1 + 300 // max(1, len(t))))[:300] for t in texts if t.strip()]
    times = []
    passes = []
    for _ in range(repeat):
        start_pass = time.perf_counter()
        for text in padded:
            start = time.perf_counter()
            analyser.analyse(text)
            times.append((time.perf_counter() - start) * 1e6)
        passes.append((time.perf_counter() - start_pass) * 1e6 / len(padded))
    times.sort()
    p99 = times[int(0.99 * len(times))]
    mean = statistics.fmean(times)
    print(
        f"\n300-character messages ({len(padded)} x {repeat}): mean {mean:.0f} µs, "
        f"best pass {min(passes):.0f} µs, p99 {p99:.0f} µs (target: mean < 300 µs)"
    )


HUGE = (
    "i want to die and he has a knife ",
    "he hit me and i am scared ",
    "i don't want to die ",
    "we argue about money all the time and i feel lonely ",
)
"""Sentences that keep the safety rules busy, repeated without a full stop into 100 kB: the
worst a message can ask of the analyser (the Telegram and Discord limits are far shorter)."""


def bench_huge(analyser: Analyser) -> None:
    """Seconds for each 100 kB message of one endless sentence; it should grow linearly."""
    print("\n100 kB of one sentence, no full stop:")
    for unit in HUGE:
        text = unit * (100_000 // len(unit))
        start = time.perf_counter()
        analyser.analyse(text)
        print(f"  {len(unit.split()):2} words repeated: {time.perf_counter() - start:.2f} s")


def main() -> None:
    """Read the data, analyse it, print the report."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--labelled", type=Path, action="append", help="a labelled JSON-lines set (repeatable)"
    )
    parser.add_argument("--data", type=Path, default=COUNSEL, help="counsel-chat questions")
    parser.add_argument("--no-counsel", action="store_true", help="skip counsel-chat")
    args = parser.parse_args()
    start = time.perf_counter()
    analyser = Analyser()
    print(f"Analyser built in {1000 * (time.perf_counter() - start):.0f} ms")
    sets = args.labelled or [p for p in (LABELLED, HELDOUT) if p.exists()]
    for path in sets:
        report_labelled(path.name, score_labelled(analyser, path))
    texts: list[str] = []
    if not args.no_counsel and args.data.exists():
        questions = load(args.data.resolve())
        print(f"\n{len(questions)} counsel-chat questions from {args.data.name}")
        print_mapping()
        rows = run(analyser, questions)
        report_counsel(
            "development split (train + val)", [r for r in rows if r.split in {"train", "val"}]
        )
        report_counsel("test split", [r for r in rows if r.split == "test"])
        report_counsel("all", rows)
        timing(rows)
        texts = [q["title"] + "\n" + q["text"] for q in questions]
    with LABELLED.open(encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for line in handle if line.strip()]
    bench_300(analyser, texts)
    bench_huge(analyser)


if __name__ == "__main__":
    main()
