"""Core replies as Telegram pieces: text cut to Telegram's limit, buttons as inline keyboards.

Text goes out as plain text (no parse mode), so nothing a person or the coach writes can break
entity parsing ("can't parse entities") and nothing needs escaping.
"""

from __future__ import annotations

import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import CallbackQueryLimit, InlineKeyboardMarkupLimit, MessageLimit

from core.replies import Button

logger = logging.getLogger(__name__)

TEXT_LIMIT = int(MessageLimit.MAX_TEXT_LENGTH)
TOAST_LIMIT = int(CallbackQueryLimit.ANSWER_CALLBACK_QUERY_TEXT_LENGTH)
BUTTON_LIMIT = int(InlineKeyboardMarkupLimit.TOTAL_BUTTON_NUMBER)

# Cut points, best first: paragraphs, lines, sentences, words.
_CUTS = (
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"(?<=[.!?…])[\"'»”)]*\s+"),
    re.compile(r"\s+"),
)


def units(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji like 👍 counts two)."""
    return len(text.encode("utf-16-le")) // 2


def _fitting_prefix(text: str, limit: int) -> int:
    """How many characters from the start fit in `limit` units."""
    total = 0
    for index, char in enumerate(text):
        total += 2 if ord(char) > 0xFFFF else 1
        if total > limit:
            return index
    return len(text)


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Pieces of at most `limit` units, cut at a paragraph, else a line, sentence or word."""
    pieces: list[str] = []
    rest = text.strip()
    while units(rest) > limit:
        end = _fitting_prefix(rest, limit)
        cut = None
        for pattern in _CUTS:
            # A cut in the first half would leave a stub; a finer boundary near the end is better.
            found = [m for m in pattern.finditer(rest, 0, end + 1) if limit // 2 <= m.start()]
            if found:
                cut = found[-1]
                break
        if cut is None:
            pieces.append(rest[:end])
            rest = rest[end:].lstrip()
        else:
            pieces.append(rest[: cut.start()].rstrip())
            rest = rest[cut.end() :]
    if rest:
        pieces.append(rest)
    return pieces


def keyboard(rows: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
    """Inline buttons whose callback data is the core's action id (validated when pressed)."""
    kept: list[list[InlineKeyboardButton]] = []
    count = 0
    for row in rows:
        if count + len(row) > BUTTON_LIMIT:
            # Telegram refuses the whole message beyond 100 buttons; drop the last rows instead.
            logger.warning("telegram: %d button rows dropped over the limit", len(rows) - len(kept))
            break
        kept.append([InlineKeyboardButton(b.label, callback_data=b.action) for b in row])
        count += len(row)
    return InlineKeyboardMarkup(kept) if kept else None
