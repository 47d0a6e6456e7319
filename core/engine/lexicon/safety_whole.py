"""Safety rules that read the whole message, not one sentence: a minor in danger, a child's age
said in one place and the blow in another, a relapse of past self-harm, an ambiguous ending
("I want to end it") said with finality and no relationship in sight, and an ending the person
says is no breakup.
"""

from __future__ import annotations

import re

from core.domain.enums import SafetyLevel
from core.engine.lexicon.safety_families import expand_macros
from core.engine.lexicon.safety_rules import (
    AGE_GAP,
    AMBIGUOUS_END,
    FINALITY,
    HURT_KID,
    KID_AGE,
    MINOR,
    MINOR_RISK,
    NOT_THE_RELATIONSHIP,
    RELAPSE,
    RELATIONSHIP,
    ROMANCE,
)

# Reasons that, told by a minor, make a crisis: a child being abused or in danger.
_HARMFUL = frozenset({"abuse", "sexual_assault", "past_abuse", "danger_now", "partner_threat"})
# Words without which `MINOR` (besides a number) and `AMBIGUOUS_END` cannot match: most
# messages have no age in them, and no "end it" or "I'm done", so the patterns do not run.
_MINOR_WORDS = ("minor", "underage", "school", "grade")
_ENDING_WORDS = ("end it", "m done", "the night")
_DIGIT = re.compile(r"\d")
_NOT_A_BREAKUP_WORDS = ("end", "done", "thinks")


class WholeMessage:
    """The whole-message rules, compiled; build once, call often."""

    def __init__(self) -> None:
        self._minor = re.compile(MINOR)
        self._age_gap = re.compile(AGE_GAP)
        self._relapse = re.compile(RELAPSE)
        self._romance = re.compile(ROMANCE)
        self._minor_risk = re.compile(MINOR_RISK)
        self._kid_age = re.compile(KID_AGE)
        self._hurt_kid = re.compile(expand_macros(HURT_KID))
        self._ambiguous_end = re.compile(AMBIGUOUS_END)
        self._finality = re.compile(FINALITY)
        self._relationship = re.compile(RELATIONSHIP)
        self._not_the_relationship = re.compile(NOT_THE_RELATIONSHIP)

    def read(self, text: str, found: dict[str, SafetyLevel]) -> None:
        """Adds what the whole message says to `found`, then drops the reasons read as none."""
        crisis = SafetyLevel.CRISIS
        digits = [m.start() for m in _DIGIT.finditer(text)]
        if (digits or any(word in text for word in _MINOR_WORDS)) and (
            self._minor.search(text)
            and (
                _HARMFUL.intersection(found)
                or self._minor_risk.search(text)
                or (self._age_gap.search(text) and self._romance.search(text))
            )
        ):
            found["child_danger"] = crisis
        # "she's 7" near a number, and someone hurting "her" anywhere in the message.
        if any(self._kid_age.search(text, max(0, at - 40), at + 12) for at in digits) and (
            self._hurt_kid.search(text)
        ):
            found["child_danger"] = crisis
        if "past_self_harm" in found and self._relapse.search(text):
            found["self_harm"] = crisis
        # "I want to end it" is usually a breakup in a coaching chat; said with finality and
        # no partner or relationship in sight, it is read as the other kind of ending.
        if (
            any(word in text for word in _ENDING_WORDS)
            and self._ambiguous_end.search(text)
            and self._finality.search(text)
            and not self._relationship.search(text)
        ):
            found["suicide"] = crisis
        if any(word in text for word in _NOT_A_BREAKUP_WORDS) and self._not_the_relationship.search(
            text
        ):
            found["suicide"] = crisis
        for reason in [r for r, level in found.items() if level is SafetyLevel.NONE]:
            del found[reason]
