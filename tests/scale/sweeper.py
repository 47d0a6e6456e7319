"""One sweep in a process of its own, recording the sessions it sent a check-in for.

Usage: python -m tests.scale.sweeper DATABASE_URL OUT_FILE NOW_ISO
Prints "ready", waits for a line on standard input (so that several start together), sweeps
once and prints the report as JSON. Each check-in sent appends its session id to OUT_FILE.
"""

from __future__ import annotations

import asyncio
import json
import sys
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from core.domain import Address
from core.engine.blocks import BlockLibrary
from core.engine.composer import BlockComposer
from core.replies import CheckIn, Sent
from core.services.sweep import FollowUpSweep
from core.settings import CoreSettings
from storage.database import create_engine_for
from storage.uow import unit_of_work_factory

SEND_SECONDS = 0.005
"""What a platform takes to answer, so that the two sweeps overlap."""


class FileMessenger:
    """Implements `core.ports.Messenger`: appends each check-in's session id to a file."""

    def __init__(self, path: Path) -> None:
        self.file = path.open("a", encoding="utf-8")

    async def send_checkin(self, checkin: CheckIn) -> Sent | None:
        """Records the check-in as sent to the person's DM."""
        await asyncio.sleep(SEND_SECONDS)
        self.file.write(f"{checkin.session_id}\n")
        self.file.flush()
        dm = Address(checkin.recipient.platform, checkin.recipient.user_id)
        return Sent(dm, str(checkin.session_id))


async def main(url: str, out: Path, now: datetime) -> None:
    engine = create_engine_for(url)
    messenger = FileMessenger(out)
    sweep = FollowUpSweep(
        unit_of_work_factory(engine),
        messenger,
        BlockComposer(BlockLibrary.load()),
        CoreSettings(seed=1),
    )
    print("ready", flush=True)
    sys.stdin.readline()
    try:
        report = await sweep.run(now)
    finally:
        await engine.dispose()
        messenger.file.close()
    print(json.dumps(asdict(report)), flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], Path(sys.argv[2]), datetime.fromisoformat(sys.argv[3])))
