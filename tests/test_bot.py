"""The composition root, the scheduler, logging and the command line."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from pathlib import Path

import pytest

from bot.bootstrap import build, core_settings
from bot.cli import main
from bot.config import Settings
from bot.messengers import MessengerRouter
from bot.scheduler import SWEEP_JOB_ID, start_sweep
from core.domain import Address, PlatformUser
from core.incoming import Incoming
from core.ports import DeliveryFailed
from core.replies import CheckIn, Reply

PRIVATE = [
    "My wife read my diary and I feel betrayed.",
    "I want to end my life",
    "Sam hits me when he drinks",
    "/followup 21:30 Europe/Berlin",
]


def sqlite_settings(tmp_path: Path, **sections: dict[str, object]) -> Settings:
    return Settings.model_validate(
        {"database": {"url": f"sqlite:///{tmp_path / 'amora.db'}"}, **sections}
    )


def test_core_settings_carry_admins_and_resources(tmp_path: Path) -> None:
    settings = sqlite_settings(
        tmp_path,
        admins={"telegram": ["42"]},
        safety={"resources": {"default": ["Call 112"], "de": ["Telefonseelsorge 0800 111 0 111"]}},
    )

    core = core_settings(settings)

    assert core.is_admin("telegram", "42") and not core.is_admin("telegram", "43")
    assert not core.is_admin("discord", "42")
    assert core.resources("crisis", "de-DE") == ("Telefonseelsorge 0800 111 0 111",)
    assert core.resources("crisis", "fr") == ("Call 112",)


async def test_no_message_text_in_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    async with build(sqlite_settings(tmp_path)) as runtime:
        person = PlatformUser("telegram", "7")
        for n, text in enumerate(PRIVATE):
            incoming = Incoming(person, Address("telegram", "7"), text, platform_message_id=str(n))
            await runtime.amora.message(incoming)
        await runtime.amora.sweep()

    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    for word in ("diary", "betrayed", "end my life", "drinks"):
        assert word not in logged, f"{word!r} reached the logs"


async def test_build_migrates_a_new_database(tmp_path: Path) -> None:
    async with build(sqlite_settings(tmp_path)) as runtime:
        reply = await runtime.amora.message(
            Incoming(PlatformUser("console", "me"), Address("console", "me"), "/sessions")
        )

    assert reply is not None and "no sessions" in reply.text


async def test_one_sweep_job_with_a_fixed_id_that_runs_at_once() -> None:
    ran = asyncio.Event()

    async def sweep() -> None:
        ran.set()

    scheduler = start_sweep(sweep, 60)
    try:
        await asyncio.wait_for(ran.wait(), timeout=10)
        assert [job.id for job in scheduler.get_jobs()] == [SWEEP_JOB_ID]
    finally:
        scheduler.shutdown(wait=False)


async def test_router_refuses_a_platform_that_is_not_running() -> None:
    checkin = CheckIn(PlatformUser("discord", "1"), 1, "T", Address("discord", "1"), Reply("hi"))

    with pytest.raises(DeliveryFailed):
        await MessengerRouter().send_checkin(checkin)


def test_analyze_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "My boyfriend and I keep fighting about money"]) == 0

    result = json.loads(capsys.readouterr().out)
    assert result["topics"][0] == "conflict" and result["safety"] == "none"
    assert result["partner_word"] == "my boyfriend"


def test_analyze_jsonl_keeps_order_and_reports_bad_lines(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = ['{"text": "i want to end my life"}', "not json", '{"text": "we hit it off"}']
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))

    assert main(["analyze", "--jsonl"]) == 1

    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o.get("safety") for o in out] == ["crisis", None, "none"]
    assert out[1]["line"] == 2


def test_bad_config_stops_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "config.toml").write_text("[coach]\nsummary_every = 0\n")

    assert main(["stats"]) == 2

    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "coach.summary_every" in err


def test_db_upgrade_then_current(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AMORA_DATABASE__AUTO_UPGRADE", "false")

    assert main(["db", "current"]) == 0
    before = capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    after = capsys.readouterr().out

    assert "no migration" in before and "behind" in before
    assert "up to date" in after and (tmp_path / "amora.db").exists()
