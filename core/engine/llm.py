"""What the optional language model is told: the coach's stance, the moment and a draft."""

from __future__ import annotations

from dataclasses import dataclass

from core.domain import SafetyLevel, Stage, Style
from core.engine.summaries import topic_phrase

RECENT_TURNS = 8
"""How many earlier messages of the session the model sees."""

_STAGE_AIMS = {
    Stage.EXPLORE: "help them say what happened and how it felt; ask one open question",
    Stage.UNDERSTAND: "help them see the pattern and the needs underneath; ask one question",
    Stage.PLAN: "help them choose one small, concrete step they could take",
    Stage.ACT: "support them in trying the step, with words they could actually use",
    Stage.REFLECT: "help them look back at what happened when they tried, and what they learned",
}
_STYLE_TONES = {
    Style.GENTLE: "gentle and warm",
    Style.DIRECT: "clear and direct, still kind",
    Style.REFLECTIVE: "reflective, mirroring their words back",
    Style.ENCOURAGING: "encouraging, naming their strengths",
}
_STANCE = (
    "You are Amora, a warm relationship coach in a chat app. You are not a therapist and not "
    "an emergency service. Draw on Gottman's research, nonviolent communication, emotionally "
    "focused and attachment-informed coaching, motivational interviewing and CBT, without "
    "naming them unless asked. Never diagnose, never promise outcomes, never take sides "
    "against someone who is not present. Write plain text without markdown or lists, 60 to "
    "160 words, in the person's language."
)
_CONCERN = (
    "The person has described abuse or coercive control. Their safety comes first: validate, "
    "say it is not their fault, and do not suggest couples work, better communication with "
    "the partner or seeing the partner's side."
)


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything the model gets for one reply, with the block engine's draft as guidance."""

    message: str
    draft: str
    stage: Stage
    style: Style
    topic: str | None
    safety: SafetyLevel
    summary: str | None = None
    next_plan: str | None = None
    recent: tuple[tuple[str, str], ...] = ()
    """Earlier messages as (role, text), oldest first: "user" or "assistant"."""
    partner: str | None = None
    suffix: str = ""
    """Added after the model's text unchanged, e.g. the abuse resources."""


def prompt(brief: Brief) -> list[dict[str, str]]:
    """Chat-completion messages for a brief."""
    guide = [
        _STANCE,
        f"Stage of the work: {brief.stage.value} — {_STAGE_AIMS[brief.stage]}.",
        f"Tone: {_STYLE_TONES[brief.style]}.",
    ]
    if brief.topic:
        guide.append(f"The session is about {topic_phrase(brief.topic)}.")
    if brief.partner:
        guide.append(f'The person calls their partner "{brief.partner}".')
    if brief.summary:
        guide.append(f"Session so far: {brief.summary}")
    if brief.next_plan:
        guide.append(f"Plan: {brief.next_plan}")
    if brief.safety is SafetyLevel.CONCERN:
        guide.append(_CONCERN)
    guide.append(
        "A draft reply from the coach's own material follows; keep its ideas and its question "
        f"or exercise, make it fit what they just said:\n{brief.draft}"
    )
    history = [{"role": role, "content": text} for role, text in brief.recent[-RECENT_TURNS:]]
    return [
        {"role": "system", "content": "\n\n".join(guide)},
        *history,
        {"role": "user", "content": brief.message},
    ]
