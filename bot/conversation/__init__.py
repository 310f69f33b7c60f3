"""The conversation as data: states, button payloads, keyboards, texts (see flow.md for the map)."""
