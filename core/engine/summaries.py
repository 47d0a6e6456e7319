"""Session summaries and next plans, built from the session's own conversation state."""

from __future__ import annotations

from collections import Counter

from core.domain import Analysis, BlockKind, ConversationState, SafetyLevel, Stage
from core.engine.blocks import TOPIC_PHRASES, BlockLibrary, render
from core.engine.stages import current_stage

_POSITIVE = frozenset({"hope", "gratitude", "joy", "love"})
_STAGE_WORDS = {
    Stage.EXPLORE: "exploring what happened",
    Stage.UNDERSTAND: "understanding the pattern and what each of you needs",
    Stage.PLAN: "choosing one small, concrete step",
    Stage.ACT: "trying that step",
    Stage.REFLECT: "looking back at what happened when you tried",
}


def valence(analysis: Analysis) -> float:
    """A mood reading for one message: -1 (distress) to 1 (hope); 0 when no feeling is named."""
    if not analysis.emotions:
        return 0.0
    positive = sum(1 for e in analysis.emotions if e in _POSITIVE)
    balance = (2 * positive - len(analysis.emotions)) / len(analysis.emotions)
    return round(balance * (0.5 + 0.5 * analysis.intensity), 2)


def topic_phrase(topic: str) -> str:
    """A human phrase for a topic id."""
    return TOPIC_PHRASES.get(topic, topic.replace("_", " "))


def focus(state: ConversationState, primary: str | None, limit: int = 2) -> str | None:
    """What a session worked on, in a few words ("trust and jealousy, communication")."""
    ranked = [t for t, _ in Counter(state.topic_history).most_common()]
    if primary in ranked:
        ranked.remove(primary)
    topics = ([primary] if primary else []) + ranked
    return ", ".join(topic_phrase(t) for t in topics[:limit]) or None


def label(text: str, limit: int = 70) -> str:
    """The opening of a block's text, cut at a word boundary: a name for an idea offered."""
    first = render(text).split(". ")[0].rstrip(".").strip()
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class Summariser:
    """Writes `summary_text` and `next_plan_text` for a session."""

    def __init__(self, library: BlockLibrary) -> None:
        self.library = library

    def summarise(self, state: ConversationState, primary: str | None) -> tuple[str, str]:
        """A summary of what was worked on and a plan for what comes next."""
        return self._summary(state), self._plan(state, primary)

    def _summary(self, state: ConversationState) -> str:
        topics = Counter(state.topic_history).most_common(3)
        parts = []
        if topics:
            worked = ", ".join(f"{topic_phrase(t)} ({n} message{'s' * (n > 1)})" for t, n in topics)
            parts.append(f"Worked on {worked}.")
        else:
            parts.append("Getting started: no particular theme yet.")
        feelings = [e for e, _ in Counter(state.emotions).most_common(3)]
        if feelings:
            parts.append(f"Feelings named: {', '.join(feelings)}.")
        offered = [self.library.get(i) for i in state.offered[-2:]]
        ideas = [label(b.text) for b in offered if b is not None]
        if ideas:
            parts.append("Ideas offered: " + "; ".join(ideas) + ".")
        if state.decisions:
            parts.append("You decided to " + "; ".join(state.decisions[-2:]) + ".")
        return " ".join(parts)

    def _plan(self, state: ConversationState, primary: str | None) -> str:
        if primary is None:
            return "Next: name the part of the relationship you most want to work on."
        stage = current_stage(state, primary)
        upcoming = stage if stage is Stage.REFLECT else stage.next()
        safety = SafetyLevel.CONCERN if state.concern else SafetyLevel.NONE
        plan = f"Next: keep going with {topic_phrase(primary)}, {_STAGE_WORDS[upcoming]}."
        exercises = [
            b
            for b in self.library.candidates(
                BlockKind.EXERCISE, topic=primary, stage=upcoming, safety=safety
            )
            if b.id not in state.offered and primary in b.topics
        ]
        if exercises:
            plan += f" Something to try: {label(exercises[0].text)}."
        return plan
