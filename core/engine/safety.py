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

Four layers find the matches. The authored rules (`safety_self`, `safety_danger`,
`safety_abuse`) hold phrases. The wide net generalises: rules built from word families
(`safety_families`, `safety_net*`: a wish with dying, a means with a dose, a weapon arriving, a
threat in any words) and a sentence net (`wide_net`: two families that belong together in one
sentence about the person). Then the precision filter takes out what only sounds alarming: an
idiom overlapping a match (`safety_idioms`: "dying to see him", "my mom will kill me when she
sees my grades"), a rule's guard in the sentence (a film, a kitchen, a routine dose), someone
else dying in a story. Last, a learned model (`core.engine.learned`, trained on every labelled set)
may raise what is left to crisis, unless the rules read a denial, the past, someone else or the
person hurting their partner there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.domain.enums import SafetyLevel
from core.engine.learned import CONCERN_MODEL, LearnedModel
from core.engine.lexicon.danger_net import DangerNet
from core.engine.lexicon.literals import literals_of
from core.engine.lexicon.negation import DENIAL_GAP, is_negated
from core.engine.lexicon.normalise import canonical
from core.engine.lexicon.phrases import words
from core.engine.lexicon.prefilter import GatedRules, alternatives, sentence
from core.engine.lexicon.safety_abuse import ABUSE_RULES
from core.engine.lexicon.safety_danger import DANGER_RULES
from core.engine.lexicon.safety_families import NET_PERSON, PERSON, expand_macros
from core.engine.lexicon.safety_idioms import (
    ACCIDENT,
    FUN,
    HUNTING,
    IDIOMS,
    MEDIA,
    OUTING,
    REPAIR,
    ROUTINE,
    guard,
)
from core.engine.lexicon.safety_net import NET_SELF_RULES
from core.engine.lexicon.safety_net_harm import NET_HARM_RULES
from core.engine.lexicon.safety_net_means import NET_MEANS_RULES
from core.engine.lexicon.safety_rules import PAST, PAST_BROAD, Rule
from core.engine.lexicon.safety_self import OVERDOSE_AT_WORK, SELF_RULES
from core.engine.lexicon.safety_signals import ALONE_WEAK, DANGER_SIGNS, HARM_SIGNS, SELF_SIGNS
from core.engine.lexicon.safety_whole import WholeMessage
from core.engine.lexicon.wide_net import WideNet

CONCERN, CRISIS = SafetyLevel.CONCERN, SafetyLevel.CRISIS
_DYING = frozenset({"suicide", "self_harm", "suicide_other", "self_harm_other"})
# A word of the sentence net is denied from a little further: "I don't want to die".
_NET_DENIAL_GAP = DENIAL_GAP | words("want wanna to wish going plan planning trying try mean")
_SETTLED = frozenset(
    {
        "past_self_harm",
        "past_abuse",
        "self_harm_other",
        "suicide_other",
        "harming_partner",
        "abuse_pattern",
    }
)
"""Concern the rules settled by reading time and person, which a bag of words cannot: the learned
model does not raise these."""
_BREAKUP_ULTIMATUM = re.compile(
    r"\bthreat(?:en|ens|ened|ening)? to (?:break up with (?:me|us)|dump me|leave me|divorce me|"
    r"end (?:it|things|us|the relationship))(?= *(?:$|[.!?;,]|if\b|unless\b|over\b|because\b))"
)
"""A threat to end the relationship if something happens: a quarrel's ultimatum, which the
concern model, having learned "threatened" from abuse, would otherwise take for one."""
_ABOUT_THE_SIGNS = re.compile(
    r"\b(?:warning )?signs (?:that )?(?:someone|a person|a friend|somebody|my [\w']+) (?:might|may|"
    r"could|is going to) be\b|\bwhat to look (?:out )?for\b"
)
"""A question about the signs of danger in someone else, which the crisis model, having learned
the words of danger, would otherwise take for danger itself."""
_PAST_OF = {"suicide": (CONCERN, "past_self_harm")}
"""What a danger-net reason told in the past means; anything else is past abuse."""
_RANK = {SafetyLevel.NONE: 0, SafetyLevel.CONCERN: 1, SafetyLevel.CRISIS: 2}


LOOKBACK = 300
"""How far back (characters, about sixty words) a sentence is searched for the person a phrase
is about. A message of one endless sentence would otherwise be searched from its start again at
every match: a 100 kB one took a minute."""


def _someone_else(text: str, left: int, start: int) -> bool:
    """Whether the last person named before `start` in its sentence is someone else, or "we"."""
    people = NET_PERSON.findall(text, max(left, start - LOOKBACK), start)
    return bool(people) and bool(people[-1])


class _Sentences:
    """Whether a pattern occurs in a sentence of one text, each sentence searched once: a long
    sentence holds many matches, and each asks about its whole sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[tuple[int, int, int], bool] = {}

    def have(self, pattern: re.Pattern[str], left: int, right: int) -> bool:
        """Whether `pattern` occurs in text[left:right]."""
        key = (id(pattern), left, right)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = pattern.search(self.text, left, right) is not None
        return found


@dataclass(frozen=True, slots=True)
class SafetyResult:
    """A safety level and its reason labels, most serious first."""

    level: SafetyLevel = SafetyLevel.NONE
    reasons: tuple[str, ...] = ()


class SafetyCheck:
    """Reads the safety level of a normalised lower-case text; build once, call often."""

    def __init__(self, *, learned: bool = True) -> None:
        """`learned=False` leaves the learned models out: the rules alone, for measuring both."""
        self._rules: tuple[Rule, ...] = (
            SELF_RULES
            + DANGER_RULES
            + ABUSE_RULES
            + NET_SELF_RULES
            + NET_MEANS_RULES
            + NET_HARM_RULES
        )
        sources: list[str] = []
        owners: list[int] = []
        for number, rule in enumerate(self._rules):
            source = expand_macros(rule.pattern)
            # Each alternative is gated by its own literals, so it runs only where it can match.
            for branch in alternatives(source):
                sources.append(branch)
                owners.append(number)
        self._owner = tuple(owners)
        self._media = re.compile(MEDIA)
        self._net = WideNet(
            self._idiom_spans,
            lambda text, start: is_negated(text, start, 4, allowed=_NET_DENIAL_GAP),
            _someone_else,
            self._media,
            {
                "means": guard(f"{ROUTINE}|{FUN}"),
                "tool": guard(f"{REPAIR}|{OUTING}|{HUNTING}"),
                "death": guard(OVERDOSE_AT_WORK),
                "harm": guard(ACCIDENT),
                "mark": guard(ACCIDENT),
            },
        )
        # Warning signs share the rules' prefilter: one pass finds the work for both.
        self._signs = (
            tuple(("suicide", sign) for sign in SELF_SIGNS)
            + tuple(("danger_now", sign) for sign in DANGER_SIGNS)
            + tuple(("self_harm", sign) for sign in HARM_SIGNS)
        )
        sources += [sign.pattern for _, sign in self._signs]
        # The sentence net's anchor words go through the same gate: it reads only their sentences.
        self._anchor_index = len(sources)
        sources.append(self._net.anchor_source)
        # A look-ahead at every word start also finds matches that overlap each other.
        self._gated = GatedRules(sources, wrap=r"\b(?=({}))", derive=literals_of)
        self._guards = [None if r.guard is None else guard(r.guard) for r in self._rules]
        self._idioms = GatedRules(list(IDIOMS), wrap=r"\b(?=({}))", derive=literals_of)
        self._past = re.compile(PAST)
        self._past_broad = re.compile(PAST_BROAD)
        self._whole = WholeMessage()
        self._learned = LearnedModel.load() if learned else None
        self._learned_concern = LearnedModel.load(CONCERN_MODEL) if learned else None
        self._danger = DangerNet(
            self._idiom_spans,
            lambda text, start: is_negated(text, start, 3, allowed=DENIAL_GAP),
            self._media,
            self._past,
        )

    def assess(self, text: str, *, exhaustive: bool = False) -> SafetyResult:
        """The safety level of `text`, which must be normalised and lower-case.

        `exhaustive` runs every rule on the whole text instead of only where the prefilter
        points: slower, the same result; tests use it to check the prefilter loses nothing.
        """
        return self.assess_canonical(canonical(text), exhaustive=exhaustive)

    def assess_canonical(self, text: str, *, exhaustive: bool = False) -> SafetyResult:
        """`assess` for a text already in `canonical` form (the analyser computes it once)."""
        found: dict[str, SafetyLevel] = {}
        signs: dict[int, tuple[int, int]] = {}
        idioms: dict[int, list[tuple[int, int]]] = {}
        windows: list[tuple[int, int]] = []
        denied = False
        sentences = _Sentences(text)
        work = self._gated.work(text) if not exhaustive else self._gated.everything(text)
        for index, left, right in sorted(work):
            if index == self._anchor_index:
                windows.append((left, right))
                continue
            if index >= len(self._owner):
                span = None if index in signs else self._sign_at(index, text, left, right)
                if span is not None:
                    signs[index] = span
                denied = denied or self._sign_denied(index, text, left, right)
                continue
            number = self._owner[index]
            for match in self._gated.patterns[index].finditer(text, left, right):
                level, reason = self._read(
                    self._rules[number], sentences, match.start(1), match.end(1)
                )
                denied = denied or (level is SafetyLevel.NONE and self._rules[number].negatable)
                if _RANK[level] > _RANK[found.get(reason, SafetyLevel.NONE)] and not (
                    self._idiom(number, text, match.start(1), match.end(1), idioms)
                ):
                    found[reason] = level
        for reason, left, right in self._net.reasons(text, windows):
            past = self._past.search(text, left, right)
            level, reason = (CONCERN, "past_self_harm") if past else (CRISIS, reason)
            if _RANK[level] > _RANK[found.get(reason, SafetyLevel.NONE)]:
                found[reason] = level
        for reason, told_in_past in self._danger.reasons(text):
            if told_in_past:
                level, reason = _PAST_OF.get(reason, (CONCERN, "past_abuse"))
            else:
                level = CRISIS
            if _RANK[level] > _RANK[found.get(reason, SafetyLevel.NONE)]:
                found[reason] = level
        self._whole.read(text, found)
        self._in_company(signs, found)
        settled = denied or CRISIS in found.values() or not _SETTLED.isdisjoint(found)
        # A question about the signs in someone else: neither model may raise it.
        about_the_signs = _ABOUT_THE_SIGNS.search(text) is not None
        settled = settled or about_the_signs
        if not settled and self._learned is not None and self._learned.fires(text):
            found["learned"] = CRISIS
        # Coercive control, stalking and threats are told in endless ways; where the rules found
        # nothing at all, and nothing was denied, the concern model may still hear them.
        concern = self._learned_concern
        if (
            not found
            and not denied
            and concern is not None
            and not _BREAKUP_ULTIMATUM.search(text)
            and not about_the_signs
            and concern.fires(text)
        ):
            found["learned_concern"] = CONCERN
        if not found:
            return SafetyResult()
        ranked = sorted(found, key=lambda r: -_RANK[found[r]])
        return SafetyResult(found[ranked[0]], tuple(ranked))

    @property
    def gated_everywhere(self) -> tuple[int, ...]:
        """Rules and signs the prefilter cannot narrow down: they run on every message."""
        return self._gated.always

    def _read(
        self, rule: Rule, sentences: _Sentences, start: int, end: int
    ) -> tuple[SafetyLevel, str]:
        """What one match means once negation, subject and time are taken into account."""
        text = sentences.text
        if rule.negatable and is_negated(text, start, 3, allowed=DENIAL_GAP):
            return SafetyLevel.NONE, rule.reason
        level, reason = rule.level, rule.reason
        left, right = sentence(text, start, end)
        other = rule.other is not None and self._is_other(text, left, start)
        if other and rule.other is not None:
            level, reason = rule.other
        # Someone else dying or hurting themselves in a film, a book or the news is no crisis.
        if (
            reason in _DYING
            and (other or reason.endswith("_other") or self._is_other(text, left, start))
            and sentences.have(self._media, left, right)
        ):
            return SafetyLevel.NONE, reason
        if rule.past is not None:
            past = self._past if level is SafetyLevel.CRISIS else self._past_broad
            if sentences.have(past, left, right):
                level, reason = (SafetyLevel.NONE, reason) if other else rule.past
        return level, reason

    def _idiom(
        self, number: int, text: str, start: int, end: int, seen: dict[int, list[tuple[int, int]]]
    ) -> bool:
        """Whether the precision filter takes a match of rule `number` out: an idiom overlaps
        it, or the rule's guard is in its sentence. `seen` keeps each sentence's idioms."""
        left, right = sentence(text, start, end)
        guard = self._guards[number]
        if guard is not None and guard.match(text, left, right):
            return True
        if left not in seen:
            seen[left] = self._idiom_spans(text, left, right)
        return any(a < end and b > start for a, b in seen[left])

    def _idiom_spans(self, text: str, left: int, right: int) -> list[tuple[int, int]]:
        """Where idioms (`safety_idioms`) are in text[left:right]."""
        part = text[left:right]
        return [
            (left + m.start(1), left + m.end(1))
            for index, a, b in self._idioms.work(part)
            for m in self._idioms.patterns[index].finditer(part, a, b)
        ]

    def _is_other(self, text: str, left: int, start: int) -> bool:
        """Whether the last person named before `start` in the sentence is someone else."""
        people = PERSON.findall(text, max(left, start - LOOKBACK), start)
        return bool(people) and bool(people[-1][1])

    def _sign_at(self, index: int, text: str, left: int, right: int) -> tuple[int, int] | None:
        """Where warning sign `index` is present, and not denied, in text[left:right]."""
        for match in self._gated.patterns[index].finditer(text, left, right):
            if not is_negated(text, match.start(1), 3, allowed=DENIAL_GAP):
                return match.span(1)
        return None

    def _sign_denied(self, index: int, text: str, left: int, right: int) -> bool:
        """Whether warning sign `index` is denied somewhere in text[left:right]."""
        return any(
            is_negated(text, match.start(1), 3, allowed=DENIAL_GAP)
            for match in self._gated.patterns[index].finditer(text, left, right)
        )

    def _in_company(self, signs: dict[int, tuple[int, int]], found: dict[str, SafetyLevel]) -> None:
        """Quiet warning signs that make a crisis in company (see `safety_signals`). Two signs
        over the same words ("gave away my guitar to…") count once."""
        if len(signs) < 2:
            return
        kinds: dict[str, set[str]] = {}
        spans: dict[str, list[tuple[int, int]]] = {}
        for index, (start, end) in sorted(signs.items(), key=lambda item: item[1]):
            reason, sign = self._signs[index - len(self._owner)]
            kinds.setdefault(reason, set()).add(sign.kind)
            seen = spans.setdefault(reason, [])
            if not any(a < end and b > start for a, b in seen):
                seen.append((start, end))
        for reason, present in kinds.items():
            if len(spans[reason]) >= 2 and not present <= ALONE_WEAK:
                found[reason] = SafetyLevel.CRISIS
