"""Authored coaching blocks: loading and checking the content files, lookup and rendering."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from core.domain.enums import EMOTIONS, TOPICS, BlockKind, SafetyLevel, Stage, Style

APPROACHES = frozenset({"gottman", "nvc", "eft", "attachment", "mi", "cbt", "general"})
"""The traditions a block may name as its ground."""

TOPIC_PHRASES: dict[str, str] = {
    "communication": "communication between you",
    "conflict": "arguments and conflict",
    "trust_jealousy": "trust and jealousy",
    "infidelity": "infidelity",
    "breakup": "the breakup",
    "dating": "dating",
    "long_distance": "the distance between you",
    "intimacy": "closeness and intimacy",
    "commitment": "commitment and the future",
    "family": "family and in-laws",
    "boundaries": "boundaries",
    "self_worth": "how you see yourself",
    "loneliness": "loneliness",
    "growing_apart": "drifting apart",
    "co_parenting": "co-parenting",
}
"""A human phrase for each topic id, written to follow a preposition ("about {topic}")."""

_ID = re.compile(r"[a-z0-9_]+(?:\.[a-z0-9_]+)*")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_NAME_LEAD = "{name}, "
_FIELDS = frozenset({"partner", "Partner", "topic"})
_FOLLOW_UP_FIELDS = _FIELDS | {"session", "focus"}
_REQUIRED = ("id", "kind", "topics", "stages", "styles", "approach", "text")
_KNOWN = frozenset({*_REQUIRED, "emotions", "partner_work", "concern"})
_TOPIC_SET = frozenset(TOPICS)
_Key = tuple[BlockKind, str | None, Stage | None, SafetyLevel]
_Raw = Mapping[str, object]
_TAGS = ("topics", "stages", "emotions", "styles")
_ALLOWED: dict[str, frozenset[str]] = {
    "kind": frozenset(BlockKind),
    "approach": APPROACHES,
    "topics": _TOPIC_SET,
    "stages": frozenset(Stage),
    "emotions": frozenset(EMOTIONS),
    "styles": frozenset(Style),
}


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of authored coaching text and the situations it fits."""

    id: str
    kind: BlockKind
    topics: frozenset[str]
    stages: frozenset[Stage]
    emotions: frozenset[str]
    styles: frozenset[Style]
    approach: str
    text: str
    partner_work: bool = False
    concern: bool = False


class ContentError(ValueError):
    """A content file or block that breaks the rules; the message names the file and the block."""


class BlockLibrary:
    """All blocks, indexed for the composer's lookups by kind, topic, stage and safety level."""

    __slots__ = ("_blocks", "_by_id", "_index")

    def __init__(self, blocks: Iterable[Block]) -> None:
        self._blocks = tuple(blocks)
        self._by_id: dict[str, Block] = {}
        index: dict[_Key, list[Block]] = {}
        for block in self._blocks:
            if block.id in self._by_id:
                raise ContentError(f"block {block.id!r}: duplicate id")
            self._by_id[block.id] = block
            for key in _index_keys(block):
                index.setdefault(key, []).append(block)
        self._index = {key: tuple(found) for key, found in index.items()}

    @classmethod
    def load(cls, directory: Path | None = None) -> BlockLibrary:
        """Reads and checks every `*.toml` file in `directory` (default: the bundled content)."""
        folder = directory if directory is not None else Path(__file__).with_name("content")
        origin: dict[str, str] = {}
        blocks: list[Block] = []
        for path in sorted(folder.glob("*.toml")):
            for block in _read_file(path):
                if block.id in origin:
                    where = f"{path.name}: block {block.id!r}"
                    raise ContentError(f"{where}: duplicate id (also in {origin[block.id]})")
                origin[block.id] = path.name
                blocks.append(block)
        if not blocks:
            raise ContentError(f"{folder}: no blocks in any *.toml file")
        return cls(blocks)

    @property
    def blocks(self) -> tuple[Block, ...]:
        """Every block, in file order."""
        return self._blocks

    def __len__(self) -> int:
        return len(self._blocks)

    def get(self, block_id: str) -> Block | None:
        """The block with this id, if there is one."""
        return self._by_id.get(block_id)

    def candidates(
        self, kind: BlockKind, *, topic: str | None, stage: Stage | None, safety: SafetyLevel
    ) -> list[Block]:
        """Blocks of `kind` fitting the topic (None or unknown: general only), stage and safety."""
        if safety is SafetyLevel.CRISIS:
            return []
        key = (kind, topic if topic in _TOPIC_SET else None, stage, safety)
        return list(self._index.get(key, ()))


def _index_keys(block: Block) -> Iterator[_Key]:
    """Every lookup a block answers: general blocks fit every topic, stage-free ones every stage."""
    topics: Iterable[str | None] = block.topics or (*TOPICS, None)
    stages: tuple[Stage | None, ...] = (None, *(block.stages or Stage))
    levels = [SafetyLevel.CONCERN] if not block.partner_work else []
    levels += [SafetyLevel.NONE] if not block.concern else []
    for topic in topics:
        for stage in stages:
            for level in levels:
                yield block.kind, topic, stage, level


def render(
    text: str,
    *,
    partner: str | None = None,
    name: str | None = None,
    topic: str | None = None,
    session: str | None = None,
    focus: str | None = None,
) -> str:
    """Fills a block's placeholders; `topic` may be a topic id or a ready phrase."""
    words = _partner_words(partner)
    title = (session or "").strip()
    values = {
        "partner": words,
        "Partner": _capitalise(words),
        "topic": TOPIC_PHRASES.get(topic, topic) if topic else "this",
        "session": f'"{title}"' if title else "your session",
        "focus": focus or "what we talked about",
    }
    lead = text.startswith(_NAME_LEAD)
    body = text.removeprefix(_NAME_LEAD)
    body = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), body)
    name = (name or "").strip()
    if not lead:
        return body
    return f"{name}, {body}" if name else _capitalise(body)


def _partner_words(partner: str | None) -> str:
    """Turns "my husband" or "husband" into "your husband"; a capitalised name stays as it is."""
    words = " ".join((partner or "").split())
    head, _, rest = words.partition(" ")
    if head.lower() in ("my", "your") and rest:
        return f"your {rest}"
    if not words:
        return "your partner"
    return words if words[0].isupper() else f"your {words}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _read_file(path: Path) -> list[Block]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(f"{path.name}: cannot read: {exc}") from exc
    raw = data.pop("block", [])
    if data or not isinstance(raw, list) or not all(isinstance(b, dict) for b in raw):
        raise ContentError(f"{path.name}: only [[block]] tables are allowed at the top level")
    return [_parse_block(fields, path.name, number) for number, fields in enumerate(raw, 1)]


def _parse_block(raw: _Raw, source: str, number: int) -> Block:
    block_id = raw.get("id")
    if problem := _problem(raw):
        which = repr(block_id) if isinstance(block_id, str) else f"#{number}"
        raise ContentError(f"{source}: block {which}: {problem}")
    tags = {key: frozenset(cast("list[str]", raw.get(key, []))) for key in _TAGS}
    return Block(
        id=str(block_id),
        kind=BlockKind(str(raw["kind"])),
        topics=tags["topics"],
        stages=frozenset(Stage(s) for s in tags["stages"]),
        emotions=tags["emotions"],
        styles=frozenset(Style(s) for s in tags["styles"]),
        approach=str(raw["approach"]),
        text=str(raw["text"]),
        partner_work=raw.get("partner_work") is True,
        concern=raw.get("concern") is True,
    )


def _problem(raw: _Raw) -> str | None:
    """What is wrong with one raw block, or None."""
    if missing := [key for key in _REQUIRED if key not in raw]:
        return f"missing {', '.join(missing)}"
    if unknown := sorted(set(raw) - _KNOWN):
        return f"unknown field {', '.join(unknown)}"
    if not isinstance(raw["id"], str) or not _ID.fullmatch(raw["id"]):
        return "id must be lowercase letters, digits, '_' and '.'"
    for key in ("kind", "approach"):
        if not isinstance(raw[key], str) or raw[key] not in _ALLOWED[key]:
            return f"{key} {raw[key]!r} is not one of {', '.join(sorted(_ALLOWED[key]))}"
    for key in _TAGS:
        values = raw.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            return f"{key} must be a list of strings"
        if unknown := sorted(set(values) - _ALLOWED[key]):
            return f"unknown {key} {', '.join(unknown)}"
    if not raw["styles"]:
        return "styles needs at least one style"
    if not all(isinstance(raw.get(flag, False), bool) for flag in ("partner_work", "concern")):
        return "partner_work and concern must be true or false"
    if raw.get("partner_work") and raw.get("concern"):
        return "a concern block can never be partner_work"
    if not isinstance(raw["text"], str) or not raw["text"].strip():
        return "text must be a non-empty string"
    return _placeholder_problem(raw["text"], BlockKind(str(raw["kind"])))


def _placeholder_problem(text: str, kind: BlockKind) -> str | None:
    body = text.removeprefix(_NAME_LEAD)
    allowed = _FOLLOW_UP_FIELDS if kind is BlockKind.FOLLOW_UP else _FIELDS
    for field in _PLACEHOLDER.findall(body):
        if field not in allowed:
            hint = " ({name} may only open a text, as '{name}, ')" if field == "name" else ""
            return f"placeholder {{{field}}} is not allowed here{hint}"
    if {"{", "}"} & set(_PLACEHOLDER.sub("", body)):
        return "stray brace in text"
    return None
