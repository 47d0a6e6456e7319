"""Telegram updates in the core's terms: addresses, people, text and whether it was meant for us."""

from __future__ import annotations

from telegram import Chat, Message, MessageEntity, MessageReactionUpdated, ReactionTypeEmoji, User

from core.domain import Address, PlatformUser
from core.incoming import Incoming

PLATFORM = "telegram"


def address_of(message: Message) -> Address:
    """The chat, and the forum topic when the message is in one."""
    # message_thread_id is also set on replies outside topics; only is_topic_message means a
    # topic (Bot API, Message.message_thread_id).
    thread = str(message.message_thread_id) if message.is_topic_message else None
    return Address(PLATFORM, str(message.chat.id), thread)


def person(user: User) -> PlatformUser:
    """The core's name for a Telegram user."""
    return PlatformUser(PLATFORM, str(user.id))


def incoming(message: Message, user: User, text: str, *, addressed: bool = True) -> Incoming:
    """An Incoming for a message (or for a button under it) from `user`."""
    return Incoming(
        person(user),
        address_of(message),
        text,
        display_name=user.first_name,
        locale=user.language_code,
        platform_message_id=str(message.message_id),
        addressed=addressed,
    )


def mentions(message: Message, bot: User) -> list[str]:
    """The pieces of the text that mention this bot (@name, or a link to it)."""
    kinds = [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
    try:
        found = message.parse_entities(kinds) | message.parse_caption_entities(kinds)
    except UnicodeDecodeError:  # an entity that cuts a character in two: not Telegram's own
        return []
    name = f"@{bot.username}".lower()
    return [
        text
        for entity, text in found.items()
        if text.lower() == name or (entity.user is not None and entity.user.id == bot.id)
    ]


def command_target(text: str) -> str | None:
    """The bot a command names: "OtherBot" for "/start@OtherBot hi", else None."""
    if not text.startswith("/"):
        return None
    head = text.split(maxsplit=1)[0]
    return head.partition("@")[2] or None


def is_for_another_bot(text: str, bot: User) -> bool:
    """A command written to a different bot in the same group."""
    target = command_target(text)
    return target is not None and target.lower() != (bot.username or "").lower()


def replied_to_bot(message: Message, bot: User) -> bool:
    """Whether the message answers one of the bot's messages."""
    original = message.reply_to_message
    # Every message in a forum topic carries the topic's opening service message as
    # reply_to_message; only a reply to a real message of the bot counts.
    if original is None or original.forum_topic_created is not None:
        return False
    return original.from_user is not None and original.from_user.id == bot.id


def is_addressed(message: Message, bot: User, text: str) -> bool:
    """Private chats always; in groups a command, a mention or a reply to the bot."""
    if message.chat.type == Chat.PRIVATE:
        return True
    return text.startswith("/") or bool(mentions(message, bot)) or replied_to_bot(message, bot)


def text_of(message: Message, bot: User) -> str:
    """The text (or a media caption) without the mention of the bot."""
    text = message.text or message.caption or ""
    found = mentions(message, bot)
    for mention in found:
        text = text.replace(mention, "")
    return text.strip() if found else text


def added_emoji(reaction: MessageReactionUpdated) -> str | None:
    """The emoji the person just added, if any (custom and paid reactions are not emoji)."""
    before = {r.emoji for r in reaction.old_reaction if isinstance(r, ReactionTypeEmoji)}
    added = [
        r.emoji
        for r in reaction.new_reaction
        if isinstance(r, ReactionTypeEmoji) and r.emoji not in before
    ]
    return added[-1] if added else None


def reaction_incoming(reaction: MessageReactionUpdated, user: User) -> Incoming:
    """An Incoming for a reaction; reactions carry no thread, and message ids are per chat."""
    return Incoming(
        person(user),
        Address(PLATFORM, str(reaction.chat.id)),
        display_name=user.first_name,
        locale=user.language_code,
    )
