"""Response styles: chosen from the person's feelings and what they have liked."""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping

from core.domain import Analysis, ConversationState, Style

_EMOTION_STYLES: dict[str, dict[Style, float]] = {
    "sadness": {Style.GENTLE: 2.0, Style.REFLECTIVE: 0.5},
    "hurt": {Style.GENTLE: 2.0, Style.REFLECTIVE: 1.0},
    "fear": {Style.GENTLE: 2.0},
    "anxiety": {Style.GENTLE: 1.5, Style.DIRECT: 0.5},
    "shame": {Style.GENTLE: 2.0, Style.ENCOURAGING: 1.0},
    "guilt": {Style.GENTLE: 1.0, Style.REFLECTIVE: 1.0},
    "loneliness": {Style.GENTLE: 1.5, Style.ENCOURAGING: 0.5},
    "numbness": {Style.GENTLE: 1.0, Style.REFLECTIVE: 1.0},
    "anger": {Style.REFLECTIVE: 1.5, Style.DIRECT: 1.0},
    "frustration": {Style.DIRECT: 1.5, Style.REFLECTIVE: 1.0},
    "jealousy": {Style.REFLECTIVE: 1.5, Style.GENTLE: 0.5},
    "confusion": {Style.DIRECT: 1.0, Style.REFLECTIVE: 1.5},
    "hope": {Style.ENCOURAGING: 2.0},
    "gratitude": {Style.ENCOURAGING: 1.5, Style.REFLECTIVE: 0.5},
    "joy": {Style.ENCOURAGING: 2.0},
    "love": {Style.ENCOURAGING: 1.0, Style.REFLECTIVE: 0.5},
}
PREFERENCE_WEIGHT = 0.8
"""How much one net like of a style outweighs the reading of the person's feelings."""


def preference_key(style: Style | str) -> str:
    """The key a style's learned weight has in a person's preferences."""
    return f"style:{Style(style).value}"


def choose_style(
    analysis: Analysis,
    state: ConversationState,
    preferences: Mapping[str, float],
    rng: random.Random,
    *,
    avoid: Collection[Style] = (),
) -> Style:
    """The style for the next reply: feelings first, then what this person liked or disliked."""
    scores = {style: 0.0 for style in Style if style not in avoid} or {s: 0.0 for s in Style}
    for rank, emotion in enumerate(analysis.emotions[:3]):
        for style, weight in _EMOTION_STYLES.get(emotion, {}).items():
            if style in scores:
                scores[style] += weight / (rank + 1)
    if analysis.intensity >= 0.6 and Style.GENTLE in scores:
        scores[Style.GENTLE] += 1.5 * analysis.intensity
    for style in scores:
        scores[style] += PREFERENCE_WEIGHT * preferences.get(preference_key(style), 0.0)
        record = state.styles.get(style.value)
        if record is not None:
            scores[style] += 0.5 * (record.likes - record.dislikes)
        scores[style] += rng.random() * 0.3  # a little variety between equal readings
    return max(scores, key=lambda s: scores[s])
