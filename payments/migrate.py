"""Schema migrations: `upgrade` at bot start and with `idphoto db upgrade`, `downgrade` for tests
and roll-backs. Alembic runs on the Database's own async engine (see migrations/env.py), inside
one transaction that first takes a lock, so N replicas starting at once migrate one at a time
(the others then find the schema at head and do nothing)."""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from payments.database import Database

SCRIPT_LOCATION = "payments:migrations"
MIGRATION_LOCK = 0x1D5_0070  # pg_advisory lock id of schema migrations (SQLite: BEGIN IMMEDIATE)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


async def upgrade(db: Database, revision: str = "head") -> None:
    await _run(db, command.upgrade, revision)


async def downgrade(db: Database, revision: str) -> None:
    await _run(db, command.downgrade, revision)


async def current(db: Database) -> str | None:
    """The revision the database is at (None: never migrated)."""
    async with db.engine.connect() as connection:
        return await connection.run_sync(lambda sync: MigrationContext.configure(sync).get_current_revision())


def head() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


async def _run(db: Database, action: Any, revision: str) -> None:
    config = alembic_config()

    def run(sync_connection: Any) -> None:
        config.attributes["connection"] = sync_connection
        action(config, revision)

    async with db.engine.begin() as connection:
        if not db.is_sqlite:  # replicas starting together migrate one after the other
            await connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        await connection.run_sync(run)
