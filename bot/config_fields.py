"""Value types for the settings: what each accepts, how it is normalised, how it is refused.

A validator raises ValueError with the words that follow the setting's name, e.g.
"must be between 1 and 100 (got 0)"; bot.config_errors puts the name in front.
"""

from __future__ import annotations

import json
import re
from datetime import time
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, SecretStr
from pydantic_settings import NoDecode


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def between(low: float, high: float | None = None, *, above: bool = False) -> AfterValidator:
    """A bounds check whose message names both ends: 'must be between 1 and 100 (got 0)'."""
    if high is None:
        need = f"must be {'more than' if above else 'at least'} {_number(low)}"
    elif above:
        need = f"must be more than {_number(low)} and at most {_number(high)}"
    else:
        need = f"must be between {_number(low)} and {_number(high)}"

    def check(value: float) -> float:
        if (value > low if above else value >= low) and (high is None or value <= high):
            return value
        raise ValueError(f"{need} (got {_number(value)})")

    return AfterValidator(check)


def _blank_to_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def _stripped(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _url(*schemes: str) -> AfterValidator:
    def check(value: str | None) -> str | None:
        if value is None:
            return None
        scheme, sep, rest = value.strip().partition("://")
        if scheme.lower() not in schemes or not sep or not rest:
            starts = " or ".join(f"{scheme}://" for scheme in schemes)
            raise ValueError(f"must start with {starts} (got {value!r})")
        return value.strip()

    return AfterValidator(check)


def _split_list(value: Any) -> Any:
    """A list, a JSON list ('["1","2"]') or a comma list ('1,2'), from the file or a variable."""
    if isinstance(value, int) and not isinstance(value, bool):
        return [value]
    if not isinstance(value, str):
        return value
    text = value.strip()
    if not text.startswith("["):
        return [part.strip() for part in text.split(",") if part.strip()]
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise ValueError('must be a JSON list like ["1", "2"] or a comma list like 1,2') from None


def _ids_as_text(value: Any) -> Any:
    if not isinstance(value, list):
        return value
    return [str(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in value]


def _numeric_ids(ids: list[str]) -> list[str]:
    for user_id in ids:
        if not user_id.strip().isdigit():
            raise ValueError(f"must list numeric user ids, not names (got {user_id!r})")
    return [user_id.strip() for user_id in ids]


def _hhmm(value: Any) -> str:
    if isinstance(value, time) and not (value.second or value.microsecond):
        return f"{value:%H:%M}"  # TOML's own local time, e.g. default_time = 09:00:00
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", value.strip()) if isinstance(value, str) else None
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return f"{int(match[1]):02d}:{match[2]}"
    raise ValueError(f"{value!r} is not a valid time — use HH:MM, e.g. 09:00")


_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
}


def _async_url(url: str) -> str:
    """sqlite:// and postgres(ql):// become the async drivers that storage uses."""
    scheme, sep, rest = url.strip().partition("://")
    driver = _DRIVERS.get(scheme.lower()) if sep else None
    if driver is None:  # never echo the URL itself: it may hold a password
        what = f"uses {scheme!r}, which Amora does not support" if sep else "has no scheme"
        raise ValueError(f"{what} — use sqlite:///amora.db or postgresql://user:password@host/db")
    return f"{driver}://{rest}"


def _one_line_is_a_list(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    return {locale: [v] if isinstance(v, str) else v for locale, v in value.items()}


def _has_default(table: dict[str, list[str]]) -> dict[str, list[str]]:
    if "default" not in table:
        raise ValueError('must include "default", the lines for every locale not listed')
    empty = next((locale for locale, lines in table.items() if not lines), None)
    if empty is not None:
        raise ValueError(f"{empty!r} has no lines — give it at least one")
    return table


def _telegram_secret(value: SecretStr | None) -> SecretStr | None:
    if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value.get_secret_value()):
        raise ValueError("may use only letters, digits, _ and -, at most 256 (Telegram's rule)")
    return value


Lower = BeforeValidator(lambda v: v.strip().lower() if isinstance(v, str) else v)
Upper = BeforeValidator(lambda v: v.strip().upper() if isinstance(v, str) else v)
OptionalText = Annotated[str | None, BeforeValidator(_blank_to_none)]
Secret = Annotated[SecretStr, BeforeValidator(_stripped)]
OptionalSecret = Annotated[
    SecretStr | None, BeforeValidator(_blank_to_none), BeforeValidator(_stripped)
]
TelegramSecret = Annotated[OptionalSecret, AfterValidator(_telegram_secret)]
HttpUrlText = Annotated[str, _url("http", "https")]
OptionalHttpUrl = Annotated[str | None, BeforeValidator(_blank_to_none), _url("http", "https")]
GatewayUrl = Annotated[
    str | None, BeforeValidator(_blank_to_none), _url("ws", "wss", "http", "https")
]
AsyncDatabaseUrl = Annotated[str, AfterValidator(_async_url)]
TimeOfDay = Annotated[str, BeforeValidator(_hhmm)]
# NoDecode: pydantic-settings would insist on JSON for list variables; we also take "1,2".
# Before-validators run last-declared first: split, then turn int ids into text.
UserIds = Annotated[
    list[str],
    NoDecode,
    BeforeValidator(_ids_as_text),
    BeforeValidator(_split_list),
    AfterValidator(_numeric_ids),
]
IntList = Annotated[list[int], NoDecode, BeforeValidator(_split_list)]
ResourceLines = Annotated[
    dict[str, list[str]], BeforeValidator(_one_line_is_a_list), AfterValidator(_has_default)
]
