"""`idphoto worker`: the engine worker (models loaded once, jobs taken from Redis until stopped)."""

from __future__ import annotations

import asyncio
import logging

import click


@click.command()
def worker() -> None:
    """Run engine jobs for the bot from REDIS_URL (SIGTERM finishes the running job, then stops).

    Reads the same settings as the bot except BOT_TOKEN: REDIS_URL, DATA_DIR (shared with the bot),
    IDPHOTO_MODEL_DIR, JOB_RECLAIM_IDLE_S, ...
    """
    from bot.config import ConfigError, RuntimeSettings, load_settings
    from bot.jobs.worker import run_worker
    from bot.observability.logs import configure

    try:
        settings = load_settings(RuntimeSettings)
        configure(logging.getLogger().level, settings.log_format)
        asyncio.run(run_worker(settings))
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        pass
