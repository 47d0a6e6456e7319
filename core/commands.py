"""Text commands ("/followup 21:30 Europe/Berlin"): parsed once here for every adapter."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from core import texts
from core.domain import Session, SessionStatus, User
from core.domain.errors import NotAllowed
from core.incoming import Incoming
from core.ports import Charts, UnitOfWork
from core.replies import Reply
from core.services.answers import Answered
from core.services.followups import FollowUpSettingsService
from core.services.insights import InsightService
from core.services.privacy import PrivacyService
from core.services.sessions import SessionService, describe_session, resolve_session
from core.settings import CoreSettings


def parse_command(text: str) -> tuple[str, str] | None:
    """("followup", "21:30 Europe/Berlin") for "/followup@AmoraBot 21:30 Europe/Berlin"."""
    stripped = text.strip()
    if not stripped.startswith("/") or len(stripped) < 2:
        return None
    head, _, rest = stripped[1:].partition(" ")
    name = head.split("@", 1)[0].lower()
    if not name.isascii() or not name.replace("_", "").isalnum():
        return None
    return name, rest.strip()


@dataclass(frozen=True, slots=True)
class CommandContext:
    """Who asked, where, and the open unit of work."""

    uow: UnitOfWork
    user: User
    incoming: Incoming
    args: str
    now: datetime

    async def session(self) -> Session:
        """The session the command is about: the thread's or the chat's current one."""
        resolved = await resolve_session(self.uow, self.user, self.incoming.address, self.now)
        return resolved.session


Handler = Callable[[CommandContext], Awaitable[Reply | Answered]]


class CommandRouter:
    """Maps command names to the services that answer them."""

    def __init__(self, settings: CoreSettings, charts: Charts | None = None) -> None:
        self.settings = settings
        self.sessions = SessionService()
        self.followups = FollowUpSettingsService(settings.default_followup_time)
        self.insights = InsightService(charts)
        self.privacy = PrivacyService()
        self.handlers: dict[str, Handler] = {
            "start": self._start,
            "help": self._help,
            "newsession": self._new,
            "sessions": self._list,
            "session": self._show,
            "rename": self._rename,
            "pause": self._status(SessionStatus.PAUSED),
            "resume": self._status(SessionStatus.ACTIVE),
            "complete": self._status(SessionStatus.COMPLETED),
            "followup": self._followup,
            "timezone": self._timezone,
            "progress": self._progress,
            "export": self._export,
            "forget": self._forget,
            "stats": self._stats,
        }

    async def run(self, name: str, ctx: CommandContext) -> Answered:
        """Answers a command; an unknown one gets a pointer to /help."""
        handler = self.handlers.get(name)
        if handler is None:
            return Answered(Reply(texts.UNKNOWN_COMMAND.format(command=name[:32]), ephemeral=True))
        result = await handler(ctx)
        return result if isinstance(result, Answered) else Answered(result)

    async def _start(self, ctx: CommandContext) -> Reply:
        return Reply(texts.START)

    async def _help(self, ctx: CommandContext) -> Reply:
        return Reply(texts.HELP)

    async def _new(self, ctx: CommandContext) -> Reply:
        return await self.sessions.new(ctx.uow, ctx.user, ctx.incoming.address, ctx.args, ctx.now)

    async def _list(self, ctx: CommandContext) -> Reply:
        return await self.sessions.list(ctx.uow, ctx.user, ctx.incoming.address)

    async def _show(self, ctx: CommandContext) -> Reply:
        session = await ctx.session()
        return Reply(describe_session(session), session_id=session.id)

    async def _rename(self, ctx: CommandContext) -> Reply:
        return await self.sessions.rename(ctx.uow, await ctx.session(), ctx.args, ctx.now)

    def _status(self, status: SessionStatus) -> Handler:
        async def handler(ctx: CommandContext) -> Reply:
            return await self.sessions.set_status(ctx.uow, await ctx.session(), status, ctx.now)

        return handler

    async def _followup(self, ctx: CommandContext) -> Reply:
        session = await ctx.session()
        args = ctx.args.split()
        return await self.followups.followup(ctx.uow, ctx.user, session, args, ctx.now)

    async def _timezone(self, ctx: CommandContext) -> Reply:
        return await self.followups.timezone(ctx.uow, ctx.user, ctx.args.split(), ctx.now)

    async def _progress(self, ctx: CommandContext) -> Answered:
        return await self.insights.progress(ctx.uow, ctx.user)

    async def _export(self, ctx: CommandContext) -> Reply:
        return await self.privacy.export_reply(ctx.uow, ctx.user, ctx.now)

    async def _forget(self, ctx: CommandContext) -> Reply:
        return self.privacy.ask_forget(ctx.user, ctx.now)

    async def _stats(self, ctx: CommandContext) -> Answered:
        who = ctx.incoming.user
        if not self.settings.is_admin(who.platform, who.user_id):
            raise NotAllowed()
        return await self.insights.stats(ctx.uow, ctx.now)
