"""The runtime wiring: bot session, storage, dispatcher services, polling and webhook runners.

The real aiogram Bot talks to the fake Telegram server on loopback (tests/fake_telegram); the
conversation's own routers answer /start, so these tests prove the pieces are connected, not what
the conversation says (tests/test_conversation.py does that).
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import aiohttp
import pytest
from aiogram import Bot, F, Router
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.memory import MemoryStorage, SimpleEventIsolation
from aiogram.fsm.storage.redis import RedisEventIsolation, RedisStorage
from aiogram.types import Message
from pydantic import SecretStr

from bot.app import build_bot, build_dispatcher, build_isolation, build_storage, run_polling, run_webhook
from bot.command_menu import COMMANDS
from bot.config import Settings
from bot.conversation.texts import I18n
from bot.jobs.client import EngineJobs
from bot.photos import PhotoStore
from tests.fake_telegram import FakeTelegramServer, FakeUser
from tests.local_server import free_port

DAY = 86400


def settings_for(server: FakeTelegramServer, tmp_path: Path, **extra: object) -> Settings:
    return Settings(
        bot_token=server.token,
        telegram_api_url=server.url,
        data_dir=tmp_path / "data",
        redis_url=None,
        **extra,
    )


def expired_selfie(photos: PhotoStore) -> str:
    key = photos.put_selfie(77, b"an old upload")
    past = time.time() - 2 * DAY
    for path in photos.user_dir(77).rglob("*"):
        os.utime(path, (past, past))
    return key


def test_bot_points_at_the_configured_api_with_html_default(tmp_path: Path) -> None:
    settings = Settings(bot_token="42:TEST", telegram_api_url="http://127.0.0.1:9/", data_dir=tmp_path)
    bot = build_bot(settings)
    assert bot.session.api.api_url(bot.token, "getMe") == "http://127.0.0.1:9/bot42:TEST/getMe"
    assert bot.default.parse_mode == ParseMode.HTML
    plain = build_bot(Settings(bot_token="42:TEST", data_dir=tmp_path))
    assert plain.session.api.api_url("1:x", "getMe").startswith("https://api.telegram.org/")


async def test_storage_is_redis_when_configured_and_survives_a_restart(
    tmp_path: Path, redis_url: str, redis_prefix: str
) -> None:
    memory = build_storage(Settings(bot_token="42:TEST", redis_url=None, data_dir=tmp_path))
    assert isinstance(memory, MemoryStorage)
    assert isinstance(build_isolation(memory).inner, SimpleEventIsolation)

    settings = Settings(
        bot_token="42:TEST", redis_url=redis_url, redis_prefix=redis_prefix, data_dir=tmp_path
    )
    key = StorageKey(bot_id=42, chat_id=5, user_id=5)
    first = build_storage(settings)
    assert isinstance(first, RedisStorage)
    assert isinstance(build_isolation(first).inner, RedisEventIsolation)
    await first.set_state(key, "Flow:preview")
    await first.set_data(key, {"lang": "ru"})
    await first.close()
    second = build_storage(settings)  # a restarted process
    try:
        assert await second.get_state(key) == "Flow:preview"
        assert await second.get_data(key) == {"lang": "ru"}
        keys = [k.decode() async for k in second.redis.scan_iter(f"{redis_prefix}:fsm:*")]
        assert keys and 0 < await second.redis.ttl(keys[0]) <= settings.state_ttl_days * DAY
    finally:
        await second.close()


async def test_dispatcher_injects_services(tmp_path: Path) -> None:
    async with FakeTelegramServer() as server:
        settings = settings_for(server, tmp_path)
        photos = PhotoStore(settings.data_dir, settings.retention)
        jobs = EngineJobs.from_settings(settings, photos)
        seen: dict[str, object] = {}
        probe = Router()

        @probe.message(F.text == "/probe")
        async def on_probe(message: Message, bot: Bot, **services: object) -> None:
            seen.update(services)
            await message.answer("<b>ok</b>")

        dispatcher = build_dispatcher(settings, jobs=jobs, photos=photos, routers=[probe])
        bot = build_bot(settings)
        user = FakeUser(server, 901)
        polling = asyncio.create_task(dispatcher.start_polling(bot, handle_signals=False))
        try:
            await user.send_text("/probe")
            reply = await user.wait_for("sendMessage")
            assert reply.params["parse_mode"] == "HTML"
        finally:
            await dispatcher.stop_polling()
            await polling
            await jobs.close()
        assert seen["jobs"] is jobs and seen["photos"] is photos and seen["settings"] is settings
        assert len(seen["catalogue"]) > 100  # specs.load_catalogue()
        assert isinstance(seen["i18n"], I18n)


async def test_polling_runner_sets_menus_sweeps_and_answers(tmp_path: Path) -> None:
    async with FakeTelegramServer() as server:
        settings = settings_for(server, tmp_path, sweep_interval_s=3600)
        photos = PhotoStore(settings.data_dir, settings.retention)
        old = expired_selfie(photos)
        stop = asyncio.Event()
        runner = asyncio.create_task(run_polling(settings, stop))
        try:
            user = FakeUser(server, 902, language_code="ru")
            await user.send_command("start")
            await user.wait_for("sendMessage")
        finally:
            stop.set()
            await asyncio.wait_for(runner, 15)

        assert not photos.has_selfie(old)  # the retention sweeper ran at start
        i18n = I18n()
        english = server.commands("")
        assert [c["command"] for c in english] == list(COMMANDS)
        assert english[0]["description"] == i18n.t("en", "cmd-start")
        for lang in i18n.languages:
            menu = server.commands(lang)
            assert [c["command"] for c in menu] == list(COMMANDS)
            assert [c["description"] for c in menu] == [i18n.t(lang, f"cmd-{name}") for name in COMMANDS]
        assert server.commands("ru")[0]["description"] != english[0]["description"]


async def test_webhook_runner_requires_the_secret(tmp_path: Path) -> None:
    async with FakeTelegramServer() as server:
        port = free_port()
        settings = settings_for(
            server,
            tmp_path,
            webhook_url=f"http://127.0.0.1:{port}/telegram/hook",
            webhook_secret="s3cret_Token-1",
            webhook_host="127.0.0.1",
            webhook_port=port,
        )
        stop = asyncio.Event()
        runner = asyncio.create_task(run_webhook(settings, stop))
        try:
            registered = await server.wait_for("setWebhook")
            assert registered.params["url"] == settings.webhook_url
            assert registered.params["secret_token"] == "s3cret_Token-1"

            update = {
                "update_id": 1,
                "message": {
                    "message_id": 1,
                    "date": int(time.time()),
                    "chat": {"id": 903, "type": "private"},
                    "from": {"id": 903, "is_bot": False, "first_name": "Eve"},
                    "text": "/start",
                },
            }
            async with aiohttp.ClientSession() as http:
                for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "guess"}):
                    async with http.post(str(settings.webhook_url), json=update, headers=headers) as response:
                        assert response.status == 401
            await asyncio.sleep(0.2)
            assert not server.requests_for(903)  # the forged update reached no handler

            user = FakeUser(server, 904, language_code="es")
            await user.send_command("start")  # delivered by the fake with the secret header
            await user.wait_for("sendMessage")
            assert not server.webhook_failures
        finally:
            stop.set()
            await asyncio.wait_for(runner, 15)


def test_webhook_needs_url_and_secret(tmp_path: Path) -> None:
    from bot.app import build_webhook_app
    from bot.config import ConfigError

    settings = Settings(bot_token="42:TEST", data_dir=tmp_path, webhook_url="https://x.example/hook")
    bot = build_bot(settings)
    photos = PhotoStore(tmp_path, settings.retention)
    dispatcher = build_dispatcher(
        settings, jobs=EngineJobs.from_settings(settings, photos), photos=photos, routers=[]
    )
    with pytest.raises(ConfigError, match="WEBHOOK_SECRET"):
        build_webhook_app(settings, bot, dispatcher)
    with pytest.raises(ConfigError, match="WEBHOOK_URL"):
        build_webhook_app(
            settings.model_copy(update={"webhook_url": None, "webhook_secret": SecretStr("s")}),
            bot,
            dispatcher,
        )
