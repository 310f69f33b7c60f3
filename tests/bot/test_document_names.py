"""Document names in every bot language: every document renders in every language, in the
language's own words (never the English name where the language has words of its own), with the
grammar the language needs, unique within its country, and the same name wherever it is shown.
Also: the per-language "/" menus and the outfit names of the languages the engine does not name."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.command_menu import COMMANDS, register_commands
from bot.conversation.document_names import _OF_RULES, name_data, of_form
from bot.conversation.naming import country_name, document_label, document_name, document_title, outfit_name
from bot.conversation.texts import LANGUAGES, I18n
from engine.outfits.catalogue import load_outfits
from specs import load_catalogue
from specs.schema import DocumentSpec
from specs.search import search
from tests.fake_telegram import FakeTelegramServer

OTHER_LANGUAGES = [lang for lang in LANGUAGES if lang != "en"]
# Scripts other than Latin: a lowercase Latin word in a name there is English left behind.
NON_LATIN = {"zh", "ru", "uk", "hi", "ar", "fa"}


@pytest.fixture(scope="module")
def specs() -> list[DocumentSpec]:
    return list(load_catalogue())


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_every_document_has_a_name_of_its_own_in_every_language(specs: list[DocumentSpec], lang: str) -> None:
    english_left: list[str] = []
    for spec in specs:
        name = document_name(spec, lang)
        assert name.strip() and "{" not in name and "}" not in name, f"{lang}/{spec.id}: {name!r}"
        if name == spec.names.en:
            english_left.append(spec.id)
        if lang in NON_LATIN:
            base = re.sub(r"[（(][^）)]*[）)]", "", name)
            words = [w for w in re.findall(r"[A-Za-z]{3,}", base) if not w.isupper()]
            assert words == [], f"{lang}/{spec.id}: English words {words} in {name!r}"
    assert english_left == [], f"{lang}: still the English name for {english_left}"


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_names_are_unique_within_a_country(specs: list[DocumentSpec], lang: str) -> None:
    seen: dict[tuple[str, str], list[str]] = defaultdict(list)
    for spec in specs:
        seen[(spec.country, document_name(spec, lang))].append(spec.id)
    assert {key: ids for key, ids in seen.items() if len(ids) > 1} == {}


def test_names_follow_each_language_grammar() -> None:
    catalogue = load_catalogue()
    expected = {
        ("us_passport", "pt"): "Passaporte dos Estados Unidos",
        ("mx_passport", "pt"): "Passaporte do México",
        ("de_passport", "pt"): "Passaporte da Alemanha",
        ("ph_passport", "pt"): "Passaporte das Filipinas",
        ("us_passport", "es"): "Pasaporte de Estados Unidos",
        ("mx_passport", "es"): "Pasaporte mexicano",  # the authority's own Spanish name
        ("nl_passport", "es"): "Pasaporte de los Países Bajos",
        ("in_visa", "es"): "Visa de la India (foto impresa)",
        ("us_passport", "ru"): "Паспорт США",
        ("mx_passport", "ru"): "Паспорт Мексики",
        ("de_passport", "ru"): "Паспорт Германии",
        ("mx_passport", "uk"): "Паспорт Мексики",
        ("us_passport", "fr"): "Passeport des États-Unis",
        ("mx_passport", "fr"): "Passeport du Mexique",
        ("de_passport", "fr"): "Passeport de l'Allemagne",
        ("mx_passport", "de"): "Reisepass Mexiko",
        ("mx_passport", "tr"): "Meksika pasaportu",
        ("mx_passport", "id"): "Paspor Meksiko",
        ("mx_passport", "uz"): "Meksika pasporti",
        ("mx_passport", "ar"): "جواز سفر المكسيك",
        ("mx_passport", "fa"): "گذرنامهٔ مکزیک",
        ("schengen_visa", "ru"): "Шенгенская виза",
        ("ru_internal_passport", "es"): "Pasaporte interno de Rusia",
    }
    got = {key: document_name(catalogue.get(key[0]), key[1]) for key in expected}
    assert got == expected


def test_the_document_country_language_reads_the_authority_own_name() -> None:
    catalogue = load_catalogue()
    assert document_name(catalogue.get("ae_passport"), "ar") == catalogue.get("ae_passport").names.local
    assert document_name(catalogue.get("at_passport"), "de") == catalogue.get("at_passport").names.local
    kz = [spec for spec in catalogue if spec.country == "KZ" and spec.names.local]
    assert kz and all(document_name(spec, "ru") != spec.names.local for spec in kz)  # Kazakh, not Russian
    ch = [spec for spec in catalogue if spec.country == "CH" and " / " in (spec.names.local or "")]
    assert ch and all(document_name(spec, "fr") != spec.names.local for spec in ch)  # not "X / Y / Z"
    ru = catalogue.get("ru_internal_passport")
    assert ru.names.local and document_name(ru, "ru") == ru.names.local
    assert document_name(ru, "uk") == "Внутрішній паспорт Росії"
    assert document_name(catalogue.get("us_passport"), "en") == catalogue.get("us_passport").names.en


def test_every_country_has_the_form_its_templates_need(specs: list[DocumentSpec]) -> None:
    """A template with {of} needs the country's genitive («Паспорт Мексики», not «Паспорт
    Мексика») or its "de" + article («do Brasil»): from the reviewed table, else by the regular
    rule for a country added later; both must change the bare name where the language does."""
    countries = {spec.country for spec in specs} - {"XX", "EU"}
    for lang, words in name_data().languages.items():
        if not any("{of}" in template for template in words.templates.values()):
            continue
        for country in countries:
            form = of_form(country, lang, words)
            assert form, (lang, country)
            if lang in {"es", "pt", "fr"}:
                assert form.split(" ")[0].startswith("d"), (lang, country, form)
        reviewed = countries & set(words.of)
        assert len(reviewed) >= 0.95 * len(countries), f"{lang}: review the forms of {countries - reviewed}"
    assert of_form("AD", "ru", name_data().languages["ru"]) == "Андорры"
    assert _OF_RULES["ru"]("Мексика") == "Мексики" and _OF_RULES["uk"]("Мексика") == "Мексики"
    assert _OF_RULES["pt"]("Argentina") == "da Argentina" and _OF_RULES["fr"]("Inde") == "de l'Inde"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_same_name_in_buttons_captions_and_invoices(
    i18n: I18n, specs: list[DocumentSpec], lang: str
) -> None:
    t = i18n.bind(lang)
    spec = load_catalogue().get("mx_passport")
    name = document_name(spec, lang)
    assert document_label(spec, lang).endswith(name)
    assert name in re.sub("[\u2068\u2069]", "", t("preview-caption", document=name))
    assert name in re.sub("[\u2068\u2069]", "", t("product-document-description", document=name))
    for each in specs:
        title = document_title(each, lang)
        assert 1 <= len(title) <= 32, f"{lang}/{each.id}: {title!r}"


def test_the_spanish_prompt_example_gives_a_spanish_button() -> None:
    """The issue's case: «pasaporte mexicano» used to give a "Mexican passport" button; now it is
    Mexico's own Spanish name, and a Brazilian or a Ukrainian reads one in their language."""
    hit = search("pasaporte mexicano", lang="es")[0]
    assert hit.spec.id == "mx_passport"
    assert document_label(hit.spec, "es") == "🇲🇽 Pasaporte mexicano"
    assert document_name(hit.spec, "pt") == "Passaporte do México"
    assert document_name(hit.spec, "uk") == "Паспорт Мексики"


@pytest.mark.parametrize(
    ("query", "lang", "doc_id"),
    [
        ("pasaport", "tr", "tr_passport"),
        ("پاسپورت", "fa", "ir_passport"),
        ("paspor", "id", "id_passport"),
        ("паспорт України", "uk", "ua_passport"),
        ("passeport français", "fr", "fr_passport"),
        ("deutscher Reisepass", "de", "de_passport"),
        ("hộ chiếu Việt Nam", "vi", "vn_passport"),
        ("Oʻzbekiston pasporti", "uz", "uz_passport"),
        ("جواز سفر مصري", "ar", "eg_passport"),
    ],
)
def test_search_words_of_the_new_languages(query: str, lang: str, doc_id: str) -> None:
    assert search(query, lang=lang)[0].spec.id == doc_id


def test_country_names_for_browsing_read_cleanly(i18n: I18n) -> None:
    assert country_name("HK", "es", i18n.bind("es")) == "Hong Kong"
    assert country_name("CD", "fr", i18n.bind("fr")) == "République démocratique du Congo"
    assert country_name("MX", "de", i18n.bind("de")) == "Mexiko"


def test_every_outfit_is_named_in_every_language() -> None:
    catalogue = load_outfits()
    for outfit in map(catalogue.get, catalogue.ids):
        english = outfit.names.en
        for lang in OTHER_LANGUAGES:
            name = outfit_name(outfit.id, lang)
            assert name and name != english, f"{outfit.id}/{lang}"


@pytest.fixture
async def telegram() -> AsyncIterator[tuple[FakeTelegramServer, Bot]]:
    async with FakeTelegramServer() as server:
        bot = Bot(server.token, session=AiohttpSession(api=TelegramAPIServer.from_base(server.url)))
        try:
            yield server, bot
        finally:
            await bot.session.close()


async def test_each_language_gets_its_own_command_menu(
    telegram: tuple[FakeTelegramServer, Bot], i18n: I18n
) -> None:
    server, bot = telegram
    assert await register_commands(bot, i18n) == 1 + len(LANGUAGES)
    english = server.commands("")
    assert [c["command"] for c in english] == list(COMMANDS)
    for lang in LANGUAGES:
        menu = server.commands(lang)
        assert [c["command"] for c in menu] == list(COMMANDS), lang
        assert [c["description"] for c in menu] == [i18n.t(lang, f"cmd-{c}") for c in COMMANDS]
        if lang != "en":
            assert menu != english, f"{lang} got the English menu"
