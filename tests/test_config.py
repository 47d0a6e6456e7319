"""Settings: sources and their order, validation messages, and the example file."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from textwrap import dedent

import pytest

import bot.config
from bot.config import ConfigError, Settings, load_settings

EXAMPLE = Path(__file__).resolve().parents[1] / "config.example.toml"


def load(tmp_path: Path, toml: str = "", environ: dict[str, str] | None = None) -> Settings:
    """Load with `toml` as ./config.toml in `tmp_path` and only `environ` as the environment."""
    if toml:
        (tmp_path / "config.toml").write_text(dedent(toml), encoding="utf-8")
    return load_settings(environ=environ or {}, cwd=tmp_path)


def error(tmp_path: Path, toml: str = "", environ: dict[str, str] | None = None) -> str:
    """The ConfigError message; it must be a single line starting with 'config: '."""
    with pytest.raises(ConfigError) as info:
        load(tmp_path, toml, environ)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith("config: ")
    return message


# --- sources ---------------------------------------------------------------------------------


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = load(tmp_path)
    assert settings == Settings()
    assert settings.database.url == "sqlite+aiosqlite:///amora.db"
    assert settings.database.is_sqlite
    assert settings.database.auto_upgrade is True
    assert settings.telegram.enabled is False
    assert settings.telegram.base_url == "https://api.telegram.org/bot"
    assert settings.telegram.mode == "polling"
    assert settings.discord.api_base == "https://discord.com/api/v10"
    assert settings.discord.gateway_url is None
    assert settings.admins.telegram == [] and settings.admins.discord == []
    assert settings.coach.summary_every == 5 and settings.coach.engine == "blocks"
    assert settings.followups.sweep_seconds == 60 and settings.followups.grace_minutes == 180
    assert settings.followups.default_time == "09:00"
    assert settings.llm.timeout_seconds == 20
    assert "https://findahelpline.com" in " ".join(settings.safety.resources["default"])
    assert "hotpeachpages" in " ".join(settings.safety.abuse_resources["default"])
    assert (settings.logging.level, settings.logging.format) == ("INFO", "plain")


def test_config_toml_in_the_working_directory_is_read(tmp_path: Path) -> None:
    settings = load(tmp_path, "[coach]\nsummary_every = 7\n")
    assert settings.coach.summary_every == 7


def test_an_explicit_path_is_read_instead_of_config_toml(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("[coach]\nsummary_every = 7\n")
    (tmp_path / "other.toml").write_text("[coach]\nsummary_every = 8\n")
    relative = load_settings(Path("other.toml"), environ={}, cwd=tmp_path)
    absolute = load_settings(tmp_path / "other.toml", environ={}, cwd=Path("/"))
    assert relative.coach.summary_every == absolute.coach.summary_every == 8


def test_a_missing_explicit_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.toml does not exist"):
        load_settings(tmp_path / "nope.toml", environ={}, cwd=tmp_path)


def test_a_directory_is_not_a_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is not a file"):
        load_settings(tmp_path, environ={}, cwd=tmp_path)


def test_environment_beats_the_file_and_keeps_its_other_values(tmp_path: Path) -> None:
    toml = """
        [telegram]
        enabled = true
        token = "from-file"
        [admins]
        telegram = ["1"]
        [coach]
        summary_every = 7
    """
    environ = {"AMORA_TELEGRAM__TOKEN": "from-env", "AMORA_ADMINS__TELEGRAM": '["2","3"]'}
    settings = load(tmp_path, toml, environ)
    assert settings.telegram.token.get_secret_value() == "from-env"
    assert settings.telegram.enabled is True
    assert settings.admins.telegram == ["2", "3"]
    assert settings.coach.summary_every == 7


@pytest.mark.parametrize("value", ['["1","2"]', "[1, 2]", "1,2", " 1 , 2 "])
def test_admin_ids_from_the_environment_as_json_or_a_comma_list(tmp_path: Path, value: str) -> None:
    settings = load(tmp_path, environ={"AMORA_ADMINS__DISCORD": value})
    assert settings.admins.discord == ["1", "2"]


def test_admin_ids_in_the_file_may_be_numbers_or_strings(tmp_path: Path) -> None:
    settings = load(tmp_path, '[admins]\ntelegram = [111, "222"]\n')
    assert settings.admins.telegram == ["111", "222"]


def test_guild_ids_from_the_environment(tmp_path: Path) -> None:
    settings = load(tmp_path, environ={"AMORA_DISCORD__GUILD_IDS": "5,6"})
    assert settings.discord.guild_ids == [5, 6]


def test_os_environ_is_read_only_when_no_environ_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AMORA_COACH__SUMMARY_EVERY", "9")
    assert load_settings(cwd=tmp_path).coach.summary_every == 9
    assert load_settings(environ={}, cwd=tmp_path).coach.summary_every == 5
    assert Settings().coach.summary_every == 5


def test_unrelated_and_empty_variables_are_ignored(tmp_path: Path) -> None:
    environ = {"AMORA_TEST_POSTGRES_URL": "postgresql://x", "AMORA_COACH__SEED": "", "HOME": "/"}
    assert load(tmp_path, environ=environ) == Settings()


def test_nothing_is_built_at_import_time() -> None:
    assert not any(isinstance(value, Settings) for value in vars(bot.config).values())


def test_defaults_are_not_shared_between_instances() -> None:
    first, second = Settings(), Settings()
    first.admins.telegram.append("1")
    first.safety.resources["default"].append("x")
    assert second.admins.telegram == []
    assert "x" not in second.safety.resources["default"]


# --- rules and messages ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        (
            "[telegram]\nenabled = true\n",
            "config: telegram.token is required when telegram.enabled is true — set it in "
            "config.toml or AMORA_TELEGRAM__TOKEN",
        ),
        (
            "[discord]\nenabled = true\n",
            "config: discord.token is required when discord.enabled is true — set it in "
            "config.toml or AMORA_DISCORD__TOKEN",
        ),
        (
            '[telegram]\nmode = "webhook"\n',
            'config: telegram.webhook_url is required when telegram.mode is "webhook" — set it '
            "in config.toml or AMORA_TELEGRAM__WEBHOOK_URL",
        ),
        (
            '[coach]\nengine = "llm"\n',
            'config: llm.base_url and llm.model are required when coach.engine is "llm" — set '
            "them in config.toml or AMORA_LLM__BASE_URL and AMORA_LLM__MODEL",
        ),
        (
            '[coach]\nengine = "llm"\n[llm]\nbase_url = "http://127.0.0.1:8080/v1"\n',
            'config: llm.model is required when coach.engine is "llm" — set it in config.toml '
            "or AMORA_LLM__MODEL",
        ),
    ],
)
def test_required_when_rules(tmp_path: Path, toml: str, expected: str) -> None:
    assert error(tmp_path, toml) == expected


def test_required_when_rules_pass_once_satisfied(tmp_path: Path) -> None:
    toml = """
        [telegram]
        enabled = true
        mode = "webhook"
        webhook_url = "https://bot.example.com/hook"
        [discord]
        enabled = true
        [coach]
        engine = "llm"
        [llm]
        base_url = "http://127.0.0.1:8080/v1"
        model = "tiny"
    """
    environ = {"AMORA_TELEGRAM__TOKEN": "123:abc", "AMORA_DISCORD__TOKEN": "xyz"}
    settings = load(tmp_path, toml, environ)
    assert settings.telegram.webhook_url == "https://bot.example.com/hook"
    assert settings.llm.model == "tiny"


def test_a_blank_token_counts_as_missing(tmp_path: Path) -> None:
    message = error(
        tmp_path, environ={"AMORA_TELEGRAM__ENABLED": "1", "AMORA_TELEGRAM__TOKEN": " "}
    )
    assert "telegram.token is required" in message


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        (
            "[coach]\nsummary_every = 0",
            "config: coach.summary_every must be between 1 and 100 (got 0)",
        ),
        (
            '[followups]\ndefault_time = "25:00"',
            "config: followups.default_time '25:00' is not a valid time — use HH:MM, e.g. 09:00",
        ),
        ("[coach]\nrecent_window = 5", "config: coach.recent_window must be at least 10 (got 5)"),
        ("[followups]\nsweep_seconds = 1", "config: followups.sweep_seconds must be between 5 and"),
        (
            "[followups]\ngrace_minutes = 2000",
            "config: followups.grace_minutes must be between 0 and",
        ),
        ("[followups]\nbatch_size = 0", "config: followups.batch_size must be between 1 and 10000"),
        ("[telegram]\nwebhook_port = 70000", "config: telegram.webhook_port must be between 1 and"),
        (
            "[telegram]\nmax_messages_per_second = -1",
            "config: telegram.max_messages_per_second must be at least 0",
        ),
        ("[llm]\ntimeout_seconds = 0", "config: llm.timeout_seconds must be more than 0"),
        ("[llm]\ntimeout_seconds = 121", "config: llm.timeout_seconds must be more than 0 and at"),
        (
            "[database]\nsqlite_busy_timeout_ms = 0",
            "config: database.sqlite_busy_timeout_ms must be",
        ),
        ('[telegram]\nmode = "poll"', "config: telegram.mode must be 'polling' or 'webhook'"),
        ('[coach]\nengine = "gpt"', "config: coach.engine must be 'blocks' or 'llm'"),
        ('[logging]\nlevel = "LOUD"', "config: logging.level must be 'DEBUG', 'INFO', 'WARNING'"),
        ('[logging]\nformat = "xml"', "config: logging.format must be 'plain' or 'json'"),
        (
            '[telegram]\nwebhook_port = "abc"',
            "config: telegram.webhook_port must be a whole number",
        ),
        ('[database]\necho = "maybe"', "config: database.echo must be true or false (got 'maybe')"),
        ('[llm]\nbase_url = "ftp://x"', "config: llm.base_url must start with http:// or https://"),
        ('[telegram]\nbase_url = "api.telegram.org"', "config: telegram.base_url must start with"),
        ('[admins]\ntelegram = ["@bob"]', "config: admins.telegram must list numeric user ids"),
        ('[discord]\nguild_ids = ["abc"]', "config: discord.guild_ids[0] must be a whole number"),
        ('[safety.resources]\nde = ["x"]', 'config: safety.resources must include "default"'),
        (
            "[safety.abuse_resources]\ndefault = []",
            "config: safety.abuse_resources 'default' has no",
        ),
        ("telegram = 3", "config: telegram must be a table"),
    ],
)
def test_bad_values_name_the_setting_in_one_line(tmp_path: Path, toml: str, expected: str) -> None:
    assert error(tmp_path, toml + "\n").startswith(expected)


def test_bad_values_from_the_environment_name_the_setting(tmp_path: Path) -> None:
    message = error(tmp_path, environ={"AMORA_COACH__SUMMARY_EVERY": "101"})
    assert message == "config: coach.summary_every must be between 1 and 100 (got 101)"
    message = error(tmp_path, environ={"AMORA_ADMINS__TELEGRAM": "[1,"})
    assert message.startswith("config: admins.telegram must be a JSON list")
    message = error(tmp_path, environ={"AMORA_SAFETY__RESOURCES": "{not json"})
    assert "AMORA_SAFETY" in message and "not valid JSON" in message


@pytest.mark.parametrize(
    ("toml", "setting"),
    [
        ('[telegram]\ntokn = "x"', "telegram.tokn"),
        ("[telegarm]\nenabled = true", "telegarm"),
        ("debug = true", "debug"),
        ('_env_file = ".env"', "_env_file"),
    ],
)
def test_unknown_keys_in_the_file_are_refused(tmp_path: Path, toml: str, setting: str) -> None:
    assert error(tmp_path, toml + "\n").startswith(f"config: unknown setting {setting} ")


def test_unknown_keys_in_the_environment_are_refused(tmp_path: Path) -> None:
    message = error(tmp_path, environ={"AMORA_TELEGRAM__TOKN": "x"})
    assert message.startswith("config: unknown setting telegram.tokn ")
    assert "AMORA_TELEGRAM__TOKN" in message


def test_toml_syntax_errors_name_the_file_and_line(tmp_path: Path) -> None:
    message = error(tmp_path, "[coach]\nsummary_every = = 5\n")
    assert str(tmp_path / "config.toml") in message
    assert "line 2" in message


# --- normalisation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected", "is_sqlite"),
    [
        ("sqlite:///x.db", "sqlite+aiosqlite:///x.db", True),
        ("sqlite:////var/lib/amora/x.db", "sqlite+aiosqlite:////var/lib/amora/x.db", True),
        ("sqlite+aiosqlite:///x.db", "sqlite+aiosqlite:///x.db", True),
        ("postgres://u:p@db:5432/amora", "postgresql+asyncpg://u:p@db:5432/amora", False),
        (
            "postgresql://u:p@db/amora?ssl=require",
            "postgresql+asyncpg://u:p@db/amora?ssl=require",
            False,
        ),
        ("postgresql+asyncpg://u@db/amora", "postgresql+asyncpg://u@db/amora", False),
    ],
)
def test_database_urls_use_the_async_drivers(
    tmp_path: Path, given: str, expected: str, is_sqlite: bool
) -> None:
    settings = load(tmp_path, environ={"AMORA_DATABASE__URL": given})
    assert settings.database.url == expected
    assert settings.database.is_sqlite is is_sqlite


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("mysql://u:hunter2@db/amora", "config: database.url uses 'mysql', which Amora does not"),
        ("postgresql+psycopg2://u:hunter2@db/a", "config: database.url uses 'postgresql+psycopg2'"),
        (
            "amora.db",
            "config: database.url has no scheme — use sqlite:///amora.db or postgresql://",
        ),
    ],
)
def test_other_database_schemes_are_refused(tmp_path: Path, given: str, expected: str) -> None:
    message = error(tmp_path, environ={"AMORA_DATABASE__URL": given})
    assert message.startswith(expected)
    assert "hunter2" not in message


@pytest.mark.parametrize(("given", "expected"), [('"9:05"', "09:05"), ("07:30:00", "07:30")])
def test_default_time_is_normalised(tmp_path: Path, given: str, expected: str) -> None:
    settings = load(tmp_path, f"[followups]\ndefault_time = {given}\n")
    assert settings.followups.default_time == expected
    assert settings.followups.default_local_time.strftime("%H:%M") == expected


def test_choices_ignore_case_and_a_single_resource_line_is_a_list(tmp_path: Path) -> None:
    toml = """
        [telegram]
        mode = "Polling"
        [logging]
        level = "debug"
        [safety.resources]
        default = "Call 112."
    """
    settings = load(tmp_path, toml, {"AMORA_SAFETY__RESOURCES__DE": '["Ruf 112 an."]'})
    assert settings.telegram.mode == "polling"
    assert settings.logging.level == "DEBUG"
    assert settings.safety.resources == {"default": ["Call 112."], "de": ["Ruf 112 an."]}


def test_discord_api_base_loses_its_trailing_slash(tmp_path: Path) -> None:
    settings = load(tmp_path, environ={"AMORA_DISCORD__API_BASE": "http://127.0.0.1:9/api/v10/"})
    assert settings.discord.api_base == "http://127.0.0.1:9/api/v10"


# --- secrets ---------------------------------------------------------------------------------


def test_secrets_never_appear_in_repr_or_str(tmp_path: Path) -> None:
    secrets = {
        "AMORA_TELEGRAM__TOKEN": "tg-secret-123",
        "AMORA_TELEGRAM__WEBHOOK_SECRET": "hook-secret-456",
        "AMORA_DISCORD__TOKEN": "dc-secret-789",
        "AMORA_LLM__API_KEY": "llm-secret-000",
        "AMORA_DATABASE__URL": "postgresql://amora:pg-secret-111@db/amora",
    }
    settings = load(tmp_path, environ=secrets)
    assert settings.telegram.token.get_secret_value() == "tg-secret-123"
    assert "pg-secret-111" in settings.database.url
    shown = repr(settings) + str(settings) + repr(settings.database) + settings.database.safe_url
    for value in (
        "tg-secret-123",
        "hook-secret-456",
        "dc-secret-789",
        "llm-secret-000",
        "pg-secret",
    ):
        assert value not in shown


def test_a_bad_secret_is_not_echoed_in_the_error(tmp_path: Path) -> None:
    message = error(tmp_path, environ={"AMORA_TELEGRAM__WEBHOOK_SECRET": "leaky secret!"})
    assert message.startswith("config: telegram.webhook_secret may use only letters")
    assert "leaky" not in message


# --- the example file ------------------------------------------------------------------------


def test_the_example_loads_and_equals_the_defaults(tmp_path: Path) -> None:
    assert load_settings(EXAMPLE, environ={}, cwd=tmp_path) == Settings()
    parsed = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert Settings(**parsed) == Settings()


def _example_keys() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Keys per section in the example: (set ones, commented-out ones)."""
    active: dict[str, set[str]] = {}
    commented: dict[str, set[str]] = {}
    section: str | None = None
    for line in EXAMPLE.read_text(encoding="utf-8").splitlines():
        if header := re.fullmatch(r"\[([a-z_]+)(\.[a-z_]+)?\]", line):
            # Inside [safety.resources] the keys are locales, not settings.
            section = None if header[2] else header[1]
            active.setdefault(header[1], set()).update([header[2][1:]] if header[2] else [])
        elif section and (key := re.match(r"([a-z_]+) = ", line)):
            active[section].add(key[1])
        elif section and (key := re.match(r"# ([a-z_]+) = ", line)):
            commented.setdefault(section, set()).add(key[1])
    return active, commented


def test_the_example_documents_every_setting_and_no_other() -> None:
    active, commented = _example_keys()
    assert set(active) == set(Settings.model_fields)
    for name, field in Settings.model_fields.items():
        assert field.annotation is not None
        fields = set(field.annotation.model_fields)
        assert fields == active[name] | commented.get(name, set()), name
        assert not active[name] & commented.get(name, set()), name


def test_the_examples_commented_out_values_are_valid(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    uncommented = re.sub(r"^# ([a-z_]+ = )", r"\1", text, flags=re.MULTILINE)
    (tmp_path / "config.toml").write_text(uncommented, encoding="utf-8")
    settings = load_settings(environ={}, cwd=tmp_path)
    assert settings.telegram.webhook_url == "https://bot.example.com/telegram"
    assert settings.coach.seed == 42
    assert settings.llm.model is not None
    assert settings.safety.resources["de"]
