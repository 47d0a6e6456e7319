"""The coaching turn: store the message, check safety, analyse, compose, store the reply."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime

from core import texts
from core.buttons import feedback_row
from core.domain import (
    Analysis,
    BlockKind,
    Message,
    MessageMeta,
    Role,
    SafetyLevel,
    Session,
    Stage,
    Style,
    StyleRecord,
    User,
)
from core.engine.analyser import Analyser
from core.engine.care import OTHERS_AT_RISK, care_for
from core.engine.composer import BlockComposer, ReplyRequest
from core.engine.llm import RECENT_TURNS, Brief
from core.engine.memory import HISTORY_CAP, learn
from core.engine.styles import choose_style
from core.engine.summaries import Summariser
from core.incoming import Incoming
from core.ports import DuplicateMessage, UnitOfWork
from core.replies import Reply
from core.services.answers import Answer, Answered, Received, bullet_list
from core.services.sessions import owned_session, resolve_session
from core.settings import CoreSettings

NOTES = {
    "concern": texts.CONCERN_NOTE,
    "helpline": texts.HELPLINE_NOTE,
    "harming": texts.HARMING_NOTE,
}


class CoachingService:
    """Runs one coaching turn and composes replies (also for regenerate)."""

    def __init__(
        self,
        analyser: Analyser,
        composer: BlockComposer,
        summariser: Summariser,
        settings: CoreSettings,
    ) -> None:
        self.analyser = analyser
        self.composer = composer
        self.summariser = summariser
        self.settings = settings

    async def receive(
        self, uow: UnitOfWork, user: User, incoming: Incoming, now: datetime
    ) -> Received | None:
        """Stores the message and reads what it teaches the session (`respond` saves that).

        None when it is a redelivery that was answered already; a redelivery still waiting for
        its reply (an earlier turn failed after keeping it) is handed on to be answered now.
        """
        resolved = await resolve_session(uow, user, incoming.address, now)
        session = resolved.session
        analysis = self.analyser.analyse(incoming.text)
        topic, stage = learn(session, analysis)
        try:
            message = await self._store(uow, user, session, incoming, analysis, stage, now)
        except DuplicateMessage:
            waiting = await self._redelivered(uow, incoming)
            if waiting is None:
                return None
            message = waiting
            # What `learn` changed is forgotten, and nothing is saved: the first delivery saved
            # this message's lesson, and a stale copy would undo what its reply writes.
            session = await owned_session(uow, user, session.id)
            topic = message.meta.topics[0] if message.meta.topics else session.primary_topic
            stage = Stage(message.meta.stage or Stage.EXPLORE)
            answer = Answer(message, analysis, topic, stage)
            return Received(user, session, answer, resolved.notice, redelivered=True)
        return Received(user, session, Answer(message, analysis, topic, stage), resolved.notice)

    async def keep(self, uow: UnitOfWork, user: User, incoming: Incoming, now: datetime) -> None:
        """Stores a message and what it teaches the session, unanswered, to answer later."""
        received = await self.receive(uow, user, incoming, now)
        if received is not None and not received.redelivered:
            await uow.sessions.save(received.session)

    async def respond(
        self, uow: UnitOfWork, received: Received, now: datetime, *, hold: bool = False
    ) -> Answered | None:
        """Composes and stores the reply to a received message, in the same unit of work, and
        saves the session; None when another delivery of the same update answered it meanwhile.

        With `hold` (the person is over the flood limit) the message stays unanswered, unless it
        signals a crisis: that is always answered.
        """
        # A message stored by this unit of work is answered by no other until it commits.
        if received.redelivered and not await uow.messages.claim_answer(received.answer.message.id):
            return None
        session = received.session
        if hold and received.answer.analysis.safety is not SafetyLevel.CRISIS:
            await uow.sessions.save(session)
            return Answered(Reply(texts.SLOW_DOWN, session_id=session.id))
        answered = await self.answer(uow, received.user, session, received.answer, now)
        self._refresh_summary(session)
        await uow.sessions.save(session)
        return replace(answered, notice=received.notice)

    async def answer(
        self,
        uow: UnitOfWork,
        user: User,
        session: Session,
        answer: Answer,
        now: datetime,
        *,
        regenerated_from: Message | None = None,
        avoid_styles: frozenset[Style] = frozenset(),
    ) -> Answered:
        """Composes, stores and returns a reply to a stored user message."""
        analysis, state = answer.analysis, session.state
        if analysis.safety is SafetyLevel.CRISIS:
            return await self._crisis(uow, user, session, answer, now)
        care = care_for(analysis, state)
        rng = self._rng(session.id, answer.message.id, regenerated_from)
        style = choose_style(analysis, state, user.preferences, rng, avoid=avoid_styles)
        avoid = set(state.recent_blocks[-self.settings.recent_window :])
        if regenerated_from is not None:
            for earlier in await uow.messages.replies_to(answer.message.id):
                avoid.update(earlier.meta.block_ids)
        composition = self.composer.compose(
            ReplyRequest(
                analysis=replace(analysis, safety=care.blocks),
                topic=answer.topic,
                stage=answer.stage,
                style=style,
                avoid_ids=avoid,
                used_ids=state.recent_blocks,
                preferences=user.preferences,
                partner=analysis.partner_word or state.partner_word,
                name=user.display_name,
            ),
            rng,
        )
        suffix = ""
        if care.resources is not None and care.note is not None:
            resources = bullet_list(self.settings.resources(care.resources, user.locale))
            suffix = "\n\n" + NOTES[care.note].format(resources=resources)
        text = composition.text + suffix
        meta = MessageMeta(
            topics=list(analysis.topics),
            emotions=list(analysis.emotions),
            intensity=analysis.intensity,
            stage=answer.stage.value,
            style=style.value,
            block_ids=composition.block_ids,
            engine="blocks",
        )
        coach = await self._store_reply(uow, session, answer, text, meta, now, regenerated_from)
        state.recent_blocks = (state.recent_blocks + composition.block_ids)[
            -max(HISTORY_CAP, self.settings.recent_window) :
        ]
        state.styles.setdefault(style.value, StyleRecord()).used += 1
        state.offered = (
            state.offered + [b.id for b in composition.blocks if b.kind is BlockKind.EXERCISE]
        )[-20:]
        reply = Reply(text, (feedback_row(coach.id),), coach.id, session.id)
        if not self.settings.use_model:
            return Answered(reply)
        recent = await uow.messages.recent(session.id, RECENT_TURNS + 1)
        brief = Brief(
            message=answer.message.text,
            draft=composition.text,
            stage=answer.stage,
            style=style,
            topic=answer.topic,
            safety=care.blocks,
            summary=session.summary_text,
            next_plan=session.next_plan_text,
            recent=tuple(
                ("user" if m.role is Role.USER else "assistant", m.text)
                for m in recent
                if m.id != answer.message.id and m.id != coach.id
            ),
            partner=analysis.partner_word or state.partner_word,
            suffix=suffix,
        )
        return Answered(reply, brief, meta)

    async def _crisis(
        self, uow: UnitOfWork, user: User, session: Session, answer: Answer, now: datetime
    ) -> Answered:
        resources = bullet_list(self.settings.resources("crisis", user.locale))
        reasons = set(answer.analysis.safety_reasons)
        others = bool(reasons) and reasons <= OTHERS_AT_RISK
        text = (texts.CRISIS_OTHER if others else texts.CRISIS).format(resources=resources)
        meta = MessageMeta(engine="safety", stage=answer.stage.value)
        coach = await self._store_reply(uow, session, answer, text, meta, now, None)
        return Answered(Reply(text, (), coach.id, session.id))

    async def _store(
        self,
        uow: UnitOfWork,
        user: User,
        session: Session,
        incoming: Incoming,
        analysis: Analysis,
        stage: Stage,
        now: datetime,
    ) -> Message:
        """Stores the person's message with what was read in it."""
        return await uow.messages.add(
            session_id=session.id,
            user_id=user.id,
            role=Role.USER,
            text=incoming.text,
            now=now,
            safety=analysis.safety,
            meta=MessageMeta(
                topics=list(analysis.topics),
                emotions=list(analysis.emotions),
                intensity=analysis.intensity,
                stage=stage.value,
            ),
            address=incoming.address,
            platform_message_id=incoming.platform_message_id,
        )

    async def _redelivered(self, uow: UnitOfWork, incoming: Incoming) -> Message | None:
        """The stored message of a redelivered update, if it still waits for its reply."""
        assert incoming.platform_message_id is not None
        stored = await uow.messages.by_platform_ref(incoming.address, incoming.platform_message_id)
        if stored is None or await uow.messages.replies_to(stored.id):
            return None
        return stored

    async def _store_reply(
        self,
        uow: UnitOfWork,
        session: Session,
        answer: Answer,
        text: str,
        meta: MessageMeta,
        now: datetime,
        regenerated_from: Message | None,
    ) -> Message:
        session.coach_message_count += 1
        session.updated_at = now
        return await uow.messages.add(
            session_id=session.id,
            user_id=session.user_id,
            role=Role.COACH,
            text=text,
            now=now,
            safety=answer.analysis.safety,
            meta=meta,
            reply_to_id=answer.message.id,
            regenerated_from_id=regenerated_from.id if regenerated_from else None,
        )

    def _refresh_summary(self, session: Session) -> None:
        every = self.settings.summary_every
        count = session.user_message_count
        if count >= every and count % every == 0 and session.summary_message_count != count:
            summary, plan = self.summariser.summarise(session.state, session.primary_topic)
            session.summary_text, session.next_plan_text = summary, plan
            session.summary_message_count = count
            session.summary_updated_at = session.updated_at

    def _rng(self, session_id: int, message_id: int, regenerated: Message | None) -> random.Random:
        """Deterministic under a configured seed; otherwise fresh randomness."""
        if self.settings.seed is None:
            return random.Random()
        extra = regenerated.id if regenerated else 0
        return random.Random(f"{self.settings.seed}:{session_id}:{message_id}:{extra}")
