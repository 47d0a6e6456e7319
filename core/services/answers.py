"""What a coaching turn hands back: the stored reply and, for the language model, its brief."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from core.domain import Analysis, Message, MessageMeta, Session, Stage, User
from core.engine.llm import Brief
from core.replies import Attachment, Reply


def bullet_list(lines: tuple[str, ...]) -> str:
    """Resources as a short bulleted list."""
    return "\n".join(f"• {line}" for line in lines)


@dataclass(frozen=True, slots=True)
class Answered:
    """A stored reply, and what the language model needs to rewrite it when one is used."""

    reply: Reply
    brief: Brief | None = None
    meta: MessageMeta | None = None
    notice: str | None = None
    """A line to show before the reply (e.g. a paused session was resumed)."""
    picture: Callable[[], Attachment] | None = None
    """Draws an attachment once the transaction is over (charts take a while)."""

    def shown(self, text: str | None = None) -> Reply:
        """The reply as the person sees it, with `text` in place of the stored draft if given."""
        body = self.reply.text if text is None else text
        return replace(self.reply, text=f"{self.notice}\n\n{body}" if self.notice else body)


@dataclass(frozen=True, slots=True)
class Answer:
    """What a reply is answering: the user's message, what was read in it and where it stands."""

    message: Message
    analysis: Analysis
    topic: str | None
    stage: Stage


@dataclass(frozen=True, slots=True)
class Received:
    """A stored message waiting for its reply, with the session it belongs to."""

    user: User
    session: Session
    answer: Answer
    notice: str | None = None
    redelivered: bool = False
    """Stored by an earlier delivery of the same update, whose turn did not answer it."""
