"""A session's memory: what one message from the person changes in its conversation state."""

from __future__ import annotations

from collections import Counter

from core.domain import Analysis, SafetyLevel, Session, Stage
from core.engine.care import is_abuse
from core.engine.stages import advance, current_stage
from core.engine.summaries import valence

HISTORY_CAP = 200
"""How many per-message readings (topics, moods) and used block ids a session's state keeps."""


def learn(session: Session, analysis: Analysis) -> tuple[str | None, Stage]:
    """Moves the session's state on by one user message; returns its topic and stage."""
    state = session.state
    session.user_message_count += 1
    if analysis.safety is SafetyLevel.CRISIS:
        state.concern = state.concern or is_abuse(analysis)
        return session.primary_topic, current_stage(state, session.primary_topic)
    if analysis.topics:
        state.topic_history = ([*state.topic_history, analysis.topics[0]])[-HISTORY_CAP:]
        session.primary_topic = Counter(state.topic_history).most_common(1)[0][0]
    topic = analysis.topics[0] if analysis.topics else session.primary_topic
    stage = advance(state, topic, analysis) if topic else Stage.EXPLORE
    for emotion in analysis.emotions:
        state.emotions[emotion] = state.emotions.get(emotion, 0) + 1
    state.mood = ([*state.mood, valence(analysis)])[-HISTORY_CAP:]
    state.partner_word = analysis.partner_word or state.partner_word
    state.decisions = (state.decisions + list(analysis.decisions))[-10:]
    state.concern = state.concern or is_abuse(analysis)
    return topic, stage
