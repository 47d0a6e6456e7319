"""The offline analyser: what one message is about, how it feels, and whether it is safe.

Deterministic, standard library only, no model. Everything is compiled once in `Analyser()`;
`analyse` then makes a handful of C-level regex passes over the normalised text.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from core.domain.analysis import Analysis
from core.domain.enums import EMOTIONS, TOPICS, SafetyLevel, Stage
from core.engine.lexicon.cues import (
    ACTION_VERBS,
    DECISION,
    DECISION_CUT,
    DECISION_WHEN,
    PARTNER,
    PARTNER_CANON,
    STAGE_CUES,
    UNSAFE_DECISION,
)
from core.engine.lexicon.emotions import DOWNTONERS, EMOTION_PHRASES, INTENSIFIERS
from core.engine.lexicon.normalise import lower, normalise
from core.engine.lexicon.phrases import Entry, build_table, compile_table
from core.engine.lexicon.prefilter import GatedRules
from core.engine.lexicon.topics import NEGATABLE_TOPICS, TOPIC_PHRASES
from core.engine.safety import SafetyCheck, is_negated

MAX_TOPICS = 3
MAX_EMOTIONS = 4
MAX_DECISIONS = 3
DECISION_LENGTH = 80
_MIN_TOPIC_SCORE = 1.0
"""A topic needs this much evidence: one phrase, or two weak words, not one weak word."""
_CRISIS_INTENSITY = 0.8
"""A crisis message is read as intense however calmly it is written."""
# Words between a negator and a topic word that show the negator is about something else:
# "I can't stop arguing", "I can't believe he cheated" still mean arguing and cheating.
_TOPIC_BREAKERS = frozenset(
    "stop help believe stand handle deal get want wish seem know think sure understand why how "
    "if whether what when but because so say said tell told".split()
)
_INTENSIFIERS = frozenset(INTENSIFIERS)
_DOWNTONERS = frozenset(DOWNTONERS)
_CAPS_WORD = re.compile(r"[A-Z]{3,}")
_PRONOUNS = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "i'm": "you're",
    "im": "you're", "i've": "you've", "i'll": "you'll", "i'd": "you'd", "am": "are", "was": "were",
}
_PRONOUN_WORD = re.compile(r"(?<![\w'])(?:i'm|i've|i'll|i'd|im|i|me|my|mine|myself|am|was)(?![\w'])", re.I)


class Analyser:
    """Reads topics, emotions, intensity, stage hint, partner word, decisions and safety."""

    def __init__(self) -> None:
        self._safety = SafetyCheck()
        self._topic_table = build_table(TOPIC_PHRASES, NEGATABLE_TOPICS)
        self._topic_re = compile_table(self._topic_table)
        self._emotion_table = build_table(EMOTION_PHRASES, EMOTIONS)
        self._emotion_re = compile_table(self._emotion_table)
        self._stage_of = [stage for stage, cues in STAGE_CUES for _ in cues]
        self._stages = GatedRules([cue for _, cues in STAGE_CUES for cue in cues], common=False)
        self._partner = re.compile(PARTNER)
        self._decision = re.compile(DECISION)
        self._decision_cut = re.compile(DECISION_CUT)
        self._decision_when = re.compile(DECISION_WHEN)
        self._unsafe_decision = re.compile(UNSAFE_DECISION)
        unknown = {e.label for v in self._topic_table.values() for e in v} - set(TOPICS)
        unknown |= {e.label for v in self._emotion_table.values() for e in v} - set(EMOTIONS)
        if unknown:
            raise ValueError(f"lexicon labels outside TOPICS/EMOTIONS: {sorted(unknown)}")

    def analyse(self, text: str) -> Analysis:
        """The analyser's view of one message; never raises on any string."""
        norm = normalise(text)
        low = lower(norm)
        if not any(c.isalnum() for c in low):
            return Analysis()
        safety = self._safety.assess(low)
        emotions, intensity = self._emotions(low, norm)
        crisis = safety.level is SafetyLevel.CRISIS
        return Analysis(
            topics=self._topics(low),
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
        for match in pattern.finditer(low):
            negated: bool | None = None
            for entry in table[match.group()]:
                if entry.negatable:
                    if negated is None:
                        negated = is_negated(low, match.start(), 1, _TOPIC_BREAKERS)
                    if negated:
                        continue
                scores[entry.label] = scores.get(entry.label, 0.0) + entry.weight
                first.setdefault(entry.label, match.start())
                hits.append((entry, match.start()))
        return scores, first, hits

    def _topics(self, low: str) -> tuple[str, ...]:
        """Topic ids best first; small talk has none."""
        scores, first, _ = self._scores(self._topic_re, self._topic_table, low)
        ranked = sorted(scores, key=lambda t: (-scores[t], first[t]))
        return tuple(t for t in ranked if scores[t] >= _MIN_TOPIC_SCORE)[:MAX_TOPICS]

    def _emotions(self, low: str, norm: str) -> tuple[tuple[str, ...], float]:
        """Emotions strongest first, and an intensity from 0 to 1."""
        _, first, hits = self._scores(self._emotion_re, self._emotion_table, low)
        strength: Counter[str] = Counter()
        strong = boosted = 0
        for entry, start in hits:
            factor = _degree(low, start)
            boosted += factor > 1
            strength[entry.label] += entry.weight * factor
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
        words = Counter(
            "my " + _canonical_partner(match.group(1)) for match in self._partner.finditer(low)
        )
        if not words:
            return None
        current = [w for w in words if not w.startswith("my ex")]
        pool = current or list(words)
        return max(pool, key=lambda w: words[w])

    def _decisions(self, norm: str, low: str) -> tuple[str, ...]:
        """Stated intentions, in the second person, short and safe to repeat in a summary."""
        found: list[str] = []
        for match in self._decision.finditer(low):
            start, end = match.span(1)
            cut = self._decision_cut.search(low, start, end)
            end = cut.start() if cut else end
            what = norm[start:end].strip(" ,:-\"'")
            for filler in ("just ", "definitely ", "finally ", "really ", "actually ", "now "):
                what = what[len(filler):] if what.lower().startswith(filler) else what
            if what.split(" ", 1)[0].lower() not in ACTION_VERBS:
                continue
            if self._unsafe_decision.search(what.lower()):
                continue
            when = self._decision_when.search(low, max(0, match.start() - 30), match.start())
            if when and when.group(1) not in what.lower():
                what = f"{what} {when.group(1)}"
            decision = _second_person(_shorten(what))
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


def _canonical_partner(word: str) -> str:
    """"bf" → "boyfriend", "ex husband" → "ex-husband"."""
    word = PARTNER_CANON.get(word, word)
    if word.startswith("ex") and word != "ex" and not word.startswith("ex-"):
        word = "ex-" + word[2:].lstrip(" -")
    return word


def _shorten(text: str) -> str:
    """At most `DECISION_LENGTH` characters, cut at a word boundary."""
    if len(text) <= DECISION_LENGTH:
        return text
    return text[: DECISION_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _second_person(text: str) -> str:
    """First-person words turned to second person ("tell him how I feel" → "… how you feel")."""
    return _PRONOUN_WORD.sub(lambda m: _PRONOUNS[m.group().lower()], text)
