"""The camera guide's server side over real HTTP: the page and its files, the document figures,
the capture step's button, and every refusal of POST /webapp/upload, with the real bot behind it
polling the fake Telegram server (tests/webapp_stage.py). No browser and no engine job here: the
browser tests (test_webapp_browser.py) take a photo all the way to the checks.
"""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest
from PIL import Image

from bot.app import run_polling, run_webhook
from bot.config import ConfigError, Settings, load_settings
from bot.conversation.callbacks import DocCb
from bot.conversation.naming import document_name
from bot.webapp.guide import HINTS, PAGE
from bot.webapp.routes import LANDMARKER, STATIC
from bot.webapp.upload import INIT_DATA_HEADER
from specs import load_catalogue
from specs.template import layout
from tests.conversation_script import Person
from tests.fake_telegram import FakeTelegramServer
from tests.local_server import free_port
from tests.running_bot import RunningBot
from tests.webapp_stage import Stage, init_data, webapp_stage

pytestmark = pytest.mark.e2e  # the bot, the fake Telegram server and the Mini App server, over loopback


def small_jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 180, 160)).save(buffer, format="JPEG")
    return buffer.getvalue()


@pytest.fixture
async def stage(tmp_path: Path) -> AsyncIterator[Stage]:
    async with webapp_stage(tmp_path, webapp_uploads_per_min=2) as running:
        yield running


async def post(
    stage: Stage, data: bytes, init: str | None, content_type: str = "image/jpeg"
) -> aiohttp.ClientResponse:
    headers = {"Content-Type": content_type}
    if init is not None:
        headers[INIT_DATA_HEADER] = init
    async with (
        aiohttp.ClientSession() as http,
        http.post(stage.url + "upload", data=data, headers=headers) as r,
    ):
        await r.read()
        return r


# --- the page, its files, the figures --------------------------------------------------------------


async def test_page_scripts_and_model_come_from_the_bot(stage: Stage, model_dir: Path) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(stage.url) as r:
            assert r.status == 200 and "static/app.js" in await r.text()
        for name in ("static/app.js", "static/hints.js", "static/vendor/vision_bundle.mjs"):
            async with http.get(stage.url + name) as r:
                assert r.status == 200, name
        async with http.get(stage.url + "static/vendor/wasm/vision_wasm_internal.wasm") as r:
            assert r.status == 200 and (await r.read())[:4] == b"\0asm"
        async with http.get(stage.url + "model/face_landmarker.task") as r:
            assert r.status == 200 and await r.read() == (model_dir / LANDMARKER).read_bytes()
    # nothing is fetched from a CDN: the only outside address is Telegram's own optional script
    for path in STATIC.glob("*.*"):
        text = path.read_text()
        for host in ("cdn.", "jsdelivr", "unpkg", "googleapis", "gstatic"):
            assert host not in text, f"{path.name} names {host}"


@pytest.mark.parametrize(
    ("doc_id", "lang"), [("us_passport", "en"), ("schengen_visa", "ru"), ("cn_visa_online", "ar")]
)
async def test_guide_figures_are_the_documents_own(stage: Stage, doc_id: str, lang: str) -> None:
    spec = load_catalogue().get(doc_id)
    async with (
        aiohttp.ClientSession() as http,
        http.get(stage.url + "guide", params={"doc": doc_id, "lang": lang}) as r,
    ):
        assert r.status == 200
        guide = await r.json()
    lay = layout(spec)
    head = spec.frame().head_height
    assert guide["aspect"] == pytest.approx(lay.width / lay.height)
    assert guide["head"] == pytest.approx([head.min, head.max])
    assert guide["crown"] == pytest.approx([row / lay.height for row in lay.crown_rows])
    assert guide["chin"] == pytest.approx([row / lay.height for row in lay.chin_rows])
    assert guide["eye_line"] == pytest.approx(lay.eye_line / lay.height)
    if lay.eye_band is not None:
        assert guide["eye_band"][0] == pytest.approx((lay.eye_band.top or 0) / lay.height)
    assert guide["max_roll"] == spec.policy.max_roll_deg
    assert guide["glasses_forbidden"] == (spec.policy.glasses.value == "forbidden")
    assert guide["document"] == document_name(spec, lang)
    assert guide["rtl"] == (lang == "ar")
    texts = guide["texts"]
    assert set(texts) == {*PAGE, *(f"hint-{h}" for h in HINTS)}
    assert texts["hint-closer"] == stage.env.i18n.t(lang, "webapp-hint-closer")


async def test_unknown_document_is_404(stage: Stage) -> None:
    async with aiohttp.ClientSession() as http, http.get(stage.url + "guide", params={"doc": "nope"}) as r:
        assert r.status == 404


# --- the button ----------------------------------------------------------------------------------


async def guide_message(person: Person, doc_id: str) -> dict:
    await person.start_and_agree()
    await person.expect("sendMessage", "document-prompt")
    await person.press(DocCb(id=doc_id))
    await person.expect(
        "sendPhoto", "capture-example", document=document_name(load_catalogue().get(doc_id), person.lang)
    )
    guide = await person.expect("sendMessage")
    return guide.reply_markup or {}


async def test_capture_step_offers_the_camera_guide_in_the_users_language(stage: Stage) -> None:
    me = Person(stage.env, 6101, language_code="uk")
    markup = await guide_message(me, "us_passport")
    buttons = [b for row in markup["inline_keyboard"] for b in row]
    camera = [b for b in buttons if "web_app" in b]
    assert len(camera) == 1 and camera[0]["text"] == me.t("button-camera-guide")
    url = urlsplit(camera[0]["web_app"]["url"])
    assert f"{url.scheme}://{url.netloc}{url.path}" == stage.url
    assert parse_qs(url.query) == {"doc": ["us_passport"], "lang": ["uk"]}
    assert any("callback_data" in b for b in buttons)  # "another document" stays beside it


async def test_no_camera_guide_button_without_webapp_url(tmp_path: Path) -> None:
    async with RunningBot(tmp_path) as env:
        me = Person(env, 6102)
        markup = await guide_message(me, "us_passport")
        assert not any("web_app" in b for row in markup["inline_keyboard"] for b in row)


# --- the upload's refusals -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["forged", "other-bot", "expired", "missing"])
async def test_upload_without_valid_initdata_is_refused_and_the_chat_stays_silent(
    stage: Stage, kind: str
) -> None:
    me = Person(stage.env, 6103)
    await me.start_and_agree()
    await me.expect("sendMessage", "document-prompt")
    good = init_data(stage.token, 6103)
    init = {
        "forged": good.replace("6103", "6104"),
        "other-bot": init_data("777:another-bot-token", 6103),
        "expired": init_data(
            stage.token, 6103, auth_date=time.time() - stage.env.settings.webapp_init_max_age_s - 5
        ),
        "missing": None,
    }[kind]
    response = await post(stage, small_jpeg(), init)
    assert response.status == 401
    await me.user.expect_silence(1.0)
    assert not (stage.env.photos.user_dir(6103) / "selfies").exists()


async def test_upload_before_consent_is_refused_and_the_chat_asks_for_it(stage: Stage) -> None:
    me = Person(stage.env, 6105)
    await me.user.send_command("start")
    await me.expect("sendMessage", "start-welcome")
    await me.expect("sendMessage", "consent-card", hours=24)
    response = await post(stage, small_jpeg(), init_data(stage.token, 6105))
    assert response.status == 403
    await me.expect("sendMessage", "consent-needed")
    await me.expect("sendMessage", "consent-card", hours=24)
    assert not (stage.env.photos.user_dir(6105) / "selfies").exists()


async def test_upload_type_size_and_rate_are_limited(stage: Stage) -> None:
    init = init_data(stage.token, 6106)
    assert (await post(stage, b"%PDF-1.4", init, "application/pdf")).status == 415
    too_big = b"\xff\xd8" + bytes(int(stage.env.settings.max_file_mb * 1024 * 1024))
    assert (await post(stage, too_big, init)).status == 413
    # WEBAPP_UPLOADS_PER_MIN=2: the third upload within a minute is turned away (before consent is asked)
    statuses = [(await post(stage, small_jpeg(), init)).status for _ in range(3)]
    assert statuses == [403, 403, 429]


# --- both runners serve it ---------------------------------------------------------------------------


async def served(url: str, token: str) -> tuple[int, int]:
    """(GET guide status, POST upload status with forged initData) against a running runner."""
    async with aiohttp.ClientSession() as http:
        for _ in range(100):  # the runner is starting
            try:
                async with http.get(url + "guide", params={"doc": "us_passport"}) as r:
                    guide = r.status
                    break
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.1)
        else:
            pytest.fail(f"nothing listens at {url}")
        forged = init_data("1:another-token", 1)
        async with http.post(url + "upload", data=small_jpeg(), headers={INIT_DATA_HEADER: forged}) as r:
            return guide, r.status


async def test_polling_runner_serves_the_camera_guide_on_its_own_port(tmp_path: Path) -> None:
    async with FakeTelegramServer() as server:
        port = free_port()
        url = f"http://127.0.0.1:{port}/webapp/"
        settings = Settings(
            bot_token=server.token,
            telegram_api_url=server.url,
            data_dir=tmp_path / "data",
            webapp_url=url,
            webapp_host="127.0.0.1",
            webapp_port=port,
        )
        stop = asyncio.Event()
        runner = asyncio.create_task(run_polling(settings, stop))
        try:
            assert await served(url, server.token) == (200, 401)
        finally:
            stop.set()
            await asyncio.wait_for(runner, 15)


async def test_webhook_runner_serves_the_camera_guide_beside_the_webhook(tmp_path: Path) -> None:
    async with FakeTelegramServer() as server:
        port = free_port()
        settings = Settings(
            bot_token=server.token,
            telegram_api_url=server.url,
            data_dir=tmp_path / "data",
            webhook_url=f"http://127.0.0.1:{port}/telegram/hook",
            webhook_secret="s3cret",
            webhook_host="127.0.0.1",
            webhook_port=port,
            webapp_url="https://bot.example/webapp/",  # published by the TLS proxy in front
        )
        stop = asyncio.Event()
        runner = asyncio.create_task(run_webhook(settings, stop))
        try:
            assert await served(f"http://127.0.0.1:{port}/webapp/", server.token) == (200, 401)
        finally:
            stop.set()
            await asyncio.wait_for(runner, 15)


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://bot.example/webapp/", True),
        ("http://127.0.0.1:8081/webapp/", True),
        ("http://bot.example/webapp/", False),  # Telegram opens https only
        ("https://bot.example/camera/", False),  # the bot serves the page under /webapp/
    ],
)
def test_webapp_url_must_be_https_under_webapp(url: str, ok: bool) -> None:
    if ok:
        assert load_settings(bot_token="1:x", webapp_url=url).webapp_url == url
    else:
        with pytest.raises(ConfigError, match="WEBAPP_URL"):
            load_settings(bot_token="1:x", webapp_url=url)
