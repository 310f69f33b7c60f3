"""The authority's rules told before the selfie (issue 15): the edit policy, glasses advice and
"unverified" marks in the capture guide, and a search for a document the catalogue lacks.

The texts are checked in every shipped language against the real catalogues; the conversation part
drives the real bot through the fake Telegram server (tests/running_bot.py), as a phone would see it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.conversation import keyboards as kb
from bot.conversation.callbacks import KEEP_OWN, BackgroundCb, DocCb, Nav, NavCb, OutfitCb
from bot.conversation.naming import country_name, document_name
from bot.conversation.policy import glasses_key, missing_text, preview_note, size_label
from bot.conversation.screens import colour_list, guide_text
from bot.conversation.session import Session
from bot.conversation.texts import I18n, Translator
from bot.steps.style import choice_for, style_key
from specs import load_catalogue
from specs.schema import EditPolicy
from specs.search import Missing
from tests.conversation_script import Person, selfie
from tests.running_bot import Env, RunningBot

CATALOGUE = load_catalogue()


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


def test_office_only_guide_names_what_our_photo_can_serve(i18n: I18n) -> None:
    spec = CATALOGUE.get("de_passport")
    assert spec.edits.policy is EditPolicy.office_only
    for lang in i18n.languages:
        t = Translator(i18n, lang)
        text = guide_text(t, lang, spec, CATALOGUE)
        served = [document_name(CATALOGUE.get(doc_id), lang) for doc_id in spec.edits.serves]
        expected = t(
            "capture-edit-office-only",
            document=document_name(spec, lang),
            count=len(served),
            documents=", ".join(served),
        )
        assert expected in text and all(name in text for name in served), lang
        assert t("capture-background-real", colours=colour_list(t, spec)) in text  # crop only


def test_unaltered_guide_keeps_the_background_first(i18n: I18n) -> None:
    spec = CATALOGUE.get("us_passport")
    t = Translator(i18n, "en")
    text = guide_text(t, "en", spec, CATALOGUE)
    assert t("capture-edit-unaltered", colours=colour_list(t, spec)) in text
    assert t("capture-background-any") not in text  # no silent replacement
    assert t("capture-glasses-off") in text
    allowed = guide_text(t, "en", CATALOGUE.get("schengen_visa"), CATALOGUE)
    assert t("capture-background-any") in allowed


def test_preview_reminds_of_an_unaltered_rule_only_after_a_replacement(i18n: I18n) -> None:
    t = Translator(i18n, "en")
    us, schengen = CATALOGUE.get("us_passport"), CATALOGUE.get("schengen_visa")
    note = preview_note(t, "en", us, colour_list(t, us), replaced=True)
    assert note == t("preview-edit-unaltered", document="US passport", colours=colour_list(t, us))
    assert preview_note(t, "en", us, colour_list(t, us), replaced=False) is None  # kept background
    assert preview_note(t, "en", schengen, colour_list(t, schengen), replaced=True) is None


def test_glasses_advised_against_are_a_warning_not_a_ban(i18n: I18n) -> None:
    spec = CATALOGUE.get("jp_passport")
    assert glasses_key(spec) == "capture-glasses-not-recommended"
    t = Translator(i18n, "ru")
    text = guide_text(t, "ru", spec, CATALOGUE)
    assert t("capture-glasses-not-recommended") in text and t("capture-glasses-off") not in text


def test_unverified_figures_are_marked_next_to_the_size(i18n: I18n) -> None:
    t = Translator(i18n, "es")
    oman = CATALOGUE.get("om_passport")  # no official page: every figure unverified
    text = guide_text(t, "es", oman, CATALOGUE)
    assert size_label(t, oman).endswith(t("unverified-mark")) and size_label(t, oman) in text
    assert t("capture-unverified", count=len(oman.unverified_figures)) in text
    india = CATALOGUE.get("in_passport")  # official size, head and eye figures from secondary data
    text = guide_text(t, "es", india, CATALOGUE)
    assert t("unverified-mark") not in size_label(t, india)
    assert t("capture-unverified", count=2) in text
    official = guide_text(t, "es", CATALOGUE.get("fr_passport"), CATALOGUE)
    assert t("unverified-mark") not in official and "⚠️" not in official


def test_missing_document_text_in_every_language(i18n: I18n) -> None:
    for lang in i18n.languages:
        t = Translator(i18n, lang)
        text = missing_text(t, lang, Missing("TH", "passport"))
        assert country_name("TH", lang, t) in text
        assert text != missing_text(t, lang, Missing("TH", "other"))  # the kind is said


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    async with RunningBot(tmp_path) as running:
        yield running


async def test_searching_a_missing_document_says_so_then_office_only_is_told(env: Env) -> None:
    me = Person(env, 5301, language_code="en")
    await me.start_and_agree()
    await me.expect("sendMessage", "document-prompt")
    await me.user.send_text("kuwaiti id card")
    answer = await me.expect(
        "sendMessage", "document-missing", country=country_name("KW", "en", me.t), kind="id_card"
    )
    offered = me.buttons(answer)
    assert not CATALOGUE.filter(country="KW", doc_type="national_id")
    assert DocCb(id="kw_visa").pack() in offered  # another document of that country, named as itself
    await me.user.send_text("German passport")
    results = await me.expect("sendMessage", "document-results")
    assert DocCb(id="de_passport").pack() in me.buttons(results)
    await me.press(DocCb(id="de_passport"))
    await me.expect("sendPhoto", "capture-example", document="German passport")
    guide = await me.expect("sendMessage")
    assert guide.text is not None and "German passport or ID card (at a mission abroad)" in guide.text
    served = ", ".join(CATALOGUE.get(doc_id).names.en for doc_id in CATALOGUE.get("de_passport").edits.serves)
    office_only = me.t("capture-edit-office-only", document="German passport", count=3, documents=served)
    assert office_only in guide.text


# --- least edit in the bot: keep my own background first (issue 15) --------------------------------


def test_the_style_screen_follows_the_wall_and_the_edit_policy() -> None:
    """Keep-my-background comes first wherever the wall qualifies and there is a choice to make;
    an unaltered-photo document whose wall does not qualify gets the warning; a single allowed
    colour asks nothing (the engine keeps a qualifying wall by itself); no-edit documents neither."""
    us, schengen, de = (CATALOGUE.get(d) for d in ("us_passport", "schengen_visa", "de_passport"))
    single = next(
        s for s in CATALOGUE if s.edits.policy is EditPolicy.allowed and len(s.background.colours) == 1
    )
    keepable, plain_wall_missing, unknown = (
        Session(wall_keepable=True),
        Session(wall_keepable=False),
        Session(),
    )
    assert style_key(us, keepable) == "style-keep-unaltered"
    assert style_key(us, plain_wall_missing) == style_key(us, unknown) == "style-wall-not-kept"
    assert style_key(schengen, keepable) == "style-keep-or-colour"
    assert style_key(schengen, plain_wall_missing) == "style-choose"
    assert style_key(single, keepable) is None and style_key(single, plain_wall_missing) is None
    assert style_key(de, keepable) is None  # office-only: crop only, nothing to choose
    # the report records keep-or-replace only where that choice was put to the user
    assert choice_for(us, plain_wall_missing, kept=False) == "replaced"
    assert choice_for(schengen, keepable, kept=True) == "kept"
    assert choice_for(schengen, plain_wall_missing, kept=False) is None


def test_keep_comes_first_and_a_retake_leads_where_the_wall_does_not_qualify(i18n: I18n) -> None:
    t = Translator(i18n, "fr")
    us = CATALOGUE.get("us_passport")
    labels = ["Blanc", "Blanc cassé"]
    keep = [
        b.callback_data for row in kb.keep_or_replace(t, us, labels, keep=True).inline_keyboard for b in row
    ]
    assert keep == [BackgroundCb(doc="us_passport", index=i).pack() for i in (KEEP_OWN, 0, 1)]
    retake = [
        b.callback_data for row in kb.keep_or_replace(t, us, labels, keep=False).inline_keyboard for b in row
    ]
    assert (
        retake[0] == NavCb(to=Nav.retake).pack()
        and BackgroundCb(doc="us_passport", index=KEEP_OWN).pack() not in retake
    )
    texts = [b.text for row in kb.keep_or_replace(t, us, labels, keep=False).inline_keyboard for b in row]
    assert texts[1] == t("button-replace-background", colour="Blanc")


def _report(env: Env, user_id: int) -> dict[str, object]:
    """The report.json of the user's last delivered render (the job's results folder)."""
    import json

    reports = sorted(env.photos.user_dir(user_id).rglob("report.json"), key=lambda p: p.stat().st_mtime)
    assert reports, "no report.json was written"
    loaded: dict[str, object] = json.loads(reports[-1].read_text(encoding="utf-8"))
    return loaded


async def test_unaltered_document_keeps_a_qualifying_wall_when_the_user_says_so(
    env: Env, samples_dir: Path
) -> None:
    """db_000 stands before an even near-white wall: the US passport (the State Department wants
    an unaltered photo) offers to keep it first; kept, the preview carries no replaced-background
    warning, the photo is only cropped and levelled, and the report records the choice."""
    me = Person(env, 5302, language_code="en")
    await me.start_and_agree("doc_us_passport")
    await me.guide("us_passport")
    await me.user.send_photo(selfie(samples_dir, "db_000.jpg"))
    await me.checks_pass("us_passport")
    screen = await me.expect(
        "sendMessage", "style-keep-unaltered", document="US passport", colours="White, Off-white"
    )
    keep = BackgroundCb(doc="us_passport", index=KEEP_OWN)
    assert me.buttons(screen) == [
        keep.pack(),
        *(BackgroundCb(doc="us_passport", index=i).pack() for i in (0, 1)),
    ]
    await me.press(keep)
    await me.expect("sendMessage", "preview-making")  # straight on: no outfit offer over a kept wall
    photo = await me.expect("sendPhoto")
    assert photo.text is not None and photo.text.startswith(me.t("preview-caption", document="US passport"))
    assert "⚠️" not in photo.text, photo.text  # neither "replaced" nor "could not be kept"
    files = await me.get_files()
    report_txt = next(d for d in files if d.file.filename == "report.txt").file.data.decode()
    assert "your choice: you chose to keep your own background (edit policy: unaltered)" in report_txt
    report = _report(env, 5302)
    assert report["user_choice"] == {"background": "kept", "policy": "unaltered"}
    assert "background_replaced" not in report["edits_applied"]  # type: ignore[operator]


async def test_a_wall_that_cannot_be_kept_is_said_and_the_replacement_recorded(
    env: Env, samples_dir: Path
) -> None:
    """sample_009's wall is not a plain allowed white: the US passport screen says so with the
    authority's warning (in German here), offers a retake first and a replacement, never "keep";
    a forged keep button is stale; the replaced preview repeats the warning; the report says
    the user chose the replacement."""
    me = Person(env, 5303, language_code="de")
    await me.start_and_agree("doc_us_passport")
    await me.guide("us_passport")
    await me.user.send_photo(selfie(samples_dir))
    await me.checks_pass("us_passport")
    us = CATALOGUE.get("us_passport")
    tr = Translator(env.i18n, "de")
    name = document_name(us, "de")
    screen = await me.expect("sendMessage", "style-wall-not-kept", document=name, colours=colour_list(tr, us))
    buttons = me.buttons(screen)
    assert buttons[0] == NavCb(to=Nav.retake).pack()
    keep = BackgroundCb(doc="us_passport", index=KEEP_OWN)
    assert keep.pack() not in buttons
    forged = await me.user.press(keep.pack(), message_id=screen.message_id)
    await me.expect_answer(forged, "stale-button")
    await me.press(BackgroundCb(doc="us_passport", index=0))
    offer = await me.expect("sendMessage", "outfit-offer")
    await me.press(OutfitCb(doc="us_passport", id="own"))
    assert offer.text is not None
    await me.expect("sendMessage", "preview-making")
    photo = await me.expect("sendPhoto")
    warning = preview_note(tr, "de", us, colour_list(tr, us), replaced=True)
    assert photo.text is not None and warning is not None and photo.text.endswith(warning)
    files = await me.get_files()
    report_txt = next(d for d in files if d.file.filename == "report.txt").file.data.decode()
    assert "your choice: you chose to have the background replaced (edit policy: unaltered)" in report_txt
    assert _report(env, 5303)["user_choice"] == {"background": "replaced", "policy": "unaltered"}


async def test_an_outfit_over_a_kept_wall_records_a_replacement(env: Env, samples_dir: Path) -> None:
    """A kept wall cannot carry a drawn outfit: an outfit button pressed on the kept preview (one
    left on the chat, say) re-renders with a replaced background, and the choice the report will
    carry becomes "replaced"."""
    from engine.outfits.sheet import suggest_outfits

    me = Person(env, 5304, language_code="en")
    await me.start_and_agree("doc_us_passport")
    await me.guide("us_passport")
    await me.user.send_photo(selfie(samples_dir, "db_000.jpg"))
    await me.checks_pass("us_passport")
    await me.expect("sendMessage", "style-keep-unaltered", document="US passport", colours="White, Off-white")
    await me.press(BackgroundCb(doc="us_passport", index=KEEP_OWN))
    await me.expect("sendMessage", "preview-making")
    kept = await me.expect("sendPhoto")
    assert (await me.session())["background_choice"] == "kept"
    outfit = suggest_outfits(CATALOGUE.get("us_passport"))[0]
    await me.user.press(OutfitCb(doc="us_passport", id=outfit).pack(), message_id=kept.message_id)
    await me.expect("sendMessage", "preview-making")
    dressed = await me.expect("sendPhoto")
    assert dressed.text is not None and me.t("preview-synthesised-outfit") in dressed.text
    assert (await me.session())["background_choice"] == "replaced"
