"""The in-memory message repository."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import replace
from datetime import datetime

from core.domain import Address, Message, MessageMeta, Role, SafetyLevel
from core.ports import DuplicateMessage
from tests.fakes.repositories import FakeRepository, require
from tests.fakes.store import InMemoryStore


def find_by_ref(data: InMemoryStore, address: Address, platform_message_id: str) -> Message | None:
    """The message stored as (platform, chat, platform message id); the thread does not count."""
    return next(
        (
            m
            for m in data.messages.values()
            if m.address is not None
            and m.platform_message_id == platform_message_id
            and (m.address.platform, m.address.chat_id) == (address.platform, address.chat_id)
        ),
        None,
    )


class FakeMessageRepository(FakeRepository):
    """Implements `core.ports.MessageRepository`."""

    async def add(
        self,
        *,
        session_id: int,
        user_id: int,
        role: Role,
        text: str,
        now: datetime,
        safety: SafetyLevel = SafetyLevel.NONE,
        meta: MessageMeta | None = None,
        reply_to_id: int | None = None,
        regenerated_from_id: int | None = None,
        address: Address | None = None,
        platform_message_id: str | None = None,
    ) -> Message:
        data = self._data()
        require(data.sessions, session_id, "sessions")
        require(data.users, user_id, "users")
        for ref in (reply_to_id, regenerated_from_id):
            if ref is not None:
                require(data.messages, ref, "messages")
        if address is not None and platform_message_id is not None:
            self._refuse_duplicate(address, platform_message_id, None)
        message = Message(
            id=data.next_id("messages"),
            session_id=session_id,
            user_id=user_id,
            role=role,
            text=text,
            created_at=now,
            safety=safety,
            meta=deepcopy(meta) if meta is not None else MessageMeta(),
            reply_to_id=reply_to_id,
            regenerated_from_id=regenerated_from_id,
            address=address,
            platform_message_id=platform_message_id,
        )
        data.messages[message.id] = message
        return deepcopy(message)

    async def get(self, message_id: int) -> Message | None:
        return deepcopy(self._data().messages.get(message_id))

    async def by_platform_ref(self, address: Address, platform_message_id: str) -> Message | None:
        return deepcopy(find_by_ref(self._data(), address, platform_message_id))

    async def set_platform_ref(
        self, message_id: int, address: Address, platform_message_id: str
    ) -> None:
        data = self._data()
        require(data.messages, message_id, "messages")
        self._refuse_duplicate(address, platform_message_id, message_id)
        message = data.messages[message_id]
        message.address = address
        message.platform_message_id = platform_message_id

    async def revise(self, message_id: int, text: str, meta: MessageMeta) -> None:
        data = self._data()
        require(data.messages, message_id, "messages")
        message = data.messages[message_id]
        message.text = text
        message.meta = deepcopy(meta)

    async def recent(self, session_id: int, limit: int) -> list[Message]:
        mine = [m for m in self._sorted() if m.session_id == session_id]
        return [deepcopy(m) for m in mine[-limit:]] if limit > 0 else []

    async def replies_to(self, user_message_id: int) -> list[Message]:
        return [
            deepcopy(m)
            for m in self._sorted()
            if m.reply_to_id == user_message_id and m.role in (Role.COACH, Role.FOLLOWUP)
        ]

    async def claim_answer(self, user_message_id: int) -> bool:
        return not any(
            m.reply_to_id == user_message_id and m.role is Role.COACH
            for m in self._data().messages.values()
        )

    async def list_for_user(self, user_id: int) -> list[Message]:
        return [deepcopy(m) for m in self._sorted() if m.user_id == user_id]

    async def delete(self, message_id: int) -> None:
        # Assumed schema: feedback on the message goes with it (ON DELETE CASCADE);
        # replies, regenerations and deliveries keep their row and lose the link (SET NULL).
        data = self._data()
        data.messages.pop(message_id, None)
        data.feedback = {k: f for k, f in data.feedback.items() if f.message_id != message_id}
        for m in data.messages.values():
            if m.reply_to_id == message_id:
                m.reply_to_id = None
            if m.regenerated_from_id == message_id:
                m.regenerated_from_id = None
        for key, d in data.deliveries.items():
            if d.message_id == message_id:
                data.deliveries[key] = replace(d, message_id=None)

    def _sorted(self) -> list[Message]:
        return sorted(self._data().messages.values(), key=lambda m: m.id)

    def _refuse_duplicate(self, address: Address, ref: str, own_id: int | None) -> None:
        existing = find_by_ref(self._data(), address, ref)
        if existing is not None and existing.id != own_id:
            raise DuplicateMessage(
                f"{address.platform}:{address.chat_id}:{ref} is message {existing.id}"
            )
