"""Feedback: like and dislike teach the coach; regenerate gives a different reply."""

from __future__ import annotations

from datetime import datetime

from core.domain import (
    BlockKind,
    FeedbackKind,
    Message,
    Role,
    Session,
    Stage,
    Style,
    StyleRecord,
    User,
)
from core.domain.errors import NotFound, NotSessionOwner
from core.engine.composer import kind_key
from core.engine.styles import preference_key
from core.ports import UnitOfWork
from core.replies import Reply
from core.services.answers import Answer, Answered
from core.services.coaching import CoachingService
from core.services.sessions import owned_session

PREFERENCE_LIMIT = 5.0
RATED_ROLES = frozenset({Role.COACH, Role.FOLLOWUP})


async def owned_message(uow: UnitOfWork, user: User, message_id: int) -> Message:
    """A coach message by id, refused unless it is in this person's session."""
    message = await uow.messages.get(message_id)
    if message is None or message.role not in RATED_ROLES:
        raise NotFound("I couldn't find that reply.")
    if message.user_id != user.id:
        raise NotSessionOwner()
    return message


def _nudge(
    user: User,
    session: Session,
    message: Message,
    block_kinds: list[BlockKind],
    kind: FeedbackKind,
    sign: int,
) -> None:
    """Moves the person's and the session's preferences by one like or dislike (or undoes it)."""
    delta = sign * (1.0 if kind is FeedbackKind.LIKE else -1.0)
    keys = [kind_key(k) for k in dict.fromkeys(block_kinds)]
    if message.meta.style:
        keys.append(preference_key(message.meta.style))
        record = session.state.styles.setdefault(message.meta.style, StyleRecord())
        if kind is FeedbackKind.LIKE:
            record.likes = max(0, record.likes + sign)
        else:
            record.dislikes = max(0, record.dislikes + sign)
    for key in keys:
        value = user.preferences.get(key, 0.0) + delta
        user.preferences[key] = max(-PREFERENCE_LIMIT, min(PREFERENCE_LIMIT, value))


class FeedbackService:
    """👍 / 👎 / 🔄 on coach replies."""

    def __init__(self, coaching: CoachingService) -> None:
        self.coaching = coaching

    async def rate(
        self, uow: UnitOfWork, user: User, message_id: int, kind: FeedbackKind, now: datetime
    ) -> Reply:
        """A like or dislike; the other one on the same message is replaced, history kept."""
        message = await owned_message(uow, user, message_id)
        session = await owned_session(uow, user, message.session_id)
        previous = await uow.feedback.active_rating(message.id, user.id)
        kinds = self._block_kinds(message)
        if previous is not None and previous.kind is kind:
            return Reply("Already noted, thank you.", ephemeral=True)
        if previous is not None:
            await uow.feedback.deactivate(previous.id)
            _nudge(user, session, message, kinds, previous.kind, -1)
        await uow.feedback.add(
            message_id=message.id, session_id=session.id, user_id=user.id, kind=kind, now=now
        )
        _nudge(user, session, message, kinds, kind, +1)
        await uow.users.save(user)
        await uow.sessions.save(session)
        if kind is FeedbackKind.LIKE:
            return Reply("Glad that helped. I'll keep that in mind.", ephemeral=True)
        return Reply(
            "Thanks for telling me. I'll answer differently; 🔄 gives you another reply now.",
            ephemeral=True,
        )

    def _block_kinds(self, message: Message) -> list[BlockKind]:
        library = self.coaching.composer.library
        blocks = (library.get(i) for i in message.meta.block_ids)
        return [b.kind for b in blocks if b is not None]

    async def regenerate(
        self, uow: UnitOfWork, user: User, message_id: int, now: datetime
    ) -> Answered:
        """A different reply to the same message, stored as replacing the one pressed."""
        original = await owned_message(uow, user, message_id)
        if original.role is not Role.COACH or original.reply_to_id is None:
            raise NotFound("There's no message of yours behind that one to answer again.")
        session = await owned_session(uow, user, original.session_id)
        asked = await uow.messages.get(original.reply_to_id)
        if asked is None:
            raise NotFound("There's no message of yours behind that one to answer again.")
        rating = await uow.feedback.active_rating(original.id, user.id)
        disliked = rating is not None and rating.kind is FeedbackKind.DISLIKE
        avoid = (
            frozenset({Style(original.meta.style)})
            if disliked and original.meta.style
            else frozenset()
        )
        await uow.feedback.add(
            message_id=original.id,
            session_id=session.id,
            user_id=user.id,
            kind=FeedbackKind.REGENERATE,
            now=now,
        )
        topic = asked.meta.topics[0] if asked.meta.topics else session.primary_topic
        stage = Stage(asked.meta.stage or Stage.EXPLORE)
        analysis = self.coaching.analyser.analyse(asked.text)
        answered = await self.coaching.answer(
            uow,
            user,
            session,
            Answer(asked, analysis, topic, stage),
            now,
            regenerated_from=original,
            avoid_styles=avoid,
        )
        await uow.sessions.save(session)
        return answered
