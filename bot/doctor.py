"""`amora doctor`: checks what an operator must get right, each as ok or a problem with its fix."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bot.config import ConfigError, Settings, load_settings
from storage import migrate
from storage.database import create_engine_for


@dataclass(frozen=True, slots=True)
class Finding:
    """One check's outcome; `fix` is set when something needs doing.

    A problem stops Amora from working (exit status 1); a warning is something an operator
    probably wants to change but that does not stop it.
    """

    check: str
    detail: str
    fix: str | None = None
    blocking: bool = True

    @property
    def level(self) -> str:
        """ok, warning or problem."""
        if self.fix is None:
            return "ok"
        return "problem" if self.blocking else "warning"

    def line(self) -> str:
        """How the finding is printed."""
        text = f"{self.level:<8} {self.check}: {self.detail}"
        return text if self.fix is None else f"{text} - fix: {self.fix}"


async def diagnose(config: Path | None) -> list[Finding]:
    """Every check, in the order an operator would fix them."""
    try:
        settings = load_settings(config)
    except ConfigError as error:
        return [Finding("config", str(error), "correct the setting named above")]
    source = str(config) if config else "./config.toml if present, else defaults"
    findings = [Finding("config", f"valid ({source}, AMORA_* variables applied)")]
    findings += await _database(settings)
    findings += list(_platforms(settings))
    findings.append(_timezones())
    findings.append(_engine(settings))
    return findings


async def _database(settings: Settings) -> list[Finding]:
    url = settings.database.safe_url
    engine = create_engine_for(settings.database.url)
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        current = await migrate.current_revision(engine)
    except (SQLAlchemyError, OSError) as error:
        reason = type(error).__name__
        fix = "start the database or correct database.url (AMORA_DATABASE__URL)"
        return [Finding("database", f"{url} is not reachable ({reason})", fix)]
    finally:
        await engine.dispose()
    head = migrate.head_revision()
    reached = Finding("database", f"{url} answers")
    if current == head:
        return [reached, Finding("migrations", f"at {head}, the latest")]
    behind = f"at {current or 'none'}, latest is {head}"
    if settings.database.auto_upgrade:
        return [reached, Finding("migrations", f"{behind}; `run` and `chat` apply it on start")]
    return [reached, Finding("migrations", behind, "run `amora db upgrade`")]


def _platforms(settings: Settings) -> Iterator[Finding]:
    platforms: dict[str, tuple[bool, Callable[[], str], list[str]]] = {
        "telegram": (
            settings.telegram.enabled,
            settings.telegram.token.get_secret_value,
            settings.admins.telegram,
        ),
        "discord": (
            settings.discord.enabled,
            settings.discord.token.get_secret_value,
            settings.admins.discord,
        ),
    }
    enabled = [name for name, (on, _, _) in platforms.items() if on]
    if not enabled:
        yield Finding(
            "platforms",
            "none enabled: `amora run` has nothing to serve (`amora chat` works)",
            "set telegram.enabled or discord.enabled with its token",
            blocking=False,
        )
    for name in enabled:
        _, token, admins = platforms[name]
        env = f"AMORA_{name.upper()}__TOKEN"
        if token():
            yield Finding(f"{name} token", "set")
        else:
            yield Finding(f"{name} token", "missing", f"set {name}.token or {env}")
        if admins:
            yield Finding(f"{name} admins", f"{len(admins)} id(s) may use /stats")
        else:
            var = f"AMORA_ADMINS__{name.upper()}"
            yield Finding(
                f"{name} admins",
                "none: nobody can see /stats",
                f"set admins.{name} or {var}",
                blocking=False,
            )


def _timezones() -> Finding:
    try:
        ZoneInfo("Europe/Berlin")
        count = len(available_timezones())
    except Exception as error:  # any failure here means check-ins cannot be scheduled
        return Finding("time zones", f"not usable ({type(error).__name__})", "install tzdata")
    return Finding("time zones", f"{count} zones available")


def _engine(settings: Settings) -> Finding:
    if settings.coach.engine == "blocks":
        return Finding("coach engine", "blocks (offline)")
    return Finding(
        "coach engine",
        f"llm: {settings.llm.model} at {settings.llm.base_url} (not contacted; "
        "the block engine answers whenever it fails)",
    )
