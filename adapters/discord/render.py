"""The core's replies as Discord messages: escaped text in pieces, persistent buttons, files."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import discord
from discord.ui import DynamicItem

from core.replies import Attachment, Button, Reply

MAX_UNITS = 2000
"""Discord's message content limit; counted in UTF-16 units, as the client counts them."""
ROW_WIDTH = 5
MAX_ROWS = 5
"""A message holds at most five action rows of five buttons (Discord's component limits)."""
MAX_LABEL = 80
NO_MENTIONS = discord.AllowedMentions.none()
"""Nothing the coach writes pings anyone, whatever a session title says."""
_BREAKS = ("\n\n", "\n", " ")


def units(text: str) -> int:
    """The length of a text in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    """The core's plain text with Discord markdown neutralised; links stay clickable."""
    return discord.utils.escape_markdown(text)


def split_text(text: str, limit: int = MAX_UNITS) -> list[str]:
    """Pieces of at most `limit` units, broken at paragraphs, lines or spaces where possible."""
    pieces: list[str] = []
    rest = text.strip()
    while units(rest) > limit:
        end = _fitting(rest, limit)
        cut = next((at for sep in _BREAKS if (at := rest.rfind(sep, 0, end)) > end // 2), end)
        if cut == end and _escapes_next(rest[:cut]):
            cut -= 1  # never part "\*" from its backslash
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].strip()
    return [*pieces, rest] if rest or not pieces else pieces


def _fitting(text: str, limit: int) -> int:
    """The largest index whose prefix fits in `limit` units."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return index
    return len(text)


def _escapes_next(prefix: str) -> bool:
    trailing = len(prefix) - len(prefix.rstrip("\\"))
    return trailing % 2 == 1


@runtime_checkable
class Presses(Protocol):
    """What a client does with a button press (the adapter's client implements it)."""

    async def pressed(self, interaction: discord.Interaction[Any], action: str) -> None: ...


class ActionButton(DynamicItem[discord.ui.Button[Any]], template=r"(?P<action>[\s\S]{1,100})"):
    """A button whose custom id is the core's action id, e.g. "fb:like:42".

    A DynamicItem matches the custom id of any message's button, also after a restart
    (discord.py `examples/views/dynamic_counter.py`). The template takes every id: the core,
    not the adapter, decides which ones it issued, and answers a forged one itself.
    """

    def __init__(self, action: str, label: str = "…", *, row: int | None = None) -> None:
        super().__init__(discord.ui.Button(label=label[:MAX_LABEL], custom_id=action), row=row)
        self.action = action

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> ActionButton:
        """Rebuilds the button from a pressed component."""
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(match["action"], label or "…")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Hands the press to the client."""
        if isinstance(interaction.client, Presses):
            await interaction.client.pressed(interaction, self.action)


def views(rows: tuple[tuple[Button, ...], ...]) -> list[discord.ui.View]:
    """Persistent views for rows of buttons: one per five rows, long rows wrapped."""
    lines = [row[i : i + ROW_WIDTH] for row in rows for i in range(0, len(row), ROW_WIDTH)]
    result: list[discord.ui.View] = []
    for start in range(0, len(lines), MAX_ROWS):
        view = discord.ui.View(timeout=None)  # no timeout: the buttons work for good
        for number, line in enumerate(lines[start : start + MAX_ROWS]):
            for button in line:
                view.add_item(ActionButton(button.action, button.label, row=number))
        result.append(view)
    return result


def files(attachments: tuple[Attachment, ...]) -> list[discord.File]:
    """Attachments as files to upload."""
    return [
        discord.File(io.BytesIO(a.data), filename=a.filename, description=a.title or None)
        for a in attachments
    ]


@dataclass(slots=True)
class Part:
    """One Discord message of a reply."""

    content: str | None
    view: discord.ui.View | None = None
    files: list[discord.File] = field(default_factory=list)
    main: bool = False
    """The message that carries the reply's buttons: reactions on it count."""

    def fields(self) -> dict[str, Any]:
        """Keyword arguments for discord.py's send methods (absent ones left out)."""
        fields: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
        if self.content:
            fields["content"] = self.content
        if self.view is not None:
            fields["view"] = self.view
        if self.files:
            fields["files"] = self.files
        return fields


def parts(reply: Reply) -> list[Part]:
    """A reply as messages: text pieces with buttons and files on the last, extra button rows."""
    pieces = split_text(escape(reply.text))
    boards = views(reply.buttons)
    result = [Part(piece or None) for piece in pieces]
    result[-1].view = boards[0] if boards else None
    result[-1].files = files(reply.attachments)
    result[-1].main = True
    # Discord takes a message with components and no text; rows beyond five need one.
    return result + [Part(None, view) for view in boards[1:]]
