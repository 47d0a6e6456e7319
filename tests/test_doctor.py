"""`amora doctor` tells an operator what is right and what to fix."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.cli import main


def run_doctor(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    config: str = "",
    **env: str,
) -> tuple[int, str]:
    monkeypatch.chdir(tmp_path)
    for key in [k for k in os.environ if k.startswith("AMORA_")]:
        monkeypatch.delenv(key)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    if config:
        (tmp_path / "config.toml").write_text(config)
    code = main(["doctor"])
    return code, capsys.readouterr().out


def test_fresh_checkout_lists_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out = run_doctor(tmp_path, capsys, monkeypatch)

    assert code == 0
    assert "ok       config: valid" in out
    assert "ok       database: sqlite+aiosqlite:///amora.db answers" in out
    assert "ok       migrations: at none, latest is" in out and "apply it on start" in out
    assert "warning  platforms: none enabled" in out
    assert "ok       time zones:" in out and "ok       coach engine: blocks" in out


def test_a_configured_bot_is_all_ok(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["--config", str(tmp_path / "none.toml"), "db", "upgrade"]) == 2  # missing file
    monkeypatch.chdir(tmp_path)
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()

    code, out = run_doctor(
        tmp_path,
        capsys,
        monkeypatch,
        AMORA_TELEGRAM__ENABLED="true",
        AMORA_TELEGRAM__TOKEN="123:abc",
        AMORA_ADMINS__TELEGRAM="42",
    )

    assert code == 0, out
    assert "ok       telegram token: set" in out and "1 id(s) may use /stats" in out
    assert "123:abc" not in out


def test_admins_missing_and_unreachable_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out = run_doctor(
        tmp_path,
        capsys,
        monkeypatch,
        AMORA_TELEGRAM__ENABLED="true",
        AMORA_TELEGRAM__TOKEN="123:abc",
        AMORA_DATABASE__URL="postgresql://amora:secret@127.0.0.1:1/amora",
    )

    assert code == 1
    assert (
        "problem  database: postgresql+asyncpg://amora:***@127.0.0.1:1/amora is not reachable"
        in out
    )
    assert "secret" not in out
    assert "warning  telegram admins: none" in out and "AMORA_ADMINS__TELEGRAM" in out


def test_migrations_behind_without_auto_upgrade_is_a_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out = run_doctor(tmp_path, capsys, monkeypatch, AMORA_DATABASE__AUTO_UPGRADE="false")

    assert code == 1
    assert "problem  migrations: at none" in out and "amora db upgrade" in out


def test_bad_config_is_one_problem_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out = run_doctor(tmp_path, capsys, monkeypatch, config="[coach]\nengine = 'gpt'\n")

    assert code == 1
    assert out.startswith("problem  config: config: coach.engine")
