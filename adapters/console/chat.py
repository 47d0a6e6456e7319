"""`amora chat`: the coach in a terminal, with buttons as numbered choices."""

from __future__ import annotations

import asyncio
import io
import re
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TextIO

from core.app import Amora
from core.domain import Address, PlatformUser
from core.incoming import Incoming
from core.ports import DeliveryFailed
from core.replies import Button, CheckIn, Reply, Sent

PLATFORM = "console"
QUIT = frozenset({"/quit", "/exit"})
SHORTCUTS = {"/like": "fb:like:{id}", "/dislike": "fb:dislike:{id}", "/regenerate": "fb:regen:{id}"}
BUTTON_NUMBER = re.compile(r"/([0-9]+)")
HINT = "Type a message, /help for commands, /quit to leave. Buttons are /1, /2, … after a reply."


async def stdin_lines(stream: TextIO = sys.stdin) -> AsyncIterator[str]:
    """Lines of a terminal or a pipe as they arrive, without blocking the event loop."""
    if isinstance(stream, io.TextIOWrapper):
        # Bytes that are not text in the terminal's encoding (a pasted binary, a wrong locale)
        # become U+FFFD instead of a UnicodeDecodeError that would end the chat.
        stream.reconfigure(errors="replace")
    loop = asyncio.get_running_loop()
    while line := await loop.run_in_executor(None, stream.readline):
        yield line.rstrip("\r\n")


class ConsoleChat:
    """One person talking to the coach in a terminal."""

    def __init__(
        self,
        amora: Amora,
        user_name: str,
        out: TextIO,
        *,
        display_name: str | None = None,
        echo: bool = False,
        files: Path | None = None,
    ) -> None:
        self.amora = amora
        self.user = PlatformUser(PLATFORM, user_name)
        self.address = Address(PLATFORM, user_name)
        self.out = out
        self.echo = echo
        self.files = files or Path.cwd()  # where attachments (an export) are saved
        self.buttons: list[Button] = []
        self.latest_reply: int | None = None
        self.display_name = display_name

    async def run(self, lines: AsyncIterator[str]) -> None:
        """Handles each line as soon as it arrives until the input ends or /quit."""
        self.say(HINT)
        async for line in lines:
            if self.echo:
                self.write(f"you> {line}")
            if line.strip().lower() in QUIT:
                break
            await self.handle(line)

    async def handle(self, line: str) -> None:
        """One line: a numbered button, a feedback shortcut, a command or a message."""
        text = line.strip()
        if (number := BUTTON_NUMBER.fullmatch(text)) is not None:
            # ASCII digits only ("/²" is no number to int()), and no 5,000-digit int() either.
            index = int(number[1]) - 1 if len(number[1]) <= 6 else -1
            if 0 <= index < len(self.buttons):
                await self.press(self.buttons[index].action)
            else:
                self.say("There's no button with that number.")
            return
        if text.lower() in SHORTCUTS:
            if self.latest_reply is None:
                self.say("There's no reply to act on yet.")
            else:
                await self.press(SHORTCUTS[text.lower()].format(id=self.latest_reply))
            return
        reply = await self.amora.message(self._incoming(line))
        if reply is not None:
            self.show(reply)

    async def press(self, action: str) -> None:
        """Presses a button of the latest replies."""
        self.show(await self.amora.press(self._incoming(""), action))

    def show(self, reply: Reply, *, heading: str = "amora") -> None:
        """Prints a reply, numbers its buttons, saves its attachments."""
        self.say(reply.text, heading=heading)
        for attachment in reply.attachments:
            path = self.files / attachment.filename
            path.write_bytes(attachment.data)
            self.write(f"       (saved {attachment.title or 'file'} to {path})")
        if reply.message_id is not None and reply.buttons:
            self.latest_reply = reply.message_id
        if reply.buttons:
            self.buttons = [b for row in reply.buttons for b in row]
            numbered = iter(range(1, len(self.buttons) + 1))
            for row in reply.buttons:
                self.write("       " + "  ".join(f"[/{next(numbered)} {b.label}]" for b in row))

    def say(self, text: str, *, heading: str = "amora") -> None:
        """Prints a block of text under a heading."""
        self.write(f"{heading}> {text}")

    def write(self, line: str) -> None:
        """Prints and flushes at once, so piped readers see each reply as it is made."""
        self.out.write(line + "\n")
        self.out.flush()

    def _incoming(self, text: str) -> Incoming:
        # A terminal never redelivers a line, so console messages carry no platform id.
        return Incoming(self.user, self.address, text, display_name=self.display_name)


class ConsoleMessenger:
    """Delivers check-ins into the running terminal chat."""

    def __init__(self, chat: ConsoleChat) -> None:
        self.chat = chat

    async def send_checkin(self, checkin: CheckIn) -> Sent | None:
        """Prints the check-in with its buttons if it is for the person at this terminal."""
        if checkin.recipient != self.chat.user:
            raise DeliveryFailed("that person is not at this terminal")
        self.chat.show(checkin.reply, heading=f"check-in «{checkin.session_title}»")
        return None
