"""Wiring: the Bot, the FSM storage, the Dispatcher with its services, and the two runners.

Everything is built from `Settings` when called. The dispatcher carries the services handlers
ask for by name (aiogram injects workflow data): `jobs` (EngineJobs), `photos` (PhotoStore),
`payments` (PaymentService), `delivery` (DeliveryService), `settings`, `catalogue` (specs) and
`i18n` (Fluent catalogues). On dispatcher startup the database is migrated, the job client
connects, the command menu is set in every language, the support desk (`support`, with
SUPPORT_CHAT_ID) is built, the retention sweeper and the delivery supervisor start; on shutdown
they stop (a paid delivery cut short is handed back) and so does the desk's outbox. Closing `jobs`
belongs to whoever built it (the runners here).
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Sequence
from contextlib import AsyncExitStack
from typing import TYPE_CHECKING, NotRequired, TypedDict
from urllib.parse import urlsplit

from aiogram import Bot, Dispatcher, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import BaseStorage, DefaultKeyBuilder
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.fsm.storage.redis import RedisStorage
from aiohttp import web

from bot.command_menu import register_commands
from bot.config import ConfigError, Settings
from bot.isolation import build_isolation, install
from bot.jobs.client import EngineJobs
from bot.middlewares.metrics import UpdateMetrics, install_first
from bot.operations import bot_ops
from bot.photos import PhotoStore
from bot.redis_options import connection_options
from bot.retention import RetentionSweeper
from bot.retry_after import RetryAfter
from bot.services.delivery import DeliveryService
from bot.services.payment_sync import PaymentSync
from bot.services.turns import Turns
from bot.support.off import NoSupport, SupportService
from bot.support.relay import SupportRelay
from bot.support.wiring import build_relay
from bot.telegram_metrics import TelegramMetrics
from bot.webapp.routes import add_routes
from bot.webapp.serve import webapp_server
from payments.database import Database, database_url
from payments.products import default_prices, load_prices
from payments.service import PaymentService, payload_secret

if TYPE_CHECKING:
    from bot.conversation.texts import I18n
    from specs.catalogue import Catalogue

log = logging.getLogger(__name__)


class Services(TypedDict):
    """What handlers, middlewares and filters may ask for by parameter name (aiogram injects the
    dispatcher's workflow data): the one typed list of it. `support` is the desk (SupportRelay,
    set at start-up) or NoSupport when SUPPORT_CHAT_ID is unset."""

    settings: Settings
    jobs: EngineJobs
    photos: PhotoStore
    catalogue: Catalogue
    i18n: I18n
    sweeper: RetentionSweeper
    payments: PaymentService
    delivery: DeliveryService
    turns: Turns
    support: NotRequired[SupportService]


def build_bot(settings: Settings) -> Bot:
    """An aiogram Bot; TELEGRAM_API_URL points it at a local Bot API server (or the test fake)."""
    session = (
        AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
        if settings.telegram_api_url
        else AiohttpSession()
    )
    session.middleware(RetryAfter())
    session.middleware(TelegramMetrics())  # inside RetryAfter: every 429 it waits out is counted
    return Bot(
        token=settings.bot_token.get_secret_value(),
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML),
    )


def build_storage(settings: Settings) -> BaseStorage:
    """Redis when REDIS_URL is set (state survives restarts, shared by bot processes), else memory."""
    if not settings.redis_url:
        return MemoryStorage()
    ttl = int(settings.state_ttl_days * 86400)
    return RedisStorage.from_url(
        settings.redis_url,
        connection_kwargs=connection_options(),
        key_builder=DefaultKeyBuilder(prefix=f"{settings.redis_prefix}:fsm", with_destiny=True),
        state_ttl=ttl,
        data_ttl=ttl,
    )


def build_i18n() -> I18n | None:
    """The conversation's Fluent catalogues; None while they do not exist (bare runtime tests)."""
    try:
        from bot.conversation.texts import I18n
    except ImportError:
        log.warning("bot.conversation.texts not available: running without text catalogues")
        return None
    return I18n()


def default_routers() -> list[Router]:
    from bot.handlers import get_routers

    return list(get_routers())


def build_dispatcher(
    settings: Settings,
    *,
    jobs: EngineJobs,
    photos: PhotoStore,
    storage: BaseStorage | None = None,
    routers: Sequence[Router] | None = None,
    i18n: I18n | None = None,
    catalogue: Catalogue | None = None,
    payments: PaymentService | None = None,
) -> Dispatcher:
    """The root dispatcher with the conversation's routers and the services injected.

    `routers`, `i18n` and `catalogue` default to the real ones (bot.handlers.get_routers(),
    the Fluent catalogues, specs.load_catalogue()); tests may pass their own. `payments` defaults
    to one built from the settings, which the dispatcher then also closes on shutdown.
    """
    from specs import load_catalogue

    owns_payments = payments is None
    payments = payments if payments is not None else build_payments(settings)
    storage = storage if storage is not None else build_storage(settings)
    i18n = i18n if i18n is not None else build_i18n()
    catalogue = catalogue if catalogue is not None else load_catalogue()
    assert i18n is not None, "the Fluent catalogues are part of the bot"
    sweeper = RetentionSweeper(photos, settings.sweep_interval_s)
    isolation = build_isolation(storage, settings.user_lock_lease_s)
    turns = Turns(storage, i18n, catalogue, jobs, photos, settings, payments, isolation)
    delivery = DeliveryService(turns, settings)
    if not settings.free_mode:
        delivery.also_every(settings.payment_sync_s, PaymentSync(delivery, settings.payment_grace_s).round)
    services = Services(
        settings=settings,
        jobs=jobs,
        photos=photos,
        catalogue=catalogue,
        i18n=i18n,
        sweeper=sweeper,
        payments=payments,
        delivery=delivery,
        turns=turns,
    )
    if settings.support_chat_id is None:
        # No desk: handlers get the null object. With a desk, the relay is set at start-up (it needs
        # the Bot); it must not be set here, as polling snapshots the data before start-up.
        services["support"] = NoSupport()
    dispatcher = Dispatcher(storage=storage, events_isolation=isolation, **services)
    install(dispatcher)
    updates = UpdateMetrics()
    install_first(dispatcher, updates)  # outermost: the latency includes the user's lock
    ops = bot_ops(settings, jobs, payments) if settings.metrics_port is not None else None
    for router in routers if routers is not None else default_routers():
        dispatcher.include_router(router)

    async def on_startup(bot: Bot) -> None:
        if ops is not None:  # first: /healthz answers while the rest starts; /readyz waits for it
            await ops.start()
        await payments.start()  # migrations first: nothing may touch an old schema
        await jobs.start()
        await register_commands(bot, i18n)
        relay = build_relay(bot, turns)
        if relay is not None:
            dispatcher["support"] = relay
            sweeper.also(lambda: relay.sweep(settings.retention))
        sweeper.start()
        delivery.start(bot)  # the supervisor: its first round resumes what a stopped process left
        if ops is not None:
            ops.started.set()
        log.info("bot started (%s jobs)", "embedded" if jobs.embedded else "Redis")

    async def on_shutdown() -> None:
        # no new updates come in by now (polling stopped, the webhook server closed): let the
        # running ones finish, within SHUTDOWN_GRACE_S
        if not await updates.drain(settings.shutdown_grace_s):
            log.warning("stopping with %d updates still running", updates.running)
        await delivery.stop()  # paid deliveries cut short are handed back at once
        await sweeper.stop()
        if isinstance(relay := dispatcher.workflow_data.get("support"), SupportRelay):
            await relay.close()
            del dispatcher.workflow_data["support"]
        if ops is not None:
            await ops.stop()
        if owns_payments:
            await payments.close()

    dispatcher.startup.register(on_startup)
    dispatcher.shutdown.register(on_shutdown)
    return dispatcher


def build_payments(settings: Settings) -> PaymentService:
    """The payments service on DATABASE_URL (or the SQLite file in DATA_DIR) and the price table."""
    db = Database(database_url(settings.database_url, settings.data_dir))
    prices = load_prices(settings.prices_file) if settings.prices_file else default_prices()
    secret = payload_secret(
        settings.payment_secret.get_secret_value() if settings.payment_secret else None,
        settings.bot_token.get_secret_value(),
    )
    return PaymentService(db, prices, secret)


def build_services(settings: Settings) -> tuple[PhotoStore, EngineJobs]:
    photos = PhotoStore(settings.data_dir, settings.retention)
    return photos, EngineJobs.from_settings(settings, photos)


# --- long polling ------------------------------------------------------------------------------


async def run_polling(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """`idphoto bot`: long polling until SIGINT/SIGTERM (or until `stop` is set, for embedding)."""
    photos, jobs = build_services(settings)
    bot = build_bot(settings)
    dispatcher = build_dispatcher(settings, jobs=jobs, photos=photos)
    watcher = None
    if stop is not None:

        async def stop_when_asked() -> None:
            await stop.wait()
            while True:
                try:
                    await dispatcher.stop_polling()
                    return
                except RuntimeError:  # asked before polling began: try again once it runs
                    await asyncio.sleep(0.05)

        watcher = asyncio.create_task(stop_when_asked())
    try:
        async with AsyncExitStack() as stack:
            if settings.webapp_url:  # the camera guide needs a web server, which polling has not
                await stack.enter_async_context(webapp_server(settings, bot, dispatcher))
            await bot.delete_webhook(drop_pending_updates=False)  # polling and a webhook exclude each other
            await dispatcher.start_polling(
                bot, allowed_updates=dispatcher.resolve_used_update_types(), handle_signals=stop is None
            )
    finally:
        if watcher is not None:
            watcher.cancel()
        await jobs.close()


# --- webhook -----------------------------------------------------------------------------------


def webhook_path(settings: Settings) -> str:
    if not settings.webhook_url:
        raise ConfigError("WEBHOOK_URL is not set: `idphoto bot --webhook` needs the public https URL.")
    return urlsplit(settings.webhook_url).path or "/"


def build_webhook_app(settings: Settings, bot: Bot, dispatcher: Dispatcher) -> web.Application:
    """aiohttp app: POST <path of WEBHOOK_URL> with the secret header → the dispatcher."""
    from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application

    if settings.webhook_secret is None:
        raise ConfigError(
            "WEBHOOK_SECRET is not set: the webhook only accepts requests carrying this secret "
            "(letters, digits, _ and -)."
        )
    app = web.Application()
    SimpleRequestHandler(
        dispatcher=dispatcher, bot=bot, secret_token=settings.webhook_secret.get_secret_value()
    ).register(app, path=webhook_path(settings))
    setup_application(app, dispatcher, bot=bot)
    if settings.webapp_url:
        add_routes(app, settings, bot, dispatcher)  # the camera guide (bot/webapp) on the same server
    return app


async def run_webhook(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """`idphoto bot --webhook`: serve the webhook until SIGINT/SIGTERM (or `stop`)."""
    photos, jobs = build_services(settings)
    bot = build_bot(settings)
    dispatcher = build_dispatcher(settings, jobs=jobs, photos=photos)
    app = build_webhook_app(settings, bot, dispatcher)
    assert settings.webhook_url is not None and settings.webhook_secret is not None

    async def set_webhook() -> None:
        await bot.set_webhook(
            settings.webhook_url,  # type: ignore[arg-type]
            secret_token=settings.webhook_secret.get_secret_value(),  # type: ignore[union-attr]
            allowed_updates=dispatcher.resolve_used_update_types(),
            drop_pending_updates=False,
        )

    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    # SIGTERM: the site stops accepting, requests being handled finish (within the grace), then
    # the dispatcher's shutdown drains whatever still runs
    runner = web.AppRunner(app, shutdown_timeout=settings.shutdown_grace_s)
    try:
        await runner.setup()
        await web.TCPSite(runner, settings.webhook_host, settings.webhook_port).start()
        await set_webhook()  # only now: Telegram's first delivery finds the server listening
        log.info("webhook server listening on port %d", settings.webhook_port)
        await stop.wait()
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
        await runner.cleanup()
        await jobs.close()
