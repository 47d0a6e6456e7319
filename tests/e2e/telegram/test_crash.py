"""`amora run` killed with SIGKILL in the middle of turns, then started again on the same file.

A turn stores the person's message and its reply in one transaction; a redelivered update
(same chat and message id) is stored once, and answered only if its reply was never stored
(core/services/coaching.py). Telegram redelivers an update only until the bot confirms it,
and python-telegram-bot confirms a batch when it asks for the next one, before handling it;
so the adapter holds each update in the inbox table before the library can confirm it, and
the next start replays what is still held (adapters/telegram/inbox.py). The first test has
the emulator also redeliver every update whose reply never arrived, and holds the core to its
promise against both at once; the second relies on Telegram's own redelivery alone, killing
the bot while it holds confirmed, unanswered updates.

A reply stored just before the kill but never sent stays unsent: its redelivery is ignored,
since the core does not tell "stored" from "sent" when it sees a redelivery. The tests allow
exactly that and nothing more.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import pytest

from tests.e2e.telegram.conftest import (
    IN_FLIGHT,
    TOKENS,
    Written,
    burst,
    fates,
    half_stored_turns,
    read_only,
    settled,
    wait_for,
)
from tests.e2e.telegram.emulator import AmoraRun, Emulator, Person

CHATS = 6
TEXTS = (
    "My partner and I argue about money every week.",
    "I feel like she never listens to me when I talk about work.",
    "Yesterday it turned into shouting again.",
    "We moved in together and now we fight about chores.",
    "I don't know how to start the conversation calmly.",
)
UNSENT = (
    "SELECT EXISTS (SELECT 1 FROM messages WHERE role = 'coach' AND platform_message_id IS NULL)"
)
"""Whether a reply is stored and not yet recorded as sent (the adapter notes it after sending)."""
KILLS = ((IN_FLIGHT, 3), (UNSENT, 10), (IN_FLIGHT, 15))
"""When to kill: once the file shows this, after this many replies stored by the run."""


def kill_mid_burst(run: AmoraRun, people: list[Person], moment: str, replies: int) -> list[Written]:
    """Sends a burst from `people` and kills the bot at that moment; what was written."""
    with ThreadPoolExecutor(1) as pool:
        sending = pool.submit(burst, people, TEXTS)
        wait_for(run.database, moment, replies)
        run.kill()
        return sending.result()


def stored_not_sent(emulator: Emulator, run: AmoraRun, written: list[Written]) -> set[Written]:
    """Messages whose reply is stored but did not arrive (right after a kill)."""
    fate = fates(run.database, emulator.sent(run.token), written)
    return {w for w, f in fate.items() if f.replies and not f.arrived}


def test_sigkill_mid_turn_loses_no_message_and_redelivery_answers_each_once(
    emulator: Emulator, tmp_path: Path
) -> None:
    token = next(TOKENS)
    run = AmoraRun(emulator, tmp_path, token)
    written: list[Written] = []
    unsent: set[Written] = set()
    kills_with_updates_held = 0
    try:
        for round_, (moment, replies) in enumerate(KILLS):
            people = [Person(emulator, token, 6000 + 10 * round_ + n) for n in range(CHATS)]
            written += kill_mid_burst(run, people, moment, replies)
            after_kill = fates(run.database, emulator.sent(token), written)
            # one transaction a turn: a kill never leaves a message stored without its reply
            assert [w for w, f in after_kill.items() if f.stored and not f.replies] == []
            kills_with_updates_held += held(run.database) > 0
            unsent |= stored_not_sent(emulator, run, written)
            for w, f in after_kill.items():
                if not f.arrived:
                    emulator.redeliver(token, w.update_id)
            run = AmoraRun(emulator, tmp_path, token)
        final = settled(emulator, run, written, may_stay_unsent=unsent)
    finally:
        status, seconds = run.stop()

    assert status == 0 and seconds < 10, run.log.read_text()
    assert len(written) == len(KILLS) * CHATS * len(TEXTS)
    assert kills_with_updates_held, "no kill left updates for the next start to replay"
    assert [w for w, f in final.items() if f.stored != 1] == []  # none lost, none twice
    assert [w for w, f in final.items() if len(f.replies) != 1] == []
    assert [w for w, f in final.items() if f.arrived > 1] == []
    assert {w for w, f in final.items() if not f.arrived} <= unsent  # by design, see above
    assert len(emulator.sent(token)) == sum(f.arrived for f in final.values())  # nothing else
    assert half_stored_turns(run.database) == []


def kill_with_updates_confirmed_in_hand(
    emulator: Emulator, run: AmoraRun, people: list[Person]
) -> list[Written]:
    """Sends a burst; kills the bot once it confirmed every update and holds ten or more.

    Its replies are stalled meanwhile, so each chat is stuck in its first turn however fast
    the machine is, and the rest of the burst waits, confirmed, in the bot's hands.
    """
    emulator.stall(run.token)
    written = burst(people, TEXTS)
    deadline = time.monotonic() + 10
    while emulator.pending(run.token) or held(run.database) < 10:
        if time.monotonic() > deadline:
            pytest.fail("the bot never held ten confirmed, unanswered updates to kill it with")
        time.sleep(0.01)
    run.kill()
    while emulator.stall(run.token):  # until the dead process's calls are dropped
        if time.monotonic() > deadline + 10:
            pytest.fail("the emulator still holds replies from the killed bot")
        time.sleep(0.01)
    emulator.stall(run.token, stalled=False)
    return written


def test_sigkill_mid_turn_loses_nothing_with_telegrams_own_redelivery_alone(
    emulator: Emulator, tmp_path: Path
) -> None:
    token = next(TOKENS)
    run = AmoraRun(emulator, tmp_path, token)
    try:
        people = [Person(emulator, token, 6100 + n) for n in range(CHATS)]
        written = kill_with_updates_confirmed_in_hand(emulator, run, people)
        unsent = stored_not_sent(emulator, run, written)
        held_at_kill = held(run.database)
        run = AmoraRun(emulator, tmp_path, token)  # replays the inbox, then polls Telegram
        final = settled(emulator, run, written, may_stay_unsent=unsent, timeout=10)
    finally:
        run.stop()

    assert held_at_kill >= 10  # confirmed to Telegram, unanswered: only the inbox has them
    assert [w for w, f in final.items() if f.stored != 1 or len(f.replies) != 1] == []
    assert [w for w, f in final.items() if f.arrived > 1] == []
    assert {w for w, f in final.items() if not f.arrived} <= unsent
    assert held(run.database) == 0  # every update handled is released


def held(database: Path) -> int:
    """Updates in the inbox: taken from Telegram and not yet handled."""
    with closing(read_only(database)) as db:
        count: int = db.execute("SELECT COUNT(*) FROM inbox").fetchone()[0]
    return count
