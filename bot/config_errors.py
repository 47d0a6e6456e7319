"""Turning a broken setting into one line that names the setting and the fix."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticCustomError

# Error type for rules that span settings; their message is already a whole sentence.
RULE = "amora_config_rule"

# Never echo what was given for these: tokens, keys, and URLs that may carry a password.
_SECRET = frozenset(
    {"telegram.token", "telegram.webhook_secret", "discord.token", "llm.api_key", "database.url"}
)

_PHRASES = {
    "bool_parsing": "must be true or false",
    "bool_type": "must be true or false",
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "string_type": "must be text in quotes",
    "list_type": "must be a list, e.g. [1, 2]",
    "dict_type": "must be a table",
    "model_type": "must be a table (a [section])",
    "model_attributes_type": "must be a table (a [section])",
}


class ConfigError(Exception):
    """One line naming the setting and the fix."""


def env_name(setting: str) -> str:
    """The environment variable that overrides `setting`, e.g. AMORA_TELEGRAM__TOKEN."""
    return "AMORA_" + setting.upper().replace(".", "__")


def rule_error(line: str) -> PydanticCustomError:
    """An error for a rule across settings; `line` names them and the fix."""
    return PydanticCustomError(RULE, "{line}", {"line": line})


def required_when(*settings: str, condition: str) -> PydanticCustomError:
    """`settings` are required because of `condition`."""
    names = " and ".join(settings)
    verb, them = ("is", "it") if len(settings) == 1 else ("are", "them")
    where = " and ".join(env_name(setting) for setting in settings)
    return rule_error(
        f"{names} {verb} required when {condition} — set {them} in config.toml or {where}"
    )


def unknown_setting(setting: str) -> str:
    """The line for a key that no setting has (usually a typo)."""
    return (
        f"config: unknown setting {setting} — fix its spelling in config.toml or "
        f"{env_name(setting)}; config.example.toml lists every setting"
    )


def describe(exc: ValidationError) -> str:
    """The first problem pydantic found, as one line."""
    error = exc.errors(include_url=False)[0]
    setting = _dotted(error["loc"])
    kind = error["type"]
    if kind == RULE:
        return f"config: {error['msg']}"
    if kind == "extra_forbidden":
        return unknown_setting(setting)
    if kind == "value_error":
        return f"config: {setting} {error['ctx']['error']}"
    if kind == "literal_error":
        text = f"must be {error['ctx']['expected']}"
    else:
        text = _PHRASES.get(kind) or error["msg"][:1].lower() + error["msg"][1:]
    if setting not in _SECRET:
        text += f" (got {_short(error['input'])})"
    return f"config: {setting} {text}"


def _dotted(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text.lstrip(".") or "settings"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
