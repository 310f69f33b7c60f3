"""The tables of the bot that are not money: users (an id, flags and who invited them), and the
support desk's topics and relayed messages. Money (orders, payments, the ledger) is payments/.

Why apart: the support desk and the account checks need these rows without pulling in the money
code, and money code may read a user row without owning it. Both share one database and one set
of alembic migrations (payments/migrations). This package imports neither the bot nor payments.
"""
