"""A messenger that records check-ins instead of sending them."""

from __future__ import annotations

from core.replies import CheckIn


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

    async def send_checkin(self, checkin: CheckIn) -> str | None:
        """Records the check-in and returns a new platform message id ("1", "2", ...)."""
        self.attempts.append(checkin)
        error = self.fail_for.get(str(checkin.recipient))
        if error is not None:
            raise error
        self.sent.append(checkin)
        self._last_id += 1
        return str(self._last_id)
