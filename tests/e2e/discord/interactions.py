"""Interactions the fake Discord sent, and how the bot answered them (callbacks, follow-ups)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tests.e2e.discord.world import Json

if TYPE_CHECKING:
    from tests.e2e.discord.fake import FakeDiscord

Files = list[tuple[str, bytes]]


@dataclass
class Interaction:
    """An interaction the fake sent, and how the bot answered it."""

    id: int
    token: str
    kind: int
    channel_id: int
    callback: Json | None = None
    original: Json | None = None
    original_deleted: bool = False
    followups: list[Json] = field(default_factory=list)

    def answers(self) -> list[Json]:
        """The messages that answer it, in order: the original response, then follow-ups."""
        original = [] if self.original is None or self.original_deleted else [self.original]
        return [m for m in original if m["content"] or m["components"] or m["attachments"]] + [
            *self.followups
        ]


class Interactions:
    """Every interaction by id, with Discord's rules for answering them."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.by_id: dict[int, Interaction] = {}

    def add(self, interaction: Interaction) -> None:
        with self.fake.changed:
            self.by_id[interaction.id] = interaction

    def get(self, interaction_id: int) -> Interaction | None:
        return self.by_id.get(interaction_id)

    def by_token(self, token: str) -> Interaction | None:
        return next((i for i in self.by_id.values() if i.token == token), None)

    def answer(self, interaction: Interaction, body: Json, files: Files) -> Json | None:
        """Records the callback; a message response (4) or "thinking" (5) makes a message."""
        data = body.get("data") or {}
        message = None
        if body["type"] in (4, 5):
            message = self.fake.bot_message(interaction.channel_id, data, files)
        with self.fake.changed:
            interaction.callback = body
            interaction.original = message
            self.fake.changed.notify_all()
        return message

    def follow_up(self, interaction: Interaction, body: Json, files: Files) -> Json:
        """A follow-up; the first after "thinking" fills the thinking message (Discord's way)."""
        original = interaction.original
        thinking = interaction.callback is not None and interaction.callback["type"] == 5
        if (
            thinking
            and original is not None
            and not original["content"]
            and not interaction.followups
        ):
            self.edit_original(interaction, body, files)
            return original
        message = self.fake.bot_message(interaction.channel_id, body, files)
        with self.fake.changed:
            interaction.followups.append(message)
            self.fake.changed.notify_all()
        return message

    def edit_original(self, interaction: Interaction, body: Json, files: Files) -> None:
        assert interaction.original is not None
        with self.fake.changed:
            for key in ("content", "components"):
                if key in body:
                    interaction.original[key] = body[key]
            if files:
                self.fake.files[int(interaction.original["id"])] = files
            self.fake.changed.notify_all()

    def delete_original(self, interaction: Interaction) -> None:
        with self.fake.changed:
            interaction.original_deleted = True
            self.fake.changed.notify_all()
