"""The Telegram bot: conversation, handlers, runtime wiring and the engine job queue."""
