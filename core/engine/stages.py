"""Stages per topic: explore → understand → plan → act → reflect."""

from __future__ import annotations

from core.domain import Analysis, ConversationState, Stage

TURNS_PER_STAGE = 2
"""Turns spent on a topic before the coach moves it one stage on by itself."""


def advance(state: ConversationState, topic: str, analysis: Analysis) -> Stage:
    """Records a turn on `topic` and returns the stage the reply should serve.

    What the person says wins ("what should I do" asks for a plan, "I tried it" for
    reflection); otherwise the stage moves on every few turns, up to act. After a
    reflection the next turn without a hint goes back to planning the next step.
    """
    turns = state.topic_turns.get(topic, 0) + 1
    state.topic_turns[topic] = turns
    current = Stage(state.stages[topic]) if topic in state.stages else None
    if analysis.stage_hint is not None:
        stage = analysis.stage_hint
    elif current is None:
        stage = Stage.EXPLORE
    elif current is Stage.REFLECT:
        stage = Stage.PLAN
    elif current is not Stage.ACT and turns % TURNS_PER_STAGE == 1:
        stage = current.next()
    else:
        stage = current
    state.stages[topic] = stage.value
    return stage


def current_stage(state: ConversationState, topic: str | None) -> Stage:
    """The stage a topic is at (explore for a topic not yet talked about)."""
    if topic is None or topic not in state.stages:
        return Stage.EXPLORE
    return Stage(state.stages[topic])
