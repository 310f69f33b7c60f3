"""Scripted conversations: a fake user talks to the real bot through the fake Telegram server.

Everything on the bot side is real: aiogram's Bot and Dispatcher from bot.app.build_dispatcher, the
in-memory job broker, the engine on the sample selfies and the Fluent catalogues. Each step waits
for the exact Bot API call a phone would see and checks its text against the user's catalogue.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PIL import Image

from bot.conversation.callbacks import (
    AdjustCb,
    CountriesCb,
    CountryCb,
    DocCb,
    LangCb,
    Move,
    Nav,
    NavCb,
)
from bot.conversation.naming import document_name
from bot.conversation.policy import preview_note
from bot.conversation.progress import working
from bot.conversation.screens import colour_list
from bot.conversation.session import Session, render_request
from bot.conversation.texts import LANGUAGES, Translator
from specs import load_catalogue
from tests.conversation_script import PROFILE, SELFIE, Person, blank_jpeg, selfie
from tests.fake_telegram import FakeTelegramServer, FakeUser
from tests.running_bot import Env, RunningBot


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    async with RunningBot(tmp_path) as running:
        yield running


def us_passport_name(me: Person) -> str:
    """The US passport as this person's language names it (buttons, captions, checks)."""
    return document_name(load_catalogue().get("us_passport"), me.lang)


# --- happy path: three documents, two languages ----------------------------------------------------

SEARCHES = {
    "en": {"us_passport": "US passport", "schengen_visa": "Schengen visa"},
    "ru": {"us_passport": "паспорт США", "schengen_visa": "шенгенская виза"},
    "ar": {"us_passport": "جواز سفر أمريكي", "schengen_visa": "تأشيرة شنغن"},  # right to left
    "de": {"us_passport": "amerikanischer Reisepass", "schengen_visa": "Schengen-Visum"},
}
METRIC = ("sheet_10x15.jpg", "sheet_a4.pdf")
PAPERS = {"en": ("sheet_4x6.jpg", "sheet_letter.pdf"), "ru": METRIC, "ar": METRIC, "de": METRIC}


@pytest.mark.parametrize("lang", ["en", "ru", "ar", "de"])
async def test_three_documents_delivered_as_files(env: Env, samples_dir: Path, lang: str) -> None:
    me = Person(env, 5001, language_code=lang)
    catalogue = load_catalogue()

    # 1. US passport: search by text, guide, selfie, background, preview, files.
    await me.start_and_agree()
    await me.expect("sendMessage", "document-prompt")
    await me.search(SEARCHES[lang]["us_passport"], "us_passport")
    await me.guide("us_passport")
    await me.user.send_photo(selfie(samples_dir))
    await me.checks_pass("us_passport")
    await me.choose_background("us_passport")
    preview = await me.preview("us_passport")
    # the selfie ends at the chest; a US photo shows more of the shoulders, completed by the engine;
    # and the State Department wants an unaltered photo, which a replaced background is not
    us = catalogue.get("us_passport")
    tr = Translator(env.i18n, me.lang)
    note = preview_note(tr, me.lang, us, colour_list(tr, us), True)
    assert preview.text is not None and preview.text.endswith(f"\n{me.t('preview-synthesised-body')}\n{note}")
    files = await me.get_files()
    names = [d.file.filename for d in files]
    assert names == ["photo.jpg", *PAPERS[lang], "report.txt"]
    assert all(d.method == "sendDocument" for d in files)
    photo = Image.open(io.BytesIO(files[0].file.data))
    spec = catalogue.get("us_passport")
    assert photo.size == (spec.output_pixels.width, spec.output_pixels.height)
    assert round(photo.info["dpi"][0]) == spec.output_dpi
    assert files[0].params["caption"] == me.t(
        "delivery-photo", document=document_name(spec, lang), size="50.8×50.8 mm, 600×600 px"
    )

    # 2. Schengen visa from the same selfie: no guide, no new upload.
    await me.press(NavCb(to=Nav.another))
    await me.expect("sendMessage", "document-another")
    await me.search(SEARCHES[lang]["schengen_visa"], "schengen_visa")
    await me.checks_pass("schengen_visa")
    await me.choose_background("schengen_visa", index=1)
    await me.preview("schengen_visa")
    files = await me.get_files()
    assert [d.file.filename for d in files] == ["photo.jpg", *PAPERS[lang], "report.txt"]
    visa = Image.open(io.BytesIO(files[0].file.data)).convert("RGB")
    assert visa.size == (413, 531)
    corner = visa.crop((0, 0, 12, 12)).resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    chosen = catalogue.get("schengen_visa").background.colours[1]  # the second button: light grey
    assert all(abs(a - b) <= 6 for a, b in zip(corner, chosen.rgb_tuple, strict=True)), (corner, chosen)

    # 3. China online visa from a deep link: upload-only document, so no print sheets.
    await me.user.send_command("start", "doc_cn_visa_online")
    await me.expect("sendMessage", "start-welcome")
    await me.guide("cn_visa_online")
    await me.user.send_photo(selfie(samples_dir))
    await me.checks_pass("cn_visa_online")
    await me.choose_background("cn_visa_online")
    await me.preview("cn_visa_online")
    files = await me.get_files()
    assert [d.file.filename for d in files] == ["photo.jpg", "report.txt"]
    assert Image.open(io.BytesIO(files[0].file.data)).size == (354, 472)

    env.server.assert_no_failures(ignore=["deleteMessage"])
    assert (await me.session())["recent"][:3] == ["cn_visa_online", "schengen_visa", "us_passport"]


# --- blocking issues and retake ----------------------------------------------------------------------

BLOCKING = [
    pytest.param(PROFILE, "check", "yaw", id="yaw"),
    pytest.param("sample_010.jpg", "check", "lighting_uneven", id="lighting_uneven"),
    pytest.param("sample_014.jpg", "check", "face_size", id="face_size"),
    pytest.param("rot_001_L4.jpg", "error", "face_not_measurable", id="face_not_measurable"),
    pytest.param(None, "error", "no_face", id="no_face"),
]


@pytest.mark.parametrize(("photo", "kind", "code"), BLOCKING)
async def test_blocking_issue_then_retake(
    env: Env, samples_dir: Path, photo: str | None, kind: str, code: str
) -> None:
    me = Person(env, 6100)
    await me.start_and_agree("doc_us_passport")
    await me.guide("us_passport")
    await me.user.send_photo(selfie(samples_dir, photo) if photo else blank_jpeg())
    await me.expect("sendMessage", "checks-running", document=us_passport_name(me))
    verdict = await me.expect("editMessageText")
    if kind == "check":
        line = me.t("checks-line", title=me.t(f"check-{code}"), tip=me.t(f"tip-{code}"))
        assert verdict.text is not None and line in verdict.text.split("\n")
        assert verdict.text.startswith(me.t("checks-blocking", document=us_passport_name(me)))
    else:
        assert verdict.text == me.t(f"error-{code}")
    buttons = me.buttons(verdict)
    assert NavCb(to=Nav.retake).pack() in buttons
    assert NavCb(to=Nav.proceed).pack() not in buttons  # blocking: no "continue anyway"

    await me.press(NavCb(to=Nav.retake))
    await me.expect("sendMessage", "capture-retake")
    await me.user.send_photo(selfie(samples_dir))
    await me.checks_pass("us_passport")
    await me.style_screen("us_passport")


async def test_warnings_allow_continue_anyway(env: Env, samples_dir: Path) -> None:
    me = Person(env, 6200)
    await me.start_and_agree("doc_us_passport")
    await me.guide("us_passport")
    await me.user.send_photo(selfie(samples_dir, "sample_011.jpg"))  # mouth open + smile: warnings only
    await me.expect("sendMessage", "checks-running", document=us_passport_name(me))
    verdict = await me.expect("editMessageText")
    assert verdict.text is not None and verdict.text.startswith(me.t("checks-warnings"))
    assert me.t("checks-line", title=me.t("check-smile"), tip=me.t("tip-smile")) in verdict.text
    assert NavCb(to=Nav.proceed).pack() in me.buttons(verdict)
    await me.press(NavCb(to=Nav.proceed))
    await me.style_screen("us_passport")


async def test_a_head_covering_is_declared_religious_or_medical_to_go_on(env: Env, gallery_dir: Path) -> None:
    """A cap gets a photo rejected; a religious or medical covering is allowed, and only the user
    knows which theirs is. So the head-covering warning's way on is a declaration, not "continue
    anyway", and going on records it for the render (and the report)."""
    me = Person(env, 6250)
    await me.start_and_agree("doc_schengen_visa")
    await me.guide("schengen_visa")
    await me.user.send_photo(selfie(gallery_dir, "g051_mmpose_aflw_22568.jpg"))  # a baseball cap
    name = document_name(load_catalogue().get("schengen_visa"), me.lang)
    await me.expect("sendMessage", "checks-running", document=name)
    verdict = await me.expect("editMessageText")
    assert verdict.text is not None and verdict.text.startswith(me.t("checks-warnings"))
    covering = me.t("checks-line", title=me.t("check-head_covering"), tip=me.t("tip-head_covering"))
    assert covering in verdict.text
    words = [b["text"] for row in (verdict.reply_markup or {})["inline_keyboard"] for b in row]
    assert me.t("button-continue-headwear") in words and me.t("button-continue") not in words
    assert (await me.session())["headwear_declared"] is False
    await me.press(NavCb(to=Nav.proceed))
    await me.style_screen("schengen_visa")
    session = Session.model_validate(await me.session())
    assert session.headwear_declared
    assert render_request(session, preview=True).headwear_declared


# --- preview adjustments -------------------------------------------------------------------------------


async def test_adjustments_rerender_until_the_rules_stop_them(env: Env, samples_dir: Path) -> None:
    me = Person(env, 6300)
    await me.start_and_agree("doc_schengen_visa")
    await me.guide("schengen_visa")
    await me.user.send_photo(selfie(samples_dir))
    await me.checks_pass("schengen_visa")
    await me.choose_background("schengen_visa")
    first = await me.preview("schengen_visa")

    await me.press(AdjustCb(doc="schengen_visa", move=Move.bigger))
    bigger = await me.preview("schengen_visa")
    assert bigger.file.data != first.file.data
    assert (await me.session())["zoom"] == 0.25

    for _ in range(3):  # up to the limit of the room the rules leave
        await me.press(AdjustCb(doc="schengen_visa", move=Move.up))
        await me.preview("schengen_visa")
    await me.press(AdjustCb(doc="schengen_visa", move=Move.up))
    await me.preview("schengen_visa")
    query = await me.press(AdjustCb(doc="schengen_visa", move=Move.up))
    await me.expect_answer(query, "preview-limit")
    await me.user.expect_silence(0.5, method="sendPhoto")
    assert (await me.session())["shift"] == 1.0

    stale = await me.user.press(AdjustCb(doc="us_passport", move=Move.up).pack(), message_id=first.message_id)
    await me.expect_answer(stale, "stale-button")


# --- bad inputs ------------------------------------------------------------------------------------------


async def test_bad_inputs_get_friendly_guidance(env: Env, samples_dir: Path) -> None:
    me = Person(env, 6400, language_code="pt-br", lang="pt")
    await me.user.send_photo(selfie(samples_dir))  # before consent: not even downloaded
    await me.expect("sendMessage", "consent-needed")
    await me.expect("sendMessage", "consent-card", hours=24)
    assert not env.server.downloads
    await me.press(NavCb(to=Nav.agree))
    await me.expect("sendMessage", "document-prompt")
    await me.press(DocCb(id="us_passport"))
    await me.guide("us_passport")

    await me.user.send_sticker()
    await me.expect("sendMessage", "capture-sticker")
    await me.user.send_video()
    await me.expect("sendMessage", "capture-video")
    await me.user.send_voice()
    await me.expect("sendMessage", "capture-voice")
    await me.user.send_document(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "passport.pdf", "application/pdf")
    await me.expect("sendMessage", "capture-pdf")
    await me.user.send_document(b"PK\x03\x04 zip", "photos.zip", "application/zip")
    await me.expect("sendMessage", "capture-file")
    await me.user.send_text("hello?")
    await me.expect("sendMessage", "capture-waiting")

    forged = await me.user.press("d:no_such_document", message_id=me.user.last_message()["message_id"])
    await me.expect_answer(forged, "stale-button")
    garbage = await me.user.press("zz:1:2", message_id=me.user.last_message()["message_id"])
    await me.expect_answer(garbage, "stale-button")
    out_of_step = await me.user.press(
        NavCb(to=Nav.files).pack(), message_id=me.user.last_message()["message_id"]
    )
    await me.expect_answer(out_of_step, "stale-button")  # "get my files" before any preview

    # An album: the first picture is used, the others are ignored.
    await me.user.send_album([selfie(samples_dir), selfie(samples_dir, "sample_001.jpg")])
    await me.expect("sendMessage", "capture-album")
    await me.checks_pass("us_passport")
    await me.style_screen("us_passport")
    await me.user.expect_silence(1.0, method="sendMessage")
    assert len(list(env.photos.user_dir(6400).glob("selfies/*"))) == 1

    await me.user.send_text("a text where buttons are expected")
    await me.expect("sendMessage", "hint-buttons")
    env.server.assert_no_failures()


async def test_image_files_are_accepted_and_oversized_ones_refused(env: Env, samples_dir: Path) -> None:
    me = Person(env, 6500)
    await me.start_and_agree("doc_us_passport")
    await me.guide("us_passport")
    await me.user.send_document(b"\xff\xd8" + b"\0" * (21 * 1024 * 1024), "huge.jpg", "image/jpeg")
    await me.expect("sendMessage", "capture-too-big", size=21.0, limit=20)
    png = io.BytesIO()
    Image.open(samples_dir / SELFIE).save(png, "PNG")
    await me.user.send_document(png.getvalue(), "me.png", "image/png")
    await me.checks_pass("us_passport")


# --- account commands, language, errors -----------------------------------------------------------------


async def test_delete_erases_photos_results_and_state(env: Env, samples_dir: Path) -> None:
    me = Person(env, 6600, language_code="es")
    await me.start_and_agree("ref_partner42")  # an unknown referral code changes nothing
    await me.expect("sendMessage", "document-prompt")
    await me.press(DocCb(id="schengen_visa"))
    await me.guide("schengen_visa")
    await me.user.send_photo(selfie(samples_dir))
    await me.checks_pass("schengen_visa")
    await me.choose_background("schengen_visa")
    await me.preview("schengen_visa")
    stored = [p for p in env.photos.user_dir(6600).rglob("*") if p.is_file()]
    assert len(stored) >= 2  # the selfie and the preview

    await me.user.send_command("delete")
    await me.expect("sendMessage", "deleted", count=len(stored))
    assert not env.photos.user_dir(6600).exists()
    assert await me.session() == {}
    query = await me.press(NavCb(to=Nav.files))  # the old preview's button
    await me.expect_answer(query, "stale-button")
    await me.user.send_photo(selfie(samples_dir))  # consent is gone with the state
    await me.expect("sendMessage", "consent-needed")


async def test_language_from_telegram_then_changed(env: Env) -> None:
    stranger = Person(env, 6700, language_code="ja", lang="en")  # Japanese is not shipped: pick first
    await stranger.user.send_command("start")
    picker = await stranger.expect("sendMessage", "language-prompt")
    assert stranger.buttons(picker) == [LangCb(code=code).pack() for code in LANGUAGES]  # all 15
    await stranger.press(LangCb(code="ru"))
    stranger.lang = "ru"
    await stranger.expect("sendMessage", "consent-card", hours=24)
    await stranger.press(NavCb(to=Nav.agree))
    await stranger.expect("sendMessage", "document-prompt")

    await stranger.user.send_command("language")
    await stranger.expect("sendMessage", "language-prompt")
    await stranger.press(LangCb(code="zh"))
    stranger.lang = "zh"
    await stranger.expect("sendMessage", "language-resumed")
    await stranger.user.send_command("help")
    await stranger.expect("sendMessage", "help")
    assert (await stranger.session())["lang"] == "zh"


async def test_country_drill_down(env: Env) -> None:
    me = Person(env, 6800)
    await me.start_and_agree()
    await me.expect("sendMessage", "document-prompt")
    await me.press(NavCb(to=Nav.browse))
    page = await me.expect("editMessageText")
    pages = len({c.country for c in load_catalogue()}) // 24 + 1
    assert page.text == me.t("document-countries", page=1, pages=pages)
    assert CountryCb(code="AF").pack() in me.buttons(page)  # Afghanistan first, in English order
    assert CountryCb(code="CN").pack() not in me.buttons(page)
    await me.press(CountriesCb(page=1))  # "next": China is on the second page
    page = await me.expect("editMessageText", "document-countries", page=2, pages=pages)
    assert CountriesCb(page=0).pack() in me.buttons(page)  # and "previous" leads back
    await me.press(CountryCb(code="CN"))
    docs = await me.expect("editMessageText", "document-country", country="China")
    assert DocCb(id="cn_visa_online").pack() in me.buttons(docs)
    await me.press(DocCb(id="cn_visa_online"))
    await me.guide("cn_visa_online")


async def test_rate_limit_is_polite(tmp_path: Path, samples_dir: Path) -> None:
    async with RunningBot(tmp_path, rate_limit_per_min=2) as running:
        me = Person(running, 6900)
        await me.start_and_agree("doc_us_passport")
        await me.guide("us_passport")
        for _ in range(2):
            await me.user.send_photo(selfie(samples_dir, PROFILE))
            await me.expect("editMessageText")
        await me.user.send_photo(selfie(samples_dir, PROFILE))
        notice = await me.expect("sendMessage")
        assert notice.text in {me.t("throttled", seconds=s) for s in range(50, 61)}
        await me.user.expect_silence(0.5, method="sendChatAction")  # no engine job was started


async def test_a_slow_check_offers_a_retry_that_picks_up_the_result(
    tmp_path: Path, samples_dir: Path
) -> None:
    async with RunningBot(tmp_path, job_timeout_s=0.05) as running:  # the first job loads the models
        me = Person(running, 7100)
        await me.start_and_agree("doc_us_passport")
        await me.guide("us_passport")
        await me.user.send_photo(selfie(samples_dir))
        await me.expect("sendMessage", "checks-running", document=us_passport_name(me))
        late = await me.expect("editMessageText", "job-timeout")
        assert me.buttons(late) == [NavCb(to=Nav.retry_checks).pack()]
        async with asyncio.timeout(20):  # the job goes on without the user waiting
            while (await running.jobs.counts()).get("analyze.done", 0) < 1:
                await asyncio.sleep(0.05)
        await me.press(NavCb(to=Nav.retry_checks))
        await me.checks_pass("us_passport")  # the stored result, no second run
        await me.style_screen("us_passport")
        assert (await running.jobs.counts())["analyze.started"] == 1


async def test_progress_repeats_the_chat_action_and_updates_the_status_once(tmp_path: Path) -> None:
    async with FakeTelegramServer() as server:
        user = FakeUser(server, 7200)
        bot = server.make_bot()
        try:
            status = await bot.send_message(user.chat_id, "working…")
            async with working(
                bot, user.chat_id, "typing", status_id=status.message_id, still_text="still", interval=0.05,
                still_after=0.1,
            ):  # fmt: skip
                await asyncio.sleep(0.4)
            await asyncio.sleep(0.2)  # a chat action already in flight when the body ended may still land
            user.skip_pending()
            await user.expect_silence(0.3)  # stopped with the body: at 0.05 s intervals ~6 would arrive
        finally:
            await bot.session.close()
    actions = server.requests_for(user.chat_id, "sendChatAction")
    assert len(actions) >= 4 and {a.params["action"] for a in actions} == {"typing"}
    edits = server.requests_for(user.chat_id, "editMessageText")
    assert [e.params["text"] for e in edits] == ["still"]


async def test_unexpected_failure_gets_an_apology(env: Env) -> None:
    me = Person(env, 7000)
    await me.start_and_agree()
    await me.expect("sendMessage", "document-prompt")
    env.server.fail_next("sendPhoto", chat_id=7000)  # the example picture cannot be sent
    await me.press(DocCb(id="us_passport"))
    await me.expect("sendMessage", "error-temporary")  # never "start over": a paid order is safe
    await me.user.send_command("new")
    await me.expect("sendMessage", "document-prompt")
