"""`idphoto bot [--webhook]`: run the Telegram bot (long polling, or aiogram's webhook server)."""

from __future__ import annotations

import asyncio
import logging

import click


@click.command()
@click.option(
    "--webhook", is_flag=True, help="Serve WEBHOOK_URL with WEBHOOK_SECRET instead of long polling."
)
def bot(webhook: bool) -> None:
    """Run the Telegram bot. Settings come from the environment or .env (BOT_TOKEN, REDIS_URL, ...).

    Without REDIS_URL one process does everything (engine included); with it, run `idphoto worker`
    beside it for the engine jobs.
    """
    from bot.config import ConfigError, Settings, load_settings
    from bot.observability.logs import configure

    try:
        settings = load_settings(Settings)
        configure(logging.getLogger().level, settings.log_format)
        if webhook:
            from bot.app import run_webhook

            asyncio.run(run_webhook(settings))
        else:
            from bot.app import run_polling

            asyncio.run(run_polling(settings))
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        pass
