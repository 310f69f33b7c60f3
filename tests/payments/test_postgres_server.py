"""The session's PostgreSQL (tests/postgres_server.py) and the database fixtures built on it."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine


def asyncpg_dsn(url: str) -> str:
    """postgresql+asyncpg://... (SQLAlchemy) -> postgresql://... (asyncpg)."""
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


async def test_server_answers_version(postgres_server) -> None:
    connection = await asyncpg.connect(postgres_server.dsn())
    try:
        version = await connection.fetchval("select version()")
        settings = {
            name: await connection.fetchval(f"show {name}")
            for name in ("fsync", "max_connections", "server_encoding", "listen_addresses")
        }
    finally:
        await connection.close()
    assert version.startswith("PostgreSQL ")
    assert settings == {
        "fsync": "off",
        "max_connections": "200",
        "server_encoding": "UTF8",
        "listen_addresses": "127.0.0.1",
    }


@pytest.fixture
def second_postgres_url(postgres_server) -> str:
    import uuid

    name = f"t{uuid.uuid4().hex[:12]}"
    yield postgres_server.create_database(name)
    postgres_server.drop_database(name)


async def test_each_test_database_is_its_own_and_empty(postgres_url: str, second_postgres_url: str) -> None:
    assert postgres_url.startswith("postgresql+asyncpg://")
    assert postgres_url != second_postgres_url
    first = await asyncpg.connect(asyncpg_dsn(postgres_url))
    second = await asyncpg.connect(asyncpg_dsn(second_postgres_url))
    try:
        for connection in (first, second):
            tables = await connection.fetchval(
                "select count(*) from information_schema.tables where table_schema = 'public'"
            )
            assert tables == 0
        await first.execute("create table only_here (id int primary key)")
        assert await first.fetchval("select to_regclass('public.only_here') is not null")
        assert not await second.fetchval("select to_regclass('public.only_here') is not null")
        assert await first.fetchval("select current_database()") != await second.fetchval(
            "select current_database()"
        )
    finally:
        await first.close()
        await second.close()


async def test_select_for_update_blocks_a_second_transaction(postgres_url: str) -> None:
    dsn = asyncpg_dsn(postgres_url)
    holder = await asyncpg.connect(dsn)
    waiter = await asyncpg.connect(dsn)
    try:
        await holder.execute("create table account (id int primary key, balance int not null)")
        await holder.execute("insert into account values (1, 100)")

        holding = holder.transaction()
        await holding.start()
        assert await holder.fetchval("select balance from account where id = 1 for update") == 100

        # NOWAIT: the row is locked by the other transaction, right now.
        async with waiter.transaction():
            with pytest.raises(asyncpg.exceptions.LockNotAvailableError):
                await waiter.fetchval("select balance from account where id = 1 for update nowait")

        async def wait_for_row() -> int:
            async with waiter.transaction():
                return await waiter.fetchval("select balance from account where id = 1 for update")

        waiting = asyncio.create_task(wait_for_row())
        await asyncio.sleep(0.3)
        assert not waiting.done(), "a second SELECT ... FOR UPDATE did not wait for the row lock"
        await holder.execute("update account set balance = 70 where id = 1")
        await holding.commit()
        # It waited, then read the committed balance, not the one from before the lock.
        assert await asyncio.wait_for(waiting, timeout=5) == 70
    finally:
        await holder.close()
        await waiter.close()


async def test_database_url_runs_on_both_backends(database_url: str, request: pytest.FixtureRequest) -> None:
    backend = request.node.callspec.params["database_url"]
    engine = create_async_engine(database_url)
    try:
        async with engine.begin() as connection:
            assert (await connection.execute(text("select 1"))).scalar_one() == 1
            await connection.execute(text("create table probe (id integer primary key)"))
            await connection.execute(text("insert into probe (id) values (1), (2)"))
            assert (await connection.execute(text("select count(*) from probe"))).scalar_one() == 2
    finally:
        await engine.dispose()
    assert engine.dialect.name == backend
