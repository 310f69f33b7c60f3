"""How documents, countries, sizes, print papers and outfits are named to a user in their language.

Why here and not in the .ftl files: document names are data (specs/data, with English, Chinese
and local names, and bot/locales/documents.toml, from which bot/conversation/document_names.py
builds every document's name in every language) and country names come from CLDR through Babel,
so no catalogue has to repeat 400 documents or 150 countries per language. Code never matches on
these strings; buttons carry ids.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from bot.conversation import document_names
from bot.conversation.texts import Translator
from engine.outfits.catalogue import LANGUAGES as OUTFIT_LANGUAGES
from engine.outfits.catalogue import UnknownOutfit, load_outfits
from specs.schema import DocumentSpec
from specs.search_index import likely_country

GENERIC_COUNTRY = "XX"
OUTFIT_NAMES = Path(__file__).resolve().parent.parent / "locales" / "outfits.toml"
US_PAPERS = ("4x6", "letter")  # 4×6 in photo paper and a Letter PDF
METRIC_PAPERS = ("10x15", "a4")  # 10×15 cm photo paper and an A4 PDF


def flag(country: str) -> str:
    """The flag emoji of an ISO country code ('EU' has one too); a globe for generic sizes."""
    if len(country) != 2 or not country.isalpha() or country == GENERIC_COUNTRY:
        return "🌐"
    return "".join(chr(0x1F1E6 + ord(letter) - ord("A")) for letter in country.upper())


def document_name(spec: DocumentSpec, lang: str) -> str:
    """The name a user of `lang` reads, the same in buttons, captions, invoices and the history:
    the local name where the document's country speaks the user's language (ru → 'Паспорт
    гражданина РФ'), else one built in the language (es → 'Pasaporte de México')."""
    return document_names.document_name(spec, lang)


def document_title(spec: DocumentSpec, lang: str, limit: int = 32) -> str:
    """The document name in at most `limit` characters (an invoice title): without its
    parenthesised qualifiers first, then cut at a word with an ellipsis."""
    name = document_name(spec, lang)
    if len(name) <= limit:
        return name
    for opening in ("（", " ("):
        if opening in name and name.index(opening) <= limit:
            name = name[: name.index(opening)].rstrip()
            break
    if len(name) <= limit:
        return name
    cut = name[: limit - 1]
    if " " in cut[-6:]:  # end at a word when that loses little, else mid-word: keep the country
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—") + "…"


def document_label(spec: DocumentSpec, lang: str) -> str:
    """Button text: flag and name."""
    return f"{flag(spec.country)} {document_name(spec, lang)}"


def outfit_name(outfit_id: str, lang: str) -> str:
    """The outfit's name in `lang`: the engine's catalogue (engine/outfits/catalogue.toml) for the
    languages it names, bot/locales/outfits.toml for the others; the id itself for an outfit no
    longer in the catalogue."""
    try:
        outfit = load_outfits().get(outfit_id)
    except UnknownOutfit:
        return outfit_id
    if lang in OUTFIT_LANGUAGES:
        return outfit.names.get(lang)
    return _bot_outfit_names().get(outfit_id, {}).get(lang) or outfit.names.get(lang)


@cache
def _bot_outfit_names() -> dict[str, dict[str, str]]:
    return tomllib.loads(OUTFIT_NAMES.read_text(encoding="utf-8"))


def country_name(country: str, lang: str, t: Translator) -> str:
    """CLDR's name of the territory in the user's language; our own words for generic sizes."""
    if country == GENERIC_COUNTRY:
        return t("country-generic")
    words = document_names.name_data().languages.get(lang)
    return document_names.country_form(country, lang, words)


def size_text(spec: DocumentSpec) -> str:
    """'35×45 mm, 413×531 px' (printed specs) or '354×472 px' (upload-only specs)."""
    px = spec.output_pixels
    pixels = f"{px.width}×{px.height} px"
    if spec.print_mm is None:
        return pixels
    return f"{spec.print_mm.width:g}×{spec.print_mm.height:g} mm, {pixels}"


def papers_for(language_code: str | None, lang: str) -> list[str]:
    """Print papers for the user's region: US sizes where Telegram's language tag points at the
    US ('en', 'en-US'), metric everywhere else. Telegram rarely sends a region, so the language's
    most likely territory stands in for it."""
    region = likely_country(language_code or lang)
    return list(US_PAPERS if region == "US" else METRIC_PAPERS)
