"""The core's own settings: plain values the composition root fills from the config file."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_CRISIS_RESOURCES: dict[str, tuple[str, ...]] = {
    "default": (
        "Find a helpline in your country: https://findahelpline.com",
        "If you are in immediate danger, call your local emergency number.",
    )
}
DEFAULT_ABUSE_RESOURCES: dict[str, tuple[str, ...]] = {
    "default": (
        "Domestic abuse support worldwide: https://www.hotpeachpages.net",
        "If you are in danger right now, call your local emergency number.",
    )
}


@dataclass(frozen=True, slots=True)
class CoreSettings:
    """What the services need to know about the operator's choices."""

    summary_every: int = 5
    recent_window: int = 30
    grace_minutes: int = 180
    default_followup_time: str = "09:00"
    sweep_batch_size: int = 100
    sweep_concurrency: int = 20
    """Check-ins the sweep delivers at once; the messenger's pacing sets the rate. Enough to
    keep 40 requests a second going when each takes half a second."""
    turn_writers: int = 1
    """Groups of coaching turns committed at once (see GroupCommit): one on SQLite, more on a
    database whose statements wait on the network."""
    flood_messages: int = 20
    flood_seconds: int = 60
    seed: int | None = None
    use_model: bool = False
    """Replies are rewritten by the configured language model (coach.engine = "llm")."""
    admins: dict[str, frozenset[str]] = field(default_factory=dict)
    """Platform name to the user ids allowed to see /stats."""
    local_admin_platforms: frozenset[str] = frozenset({"console"})
    """Platforms whose every user is the operator at a terminal (the console)."""
    crisis_resources: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: dict(DEFAULT_CRISIS_RESOURCES)
    )
    abuse_resources: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: dict(DEFAULT_ABUSE_RESOURCES)
    )

    def is_admin(self, platform: str, user_id: str) -> bool:
        """Whether this platform user may see usage figures."""
        if platform in self.local_admin_platforms:
            return True
        return user_id in self.admins.get(platform, frozenset())

    def resources(self, kind: str, locale: str | None) -> tuple[str, ...]:
        """Crisis or abuse resources for a locale ("de-DE" falls back to "de", then default)."""
        table = self.crisis_resources if kind == "crisis" else self.abuse_resources
        for key in (locale, (locale or "").split("-")[0], "default"):
            if key and key in table:
                return table[key]
        return ()
