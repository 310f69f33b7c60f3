"""The database: a SQLite file by default, PostgreSQL (asyncpg) when DATABASE_URL says so.

Why the SQLite set-up below: money code reads a balance and then writes a spend, and two such
transactions must not interleave. PostgreSQL gets that from `SELECT … FOR UPDATE` on the user row
(payments/ledger.py); SQLite has no row locks, so every transaction here starts with
`BEGIN IMMEDIATE`, which takes the database's write lock at once, and waits (busy timeout) instead
of failing when another connection holds it. WAL lets readers go on meanwhile, and `reading()`
opens a plain (deferred) transaction for code that only reads: a ban check on every update or a
balance on a screen must not queue behind every write.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

SQLITE_BUSY_TIMEOUT_S = 30
READ_ONLY = "idphoto_read_only"  # execution option of `Database.reading()` sessions
DEFAULT_FILE = "idphoto.db"

_DRIVERS = {
    "postgresql": "postgresql+asyncpg",
    "postgres": "postgresql+asyncpg",
    "sqlite": "sqlite+aiosqlite",
}


def async_url(url: str) -> str:
    """DATABASE_URL as people write it (postgresql://…, sqlite:///…) with the async driver named."""
    parsed = make_url(url)
    driver = _DRIVERS.get(parsed.drivername)
    return parsed.set(drivername=driver).render_as_string(hide_password=False) if driver else url


def database_url(explicit: str | None, data_dir: Path) -> str:
    """The configured DATABASE_URL, or the embedded default: a SQLite file in the data folder."""
    if explicit:
        return async_url(explicit)
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite+aiosqlite:///{data_dir / DEFAULT_FILE}"


class Database:
    """One async engine and its session factories: `transaction()`, or `reading()` for reads."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = async_url(url)
        self.is_sqlite = make_url(self.url).get_backend_name() == "sqlite"
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_S}
        else:
            kwargs.update(pool_size=10, max_overflow=40, pool_pre_ping=True)
        self.engine: AsyncEngine = create_async_engine(self.url, **kwargs)
        if self.is_sqlite:
            _serialize_sqlite_writes(self.engine)
        self._sessions = async_sessionmaker(self.engine, class_=AsyncSession, expire_on_commit=False)
        self._readers = async_sessionmaker(
            self.engine.execution_options(**{READ_ONLY: True}), class_=AsyncSession, expire_on_commit=False
        )

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A session inside one transaction: committed when the block ends, rolled back on error."""
        async with self._sessions() as session, session.begin():
            yield session

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[AsyncSession]:
        """A transaction that only reads (nothing it reads decides a write): on SQLite it takes no
        write lock, so it never waits for writers; on PostgreSQL it is an ordinary transaction."""
        async with self._readers() as session, session.begin():
            yield session

    async def close(self) -> None:
        await self.engine.dispose()


def _serialize_sqlite_writes(engine: AsyncEngine) -> None:
    """pysqlite's own transaction handling is off; every transaction is BEGIN IMMEDIATE, except
    the read-only ones of `Database.reading()`."""

    @event.listens_for(engine.sync_engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def on_begin(connection: Any) -> None:
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")
