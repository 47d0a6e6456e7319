"""Amora's core as adapters see it: one object, a handful of calls, replies back."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from core import texts
from core.actions import decode
from core.commands import CommandContext, CommandRouter, parse_command
from core.domain import Address, FeedbackKind, PlatformUser, SessionStatus
from core.domain.errors import AmoraError, InvalidAction
from core.engine.analyser import Analyser
from core.engine.blocks import BlockLibrary
from core.engine.composer import BlockComposer
from core.engine.summaries import Summariser
from core.incoming import Incoming
from core.ports import (
    Charts,
    ChatModel,
    Clock,
    Messenger,
    Slot,
    SlotRequest,
    UnitOfWork,
    UnitOfWorkFactory,
)
from core.replies import Reply
from core.services.answers import Answered, Received
from core.services.coaching import CoachingService
from core.services.feedback import FeedbackService
from core.services.flood import FloodGuard
from core.services.group_commit import GroupCommit
from core.services.insights import STATS_DAYS, format_usage
from core.services.people import mark_unreachable, resolve_user
from core.services.sessions import owned_session
from core.services.sweep import FollowUpSweep, SweepReport
from core.services.writer import ModelWriter
from core.settings import CoreSettings

logger = logging.getLogger(__name__)

MAX_REPLAYED = 10_000
"""The most held updates replayed at one start; more would mean a crash during a huge backlog."""
TURNS_PER_GROUP = 16
"""The most coaching turns that share a transaction. A group holds the event loop while it runs
on SQLite, about a millisecond a turn."""
REACTIONS = {"👍": FeedbackKind.LIKE, "👎": FeedbackKind.DISLIKE}
_SESSION_VERBS = {
    "pause": SessionStatus.PAUSED,
    "resume": SessionStatus.ACTIVE,
    "complete": SessionStatus.COMPLETED,
}


class Amora:
    """The coach: messages, commands, button presses, reactions and the check-in sweep."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock,
        messenger: Messenger,
        settings: CoreSettings,
        *,
        analyser: Analyser | None = None,
        library: BlockLibrary | None = None,
        model: ChatModel | None = None,
        charts: Charts | None = None,
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.settings = settings
        composer = BlockComposer(library or BlockLibrary.load())
        self.coaching = CoachingService(
            analyser or Analyser(), composer, Summariser(composer.library), settings
        )
        self.feedback = FeedbackService(self.coaching)
        self.commands = CommandRouter(settings, charts)
        self.sweeper = FollowUpSweep(uow, messenger, composer, settings)
        self.flood = FloodGuard(settings.flood_messages, settings.flood_seconds)
        self.writer = ModelWriter(model, uow) if model is not None and settings.use_model else None
        self.small_writes = GroupCommit(uow)
        self.turns = GroupCommit(uow, limit=TURNS_PER_GROUP, writers=settings.turn_writers)

    async def message(self, incoming: Incoming) -> Reply | None:
        """A text message or command; None for a redelivery that was answered already.

        Also None, with nothing stored, for a message not addressed to the coach (a group
        chat) unless it is written in a thread bound to a session.
        """
        if not incoming.addressed and not await self._in_bound_thread(incoming.address):
            return None
        command = parse_command(incoming.text)
        if command is None and not incoming.text.strip():
            return Reply(texts.EMPTY)
        if command is not None:
            return await self._command(incoming, *command)
        received: Received | None = None
        hold: bool | None = None

        async def turn(uow: UnitOfWork) -> Answered | Reply | None:
            nonlocal received, hold
            now = self.clock.now()
            user = await resolve_user(uow, incoming, now)
            try:
                received = await self.coaching.receive(uow, user, incoming, now)
            except AmoraError as error:
                return Reply(str(error), ephemeral=True)
            if received is None:
                return None
            if hold is None:  # counted once, should the turn run again (see GroupCommit)
                hold = not self.flood.allow(incoming.user, now)
            return await self.coaching.respond(uow, received, now, hold=hold)

        try:
            # The message and its reply commit together, with other turns made meanwhile.
            outcome = await self.turns.run(turn)
        except Exception:
            if received is not None and not received.redelivered:
                await self._keep(incoming)
            raise
        return await self._finish(outcome) if isinstance(outcome, Answered) else outcome

    async def _keep(self, incoming: Incoming) -> None:
        """After a turn failed, stores the person's message alone, so that nothing they wrote
        is lost; a redelivery of the update (the inbox's replay, the platform's) answers it."""
        try:
            async with self.uow() as uow:
                now = self.clock.now()
                user = await resolve_user(uow, incoming, now)
                await self.coaching.keep(uow, user, incoming, now)
                await uow.commit()
        except Exception as error:  # the turn's own error is the one to raise
            logger.warning("a failed turn's message was not kept either: %s", type(error).__name__)

    async def _command(self, incoming: Incoming, name: str, args: str) -> Reply | None:
        """Runs a command; None for a redelivery of one that ran (its platform message id)."""
        async with self.uow() as uow:
            now = self.clock.now()
            user = await resolve_user(uow, incoming, now)
            ref = incoming.platform_message_id
            if ref is not None and not await uow.command_log.first_time(
                incoming.address, ref, user.id, now
            ):
                return None
            try:
                answered = await self.commands.run(
                    name, CommandContext(uow, user, incoming, args, now)
                )
            except AmoraError as error:
                return Reply(str(error), ephemeral=True)
            await uow.commit()
        return await self._finish(answered)

    async def press(self, incoming: Incoming, data: str) -> Reply:
        """A button press; data the core never issued, or another person's, changes nothing."""
        try:
            action = decode(data)
        except InvalidAction as error:
            return Reply(str(error), ephemeral=True)
        async with self.uow() as uow:
            now = self.clock.now()
            user = await resolve_user(uow, incoming, now)
            regenerated: Answered | None = None
            try:
                if action.feature == "fb" and action.verb == "regen":
                    regenerated = await self.feedback.regenerate(uow, user, action.target, now)
                    reply = regenerated.reply
                elif action.feature == "fb":
                    kind = FeedbackKind(action.verb)
                    reply = await self.feedback.rate(uow, user, action.target, kind, now)
                elif action.feature == "ss" and action.verb == "switch":
                    reply = await self.commands.sessions.switch(
                        uow, user, incoming.address, action.target, now
                    )
                elif action.feature == "ss":
                    session = await owned_session(uow, user, action.target)
                    status = _SESSION_VERBS[action.verb]
                    reply = await self.commands.sessions.set_status(uow, session, status, now)
                else:
                    reply = await self.commands.privacy.forget(uow, user, action.args, now)
            except AmoraError as error:
                await uow.rollback()
                return Reply(str(error), ephemeral=True)
            await uow.commit()
        return reply if regenerated is None else await self._finish(regenerated)

    async def _finish(self, answered: Answered) -> Reply:
        """The reply to show, after the transaction: rewritten by the model, pictures drawn."""
        if answered.picture is not None:
            picture = await asyncio.to_thread(answered.picture)
            reply = answered.reply
            answered = replace(
                answered, reply=replace(reply, attachments=(*reply.attachments, picture))
            )
        if self.writer is None:
            return answered.shown()
        return await self.writer.polish(answered)

    async def react(self, incoming: Incoming, target_message_id: str, emoji: str) -> Reply | None:
        """A 👍 or 👎 reaction on a coach message counts as feedback; others are ignored."""
        kind = REACTIONS.get(emoji.replace("\ufe0f", ""))
        if kind is None:
            return None
        async with self.uow() as uow:
            message = await uow.messages.by_platform_ref(incoming.address, target_message_id)
        if message is None:
            return None
        return await self.press(incoming, f"fb:{kind.value}:{message.id}")

    async def note_sent(self, message_id: int, address: Address, platform_message_id: str) -> None:
        """Remembers the platform id a reply went out as, so reactions can find it."""

        async def change(uow: UnitOfWork) -> None:
            await uow.messages.set_platform_ref(message_id, address, platform_message_id)

        await self.small_writes.write(change)

    async def hold(self, platform: str, updates: Sequence[tuple[int, str]]) -> None:
        """Keeps updates, as (update id, payload), from the moment they arrive until `release`,
        so a crash loses nothing.

        For platforms that consider an update delivered once the bot has it (Telegram), not
        once it is answered; `held` gives back what a crash left behind.
        """
        now = self.clock.now()

        async def change(uow: UnitOfWork) -> None:
            await uow.inbox.hold(platform, updates, now)

        await self.small_writes.write(change)

    async def release(self, platform: str, update_id: int) -> None:
        """Forgets a held update once it is handled (its message and reply are stored)."""

        async def change(uow: UnitOfWork) -> None:
            await uow.inbox.release(platform, update_id)

        await self.small_writes.write(change)

    async def held(self, platform: str) -> list[tuple[int, str]]:
        """Updates held but never released, oldest first: to handle again, then release.

        Handling one again is safe: a message already stored is not stored twice, and one
        already answered is not answered again.
        """
        async with self.uow() as uow:
            return await uow.inbox.held(platform, MAX_REPLAYED)

    async def book_send(self, request: SlotRequest, now: float) -> Slot:
        """A send slot under a platform account's rate limit, shared by every process.

        `now` is the adapter's wall clock in seconds since the epoch: slots are real time,
        whatever the core's clock says.
        """
        async with self.uow() as uow:
            slot = await uow.send_slots.book(request, now)
            await uow.commit()
        return slot

    async def bind_thread(self, incoming: Incoming, session_id: int, thread: Address) -> None:
        """Binds a thread an adapter opened for a new session."""
        async with self.uow() as uow:
            user = await resolve_user(uow, incoming, self.clock.now())
            await self.commands.sessions.bind_thread(uow, user, session_id, thread)
            await uow.commit()

    async def is_session_thread(self, address: Address) -> bool:
        """Whether a thread is bound to a session, so the coach answers what is written there."""
        return await self._in_bound_thread(address)

    async def _in_bound_thread(self, address: Address) -> bool:
        if address.thread_id is None:
            return False
        async with self.uow() as uow:
            return await uow.sessions.bound_to(address) is not None

    async def unbind_thread(self, thread: Address) -> None:
        """Forgets a thread the platform deleted; its session stays."""
        async with self.uow() as uow:
            await uow.sessions.unbind(thread)
            await uow.commit()

    async def mark_unreachable(self, who: PlatformUser) -> None:
        """The platform says this person blocked the bot: their check-ins stop."""
        async with self.uow() as uow:
            user = await uow.users.by_identity(who)
            if user is not None:
                await mark_unreachable(uow, user.id)
                await uow.commit()

    async def sweep(self) -> SweepReport:
        """Sends every check-in that is due now."""
        return await self.sweeper.run(self.clock.now())

    async def usage_text(self) -> str:
        """The `/stats` figures for the operator's command line."""
        async with self.uow() as uow:
            return format_usage(await uow.stats.usage(self.clock.now(), STATS_DAYS))

    async def export(self, identity: PlatformUser) -> dict[str, Any] | None:
        """Everything stored about a person, for the operator's command line."""
        async with self.uow() as uow:
            user = await uow.users.by_identity(identity)
            if user is None:
                return None
            return await self.commands.privacy.export(uow, user, self.clock.now())
