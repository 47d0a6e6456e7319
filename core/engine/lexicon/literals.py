"""The rules' necessary literals, derived once and bundled (`literals.json.gz`).

Deriving them (`prefilter.necessary_literals`) parses every rule and spells out its fixed runs:
about 0.3 s of every start, for an answer that only changes when a rule does. So the answers
are kept in a file beside this module, keyed by a digest of the rule's source, and read in a few
milliseconds. A rule the file does not know (one just written or edited) is derived as before,
so a stale file costs time, never correctness; `tests/engine/test_literals.py` fails until it is
rewritten with

    python -m core.engine.lexicon.literals
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
from pathlib import Path

from core.engine.lexicon.prefilter import necessary_literals

BUNDLED = Path(__file__).with_name("literals.json.gz")

_used: dict[str, tuple[str, bool]] = {}
"""Every rule asked about since `derived` last began, by key."""


def key(source: str, plain: bool) -> str:
    """The rule's entry in the file."""
    return hashlib.sha256(f"{int(plain)}:{source}".encode()).hexdigest()[:24]


@functools.cache
def bundled() -> dict[str, frozenset[str] | None]:
    """The file's answers; none if it is missing or unreadable."""
    try:
        data = json.loads(gzip.decompress(BUNDLED.read_bytes()))
    except (OSError, ValueError):
        return {}
    return {k: None if v is None else frozenset(v) for k, v in data.items()}


def literals_of(source: str, plain: bool = False) -> frozenset[str] | None:
    """`necessary_literals(source, plain)`, from the file when it knows the rule."""
    entry = key(source, plain)
    _used[entry] = (source, plain)
    known = bundled()
    return known[entry] if entry in known else necessary_literals(source, plain)


def derived() -> dict[str, list[str] | None]:
    """Every rule the analyser asks about, derived afresh: what the file should hold."""
    from core.engine.analyser import build

    _used.clear()
    build()
    table = {}
    for entry, (source, plain) in sorted(_used.items()):
        found = necessary_literals(source, plain)
        table[entry] = None if found is None else sorted(found)
    return table


def write() -> int:
    """Writes the file."""
    table = derived()
    text = json.dumps(table, separators=(",", ":"), sort_keys=True).encode()
    BUNDLED.write_bytes(gzip.compress(text, compresslevel=9, mtime=0))
    return len(table)


if __name__ == "__main__":
    from core.engine.lexicon import literals  # this module as the analyser imports it

    print(f"wrote {literals.write()} rules' literals to {BUNDLED}")
