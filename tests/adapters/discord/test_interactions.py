"""Interactions are answered within Discord's 3 seconds, and privately when the core says so."""

from __future__ import annotations

import asyncio
import itertools
from types import SimpleNamespace
from typing import Any

import discord

from adapters.discord.interactions import respond, within_deadline
from core.replies import Button, Reply

_ids = itertools.count(1)


class FakeResponse:
    """discord.InteractionResponse: records the callback Discord would get."""

    def __init__(self) -> None:
        self.type: discord.InteractionResponseType | None = None
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def is_done(self) -> bool:
        return self.type is not None

    async def defer(self, *, ephemeral: bool = False, thinking: bool = False) -> None:
        self.calls.append(("defer", {"ephemeral": ephemeral, "thinking": thinking}))
        kind = discord.InteractionResponseType
        self.type = kind.deferred_channel_message if thinking else kind.deferred_message_update

    async def send_message(self, **fields: Any) -> Any:
        self.calls.append(("send_message", fields))
        self.type = discord.InteractionResponseType.channel_message
        return SimpleNamespace(resource=None)


class FakeInteraction:
    """discord.Interaction as far as answering it goes."""

    def __init__(self, kind: discord.InteractionType) -> None:
        self.id = next(_ids)
        self.type = kind
        self.response = FakeResponse()
        self.followups: list[dict[str, Any]] = []
        self.original_deleted = False
        self.followup = SimpleNamespace(send=self._follow_up)

    async def _follow_up(self, **fields: Any) -> Any:
        self.followups.append(fields)
        return SimpleNamespace(id=next(_ids))

    async def delete_original_response(self) -> None:
        self.original_deleted = True


async def test_a_quick_turn_is_answered_directly() -> None:
    interaction = FakeInteraction(discord.InteractionType.application_command)

    async def quick() -> str:
        return "done"

    assert await within_deadline(interaction, quick(), after=0.5) == "done"  # type: ignore[arg-type]
    assert interaction.response.calls == []


async def test_a_slow_turn_is_acknowledged_first_then_answered() -> None:
    command = FakeInteraction(discord.InteractionType.application_command)
    press = FakeInteraction(discord.InteractionType.component)

    async def slow() -> str:
        await asyncio.sleep(0.05)
        return "done"

    assert await within_deadline(command, slow(), after=0.01) == "done"  # type: ignore[arg-type]
    assert await within_deadline(press, slow(), after=0.01) == "done"  # type: ignore[arg-type]
    assert command.response.calls == [("defer", {"ephemeral": False, "thinking": True})]
    assert press.response.calls == [("defer", {"ephemeral": False, "thinking": False})]


async def test_a_private_answer_after_thinking_replaces_the_thinking_message() -> None:
    interaction = FakeInteraction(discord.InteractionType.application_command)
    await interaction.response.defer(thinking=True)

    await respond(interaction, Reply("That command is only for the bot's admins.", ephemeral=True))  # type: ignore[arg-type]

    assert interaction.original_deleted
    (sent,) = interaction.followups
    assert sent["ephemeral"] and sent["content"] == "That command is only for the bot's admins."


async def test_a_direct_answer_carries_the_buttons_and_the_privacy_of_the_reply() -> None:
    interaction = FakeInteraction(discord.InteractionType.component)
    reply = Reply("Glad that helped.", ((Button("Continue", "ss:switch:3"),),), ephemeral=True)

    await respond(interaction, reply)  # type: ignore[arg-type]

    ((name, fields),) = interaction.response.calls
    assert name == "send_message" and fields["ephemeral"]
    assert [b.custom_id for b in fields["view"].children] == ["ss:switch:3"]
