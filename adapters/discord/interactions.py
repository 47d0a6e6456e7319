"""Answering slash commands and button presses: within three seconds, privately when asked."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any

import discord

from adapters.discord.render import parts
from core.replies import Reply

logger = logging.getLogger(__name__)

DEFER_AFTER = 2.0
"""Discord drops an interaction not answered within 3 s ("Responding to an Interaction"), so a
turn still running after this long is acknowledged first and answered with a follow-up."""


async def within_deadline(
    interaction: discord.Interaction[Any], work: Awaitable[Any], after: float = DEFER_AFTER
) -> Any:
    """Awaits the work; if it runs long, acknowledges the interaction in the meantime."""
    task = asyncio.ensure_future(work)
    try:
        return await asyncio.wait_for(asyncio.shield(task), after)
    except TimeoutError:
        # A command shows "Amora is thinking…"; a press changes nothing visible yet.
        command = interaction.type is discord.InteractionType.application_command
        await interaction.response.defer(thinking=command)
        logger.debug("discord interaction %s deferred", interaction.id)
        return await task


async def respond(
    interaction: discord.Interaction[Any], reply: Reply
) -> discord.Message | discord.InteractionMessage | None:
    """Answers with the reply's messages; returns the one that carries its buttons."""
    main: discord.Message | discord.InteractionMessage | None = None
    response = interaction.response
    thinking = response.type is discord.InteractionResponseType.deferred_channel_message
    if reply.ephemeral and thinking:
        # A follow-up to a "thinking" answer inherits its visibility: drop it and start over.
        await interaction.delete_original_response()
    for part in parts(reply):
        message: discord.Message | discord.InteractionMessage | None
        if not response.is_done():
            callback = await response.send_message(**part.fields(), ephemeral=reply.ephemeral)
            resource = callback.resource
            message = resource if isinstance(resource, discord.InteractionMessage) else None
        else:
            message = await interaction.followup.send(
                **part.fields(), ephemeral=reply.ephemeral, wait=True
            )
        main = message if part.main else main
    return main


async def acknowledge(interaction: discord.Interaction[Any]) -> None:
    """Answers an interaction that has nothing to say, so the client stops waiting."""
    if interaction.response.is_done():
        if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
            await interaction.delete_original_response()
        return
    if interaction.type is discord.InteractionType.component:
        await interaction.response.defer()
    else:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.delete_original_response()
