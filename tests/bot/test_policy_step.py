"""The authority's rules told before the selfie (issue 15): the edit policy, glasses advice and
"unverified" marks in the capture guide, and a search for a document the catalogue lacks.

The texts are checked in every shipped language against the real catalogues; the conversation part
drives the real bot through the fake Telegram server (tests/running_bot.py), as a phone would see it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.conversation.callbacks import DocCb
from bot.conversation.naming import country_name, document_name
from bot.conversation.policy import glasses_key, missing_text, preview_note, size_label
from bot.conversation.screens import colour_list, guide_text
from bot.conversation.texts import I18n, Translator
from specs import load_catalogue
from specs.schema import EditPolicy
from specs.search import Missing
from tests.conversation_script import Person
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
    await me.user.send_text("kuwaiti passport")
    answer = await me.expect(
        "sendMessage", "document-missing", country=country_name("KW", "en", me.t), kind="passport"
    )
    offered = me.buttons(answer)
    assert not CATALOGUE.filter(country="KW", doc_type="passport")
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
