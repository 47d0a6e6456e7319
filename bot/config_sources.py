"""Where settings come from: the TOML file and AMORA_* variables, each read into a plain dict."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic_settings import BaseSettings, EnvSettingsSource, SettingsError

from bot.config_errors import ConfigError


class _EnvironSource(EnvSettingsSource):
    """pydantic-settings' AMORA_<SECTION>__<KEY> parsing, over a given mapping."""

    def __init__(self, settings_cls: type[BaseSettings], environ: Mapping[str, str]) -> None:
        self._environ = environ
        super().__init__(settings_cls)

    def _load_env_vars(self) -> Mapping[str, str | None]:
        # Overrides the hook that reads os.environ; empty values count as unset.
        return {name.lower(): value for name, value in self._environ.items() if value != ""}


def read_environ(settings_cls: type[BaseSettings], environ: Mapping[str, str]) -> dict[str, Any]:
    """The AMORA_* variables in `environ`, nested by section like the TOML file."""
    try:
        return _EnvironSource(settings_cls, environ)()
    except SettingsError as exc:
        field = re.search(r'field "(\w+)"', str(exc))
        name = f"AMORA_{field[1].upper()}" if field else "AMORA"
        raise ConfigError(
            f"config: {name} or an {name}__* variable is not valid JSON — fix its value"
        ) from None


def config_file(path: Path | None, cwd: Path) -> Path | None:
    """The file to read: `path` (which must exist), else ./config.toml if present, else none."""
    if path is None:
        default = Path(cwd) / "config.toml"
        return default if default.is_file() else None
    chosen = Path(cwd) / Path(path).expanduser()  # joining keeps an absolute path as it is
    if not chosen.exists():
        raise ConfigError(
            f"config: {chosen} does not exist — check --config, or copy config.example.toml there"
        )
    if not chosen.is_file():
        raise ConfigError(f"config: {chosen} is not a file — point --config at a .toml file")
    return chosen


def read_toml(file: Path | None) -> dict[str, Any]:
    """The parsed file, or {} for none; syntax errors name the file and line."""
    if file is None:
        return {}
    try:
        with file.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:  # its message ends "(at line 3, column 5)"
        raise ConfigError(f"config: {file} is not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"config: {file} is not UTF-8 text — save it as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"config: cannot read {file}: {exc.strerror}") from None


def merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """`over` laid on `base`, table by table."""
    merged = dict(base)
    for key, value in over.items():
        old = merged.get(key)
        merged[key] = (
            merge(old, value) if isinstance(old, dict) and isinstance(value, dict) else value
        )
    return merged
