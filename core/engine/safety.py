"""The safety check: crisis, concern or none, with short reason labels, from authored rules.

How a match is read (see DESIGN.md §4 and the rules in `core.engine.lexicon`):

- Negation is local. "I'm not suicidal" or "I've never tried or contemplated suicide" cancel the
  phrase they govern (a negator up to three words before it, in the same clause), and nothing
  else: a denial elsewhere in a long message never hides another statement of intent. So
  "I'm not suicidal but I feel empty" is none, while "I'm not suicidal… I just want to die" is
  crisis. Phrases whose meaning is already negative ("don't want to live") are not negatable.
- Past time lowers a crisis to concern (`past_self_harm`, `past_abuse`): "I used to cut myself",
  "I was raped as a child". Recent or undated events stay crisis.
- Someone else as the subject changes the reason ("she is suicidal" is `suicide_other`, still crisis).
- A minor describing abuse, or an adult in a minor's sexual story, is a crisis (`child_danger`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.domain.enums import SafetyLevel
from core.engine.lexicon.safety_abuse import (
    ABUSE_RULES,
    AGE_GAP,
    MINOR,
    PAST,
    PAST_BROAD,
    RELAPSE,
    ROMANCE,
)
from core.engine.lexicon.prefilter import GatedRules, sentence
from core.engine.lexicon.safety_rules import MACROS, RULES, Rule

# Reasons that, told by a minor, make a crisis: a child being abused or in danger.
_HARMFUL = frozenset({"abuse", "sexual_assault", "past_abuse", "danger_now", "partner_threat"})
_RANK = {SafetyLevel.NONE: 0, SafetyLevel.CONCERN: 1, SafetyLevel.CRISIS: 2}
_NEGATORS = frozenset(
    "not never no nor without cannot hardly neither stopped quit".split()
    + [
        f"{stem}{apostrophe}t"
        for stem in "don doesn didn isn aren wasn weren won wouldn can couldn shouldn haven hasn "
        "hadn ain mustn".split()
        for apostrophe in ("'", "")
    ]
)
_PLAIN_WORD = re.compile(r"[\w'-]+")
# Words after a negator that end its reach: "I don't know why I want to die" is not a denial.
_SCOPE_BREAKERS = frozenset(
    "know knew why how sure understand if whether what when but because so think thought "
    "believe care matter mind realize realise remember see tell said say".split()
)
_THIRD_PERSON = (
    r"he|she|they|him|her|his|them|their|he's|she's|they're|hes|shes|someone|somebody|"
    r"(?:my|his|her|our|their|a|the)(?: [\w'-]+)? (?:friends?|husband|wife|boyfriend|girlfriend|"
    r"partner|bf|gf|spouse|ex|sons?|daughters?|kids?|child|children|stepson|stepdaughter|"
    r"stepchild|mom|mum|mother|dad|father|brother|sister|cousin|aunt|uncle|grandma|grandpa|"
    r"relative|colleague|coworker|classmate|roommate|client|patient|neighbou?r|person|man|"
    r"woman|guy|girl|boy|fianc[eé]e?)"
)
_PERSON = re.compile(rf"\b(?:(i|i'm|im|i've|ive|i'd|i'll|me|myself)|({_THIRD_PERSON}))\b")


def expand_macros(pattern: str) -> str:
    """The rule's regex with its `<MACRO>`s replaced (macros may use macros)."""
    for _ in range(3):
        for name, body in MACROS.items():
            pattern = pattern.replace(name, body)
    if re.search(r"<[A-Z]+>", pattern):
        raise ValueError(f"unknown macro in safety rule: {pattern[:60]}")
    return pattern


def is_negated(
    text: str, start: int, max_gap: int, breakers: frozenset[str] = _SCOPE_BREAKERS
) -> bool:
    """Whether a negator governs the phrase at `start`: at most `max_gap` words before it, in
    the same clause, with no scope breaker between ("I don't know why I…" is no denial)."""
    if start == 0 or text[start - 1] != " ":
        return False
    words = text[max(0, start - 60) : start - 1].split(" ")
    for word in reversed(words[-(max_gap + 1) :]):
        if word in _NEGATORS:
            return True
        if word in breakers or not _PLAIN_WORD.fullmatch(word):
            return False
    return False


@dataclass(frozen=True, slots=True)
class SafetyResult:
    """A safety level and its reason labels, most serious first."""

    level: SafetyLevel = SafetyLevel.NONE
    reasons: tuple[str, ...] = ()


class SafetyCheck:
    """Reads the safety level of a normalised lower-case text; build once, call often."""

    def __init__(self) -> None:
        self._rules: tuple[Rule, ...] = RULES + ABUSE_RULES
        sources = [expand_macros(rule.pattern) for rule in self._rules]
        for source in sources:
            if re.compile(source).groups:
                raise ValueError(f"safety rule uses a capturing group: {source[:60]}")
        # A look-ahead at every word start also finds matches that overlap each other.
        self._gated = GatedRules(sources, wrap=r"\b(?=({}))")
        self._past = re.compile(PAST)
        self._past_broad = re.compile(PAST_BROAD)
        self._minor = re.compile(MINOR)
        self._age_gap = re.compile(AGE_GAP)
        self._relapse = re.compile(RELAPSE)
        self._romance = re.compile(ROMANCE)

    def assess(self, text: str, *, exhaustive: bool = False) -> SafetyResult:
        """The safety level of `text`, which must be normalised and lower-case.

        `exhaustive` runs every rule on the whole text instead of only where the prefilter
        points: slower, the same result; tests use it to check the prefilter loses nothing.
        """
        found: dict[str, SafetyLevel] = {}
        work = self._gated.work(text) if not exhaustive else self._gated.everything(text)
        for index, left, right in sorted(work):
            rule = self._rules[index]
            for match in self._gated.patterns[index].finditer(text, left, right):
                level, reason = self._read(rule, text, match.start(1), match.end(1))
                if _RANK[level] > _RANK[found.get(reason, SafetyLevel.NONE)]:
                    found[reason] = level
        self._compound(text, found)
        if not found:
            return SafetyResult()
        ranked = sorted(found, key=lambda r: -_RANK[found[r]])
        return SafetyResult(found[ranked[0]], tuple(ranked))

    @property
    def gated_everywhere(self) -> tuple[int, ...]:
        """Rules the prefilter cannot narrow down, which therefore run on every message."""
        return self._gated.always

    def _read(self, rule: Rule, text: str, start: int, end: int) -> tuple[SafetyLevel, str]:
        """What one match means once negation, subject and time are taken into account."""
        if rule.negatable and is_negated(text, start, 3):
            return SafetyLevel.NONE, rule.reason
        level, reason = rule.level, rule.reason
        left, right = sentence(text, start, end)
        other = rule.other is not None and self._is_other(text, left, start)
        if other and rule.other is not None:
            level, reason = rule.other
        if rule.past is not None:
            past = self._past if level is SafetyLevel.CRISIS else self._past_broad
            if past.search(text, left, right):
                level, reason = (SafetyLevel.NONE, reason) if other else rule.past
        return level, reason

    def _is_other(self, text: str, left: int, start: int) -> bool:
        """Whether the last person named before `start` in the sentence is someone else."""
        last = None
        for last in _PERSON.finditer(text, left, start):
            pass
        return last is not None and last.group(2) is not None

    def _compound(self, text: str, found: dict[str, SafetyLevel]) -> None:
        """Rules that need the whole message: a minor in danger, a self-harm relapse."""
        if _HARMFUL.intersection(found) or self._age_gap.search(text):
            groomed = self._age_gap.search(text) and self._romance.search(text)
            if (_HARMFUL.intersection(found) or groomed) and self._minor.search(text):
                found["child_danger"] = SafetyLevel.CRISIS
        if "past_self_harm" in found and self._relapse.search(text):
            found["self_harm"] = SafetyLevel.CRISIS
        for reason in [r for r, level in found.items() if level is SafetyLevel.NONE]:
            del found[reason]
