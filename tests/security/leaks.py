"""Reading a JSON log for message text: shared by the log tests of the terminal and both platforms.

Each test writes a conversation that uses every word in PRIVATE_WORDS, with Amora logging at
DEBUG in JSON lines, then asks `leaks` which of those words reached a record at INFO or above.
"""

from __future__ import annotations

import json
from typing import Any

PRIVATE_WORDS = [
    "texting her ex",
    "jealous",
    "better off without me",
    "birthday dinner",
    "forgot my birthday",
    "Lisbon",
    "Quiet weekends",
    "Sampaio",  # the person's name
]


def record(line: str) -> dict[str, Any]:
    """A JSON log line; anything else on standard error counts as loud."""
    try:
        parsed = json.loads(line)
    except ValueError:
        return {"level": "UNSTRUCTURED", "logger": "stderr", "message": line}
    assert isinstance(parsed, dict)
    return parsed


def records(log: str) -> list[dict[str, Any]]:
    """Every record of a log, in order."""
    return [record(line) for line in log.splitlines() if line.strip()]


def loud(logged: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records above DEBUG."""
    return [r for r in logged if r["level"] != "DEBUG"]


def leaks(logged: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """(level, logger, word) for every private word in a record above DEBUG."""
    return [
        (r["level"], r["logger"], word)
        for r in loud(logged)
        for word in PRIVATE_WORDS
        if word.lower() in json.dumps(r, ensure_ascii=False).lower()
    ]
