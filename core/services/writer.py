"""The optional language model: it rewrites the block engine's stored draft, or the draft stands."""

from __future__ import annotations

import logging
from dataclasses import replace

from core.engine.llm import prompt
from core.ports import ChatModel, ModelUnavailable, UnitOfWorkFactory
from core.replies import Reply
from core.services.answers import Answered

logger = logging.getLogger(__name__)


class ModelWriter:
    """Asks the model for a reply outside any transaction and stores what it said.

    The safety decision was made before the draft existed and stands: crisis replies never get
    here, and concern replies keep their resources whatever the model writes. On an error, a
    timeout or an empty answer the draft stays, and its metadata says why.
    """

    def __init__(self, model: ChatModel, uow: UnitOfWorkFactory) -> None:
        self.model = model
        self.uow = uow

    async def polish(self, answered: Answered) -> Reply:
        """The reply to show: the model's words if it answered, else the draft."""
        brief, meta, reply = answered.brief, answered.meta, answered.reply
        if brief is None or meta is None or reply.message_id is None:
            return answered.shown()
        try:
            text = (await self.model.complete(prompt(brief))).strip()
            fallback = None if text else "empty"
        except ModelUnavailable as error:
            text, fallback = "", str(error) or "error"
        if fallback is None:
            final, revised = text + brief.suffix, replace(meta, engine="llm")
        else:
            logger.warning("language model not used for message %d: %s", reply.message_id, fallback)
            final, revised = reply.text, replace(meta, fallback=fallback)
        async with self.uow() as uow:
            await uow.messages.revise(reply.message_id, final, revised)
            await uow.commit()
        return answered.shown(final)
