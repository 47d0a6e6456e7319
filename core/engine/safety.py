"""The safety check: crisis, concern or none, with short reason labels, from authored rules.

How a match is read (see DESIGN.md §4 and the rules in `core.engine.lexicon`):

- Negation is local. "I'm not suicidal" or "I've never tried or contemplated suicide" cancel the
  phrase they govern (a negator up to three words before it, in the same clause), and nothing
  else: a denial elsewhere in a long message never hides another statement of intent. So
  "I'm not suicidal but I feel empty" is none, while "I'm not suicidal… I just want to die" is
  crisis. Phrases whose meaning is already negative ("don't want to live") are not negatable.
- Past time lowers a crisis to concern (`past_self_harm`, `past_abuse`): "I used to cut myself",
  "I was raped as a child". Recent or undated events stay crisis.
- Someone else as the subject changes the reason ("she is suicidal" is `suicide_other`, still
  crisis; another person's past attempt or overdose is concern).
- A minor describing abuse, or an adult in a minor's sexual story, is a crisis (`child_danger`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.domain.enums import SafetyLevel
from core.engine.lexicon.normalise import canonical
from core.engine.lexicon.phrases import words
from core.engine.lexicon.prefilter import GatedRules, sentence
from core.engine.lexicon.safety_abuse import ABUSE_RULES
from core.engine.lexicon.safety_danger import DANGER_RULES
from core.engine.lexicon.safety_rules import (
    AGE_GAP,
    AMBIGUOUS_END,
    FINALITY,
    MACROS,
    MINOR,
    MINOR_RISK,
    PAST,
    PAST_BROAD,
    RELAPSE,
    RELATIONSHIP,
    ROMANCE,
    Rule,
)
from core.engine.lexicon.safety_self import SELF_RULES
from core.engine.lexicon.safety_signals import ALONE_WEAK, DANGER_SIGNS, SELF_SIGNS

# Reasons that, told by a minor, make a crisis: a child being abused or in danger.
_HARMFUL = frozenset({"abuse", "sexual_assault", "past_abuse", "danger_now", "partner_threat"})
_RANK = {SafetyLevel.NONE: 0, SafetyLevel.CONCERN: 1, SafetyLevel.CRISIS: 2}
_NEGATORS = words("not never no nor without cannot hardly neither stopped quit") | {
    f"{stem}{apostrophe}t"
    for stem in words("don doesn didn isn aren wasn weren won wouldn can couldn shouldn haven hasn")
    | {"hadn", "ain", "mustn"}
    for apostrophe in ("'", "")
}
_PLAIN_WORD = re.compile(r"[\w'-]+")
# The only words that may stand between a negator and a safety phrase for it to count as a
# denial: "I'm not really suicidal", "I've never tried or contemplated suicide", "I'm not being
# abused". Anything else ends the negator's reach: "I can't stop thinking about killing myself",
# "I don't know why I want to die". A missed denial costs a gentle crisis reply; a wrongly
# accepted one could cost a life, so the list is short.
_DENIAL_GAP = words(
    "really ever even actually at all currently honestly seriously remotely particularly "
    "exactly feel feeling felt am be being been have had has i i'm im that tried or and the a "
    "any so very like about of thinking considering"
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
    text: str,
    start: int,
    max_gap: int,
    *,
    breakers: frozenset[str] = frozenset(),
    allowed: frozenset[str] | None = None,
) -> bool:
    """Whether a negator governs the phrase at `start`: at most `max_gap` words before it, in
    the same clause, none of them a breaker and, if `allowed` is given, all of them allowed."""
    if start == 0 or text[start - 1] != " ":
        return False
    before = text[max(0, start - 80) : start - 1].split(" ")
    for word in reversed(before[-(max_gap + 1) :]):
        if word in _NEGATORS:
            return True
        if word in breakers or not _PLAIN_WORD.fullmatch(word):
            return False
        if allowed is not None and word not in allowed:
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
        self._rules: tuple[Rule, ...] = SELF_RULES + DANGER_RULES + ABUSE_RULES
        sources = [expand_macros(rule.pattern) for rule in self._rules]
        for source in sources:
            if re.compile(source).groups:
                raise ValueError(f"safety rule uses a capturing group: {source[:60]}")
        # Warning signs share the rules' prefilter: one pass finds the work for both.
        self._signs = tuple(("suicide", sign) for sign in SELF_SIGNS) + tuple(
            ("danger_now", sign) for sign in DANGER_SIGNS
        )
        sources += [sign.pattern for _, sign in self._signs]
        # A look-ahead at every word start also finds matches that overlap each other.
        self._gated = GatedRules(sources, wrap=r"\b(?=({}))")
        self._past = re.compile(PAST)
        self._past_broad = re.compile(PAST_BROAD)
        self._minor = re.compile(MINOR)
        self._age_gap = re.compile(AGE_GAP)
        self._relapse = re.compile(RELAPSE)
        self._romance = re.compile(ROMANCE)
        self._minor_risk = re.compile(MINOR_RISK)
        self._ambiguous_end = re.compile(AMBIGUOUS_END)
        self._finality = re.compile(FINALITY)
        self._relationship = re.compile(RELATIONSHIP)

    def assess(self, text: str, *, exhaustive: bool = False) -> SafetyResult:
        """The safety level of `text`, which must be normalised and lower-case.

        `exhaustive` runs every rule on the whole text instead of only where the prefilter
        points: slower, the same result; tests use it to check the prefilter loses nothing.
        """
        return self.assess_canonical(canonical(text), exhaustive=exhaustive)

    def assess_canonical(self, text: str, *, exhaustive: bool = False) -> SafetyResult:
        """`assess` for a text already in `canonical` form (the analyser computes it once)."""
        found: dict[str, SafetyLevel] = {}
        signs: set[int] = set()
        work = self._gated.work(text) if not exhaustive else self._gated.everything(text)
        for index, left, right in sorted(work):
            if index >= len(self._rules):
                if index not in signs and self._sign_at(index, text, left, right):
                    signs.add(index)
                continue
            rule = self._rules[index]
            for match in self._gated.patterns[index].finditer(text, left, right):
                level, reason = self._read(rule, text, match.start(1), match.end(1))
                if _RANK[level] > _RANK[found.get(reason, SafetyLevel.NONE)]:
                    found[reason] = level
        self._compound(text, found)
        self._in_company(signs, found)
        if not found:
            return SafetyResult()
        ranked = sorted(found, key=lambda r: -_RANK[found[r]])
        return SafetyResult(found[ranked[0]], tuple(ranked))

    @property
    def gated_everywhere(self) -> tuple[int, ...]:
        """Rules and signs the prefilter cannot narrow down: they run on every message."""
        return self._gated.always

    def _read(self, rule: Rule, text: str, start: int, end: int) -> tuple[SafetyLevel, str]:
        """What one match means once negation, subject and time are taken into account."""
        if rule.negatable and is_negated(text, start, 3, allowed=_DENIAL_GAP):
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
        people = _PERSON.findall(text, left, start)
        return bool(people) and bool(people[-1][1])

    def _compound(self, text: str, found: dict[str, SafetyLevel]) -> None:
        """Rules that need the whole message: a minor in danger, a self-harm relapse."""
        # The minor pattern runs first: it rarely matches, so ordinary messages stop there.
        if self._minor.search(text) and (
            _HARMFUL.intersection(found)
            or self._minor_risk.search(text)
            or (self._age_gap.search(text) and self._romance.search(text))
        ):
            found["child_danger"] = SafetyLevel.CRISIS
        if "past_self_harm" in found and self._relapse.search(text):
            found["self_harm"] = SafetyLevel.CRISIS
        # "I want to end it" is usually a breakup in a coaching chat; said with finality and
        # no partner or relationship in sight, it is read as the other kind of ending.
        if (
            self._ambiguous_end.search(text)
            and self._finality.search(text)
            and not self._relationship.search(text)
        ):
            found["suicide"] = SafetyLevel.CRISIS
        for reason in [r for r, level in found.items() if level is SafetyLevel.NONE]:
            del found[reason]

    def _sign_at(self, index: int, text: str, left: int, right: int) -> bool:
        """Whether warning sign `index` is present, and not denied, in text[left:right]."""
        for match in self._gated.patterns[index].finditer(text, left, right):
            if not is_negated(text, match.start(1), 3, allowed=_DENIAL_GAP):
                return True
        return False

    def _in_company(self, signs: set[int], found: dict[str, SafetyLevel]) -> None:
        """Quiet warning signs that make a crisis in company (see `safety_signals`)."""
        if len(signs) < 2:
            return
        kinds: dict[str, set[str]] = {}
        for index in signs:
            reason, sign = self._signs[index - len(self._rules)]
            kinds.setdefault(reason, set()).add(sign.kind)
        for reason, present in kinds.items():
            distinct = sum(1 for i in signs if self._signs[i - len(self._rules)][0] == reason)
            if distinct >= 2 and not present <= ALONE_WEAK:
                found[reason] = SafetyLevel.CRISIS
