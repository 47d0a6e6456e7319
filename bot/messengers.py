"""Routes each check-in to the messenger of the platform it belongs to."""

from __future__ import annotations

from core.ports import DeliveryFailed, Messenger
from core.replies import CheckIn, Sent


class MessengerRouter:
    """A Messenger that hands each check-in to its platform's messenger."""

    def __init__(self) -> None:
        self._by_platform: dict[str, Messenger] = {}

    def register(self, platform: str, messenger: Messenger) -> None:
        """Makes a messenger responsible for one platform's check-ins."""
        self._by_platform[platform] = messenger

    async def send_checkin(self, checkin: CheckIn) -> Sent | None:
        """Sends through the recipient's platform; a platform not running here fails."""
        messenger = self._by_platform.get(checkin.recipient.platform)
        if messenger is None:
            raise DeliveryFailed(f"no messenger for {checkin.recipient.platform}")
        return await messenger.send_checkin(checkin)
