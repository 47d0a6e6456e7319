"""Text normalisation shared by every reader: one canonical form, computed once per message."""

from __future__ import annotations

import re
import unicodedata

# Invisible characters people (or copy-paste) put inside words, including right-to-left marks:
# dropping them lets "ki\u200bll" read as "kill".
_INVISIBLE = (
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068"
    "\u2069\ufeff"
)
_TRANSLATE: dict[int, str | None] = {ord(c): None for c in _INVISIBLE}
_TRANSLATE.update({ord(c): "'" for c in "\u2018\u2019\u201b\u02bc\u00b4`\u2032"})
_TRANSLATE.update({ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033"})
_TRANSLATE.update({ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2212"})
_TRANSLATE.update({ord("\u2014"): " - ", ord("\u2026"): "..."})
_TRANSLATE.update({c: " " for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]})
_TRANSLATE.update({c: " " for c in range(0x80, 0xA0)})

_LINE_BREAKS = re.compile(r"\s*[\n\r\u2028\u2029]\s*")
_SPACES = re.compile(r"[^\S\n]+")
_DOUBLE_SPACES = re.compile(r"  +")


def normalise(text: str) -> str:
    """NFKC, straight quotes and dashes, no invisible or control characters, single spaces.

    Line breaks are kept (as one "\\n"): they end a sentence for the safety rules.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.translate(_TRANSLATE)
    if text.isascii():
        # The common case, kept cheap: the general whitespace regex costs ~10 µs a message.
        if "\n" in text or "\r" in text:
            text = _LINE_BREAKS.sub("\n", text)
        text = text.replace("\t", " ")
        return _DOUBLE_SPACES.sub(" ", text).strip() if "  " in text else text.strip()
    return _SPACES.sub(" ", _LINE_BREAKS.sub("\n", text)).strip()


def lower(text: str) -> str:
    """Lower case with one character per character, so positions in both strings agree."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few letters lower to two code points (U+0130 "İ" → "i̇"); keep the first.
    return "".join(c.lower()[0] for c in text)
