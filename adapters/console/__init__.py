"""The terminal adapter behind `amora chat`."""

from adapters.console.chat import ConsoleChat, ConsoleMessenger

__all__ = ["ConsoleChat", "ConsoleMessenger"]
