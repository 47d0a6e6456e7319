"""The /stats and /progress pictures: real PNGs of plausible size with the right title."""

from __future__ import annotations

import struct
import zlib
from datetime import UTC, date, datetime, timedelta

from adapters.charts import MatplotlibCharts
from core.domain import Address, ConversationState, Session, SessionStatus, UsageStats

NOW = datetime(2026, 11, 24, tzinfo=UTC)


def png_text(data: bytes) -> dict[str, str]:
    """The tEXt chunks of a PNG (where matplotlib writes the metadata)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, position = {}, 8
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"tEXt":
            key, _, value = body.partition(b"\0")
            chunks[key.decode()] = value.decode("latin-1")
        elif kind == b"zTXt":
            key, _, rest = body.partition(b"\0")
            chunks[key.decode()] = zlib.decompress(rest[1:]).decode("latin-1")
        position += 12 + length
    return chunks


def test_usage_chart() -> None:
    days = [date(2026, 10, 26) + timedelta(days=i) for i in range(30)]
    stats = UsageStats(
        users=40,
        messages_by_day=[(d, (i * 7) % 23) for i, d in enumerate(days)],
        active_by_day=[(d, (i * 3) % 9) for i, d in enumerate(days)],
        likes=31,
        dislikes=6,
    )

    png = MatplotlibCharts().usage(stats)

    assert 15_000 < len(png) < 400_000
    assert png_text(png)["Title"] == "Amora usage, last 30 days"


def test_progress_chart() -> None:
    sessions = [
        Session(
            id=n,
            user_id=1,
            title=title,
            status=SessionStatus.ACTIVE,
            created_at=NOW,
            updated_at=NOW,
            origin=Address("console", "me"),
            state=ConversationState(
                mood=[-0.8, -0.5, -0.2, 0.1, 0.4][: 3 + n], topic_history=topics
            ),
        )
        for n, (title, topics) in enumerate(
            [("Trust after the move", ["trust_jealousy"] * 4), ("Mum", ["family", "boundaries"])]
        )
    ]

    png = MatplotlibCharts().progress(sessions)

    assert 15_000 < len(png) < 400_000
    assert png_text(png)["Title"] == "Your progress"
