"""Amora's settings: AMORA_* environment variables over config.toml over defaults, validated once.

config.example.toml documents every setting; tests/test_config.py keeps it equal to the defaults.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator, Mapping
from datetime import time
from pathlib import Path
from typing import Annotated, Any, Literal, Self
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from bot.config_errors import ConfigError, describe, required_when, unknown_setting
from bot.config_fields import (
    AsyncDatabaseUrl,
    GatewayUrl,
    HttpUrlText,
    IntList,
    Lower,
    OptionalHttpUrl,
    OptionalSecret,
    OptionalText,
    ResourceLines,
    Secret,
    TelegramSecret,
    TimeOfDay,
    Upper,
    UserIds,
    between,
)
from bot.config_sources import config_file, merge, read_environ, read_toml

__all__ = ["ConfigError", "Settings", "load_settings"]

CRISIS_RESOURCES = {
    "default": [
        "Find a helpline in your country: https://findahelpline.com",
        "If you are in immediate danger, call your local emergency number.",
    ]
}
ABUSE_RESOURCES = {
    "default": [
        "Domestic abuse support worldwide: https://www.hotpeachpages.net",
        "If you are in danger right now, call your local emergency number.",
    ]
}


class _Section(BaseModel):
    # A misspelt key must fail loudly, never fall back to a default in silence.
    model_config = ConfigDict(extra="forbid")


class DatabaseSettings(_Section):
    """Where everything is stored: SQLite by default, PostgreSQL to scale out."""

    url: AsyncDatabaseUrl = "sqlite+aiosqlite:///amora.db"
    echo: bool = False
    auto_upgrade: bool = True
    sqlite_busy_timeout_ms: Annotated[int, between(0, above=True)] = 5000

    @property
    def is_sqlite(self) -> bool:
        """Whether the store is SQLite (aiosqlite) rather than PostgreSQL (asyncpg)."""
        return self.url.startswith("sqlite")

    @property
    def safe_url(self) -> str:
        """The URL with its password masked, for logs and `amora doctor`."""
        parts = urlsplit(self.url)
        if parts.password is None:
            return self.url
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return parts._replace(netloc=netloc).geturl()

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        for name, value in super().__repr_args__():
            yield name, self.safe_url if name == "url" else value


class TelegramSettings(_Section):
    """The Telegram adapter (python-telegram-bot)."""

    enabled: bool = False
    token: Secret = SecretStr("")
    base_url: HttpUrlText = "https://api.telegram.org/bot"
    base_file_url: HttpUrlText = "https://api.telegram.org/file/bot"
    mode: Annotated[Literal["polling", "webhook"], Lower] = "polling"
    webhook_url: OptionalHttpUrl = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: Annotated[int, between(1, 65535)] = 8443
    webhook_secret: TelegramSecret = None
    poll_interval_seconds: Annotated[float, between(0)] = 0.0
    max_messages_per_second: Annotated[float, between(0)] = 30.0

    @model_validator(mode="after")
    def _complete(self) -> Self:
        if self.enabled and not self.token.get_secret_value():
            raise required_when("telegram.token", condition="telegram.enabled is true")
        if self.mode == "webhook" and self.webhook_url is None:
            raise required_when("telegram.webhook_url", condition='telegram.mode is "webhook"')
        return self


class DiscordSettings(_Section):
    """The Discord adapter (discord.py)."""

    enabled: bool = False
    token: Secret = SecretStr("")
    # discord.py appends paths that start with "/", so a trailing slash would double it.
    api_base: Annotated[HttpUrlText, AfterValidator(lambda url: url.rstrip("/"))] = (
        "https://discord.com/api/v10"
    )
    gateway_url: GatewayUrl = None
    guild_ids: IntList = Field(default_factory=list)

    @model_validator(mode="after")
    def _complete(self) -> Self:
        if self.enabled and not self.token.get_secret_value():
            raise required_when("discord.token", condition="discord.enabled is true")
        return self


class AdminSettings(_Section):
    """Platform user ids allowed to use /stats."""

    telegram: UserIds = Field(default_factory=list)
    discord: UserIds = Field(default_factory=list)


class CoachSettings(_Section):
    """How the coach composes replies."""

    summary_every: Annotated[int, between(1, 100)] = 5
    engine: Annotated[Literal["blocks", "llm"], Lower] = "blocks"
    seed: int | None = None
    recent_window: Annotated[int, between(10)] = 30
    flood_messages: Annotated[int, between(1)] = 20
    flood_seconds: Annotated[int, between(1)] = 60


class FollowUpSettings(_Section):
    """The periodic sweep that sends daily check-ins."""

    sweep_seconds: Annotated[int, between(5, 3600)] = 60
    grace_minutes: Annotated[int, between(0, 1440)] = 180
    default_time: TimeOfDay = "09:00"
    batch_size: Annotated[int, between(1, 10000)] = 100

    @property
    def default_local_time(self) -> time:
        """`default_time` as a `datetime.time`."""
        return time.fromisoformat(self.default_time)


class LlmSettings(_Section):
    """An optional OpenAI-compatible chat-completions endpoint."""

    base_url: OptionalHttpUrl = None
    api_key: OptionalSecret = None
    model: OptionalText = None
    timeout_seconds: Annotated[float, between(0, 120, above=True)] = 20.0
    max_tokens: Annotated[int, between(1)] = 400


class SafetySettings(_Section):
    """Resource lines, per locale, for crisis and abuse replies."""

    resources: ResourceLines = Field(default_factory=lambda: copy.deepcopy(CRISIS_RESOURCES))
    abuse_resources: ResourceLines = Field(default_factory=lambda: copy.deepcopy(ABUSE_RESOURCES))


class LoggingSettings(_Section):
    """Log level and line format."""

    level: Annotated[Literal["DEBUG", "INFO", "WARNING", "ERROR"], Upper] = "INFO"
    format: Annotated[Literal["plain", "json"], Lower] = "plain"


class Settings(BaseSettings):
    """Every setting. Build it with `load_settings`; `Settings(**values)` reads nothing else."""

    model_config = SettingsConfigDict(
        env_prefix="AMORA_", env_nested_delimiter="__", env_ignore_empty=True, extra="forbid"
    )

    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    discord: DiscordSettings = Field(default_factory=DiscordSettings)
    admins: AdminSettings = Field(default_factory=AdminSettings)
    coach: CoachSettings = Field(default_factory=CoachSettings)
    followups: FollowUpSettings = Field(default_factory=FollowUpSettings)
    llm: LlmSettings = Field(default_factory=LlmSettings)
    safety: SafetySettings = Field(default_factory=SafetySettings)
    logging: LoggingSettings = Field(default_factory=LoggingSettings)

    @model_validator(mode="after")
    def _llm_ready(self) -> Self:
        if self.coach.engine == "llm":
            wanted = {"llm.base_url": self.llm.base_url, "llm.model": self.llm.model}
            missing = [name for name, value in wanted.items() if value is None]
            if missing:
                raise required_when(*missing, condition='coach.engine is "llm"')
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Only the values passed in, so a test's Settings() never sees the real environment."""
        return (init_settings,)


def load_settings(
    path: Path | None = None, *, environ: Mapping[str, str] | None = None, cwd: Path | None = None
) -> Settings:
    """Read `path` (else ./config.toml if present), lay AMORA_* variables over it, validate."""
    values = read_toml(config_file(path, Path.cwd() if cwd is None else cwd))
    values = merge(values, read_environ(Settings, os.environ if environ is None else environ))
    for key in values:
        if key not in Settings.model_fields:
            raise ConfigError(unknown_setting(key))
    try:
        return Settings(**values)
    except ValidationError as exc:
        raise ConfigError(describe(exc)) from None  # the chained error would echo secrets
