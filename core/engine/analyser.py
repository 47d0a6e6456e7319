"""The offline analyser: what one message is about, how it feels, and whether it is safe.

Deterministic, standard library only, no model. Everything is compiled once in `Analyser()`;
`analyse` then makes a handful of C-level regex passes over the normalised text.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass

from core.domain.analysis import Analysis
from core.domain.enums import EMOTIONS, TOPICS, SafetyLevel, Stage
from core.engine.lexicon.cues import (
    ACTION_VERBS,
    DECISION,
    DECISION_CUT,
    DECISION_WHEN,
    PARTNER,
    STAGE_CUES,
    UNSAFE_DECISION,
    canonical_partner,
    second_person,
    shorten,
)
from core.engine.lexicon.emotions import DOWNTONERS, EMOTION_PHRASES, INTENSIFIERS
from core.engine.lexicon.literals import literals_of
from core.engine.lexicon.negation import is_negated
from core.engine.lexicon.normalise import canonical, lower, normalise
from core.engine.lexicon.phrases import Entry, build_table, compile_table, words
from core.engine.lexicon.prefilter import GatedRules
from core.engine.lexicon.topics import NEGATABLE_TOPICS, TOPIC_PHRASES
from core.engine.safety import SafetyCheck

MAX_TOPICS = 3
MAX_EMOTIONS = 4
MAX_DECISIONS = 3
_MIN_TOPIC_SCORE = 1.0
"""A topic needs this much evidence: one phrase, or two weak words, not one weak word."""
_CRISIS_INTENSITY = 0.8
"""A crisis message is read as intense however calmly it is written."""
# Words between a negator and a topic word that show the negator is about something else:
# "I can't stop arguing", "I can't believe he cheated" still mean arguing and cheating.
_TOPIC_BREAKERS = words(
    "stop help believe stand handle deal get want wish seem know think sure understand why how "
    "if whether what when but because so say said tell told"
)
_INTENSIFIERS = frozenset(INTENSIFIERS)
_DOWNTONERS = frozenset(DOWNTONERS)
_CAPS_WORD = re.compile(r"[A-Z]{3,}")


@dataclass(frozen=True, slots=True)
class _Compiled:
    """The analyser's lexicons and patterns, compiled."""

    safety: SafetyCheck
    topic_table: dict[str, tuple[Entry, ...]]
    topic_re: re.Pattern[str]
    emotion_table: dict[str, tuple[Entry, ...]]
    emotion_re: re.Pattern[str]
    stage_of: list[Stage]
    stages: GatedRules
    partner: re.Pattern[str]
    decision: re.Pattern[str]
    decision_cut: re.Pattern[str]
    decision_when: re.Pattern[str]
    unsafe_decision: re.Pattern[str]


def build() -> _Compiled:
    """Builds everything afresh: once per process, on first use (`_compile`), never at import."""
    topic_table = build_table(TOPIC_PHRASES, NEGATABLE_TOPICS)
    emotion_table = build_table(EMOTION_PHRASES, EMOTIONS)
    unknown = {e.label for v in topic_table.values() for e in v} - set(TOPICS)
    unknown |= {e.label for v in emotion_table.values() for e in v} - set(EMOTIONS)
    if unknown:
        raise ValueError(f"lexicon labels outside TOPICS/EMOTIONS: {sorted(unknown)}")
    return _Compiled(
        safety=SafetyCheck(),
        topic_table=topic_table,
        topic_re=compile_table(topic_table, overlapping=True),
        emotion_table=emotion_table,
        emotion_re=compile_table(emotion_table),
        stage_of=[stage for stage, cues in STAGE_CUES for _ in cues],
        stages=GatedRules(
            [cue for _, cues in STAGE_CUES for cue in cues], plain=True, derive=literals_of
        ),
        partner=re.compile(PARTNER),
        decision=re.compile(DECISION),
        decision_cut=re.compile(DECISION_CUT),
        decision_when=re.compile(DECISION_WHEN),
        unsafe_decision=re.compile(UNSAFE_DECISION),
    )


_compile = functools.cache(build)


class Analyser:
    """Reads topics, emotions, intensity, stage hint, partner word, decisions and safety."""

    def __init__(self) -> None:
        # Compiled state is immutable and shared: a second Analyser costs nothing.
        compiled = _compile()
        self._safety = compiled.safety
        self._topic_table = compiled.topic_table
        self._topic_re = compiled.topic_re
        self._emotion_table = compiled.emotion_table
        self._emotion_re = compiled.emotion_re
        self._stage_of = compiled.stage_of
        self._stages = compiled.stages
        self._partner = compiled.partner
        self._decision = compiled.decision
        self._decision_cut = compiled.decision_cut
        self._decision_when = compiled.decision_when
        self._unsafe_decision = compiled.unsafe_decision

    def analyse(self, text: str) -> Analysis:
        """The analyser's view of one message; never raises on any string."""
        norm = normalise(text)
        low = lower(norm)
        if not any(c.isalnum() for c in low):
            return Analysis()
        canon = canonical(low)
        safety = self._safety.assess_canonical(canon)
        emotions, intensity = self._emotions(low, norm)
        crisis = safety.level is SafetyLevel.CRISIS
        return Analysis(
            topics=self._topics(canon),
            emotions=emotions,
            intensity=max(intensity, _CRISIS_INTENSITY) if crisis else intensity,
            stage_hint=self._stage(low),
            safety=safety.level,
            safety_reasons=safety.reasons,
            partner_word=self._partner_word(low),
            decisions=() if crisis else self._decisions(norm, low),
        )

    def _scores(
        self, pattern: re.Pattern[str], table: dict[str, tuple[Entry, ...]], low: str
    ) -> tuple[dict[str, float], dict[str, int], list[tuple[Entry, int]]]:
        """Summed weights per label, first position per label, and the hits that counted."""
        scores: dict[str, float] = {}
        first: dict[str, int] = {}
        hits: list[tuple[Entry, int]] = []
        covered: dict[str, int] = {}  # label → end of its last phrase (overlapping patterns)
        group = 1 if pattern.groups else 0
        for match in pattern.finditer(low):
            start, end = match.span(group)
            negated: bool | None = None
            for entry in table[match.group(group)]:
                if end <= covered.get(entry.label, -1):
                    continue  # inside a longer phrase of the same label: counted once
                if entry.negatable:
                    if negated is None:
                        negated = is_negated(low, start, 1, breakers=_TOPIC_BREAKERS)
                    if negated:
                        continue
                covered[entry.label] = end
                scores[entry.label] = scores.get(entry.label, 0.0) + entry.weight
                first.setdefault(entry.label, start)
                hits.append((entry, start))
        return scores, first, hits

    def _topics(self, low: str) -> tuple[str, ...]:
        """Topic ids best first; small talk has none."""
        scores, first, _ = self._scores(self._topic_re, self._topic_table, low)
        ranked = sorted(scores, key=lambda t: (-scores[t], first[t]))
        return tuple(t for t in ranked if scores[t] >= _MIN_TOPIC_SCORE)[:MAX_TOPICS]

    def _emotions(self, low: str, norm: str) -> tuple[tuple[str, ...], float]:
        """Emotions strongest first, and an intensity from 0 to 1."""
        _, first, hits = self._scores(self._emotion_re, self._emotion_table, low)
        strength: dict[str, float] = {}
        strong = boosted = 0
        for entry, start in hits:
            factor = _degree(low, start)
            boosted += factor > 1
            strength[entry.label] = strength.get(entry.label, 0.0) + entry.weight * factor
            strong += entry.weight >= 2
        ranked = sorted(strength, key=lambda e: (-strength[e], first[e]))
        emotions = tuple(e for e in ranked if strength[e] >= 0.5)[:MAX_EMOTIONS]
        caps = sum(1 for w in _CAPS_WORD.findall(norm) if w != "OK")
        raw = (
            0.25 * min(sum(strength.values()), 5.0)
            + 0.15 * min(strong, 4)
            + 0.1 * min(boosted, 4)
            + 0.1 * min(low.count("!"), 5)
            + 0.1 * min(caps, 5)
        )
        return emotions, round(1.0 - math.exp(-1.1 * raw), 3)

    def _stage(self, low: str) -> Stage | None:
        """The stage the person's words ask for, if any."""
        found = {
            self._stage_of[index]
            for index, left, right in self._stages.work(low)
            if self._stages.patterns[index].search(low, left, right)
        }
        return next((stage for stage, _ in STAGE_CUES if stage in found), None)

    def _partner_word(self, low: str) -> str | None:
        """The person's word for their partner, a current partner before an ex."""
        counts = Counter(
            "my " + canonical_partner(match.group(1)) for match in self._partner.finditer(low)
        )
        current = [w for w in counts if not w.startswith("my ex")]
        pool = current or list(counts)
        # Most used wins; Counter keeps first-seen order, so ties go to the first mentioned.
        return max(pool, key=lambda w: counts[w]) if pool else None

    def _decisions(self, norm: str, low: str) -> tuple[str, ...]:
        """Stated intentions, in the second person, short and safe to repeat in a summary."""
        found: list[str] = []
        for match in self._decision.finditer(low):
            start, end = match.span(1)
            cut = self._decision_cut.search(low, start, end)
            end = cut.start() if cut else end
            what = norm[start:end].strip(" ,:-\"'")
            for filler in ("just ", "definitely ", "finally ", "really ", "actually ", "now "):
                what = what[len(filler) :] if what.lower().startswith(filler) else what
            if what.split(" ", 1)[0].lower() not in ACTION_VERBS:
                continue
            if self._unsafe_decision.search(what.lower()):
                continue
            when = self._decision_when.search(low, max(0, match.start() - 30), match.start())
            if when and when.group(1) not in what.lower():
                what = f"{what} {when.group(1)}"
            decision = second_person(shorten(what))
            if decision not in found:
                found.append(decision)
        return tuple(found[:MAX_DECISIONS])


def _degree(low: str, start: int) -> float:
    """1.5 after an intensifier ("so sad"), 0.6 after a downtoner ("a bit sad"), else 1."""
    before = low[max(0, start - 30) : start].split(" ")[-3:-1]
    for size in (1, 2):
        phrase = " ".join(before[-size:])
        if phrase in _INTENSIFIERS:
            return 1.5
        if phrase in _DOWNTONERS:
            return 0.6
    return 1.0
