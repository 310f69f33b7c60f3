"""Alembic environment: runs on a connection handed over by payments/migrate.py.

Why not alembic's usual engine-from-ini: the bot migrates at start-up inside its running event
loop with the async engine it already has, and `idphoto db upgrade` does the same through
migrate.py. Both pass a synchronous connection (AsyncConnection.run_sync) in
`config.attributes["connection"]`. `render_as_batch` lets SQLite alter tables by copy.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import payments.models  # noqa: F401  (registers the tables on SQLModel.metadata)
import store.models  # noqa: F401  (the tables that are not money, same database)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with `idphoto db upgrade` (payments/migrate.py), not bare alembic")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
