"""The camera guide in a real browser: Debian's headless Chromium, its camera a Y4M stream made
from a real selfie, the page served by the real bot, the upload going into the real conversation
(fake Telegram server, embedded engine). The streams are framed from the figures the bot serves
(GET /webapp/guide), so "good" means inside the document's own bands and "bad" misses them.

Screenshots of the page with its overlay are kept in the notes folder for the closing note.
"""

from __future__ import annotations

import io
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from PIL import Image

from bot.conversation.callbacks import DocCb
from bot.conversation.naming import document_name
from specs import load_catalogue
from tests.conversation_script import SELFIE, Person
from tests.webapp_stage import (
    THEME,
    Stage,
    chromium,
    compose,
    init_data,
    page_url,
    wait_state,
    webapp_stage,
    write_y4m,
)

pytestmark = pytest.mark.e2e  # a browser, the bot and its servers
CAMERA = (720, 960)  # a portrait phone stream
NOTES = Path("/work/notes")
MODEL = "mediapipe/face_landmarker.task"


@pytest.fixture
async def stage(tmp_path: Path) -> AsyncIterator[Stage]:
    async with webapp_stage(tmp_path) as running:
        yield running


async def fetch_guide(stage: Stage, doc_id: str, lang: str) -> dict[str, Any]:
    query = {"doc": doc_id, "lang": lang}
    async with aiohttp.ClientSession() as http, http.get(stage.url + "guide", params=query) as r:
        assert r.status == 200
        return dict(await r.json())


def eye_band(guide: dict[str, Any]) -> list[float]:
    return guide["eye_band"] or [guide["eye_line"], guide["eye_line"]]


def stream(
    tmp_path: Path, samples_dir: Path, model_dir: Path, guide: dict[str, Any], name: str, **framing: float
) -> Path:
    image = compose(samples_dir / SELFIE, model_dir / MODEL, guide, CAMERA, **framing)  # type: ignore[arg-type]
    return write_y4m(image, tmp_path / f"{name}.y4m")


def keep_screenshot(path: Path, name: str) -> None:
    """Copy a screenshot into the notes folder (where the closing note picks it up), when it exists."""
    if NOTES.is_dir():
        (NOTES / name).write_bytes(path.read_bytes())


async def open_guide(me: Person, doc_id: str) -> str:
    """/start, consent, the document, then the camera guide button's URL from the capture step."""
    await me.start_and_agree()
    await me.expect("sendMessage", "document-prompt")
    await me.press(DocCb(id=doc_id))
    spec = load_catalogue().get(doc_id)
    await me.expect("sendPhoto", "capture-example", document=document_name(spec, me.lang))
    guide = await me.expect("sendMessage")
    buttons = [b for row in (guide.reply_markup or {}).get("inline_keyboard", []) for b in row]
    urls = [b["web_app"]["url"] for b in buttons if "web_app" in b]
    assert len(urls) == 1
    return str(urls[0])


@pytest.mark.parametrize(
    ("name", "framing", "hint"),
    [
        ("far", {"head_share": 0.2, "eye_row": 0.3}, "closer"),  # a small head: come closer
        ("high", {"head_share": None, "eye_row": 0.1}, "raise"),  # eyes above the band: raise the phone
    ],
)
async def test_badly_framed_stream_gets_a_hint_in_the_users_language(
    stage: Stage,
    tmp_path: Path,
    samples_dir: Path,
    model_dir: Path,
    name: str,
    framing: dict[str, Any],
    hint: str,
) -> None:
    doc_id, lang = "us_passport", "ru"
    guide = await fetch_guide(stage, doc_id, lang)
    framing = {**framing, "head_share": framing["head_share"] or sum(guide["head"]) / 2}
    camera = stream(tmp_path, samples_dir, model_dir, guide, name, **framing)
    url = page_url(f"{stage.url}?doc={doc_id}&lang={lang}", init_data(stage.token, 7001, language_code="ru"))
    async with chromium(tmp_path / f"profile-{name}", camera) as page:
        await page.goto(url)
        state = await wait_state(page, f"s.phase === 'live' && s.runs >= 5 && s.hint === '{hint}'")
        assert state["faces"] >= 1 and state["error"] is None
        assert state["size"] == {"width": CAMERA[0], "height": CAMERA[1]}
        # the landmarks see what the stream was made to show
        assert state["measures"]["head"] == pytest.approx(framing["head_share"], abs=0.03)
        assert state["measures"]["eyeRow"] == pytest.approx(framing["eye_row"], abs=0.03)
        assert await page.text_content("#hint") == stage.env.i18n.t(lang, f"webapp-hint-{hint}")
        # Telegram's theme, from the URL fragment alone (telegram.org is unreachable here)
        background = await page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background == "rgb({}, {}, {})".format(*bytes.fromhex(THEME["bg_color"][1:]))
        assert await page.evaluate("document.documentElement.lang") == lang
        shot = tmp_path / f"{name}.png"
        await page.screenshot(path=str(shot))
        keep_screenshot(shot, f"webapp_hint_{hint}.png")
        # it keeps guiding and never captures a badly framed face
        await page.wait_for_timeout(guide["tuning"]["hold_ms"] * 2)
        state = await wait_state(page, "true")
        assert state["phase"] == "live" and state["captured"] is None and state["hint"] == hint


GLASSES = "g002_instantid_kaifu.jpg"  # the gallery labels him with glasses on


@pytest.mark.parametrize(("doc_id", "told"), [("us_passport", True), ("schengen_visa", False)])
async def test_glasses_are_pointed_out_only_where_the_document_forbids_them(
    stage: Stage, tmp_path: Path, gallery_dir: Path, model_dir: Path, doc_id: str, told: bool
) -> None:
    guide = await fetch_guide(stage, doc_id, "en")
    assert guide["glasses_forbidden"] is told
    framing = {"head_share": sum(guide["head"]) / 2, "eye_row": sum(eye_band(guide)) / 2}
    image = compose(gallery_dir / GLASSES, model_dir / MODEL, guide, CAMERA, **framing)
    camera = write_y4m(image, tmp_path / "glasses.y4m")
    url = page_url(f"{stage.url}?doc={doc_id}&lang=en", init_data(stage.token, 7004))
    async with chromium(tmp_path / "profile-glasses", camera) as page:
        await page.goto(url)
        state = await wait_state(page, "s.runs >= 5 || s.phase !== 'live' && s.phase !== 'loading'")
        assert state["measures"]["failed"]["glasses"] is told
        if told:
            assert state["hint"] == "glasses" and state["phase"] == "live"
            shot = tmp_path / "glasses.png"
            await page.screenshot(path=str(shot))
            keep_screenshot(shot, "webapp_hint_glasses.png")
        else:  # the same framing, glasses allowed: captured (and refused: user 7004 never agreed)
            state = await wait_state(page, "s.phase === 'failed' || s.phase === 'sent'")
            assert state["captured"] == "auto" and state["upload"]["status"] == 403


async def test_good_stream_is_captured_uploaded_and_checked_in_the_chat(
    stage: Stage, tmp_path: Path, samples_dir: Path, model_dir: Path
) -> None:
    doc_id = "us_passport"
    me = Person(stage.env, 7002)
    button_url = await open_guide(me, doc_id)
    assert button_url.startswith(stage.url)
    guide = await fetch_guide(stage, doc_id, "en")
    camera = stream(
        tmp_path,
        samples_dir,
        model_dir,
        guide,
        "good",
        head_share=sum(guide["head"]) / 2,
        eye_row=sum(eye_band(guide)) / 2,
    )
    async with chromium(tmp_path / "profile-good", camera) as page:
        await page.goto(page_url(button_url, init_data(stage.token, 7002)))
        await wait_state(page, "s.phase === 'live' && s.hint === 'good'")
        shot = tmp_path / "good.png"
        await page.screenshot(path=str(shot))
        keep_screenshot(shot, "webapp_good.png")
        state = await wait_state(page, "s.phase === 'sent' || s.phase === 'failed'")
        assert state["captured"] == "auto"
        assert state["upload"] == {"status": 202, "body": {"ok": True}}
        assert (state["shot"]["width"], state["shot"]["height"]) == CAMERA  # the stream's full resolution
        assert await page.text_content("#hint") == me.t("webapp-sent")
        sent = tmp_path / "sent.png"
        await page.screenshot(path=str(sent))
        keep_screenshot(sent, "webapp_sent.png")
    # the chat moves to the checks of that very photo, as for a photo sent in the chat
    name = document_name(load_catalogue().get(doc_id), me.lang)
    status = await me.expect("sendMessage", "checks-running", document=name)
    outcome = await me.user.wait_for("editMessageText", timeout=120)
    assert outcome.message_id == status.message_id
    session = await me.session()
    assert session["selfie_key"] is not None
    selfie = Image.open(io.BytesIO(stage.env.photos.selfie_bytes(session["selfie_key"])))
    assert selfie.size == CAMERA


async def test_tap_captures_even_without_landmarks_and_consent_is_asked_in_the_chat(
    stage: Stage, tmp_path: Path, samples_dir: Path, model_dir: Path
) -> None:
    """The model unreachable: no hints, but the template is drawn and a tap still takes the photo;
    this user never agreed, so the upload is refused and the chat shows the consent card."""
    me = Person(stage.env, 7005)
    guide = await fetch_guide(stage, "us_passport", "en")
    camera = stream(tmp_path, samples_dir, model_dir, guide, "tap", head_share=0.2, eye_row=0.3)
    url = page_url(f"{stage.url}?doc=us_passport&lang=en", init_data(stage.token, 7005))
    async with chromium(tmp_path / "profile-tap", camera) as page:
        await page.route("**/model/face_landmarker.task", lambda route: route.abort())
        await page.goto(url)
        state = await wait_state(page, "s.phase === 'live' && s.frame !== null")
        assert state["error"] is not None and state["error"].startswith("landmarks")
        assert state["runs"] == 0 and state["hint"] is None
        await page.click("#capture")
        state = await wait_state(page, "s.phase === 'failed' || s.phase === 'sent'")
        assert state["captured"] == "tap"
        assert state["upload"] == {"status": 403, "body": {"ok": False, "error": "consent"}}
        assert await page.text_content("#hint") == me.t("webapp-consent")
    await me.expect("sendMessage", "consent-needed")
    await me.expect("sendMessage", "consent-card", hours=24)


@pytest.mark.parametrize("kind", ["forged", "expired"])
async def test_page_upload_with_forged_or_expired_initdata_is_refused(
    stage: Stage, tmp_path: Path, samples_dir: Path, model_dir: Path, kind: str
) -> None:
    doc_id = "us_passport"
    me = Person(stage.env, 7003)
    button_url = await open_guide(me, doc_id)
    guide = await fetch_guide(stage, doc_id, "en")
    camera = stream(
        tmp_path,
        samples_dir,
        model_dir,
        guide,
        kind,
        head_share=sum(guide["head"]) / 2,
        eye_row=sum(eye_band(guide)) / 2,
    )
    max_age = stage.env.settings.webapp_init_max_age_s
    init = {
        "forged": init_data("42:not-this-bots-token", 7003),
        "expired": init_data(stage.token, 7003, auth_date=time.time() - max_age - 60),
    }[kind]
    async with chromium(tmp_path / f"profile-{kind}", camera) as page:
        await page.goto(page_url(button_url, init))
        state = await wait_state(page, "s.phase === 'sent' || s.phase === 'failed'")
        assert state["captured"] == "auto"
        assert state["upload"]["status"] == 401 and state["upload"]["body"]["error"] == "initdata"
        assert state["phase"] == "failed"
        assert await page.text_content("#hint") == me.t("webapp-expired")
    await me.user.expect_silence(1.5)  # no checks, no message: nothing reached the conversation
    assert (await me.session()).get("selfie_key") is None
