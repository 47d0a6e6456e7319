"""How safety shapes a reply that is not a crisis: which blocks fit and which resources go along."""

from __future__ import annotations

from dataclasses import dataclass

from core.domain import Analysis, ConversationState, SafetyLevel

SELF_HARM_REASONS = frozenset({"past_self_harm", "self_harm_other", "suicide_other"})
"""Concern about self-harm rather than abuse: helplines, not domestic-abuse services."""
HARMING_REASONS = frozenset({"harming_partner"})
"""The person says they hurt their partner: not the victim-facing blocks."""
OTHERS_AT_RISK = frozenset({"self_harm_other", "suicide_other"})
"""Crisis about someone else: how to help them, rather than help for the person writing."""


@dataclass(frozen=True, slots=True)
class Care:
    """What the composer may choose from and what is added after it."""

    blocks: SafetyLevel
    """The level blocks are chosen at: concern excludes partner work and prefers safety-first."""
    resources: str | None = None
    """"abuse" or "crisis" resources to add, if any."""
    note: str | None = None
    """Which note introduces them: "concern", "helpline" or "harming"."""


SELF_CRISIS_REASONS = frozenset({"suicide", "self_harm"}) | OTHERS_AT_RISK
"""A crisis about the person's own life, or another person's: no danger from a partner."""


def is_abuse(analysis: Analysis) -> bool:
    """Whether the message describes abuse, coercive control or danger done to the person: a
    concern of that kind, or a crisis that is not only about someone's own life."""
    reasons = set(analysis.safety_reasons)
    if analysis.safety is SafetyLevel.CRISIS:
        return not (reasons and reasons <= SELF_CRISIS_REASONS)
    return analysis.safety is SafetyLevel.CONCERN and not (
        reasons and reasons <= SELF_HARM_REASONS | HARMING_REASONS
    )


def care_for(analysis: Analysis, state: ConversationState) -> Care:
    """Safety-first for the whole session once abuse was described; resources when it is said."""
    reasons = set(analysis.safety_reasons)
    if analysis.safety is SafetyLevel.CONCERN:
        if reasons and reasons <= SELF_HARM_REASONS:
            return Care(SafetyLevel.NONE, "crisis", "helpline")
        if reasons and reasons <= HARMING_REASONS:
            return Care(SafetyLevel.NONE, "abuse", "harming")
        return Care(SafetyLevel.CONCERN, "abuse", "concern")
    if state.concern:
        return Care(SafetyLevel.CONCERN)
    return Care(SafetyLevel.NONE)
