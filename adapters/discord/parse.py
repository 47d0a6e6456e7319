"""Discord objects in the core's terms: addresses, people, and whether a message is for us."""

from __future__ import annotations

import re

import discord

from core.domain import Address, PlatformUser
from core.incoming import Incoming

PLATFORM = "discord"
_THREAD_TYPES = frozenset(
    {
        discord.ChannelType.public_thread,
        discord.ChannelType.private_thread,
        discord.ChannelType.news_thread,
    }
)


def person(user: discord.abc.User) -> PlatformUser:
    """A Discord account as the core knows it."""
    return PlatformUser(PLATFORM, str(user.id))


def address_of(channel: object) -> Address | None:
    """Where a channel is: a thread is (parent, thread); None when only a fetch can tell."""
    if isinstance(channel, discord.Thread):
        return Address(PLATFORM, str(channel.parent_id), str(channel.id))
    if isinstance(channel, discord.PartialMessageable):
        if channel.guild_id is None:  # no guild: a DM channel
            return Address(PLATFORM, str(channel.id))
        if channel.type is None or channel.type in _THREAD_TYPES:
            return None  # a thread discord.py has not cached: its parent is unknown here
        return Address(PLATFORM, str(channel.id))
    if isinstance(channel, discord.abc.Snowflake):
        return Address(PLATFORM, str(channel.id))
    return None


def is_private(channel: object) -> bool:
    """Whether a channel is a direct-message channel with one person."""
    if isinstance(channel, discord.PartialMessageable):
        return channel.guild_id is None
    return isinstance(channel, discord.DMChannel)


def mentions_pattern(me: int) -> re.Pattern[str]:
    """Matches the bot's mention in message text, with or without the nickname mark."""
    return re.compile(rf"<@!?{me}>")


def is_addressed(message: discord.Message, me: int) -> bool:
    """A DM, a mention of the bot, or a reply to one of its messages."""
    if message.guild is None:
        return True
    if any(user.id == me for user in message.mentions):
        return True
    reference = message.reference
    target = reference.resolved if reference is not None else None
    if target is None and reference is not None:
        target = reference.cached_message
    return isinstance(target, discord.Message) and target.author.id == me


def text_of(message: discord.Message, me: int) -> str:
    """The message text without the bot's own mention."""
    return mentions_pattern(me).sub("", message.content).strip()


def from_message(
    message: discord.Message, address: Address, text: str, *, addressed: bool
) -> Incoming:
    """A person's message as the core's input."""
    return Incoming(
        person(message.author),
        address,
        text,
        display_name=message.author.display_name,
        platform_message_id=str(message.id),
        addressed=addressed,
    )


def from_interaction(interaction: discord.Interaction, address: Address, text: str) -> Incoming:
    """A slash command or a button press as the core's input; always meant for the coach."""
    return Incoming(
        person(interaction.user),
        address,
        text,
        display_name=interaction.user.display_name,
        locale=interaction.locale.value if interaction.locale else None,
        platform_message_id=None,
    )
