"""What the analyser reads in one message."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.domain.enums import SafetyLevel, Stage


@dataclass(frozen=True, slots=True)
class Analysis:
    """The analyser's view of a text: topics best first, emotions, safety and hints."""

    topics: tuple[str, ...] = ()
    emotions: tuple[str, ...] = ()
    intensity: float = 0.0
    """0.0 (flat) to 1.0 (overwhelming), from intensifiers, exclamation and strong words."""
    stage_hint: Stage | None = None
    """A stage the person's words ask for: "what should I do" is plan, "I tried it" is reflect."""
    safety: SafetyLevel = SafetyLevel.NONE
    safety_reasons: tuple[str, ...] = field(default=())
    """Short category labels (never the person's words), e.g. "self_harm", "partner_violence"."""
    partner_word: str | None = None
    """The words the person uses for their partner, e.g. "my husband"."""
    decisions: tuple[str, ...] = ()
    """Short intentions the person stated ("I will talk to her on Sunday"), for summaries."""

    def to_json(self) -> dict[str, object]:
        """The shape `amora analyze` prints."""
        return {
            "topics": list(self.topics),
            "emotions": list(self.emotions),
            "intensity": round(self.intensity, 2),
            "stage_hint": self.stage_hint.value if self.stage_hint else None,
            "safety": self.safety.value,
            "safety_reasons": list(self.safety_reasons),
            "partner_word": self.partner_word,
        }
