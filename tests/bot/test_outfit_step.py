"""The bot's outfit step (issue 7): after the background, keep one's own clothes or pick an outfit
from a contact sheet of one's own photo; the preview, its adjustments and the final files wear it.

Everything on the bot side is real (tests/test_conversation.py's set-up): aiogram against the fake
Bot API server, the in-process job broker and the engine on a sample selfie. One engine is shared
by the tests of this module, as a worker would share it. What a user receives is measured on the
pixels: the delivered photo is compared with a render of the same selfie without the outfit.
"""

from __future__ import annotations

import asyncio
import io
import itertools
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from aiogram import Dispatcher
from aiogram.fsm.storage.base import BaseStorage
from PIL import Image

from bot.app import build_bot, build_dispatcher
from bot.config import Settings
from bot.conversation.callbacks import (
    OWN_CLOTHES,
    AdjustCb,
    Move,
    Nav,
    NavCb,
    OutfitCb,
    OutfitFor,
    OutfitForCb,
)
from bot.conversation.texts import I18n
from bot.jobs.client import EngineJobs
from bot.jobs.engine_host import EngineHost
from bot.jobs.protocol import OutfitSheetRequest, RenderRequest
from bot.jobs.work import render_options
from bot.photos import PhotoStore
from engine.face_regions import FACE_OVAL
from engine.landmarks import CHIN
from engine.outfits import load_outfits
from specs import load_catalogue
from tests.conversation_script import Person, selfie
from tests.fake_telegram import FakeTelegramServer, RecordedRequest

TIE = "suit_tie_navy"  # the first suggestion on a white background: a burgundy tie shows where it lands


@dataclass
class Env:
    server: FakeTelegramServer
    i18n: I18n
    dispatcher: Dispatcher
    jobs: EngineJobs
    photos: PhotoStore
    host: EngineHost

    @property
    def storage(self) -> BaseStorage:
        return self.dispatcher.storage


@pytest.fixture(scope="module")
def host(model_dir: Path) -> Iterator[EngineHost]:
    """One engine for the module (models load once), like one worker serving many users."""
    engine_host = EngineHost(model_dir)
    yield engine_host
    engine_host.close()


@pytest.fixture
async def env(tmp_path: Path, host: EngineHost) -> AsyncIterator[Env]:
    server = FakeTelegramServer()
    await server.start()
    settings = Settings(
        bot_token=server.token,
        telegram_api_url=server.url,
        data_dir=tmp_path / "data",
        redis_url=None,
        free_mode=True,
    )
    photos = PhotoStore(settings.data_dir, settings.retention)
    jobs = EngineJobs.from_settings(settings, photos, host=host)
    dispatcher = build_dispatcher(settings, jobs=jobs, photos=photos)
    bot = build_bot(settings)
    polling = asyncio.create_task(dispatcher.start_polling(bot, handle_signals=False))
    try:
        yield Env(server, I18n(), dispatcher, jobs, photos, host)
    finally:
        try:
            await dispatcher.stop_polling()
            await asyncio.wait_for(polling, 10)
        finally:
            await jobs.close()
            await bot.session.close()
            await server.stop()


def rgb(request: RecordedRequest) -> np.ndarray:
    assert request.file is not None
    return np.asarray(Image.open(io.BytesIO(request.file.data)).convert("RGB"))


async def answer_text(me: Person, query_id: str) -> str | None:
    await me.user.wait_for(
        "answerCallbackQuery", predicate=lambda r: r.params["callback_query_id"] == query_id
    )
    answer = me.user.callback_answer(query_id)
    assert answer is not None
    return answer.get("text")


async def reach_outfit_offer(me: Person, samples_dir: Path, doc_id: str = "us_passport") -> RecordedRequest:
    """Consent, document, selfie, checks, the first background: up to the outfit offer."""
    await me.start_and_agree(f"doc_{doc_id}")
    await me.guide(doc_id)
    await me.user.send_photo(selfie(samples_dir))
    await me.checks_pass(doc_id)
    await me.choose_background(doc_id)
    offer = await me.expect("sendMessage", "outfit-offer")
    audiences = [OutfitForCb(doc=doc_id, audience=a).pack() for a in OutfitFor]
    assert me.buttons(offer) == [OutfitCb(doc=doc_id, id=OWN_CLOTHES).pack(), *audiences]
    return offer


async def open_sheet(
    me: Person, press: NavCb | OutfitForCb | None = None
) -> tuple[RecordedRequest, list[str]]:
    """Tap "Try outfits"; the contact sheet arrives as one photo with one numbered button per
    outfit, named in the user's language, then "keep my clothes". Returns it and the outfit ids."""
    query = await me.press(press or OutfitForCb(doc="us_passport", audience=OutfitFor.men))
    await me.expect_answer(query)
    status = await me.expect("sendMessage", "outfit-making")
    sheet = await me.expect("sendPhoto", "outfit-sheet-caption")
    await me.user.wait_for("deleteMessage", predicate=lambda r: r.params["message_id"] == status.message_id)
    buttons = [b for row in sheet.reply_markup["inline_keyboard"] for b in row]
    picks = [OutfitCb.unpack(b["callback_data"]) for b in buttons]
    assert picks[-1].id == OWN_CLOTHES and buttons[-1]["text"] == me.t("button-outfit-keep")
    ids = [p.id for p in picks[:-1]]
    assert 3 <= len(ids) <= 4 and set(ids) <= set(load_outfits().ids)
    names = [load_outfits().get(i).names.get(me.lang) for i in ids]
    assert [b["text"] for b in buttons[:-1]] == [f"{n} · {name}" for n, name in enumerate(names, 1)]
    return sheet, ids


def sheet_cells(image: np.ndarray, count: int) -> list[np.ndarray]:
    """The cells of a 2 × 2 (four) or one-row (three) contact sheet: 12 px gaps, 360 px cells."""
    columns = 2 if count == 4 else count
    cell_h = (image.shape[0] - 12) // -(-count // columns) - 12
    cells = []
    for i in range(count):
        r, c = divmod(i, columns)
        y, x = 12 + r * (cell_h + 12), 12 + c * (360 + 12)
        cells.append(image[y : y + cell_h, x : x + 360].astype(np.int16))
    return cells


def tie_pixels(photo: np.ndarray, from_row: float) -> int:
    """Pixels of the navy suit's burgundy tie (#7A1F2B, OpenCV hue 176) below `from_row` (under
    the chin, where the lips, the only other purplish red, are not)."""
    hsv = cv2.cvtColor(photo[round(from_row) :], cv2.COLOR_RGB2HSV).astype(np.int16)
    distance = np.abs(hsv[:, :, 0] - 176)
    hue = np.minimum(distance, 180 - distance)
    return int(((hue <= 5) & (hsv[:, :, 1] >= 130) & (hsv[:, :, 2] >= 50)).sum())


def above_jaw(points: np.ndarray, size: tuple[int, int], margin: int) -> np.ndarray:
    """Everything above the lower face contour (ear to chin to ear), shrunk by `margin` px."""
    start, end = FACE_OVAL.index(454), FACE_OVAL.index(234)
    contour = points[FACE_OVAL[start : end + 1]]
    w, h = size
    poly = np.vstack([[[w + 10, contour[0][1]]], contour, [[-10, contour[-1][1]], [-10, -10], [w + 10, -10]]])
    mask = np.zeros((h, w), np.uint8)
    cv2.fillPoly(mask, [np.round(poly).astype(np.int32)], 1)
    return cv2.erode(mask, np.ones((2 * margin + 1, 2 * margin + 1), np.uint8)).astype(bool)


async def reference(env: Env, samples_dir: Path, request: RenderRequest) -> dict[str, Any]:
    """The final photo of `request` rendered without an outfit, with its jaw and person measured
    on that photo by the engine's own face landmarker."""
    spec = load_catalogue().get(request.doc_id)
    data = selfie(samples_dir)
    options = render_options(spec, request.model_copy(update={"outfit": None}))

    def run(engine: Any) -> dict[str, Any]:
        ctx = engine.render(engine.analyze(data, spec, options))
        face = engine.faces.detector.detect(ctx.photo)[0]
        points = engine.faces.landmarker.measure(ctx.photo, face).points[:, :2]
        return {"photo": ctx.photo, "points": points, "person": ctx.alpha > 0.5}

    return await env.host.run(run)


# --- the happy path -----------------------------------------------------------------------------------


async def test_a_child_is_offered_only_childrens_clothes(env: Env, samples_dir: Path) -> None:
    """The offer asks whom the outfits are for; "for a child" shows no adult suit or blazer, and
    the choice holds for the sheet's retry too (it lives in the session)."""
    me = Person(env, 8090, language_code="ru")
    offer = await reach_outfit_offer(me, samples_dir)
    labels = [b["text"] for row in offer.reply_markup["inline_keyboard"] for b in row]
    assert labels[1:] == [me.t(f"button-outfit-try-{a.value}") for a in OutfitFor] and "🧒 Детские" in labels
    _, ids = await open_sheet(me, OutfitForCb(doc="us_passport", audience=OutfitFor.child))
    audiences = {load_outfits().get(i).audience.value for i in ids}
    assert audiences <= {"child", "any"} and "child" in audiences, ids
    assert (await me.session())["outfit_for"] == "child"


async def test_picked_outfit_is_worn_in_preview_adjustments_and_files(env: Env, samples_dir: Path) -> None:
    me = Person(env, 8100, language_code="es")
    await reach_outfit_offer(me, samples_dir)
    sheet, ids = await open_sheet(me)
    assert ids[0] == TIE

    # One picture of the user's own photo in each outfit: the same head, different clothes.
    image = rgb(sheet)
    assert image.shape[:2] == (756, 756)  # 2 × 2 cells of 360 px (a square US passport photo)
    cells = sheet_cells(image, len(ids))
    top, bottom = slice(60, 150), slice(300, 360)  # the face (below the badge); the clothes
    for a, b in itertools.combinations(cells, 2):  # JPEG noise on the face; ≥ 11 apart measured
        assert np.abs(a[top] - b[top]).mean() < 2
        assert np.abs(a[bottom] - b[bottom]).mean() > 8

    query = await me.press(OutfitCb(doc="us_passport", id=TIE))
    assert await answer_text(me, query) == load_outfits().get(TIE).names.es
    preview = await me.preview("us_passport")
    # the outfit is said plainly (its own line; the unaltered-photo reminder of a US passport follows)
    assert preview.text is not None and me.t("preview-synthesised-outfit") in preview.text.splitlines()
    plain = rgb(preview)
    assert (await me.session())["outfit"] == TIE
    assert tie_pixels(plain, 0.72 * plain.shape[0]) > 1000  # below the chin (~0.67 of the height)

    await me.press(AdjustCb(doc="us_passport", move=Move.bigger))  # adjusting keeps the outfit
    bigger = rgb(await me.preview("us_passport"))
    assert np.abs(bigger.astype(np.int16) - plain).mean() > 3  # re-rendered bigger
    assert tie_pixels(bigger, 0.72 * bigger.shape[0]) > 1000

    files = await me.get_files()
    assert files[0].file.filename == "photo.jpg"
    delivered = rgb(files[0])
    session = await me.session()
    assert session["outfit"] == TIE and session["zoom"] == 0.25

    # The same final photo without the outfit: identical above the jaw, new clothes below it.
    final = RenderRequest(
        selfie_key=session["selfie_key"], doc_id="us_passport", background=session["background"], zoom=0.25
    )
    ref = await reference(env, samples_dir, final.model_copy(update={"preview": False}))
    assert delivered.shape == ref["photo"].shape
    diff = np.abs(delivered.astype(np.int16) - ref["photo"].astype(np.int16)).max(axis=2)
    h, w = diff.shape
    untouched = above_jaw(ref["points"], (w, h), margin=3)
    chin_y = ref["points"][CHIN][1]
    clothes = ref["person"] & (np.arange(h)[:, None] > chin_y + 0.08 * h)
    assert clothes.sum() > 0.05 * h * w
    print(f"\nabove jaw: mean {diff[untouched].mean():.2f}, p99 {np.percentile(diff[untouched], 99):.0f}; "
          f"clothes: mean {diff[clothes].mean():.1f}, changed {(diff[clothes] > 30).mean():.2f}")  # fmt: skip
    assert diff[untouched].mean() < 1.5 and np.percentile(diff[untouched], 99) <= 12  # JPEG noise only
    assert (diff[clothes] > 30).mean() > 0.5
    assert tie_pixels(delivered, chin_y) > 1000 and tie_pixels(ref["photo"], chin_y) == 0

    # The sheet of the delivered document is stale now, and so on another document's offer.
    stale = await me.user.press(OutfitCb(doc="us_passport", id=ids[1]).pack(), message_id=sheet.message_id)
    await me.expect_answer(stale, "stale-button")
    await me.press(NavCb(to=Nav.another))
    await me.expect("sendMessage", "document-another")
    await me.search("India passport", "in_passport")  # one allowed colour: straight to the offer
    await me.checks_pass("in_passport")
    await me.expect("sendMessage", "style-single", colour=me.t("colour-white"))
    await me.expect("sendMessage", "outfit-offer")
    stale = await me.user.press(OutfitCb(doc="us_passport", id=ids[1]).pack(), message_id=sheet.message_id)
    await me.expect_answer(stale, "stale-button")
    assert (await me.session())["outfit"] is None
    await me.user.expect_silence(0.3, method="sendPhoto")
    env.server.assert_no_failures(ignore=["deleteMessage"])


# --- no offer where the rules forbid edits ----------------------------------------------------------------


async def test_no_edit_document_skips_the_outfit_offer(env: Env, samples_dir: Path) -> None:
    me = Person(env, 8200)
    await me.start_and_agree("doc_de_passport")  # German passport: no edited photos at all
    await me.guide("de_passport")
    await me.user.send_photo(selfie(samples_dir))
    await me.checks_pass("de_passport")
    await me.expect("sendMessage", "style-real-background")
    await me.expect("sendMessage", "preview-making")  # no offer in between
    photo = await me.expect("sendPhoto")
    assert me.t("outfit-offer") not in [r.text for r in env.server.requests_for(me.user.chat_id)]
    assert not [b for b in me.buttons(photo) if b.startswith(("o:", "of:", NavCb(to=Nav.outfit_try).pack()))]

    # Forged outfit buttons on the preview are refused politely; nothing is rendered.
    forged_try = OutfitForCb(doc="de_passport", audience=OutfitFor.men).pack()
    for forged in (OutfitCb(doc="de_passport", id=TIE).pack(), NavCb(to=Nav.outfit_try).pack(), forged_try):
        query = await me.user.press(forged, message_id=photo.message_id)
        await me.expect_answer(query, "stale-button")
    await me.user.expect_silence(0.3, method="sendPhoto")
    assert (await me.session()).get("outfit") is None
    assert "outfit_sheet.started" not in await env.jobs.counts()


# --- stale, forged and changed choices --------------------------------------------------------------------


async def test_outfit_buttons_stay_polite_and_switch_the_preview(env: Env, samples_dir: Path) -> None:
    me = Person(env, 8300, language_code="ru")
    offer = await reach_outfit_offer(me, samples_dir)
    sheet, ids = await open_sheet(me)

    # An outfit the catalogue does not have (a forged or withdrawn one): polite, nothing rendered.
    forged = await me.user.press(
        OutfitCb(doc="us_passport", id="ball_gown").pack(), message_id=sheet.message_id
    )
    await me.expect_answer(forged, "stale-button")
    other_doc = await me.user.press(
        OutfitCb(doc="uk_passport", id=ids[0]).pack(), message_id=sheet.message_id
    )
    await me.expect_answer(other_doc, "stale-button")
    await me.user.expect_silence(0.3, method="sendMessage")

    # Keep my clothes (from the offer), then change one's mind on the sheet while the preview shows.
    query = await me.user.press(
        OutfitCb(doc="us_passport", id=OWN_CLOTHES).pack(), message_id=offer.message_id
    )
    assert await answer_text(me, query) == me.t("outfit-own-clothes")
    own = rgb(await me.preview("us_passport"))
    assert (await me.session())["outfit"] is None
    await me.user.press(OutfitCb(doc="us_passport", id=ids[1]).pack(), message_id=sheet.message_id)
    dressed = rgb(await me.preview("us_passport"))
    assert (await me.session())["outfit"] == ids[1]
    assert np.abs(dressed[-150:].astype(np.int16) - own[-150:]).mean() > 15  # new clothes at the bottom
    again = await me.user.press(OutfitCb(doc="us_passport", id=ids[1]).pack(), message_id=sheet.message_id)
    await me.expect_answer(again)
    await me.user.expect_silence(0.5, method="sendPhoto")  # already shown: no second preview

    # The sheet again from the offer: the same job, answered from its stored result.
    await open_sheet(me)
    counts = await env.jobs.counts()
    assert counts["outfit_sheet.started"] == 1 and counts.get("outfit_sheet.skipped", 0) == 0

    # After /cancel every outfit button is stale.
    await me.user.send_command("cancel")
    await me.expect("sendMessage", "cancelled")
    for data in (OutfitCb(doc="us_passport", id=ids[0]).pack(), NavCb(to=Nav.outfit_try).pack()):
        query = await me.user.press(data, message_id=sheet.message_id)
        await me.expect_answer(query, "stale-button")
    env.server.assert_no_failures(ignore=["deleteMessage"])


# --- the job layer ----------------------------------------------------------------------------------------


def test_job_ids_cover_the_outfit(tmp_path: Path, samples_dir: Path, host: EngineHost) -> None:
    settings = Settings(bot_token="42:TEST", data_dir=tmp_path, redis_url=None)
    photos = PhotoStore(settings.data_dir, settings.retention)
    key = photos.put_selfie(8400, selfie(samples_dir))
    jobs = EngineJobs.from_settings(settings, photos, host=host)
    plain = RenderRequest(selfie_key=key, doc_id="us_passport")
    ids = {
        jobs.render_job_id(plain),
        jobs.render_job_id(plain.model_copy(update={"outfit": TIE})),
        jobs.render_job_id(plain.model_copy(update={"outfit": "dark_top"})),
        jobs.outfit_sheet_job_id(OutfitSheetRequest(selfie_key=key, doc_id="us_passport")),
        jobs.outfit_sheet_job_id(OutfitSheetRequest(selfie_key=key, doc_id="us_passport", outfits=[TIE])),
    }
    assert len(ids) == 5
    assert jobs.render_job_id(plain.model_copy(update={"outfit": TIE})) == jobs.render_job_id(
        RenderRequest(selfie_key=key, doc_id="us_passport", outfit=TIE)
    )
    assert OWN_CLOTHES not in load_outfits().ids
