"""A messenger that records check-ins instead of sending them."""

from __future__ import annotations

from core.domain import Address
from core.replies import CheckIn, Sent


class RecordingMessenger:
    """Implements `core.ports.Messenger`.

    `sent` holds the check-ins delivered; `attempts` every call, failed ones included.
    Put an exception (`RecipientUnreachable`, `DeliveryFailed`) in `fail_for` under
    `str(recipient)` ("telegram:42") to make sending to that person fail.
    """

    def __init__(self) -> None:
        self.sent: list[CheckIn] = []
        self.attempts: list[CheckIn] = []
        self.fail_for: dict[str, Exception] = {}
        self._last_id = 0

    async def send_checkin(self, checkin: CheckIn) -> Sent | None:
        """Records the check-in; it went to the person's DM as message "1", "2", ..."""
        self.attempts.append(checkin)
        error = self.fail_for.get(str(checkin.recipient))
        if error is not None:
            raise error
        self.sent.append(checkin)
        self._last_id += 1
        dm = Address(checkin.recipient.platform, checkin.recipient.user_id)
        return Sent(dm, str(self._last_id))
