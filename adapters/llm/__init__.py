"""A client for OpenAI-compatible chat-completion endpoints (the optional LLM engine)."""

from adapters.llm.openai_compat import OpenAiCompatibleModel

__all__ = ["OpenAiCompatibleModel"]
