"""`idphoto db`: the database schema (accounts, orders, payments, the credits ledger).

The bot migrates at every start, so this is for deploys that migrate as a separate step, for
roll-backs, and for checking where a database stands. It reads DATABASE_URL (or uses the SQLite
file in DATA_DIR, like the bot) and needs no bot token.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import click


def _run(action: Callable[[Any], Awaitable[Any]]) -> Any:
    from bot.config import ConfigError, RuntimeSettings, load_settings
    from payments.database import Database, database_url

    try:
        settings = load_settings(RuntimeSettings)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None

    async def run() -> Any:
        db = Database(database_url(settings.database_url, settings.data_dir))
        try:
            return await action(db)
        finally:
            await db.close()

    return asyncio.run(run())


@click.group()
def db() -> None:
    """Database migrations (alembic): upgrade, downgrade, current."""


@db.command()
@click.argument("revision", default="head")
def upgrade(revision: str) -> None:
    """Migrate up to REVISION (default: the newest)."""
    from payments import migrate

    click.echo(f"database at {_run(lambda d: _then_current(migrate.upgrade(d, revision), d))}")


@db.command()
@click.argument("revision")
def downgrade(revision: str) -> None:
    """Migrate down to REVISION ("base" drops every table: all accounts and money records)."""
    from payments import migrate

    click.echo(f"database at {_run(lambda d: _then_current(migrate.downgrade(d, revision), d))}")


@db.command()
def current() -> None:
    """The revision the database is at, and the newest one this release knows."""
    from payments import migrate

    click.echo(f"database at {_run(migrate.current)}; newest {migrate.head()}")


async def _then_current(step: Awaitable[None], database: Any) -> str | None:
    from payments import migrate

    await step
    return await migrate.current(database)
