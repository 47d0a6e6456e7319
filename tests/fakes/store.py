"""All the data the fakes hold, shaped like the SQL tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from core.domain import Address, Feedback, FollowUpDelivery, Message, PlatformUser, Session, User

CurrentKey = tuple[int, str, str]
"""(user id, platform, chat id): whose current session in which chat."""


@dataclass
class InMemoryStore:
    """Rows by id, the unique indexes the core relies on, and a commit counter.

    Tests may read it directly to assert on state; `FakeUnitOfWork` works on a deep copy
    of it and writes the copy back on commit.
    """

    users: dict[int, User] = field(default_factory=dict)
    identities: dict[PlatformUser, int] = field(default_factory=dict)
    sessions: dict[int, Session] = field(default_factory=dict)
    bindings: dict[Address, int] = field(default_factory=dict)
    """Thread address -> session id."""
    current: dict[CurrentKey, int] = field(default_factory=dict)
    messages: dict[int, Message] = field(default_factory=dict)
    feedback: dict[int, Feedback] = field(default_factory=dict)
    deliveries: dict[int, FollowUpDelivery] = field(default_factory=dict)
    inbox: dict[tuple[str, int], tuple[str, datetime]] = field(default_factory=dict)
    """(platform, update id) -> (payload, received at)."""
    send_slots: dict[tuple[str, str], float] = field(default_factory=dict)
    handled_commands: dict[tuple[str, str, str], tuple[int, datetime]] = field(default_factory=dict)
    """(platform, chat id, platform message id) -> (user id, handled at)."""
    """(lane, key) -> when it is free, in seconds since the epoch; key "" is the lane."""
    last_ids: dict[str, int] = field(default_factory=dict)
    """Auto-increment counter per table."""
    commits: int = 0

    def next_id(self, table: str) -> int:
        """The next id of `table`, starting at 1."""
        self.last_ids[table] = self.last_ids.get(table, 0) + 1
        return self.last_ids[table]

    def session_ids_of(self, user_id: int) -> set[int]:
        """Ids of the sessions `user_id` owns."""
        return {s.id for s in self.sessions.values() if s.user_id == user_id}
