"""The Mini App's own small web server beside long polling (WEBAPP_HOST:WEBAPP_PORT).

With --webhook the webhook server carries the routes instead (bot.app.build_webhook_app); with
polling there is no server at all, so this one is started when WEBAPP_URL is set. Either way a TLS
proxy publishes it at WEBAPP_URL: Telegram opens Mini Apps over https only.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiogram import Bot, Dispatcher
from aiohttp import web

from bot.config import Settings
from bot.webapp.routes import add_routes

log = logging.getLogger(__name__)


@asynccontextmanager
async def webapp_server(settings: Settings, bot: Bot, dispatcher: Dispatcher) -> AsyncIterator[int]:
    """Serve /webapp/ until the block ends; yields the port it listens on (WEBAPP_PORT=0: any)."""
    app = web.Application()
    add_routes(app, settings, bot, dispatcher)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        site = web.TCPSite(runner, settings.webapp_host, settings.webapp_port)
        await site.start()
        port = runner.addresses[0][1] if runner.addresses else settings.webapp_port
        log.info("camera guide served on port %d (public at %s)", port, settings.webapp_url)
        yield int(port)
    finally:
        await runner.cleanup()
