"""The block composer: a reply of two or three blocks that fit the person and the moment."""

from __future__ import annotations

import random
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field

from core.domain import Analysis, BlockKind, SafetyLevel, Stage, Style
from core.engine.blocks import TOPIC_PHRASES, Block, BlockLibrary, render

K = BlockKind
_PLANS: dict[Stage, tuple[tuple[BlockKind, ...], ...]] = {
    Stage.EXPLORE: ((K.VALIDATION,), (K.REFLECTION, K.INSIGHT), (K.QUESTION,)),
    Stage.UNDERSTAND: ((K.VALIDATION, K.REFLECTION), (K.INSIGHT,), (K.QUESTION, K.EXERCISE)),
    Stage.PLAN: ((K.VALIDATION, K.REFLECTION), (K.INSIGHT,), (K.EXERCISE, K.QUESTION)),
    Stage.ACT: ((K.VALIDATION, K.REFLECTION), (K.EXERCISE, K.QUESTION)),
    Stage.REFLECT: ((K.REFLECTION, K.VALIDATION), (K.INSIGHT,), (K.QUESTION,)),
}
_SMALL_TALK: tuple[tuple[BlockKind, ...], ...] = ((K.QUESTION,),)
"""A greeting or "ok" gets one open question, not a validation of feelings never named."""


def kind_key(kind: BlockKind | str) -> str:
    """The key a block kind's learned weight has in a person's preferences."""
    return f"kind:{BlockKind(kind).value}"


@dataclass(frozen=True, slots=True)
class ReplyRequest:
    """Everything the composer needs for one reply."""

    analysis: Analysis
    topic: str | None
    stage: Stage
    style: Style
    avoid_ids: Collection[str] = ()
    """Never used: the session's recent window (and, on regenerate, the replies replaced)."""
    used_ids: Collection[str] = ()
    """Used earlier in the session: avoided while anything else fits."""
    preferences: Mapping[str, float] = field(default_factory=dict)
    partner: str | None = None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Composition:
    """A composed reply: its text and the blocks it was made of."""

    text: str
    blocks: tuple[Block, ...]

    @property
    def block_ids(self) -> list[str]:
        """The ids of the blocks used, in order."""
        return [b.id for b in self.blocks]


class BlockComposer:
    """Chooses and renders blocks by topic, stage, emotion, style and learned preference."""

    def __init__(self, library: BlockLibrary) -> None:
        self.library = library

    def compose(self, request: ReplyRequest, rng: random.Random) -> Composition:
        """Two or three blocks in a natural order, none of them in `avoid_ids`."""
        analysis = request.analysis
        small_talk = request.topic is None and not analysis.emotions
        plan = _SMALL_TALK if small_talk else _PLANS[request.stage]
        chosen: list[Block] = []
        for slot in plan:
            avoid = set(request.avoid_ids) | {b.id for b in chosen}
            block = self._pick(slot, request, avoid, rng)
            if block is not None:
                chosen.append(block)
        return Composition(self._render(chosen, request), tuple(chosen))

    def _pick(
        self,
        slot: tuple[BlockKind, ...],
        request: ReplyRequest,
        avoid: set[str],
        rng: random.Random,
    ) -> Block | None:
        kinds = sorted(
            slot,
            key=lambda k: -request.preferences.get(kind_key(k), 0.0) - (slot.index(k) == 0),
        )
        for excluded in (avoid | set(request.used_ids), avoid):
            for topic in dict.fromkeys((request.topic, None)):
                for kind in kinds:
                    pool = [
                        b
                        for b in self.library.candidates(
                            kind, topic=topic, stage=request.stage, safety=request.analysis.safety
                        )
                        if b.id not in excluded
                    ]
                    if pool:
                        fit = _fit(kind, request)
                        return max(pool, key=lambda b: fit(b) + rng.random() * 0.8)
        return None

    def _render(self, blocks: list[Block], request: ReplyRequest) -> str:
        topic = TOPIC_PHRASES.get(request.topic or "")
        return "\n\n".join(
            render(b.text, partner=request.partner, name=request.name, topic=topic) for b in blocks
        )

    def checkin(
        self,
        *,
        stage: Stage,
        session_title: str,
        focus: str | None,
        avoid_ids: Collection[str],
        rng: random.Random,
        concern: bool = False,
    ) -> Composition:
        """A short daily check-in naming the session and what it worked on.

        After abuse was described, only the discreet check-ins written for that are used:
        someone else may see the notification.
        """
        safety = SafetyLevel.CONCERN if concern else SafetyLevel.NONE
        everything = self.library.candidates(K.FOLLOW_UP, topic=None, stage=None, safety=safety)
        if concern:
            everything = [b for b in everything if b.concern]
        pool = [
            b for b in everything if b.id not in avoid_ids and (not b.stages or stage in b.stages)
        ] or everything
        block = rng.choice(pool)
        text = render(block.text, session=session_title, focus=focus)
        return Composition(text, (block,))


def _fit(kind: BlockKind, request: ReplyRequest) -> Callable[[Block], float]:
    """How well a block of `kind` fits the request, before the random part of its score.

    What depends only on the request and the kind is worked out once per pool, not per block.
    """
    emotions = set(request.analysis.emotions[:3])
    style, topic, stage = request.style, request.topic, request.stage
    preference = 0.3 * request.preferences.get(kind_key(kind), 0.0)

    def fit(block: Block) -> float:
        score = 2.0 if style in block.styles else -1.0
        score += 1.5 * len(emotions & block.emotions) if block.emotions else 0.3
        score += 1.0 if topic in block.topics else 0.0
        score += 0.5 if stage in block.stages else 0.0
        score += 3.0 if block.concern else 0.0
        return score + preference

    return fit
