"""Services the conversation steps call: delivery of files (paid or not), refunds, notices.

Layer: handlers (parse and route) → steps → services → store/payments/jobs. Nothing here imports
bot.handlers; the import contract in pyproject.toml ([tool.importlinter]) keeps it so.
"""
