"""The payments schema: the alembic migrations build exactly the sqlmodel tables, on SQLite and PostgreSQL.

Proves, on both backends: upgrade to head creates every table of `SQLModel.metadata` and nothing
else, and records the head revision; downgrade to base removes them all; up/down/up works (the
downgrade also drops what the upgrade would create again, e.g. PostgreSQL's trigger function); the
database itself refuses UPDATE and DELETE on ledger_entries (append-only); and alembic's
autogenerate finds no difference between the migrated database and the models, so a model change
without a migration fails here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, Table, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel, select

import payments.models  # noqa: F401  (registers the tables on SQLModel.metadata)
import store.models  # noqa: F401  (the tables that are not money, same database)
from payments import migrate
from payments.database import Database
from payments.models import LedgerEntry
from store.models import User

VERSION_TABLE = "alembic_version"
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    database = Database(database_url)
    yield database
    await database.close()


async def tables(db: Database) -> set[str]:
    """The tables in the database, alembic's own bookkeeping table left out."""
    async with db.engine.connect() as connection:
        names = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
    return set(names) - {VERSION_TABLE}


async def schema_diff(db: Database, metadata: MetaData) -> list[Any]:
    """alembic autogenerate's list of operations that would turn the database into `metadata`."""

    def compare(sync_connection: Any) -> list[Any]:
        context = MigrationContext.configure(sync_connection, opts={"compare_type": True})
        return compare_metadata(context, metadata)

    async with db.engine.connect() as connection:
        return await connection.run_sync(compare)


async def test_upgrade_downgrade_upgrade(db: Database) -> None:
    model_tables = set(SQLModel.metadata.tables)
    assert model_tables >= {"users", "orders", "payments", "ledger_entries", "audit_log"}
    assert await migrate.current(db) is None
    assert await tables(db) == set()

    await migrate.upgrade(db)
    assert await tables(db) == model_tables
    assert migrate.head() is not None
    assert await migrate.current(db) == migrate.head()

    await migrate.upgrade(db)  # at head already: a no-op, as on every bot start
    assert await migrate.current(db) == migrate.head()

    await migrate.downgrade(db, "base")
    assert await tables(db) == set()
    assert await migrate.current(db) is None

    await migrate.upgrade(db)
    assert await tables(db) == model_tables
    assert await migrate.current(db) == migrate.head()


async def test_ledger_is_append_only_in_the_database(db: Database) -> None:
    await migrate.upgrade(db)
    async with db.transaction() as session:
        session.add(User(id=7_000_000_001, created_at=NOW))
        await session.flush()
        session.add(
            LedgerEntry(user_id=7_000_000_001, delta=5, kind="staff_grant", key="grant:1", created_at=NOW)
        )

    for statement in (
        "UPDATE ledger_entries SET delta = 500 WHERE key = 'grant:1'",
        "DELETE FROM ledger_entries WHERE key = 'grant:1'",
        "DELETE FROM ledger_entries",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            async with db.transaction() as session:
                await session.exec(text(statement))  # type: ignore[call-overload]

    async with db.transaction() as session:
        rows = (await session.exec(select(LedgerEntry))).all()
        assert [(row.key, row.delta) for row in rows] == [("grant:1", 5)]
        # appending still works
        session.add(LedgerEntry(user_id=7_000_000_001, delta=-1, kind="spend", key="spend:1", created_at=NOW))
    async with db.transaction() as session:
        assert len((await session.exec(select(LedgerEntry))).all()) == 2


async def test_models_and_migrations_agree(db: Database) -> None:
    await migrate.upgrade(db)
    assert await schema_diff(db, SQLModel.metadata) == []


async def test_schema_diff_sees_a_model_change(db: Database) -> None:
    """The check above has teeth: a table or column the migrations lack shows up in the diff."""
    await migrate.upgrade(db)
    changed = MetaData()
    for table in SQLModel.metadata.tables.values():
        table.to_metadata(changed)
    Table("gift_cards", changed, Column("id", Integer, primary_key=True))
    changed.tables["orders"].append_column(Column("gift_card_id", Integer, nullable=True))

    diff = await schema_diff(db, changed)
    assert any(op[0] == "add_table" and op[1].name == "gift_cards" for op in diff)
    assert any(op[0] == "add_column" and op[2] == "orders" and op[3].name == "gift_card_id" for op in diff)


async def test_replicas_starting_together_migrate_once(database_url: str) -> None:
    """Four bot processes start at once, each migrating at start-up: one builds the schema, the
    others wait for it (advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite) and find it done."""
    import asyncio

    replicas = [Database(database_url) for _ in range(4)]
    try:
        await asyncio.gather(*(migrate.upgrade(replica) for replica in replicas))
        assert {await migrate.current(replica) for replica in replicas} == {migrate.head()}
        assert await tables(replicas[0]) == set(SQLModel.metadata.tables)
    finally:
        for replica in replicas:
            await replica.close()
