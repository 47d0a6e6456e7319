"""The core's use cases, one module each."""
