"""Amora on Telegram, with python-telegram-bot 22."""

from adapters.telegram.app import TelegramAdapter, TelegramOptions
from adapters.telegram.messenger import TelegramMessenger

__all__ = ["TelegramAdapter", "TelegramMessenger", "TelegramOptions"]
