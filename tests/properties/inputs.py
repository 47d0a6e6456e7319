"""What people (and forgers) type: the awkward texts every entry point must survive.

Each strategy is built once (cached): Hypothesis validates a strategy the first time it draws
from it, which would otherwise cost more than the example itself.
"""

from __future__ import annotations

from functools import cache

from hypothesis import strategies as st

HUGE = 100_000
"""The longest text generated: 100 kB, far over every platform's message limit."""

WHITESPACE = " \t\n\r\x0b\x0c\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
CONTROLS = "".join(map(chr, [*range(0, 32), 127, *range(0x80, 0xA0)]))
BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
RTL_WORDS = ["שלום", "אני מרגיש בודד", "زوجي لا يسمعني", "أنا حزينة", "من خسته‌ام", "ܫܠܡܐ"]
EMOJI = [
    "👍",
    "👎",
    "🔄",
    "❤️",
    "💔",
    "😭",
    "🙂",
    "👩‍❤️‍👨",
    "👨‍👩‍👧‍👦",
    "🏳️‍🌈",
    "👍🏽",
    "🇩🇪",
    "1️⃣",
    "\U0001fae0",
]
WORDS = [
    "We argue about chores",
    "my partner",
    "I feel lonely",
    "he never listens",
    "she wants space",
    "I want to end my life",
    "he hits me",
    "/",
    "@AmoraBot",
    "<@999>",
    "fb:like:1",
    "**bold**",
    "`code`",
    "||spoiler||",
    "https://example.org",
    "${x}",
    "%s %d",
    "'; DROP TABLE messages; --",
]


def _repeat(piece: str, times: int) -> str:
    return (piece * times)[:HUGE]


@cache
def huge_texts() -> st.SearchStrategy[str]:
    """Texts up to 100 kB, made by repeating a short piece (cheap to generate and shrink)."""
    piece = st.one_of(st.text(min_size=1, max_size=12), st.sampled_from([*WORDS, *EMOJI]))
    return st.builds(_repeat, piece, st.integers(min_value=100, max_value=HUGE))


@cache
def texts(*, surrogates: bool = False) -> st.SearchStrategy[str]:
    """Empty, blank, control characters, right-to-left, emoji-only, mixed, huge text.

    With `surrogates`, lone surrogates too (a terminal's undecodable bytes; JSON's "\\ud800").
    """
    categories: list[str] = ["L", "M", "N", "P", "S", "Z", "Cc", "Cf", "Co"]
    if surrogates:
        categories.append("Cs")
    awkward = st.text(alphabet=st.characters(categories=categories), max_size=60)
    parts = st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(RTL_WORDS),
        st.sampled_from(EMOJI),
        st.text(alphabet=WHITESPACE + INVISIBLE + BIDI, max_size=4),
        st.text(alphabet=CONTROLS, min_size=1, max_size=4),
        awkward,
    )
    mixed = st.lists(parts, max_size=8).map("".join)
    return st.one_of(
        st.sampled_from(["", " ", "\n", "\x00", "\u200b", "\u202e", "/", "//", "/ ", "@"]),
        st.text(alphabet=WHITESPACE + INVISIBLE, max_size=20),
        st.text(alphabet=CONTROLS, max_size=20),
        st.lists(st.sampled_from(EMOJI), min_size=1, max_size=30).map("".join),
        st.lists(st.sampled_from(RTL_WORDS + list(BIDI)), min_size=1, max_size=10).map(" ".join),
        mixed,
        huge_texts(),
    )


COMMANDS = [
    "start",
    "help",
    "newsession",
    "sessions",
    "session",
    "rename",
    "pause",
    "resume",
    "complete",
    "followup",
    "timezone",
    "progress",
    "export",
    "forget",
    "stats",
]
TIMES = ["21:30", "9:05", "21.30", "21h30", "24:00", "23:60", "7", "-1:00", "٢١:٣٠", "on", "off"]
ZONES = [
    "Europe/Berlin",
    "europe/berlin",
    "UTC",
    "Mars/Base",
    "../etc/passwd",
    "/etc",
    "Etc/GMT+14",
]


@cache
def arguments(*, surrogates: bool = False) -> st.SearchStrategy[str]:
    """Command arguments: plausible times and zones, titles, and anything at all."""
    word = st.one_of(st.sampled_from(TIMES + ZONES), texts(surrogates=surrogates))
    return st.one_of(
        st.lists(word, max_size=4).map(" ".join),
        texts(surrogates=surrogates),
    )


@cache
def commands(*, surrogates: bool = False) -> st.SearchStrategy[str]:
    """A command as typed: a known or odd name, maybe a bot's name, then arguments."""
    name = st.one_of(st.sampled_from(COMMANDS), st.sampled_from(COMMANDS).map(str.upper), texts())
    bot = st.sampled_from(["", "@AmoraBot", "@OtherBot", "@"])
    return st.builds(
        lambda n, b, sep, a: f"/{n}{b}{sep}{a}",
        name,
        bot,
        st.sampled_from([" ", "  ", "\n", "\t", "\u3000"]),
        arguments(surrogates=surrogates),
    )


@cache
def messages(*, surrogates: bool = False) -> st.SearchStrategy[str]:
    """Anything a person might send: texts and commands."""
    return st.one_of(texts(surrogates=surrogates), commands(surrogates=surrogates))


@cache
def action_ids() -> st.SearchStrategy[str]:
    """Button data: well-formed ids with guessed numbers, near misses, and anything at all."""
    issued = ["fb:like", "fb:dislike", "fb:regen", "ss:switch", "ss:pause", "ss:resume"]
    near = ["ss:complete", "pv:forget", "fb:love", "xx:like", "FB:like", "fb:", ":like", ""]
    feature_verb = st.sampled_from(issued + near)
    number = st.one_of(
        st.integers(min_value=-5, max_value=50).map(str),
        st.integers(min_value=0, max_value=10**19).map(str),
        st.sampled_from(["", "0", "00", "1e3", "１", "٣", "0x1", " 1", "1 ", "1.0"]),
    )
    shaped = st.builds(
        lambda fv, args: ":".join([fv, *args]), feature_verb, st.lists(number, max_size=3)
    )
    return st.one_of(shaped, texts(surrogates=True), st.binary(max_size=80).map(_latin))


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")
