"""The terminal transport: the conversation in a shell, with the engine's answers."""
