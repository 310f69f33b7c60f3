"""Money: products and prices, Stars invoices, the credits ledger, referrals and refunds.

Everything here is exactly-once by construction: every write that moves money or credits carries
a unique key (a Telegram charge id, an order id), the ledger is append-only and the balance is
its sum, and spending locks the account first. The bot calls `PaymentService`; the persistence
(sqlmodel tables, alembic migrations) lives beside it and is shared with the support desk.
"""
