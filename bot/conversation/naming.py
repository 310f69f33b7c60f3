"""How documents, countries, sizes, print papers and outfits are named to a user in their language.

Why here and not in the .ftl files: document names are data (specs/data, with English, Chinese
and local names) and country names come from CLDR through Babel, so no catalogue has to repeat
400 documents or 150 countries per language. Code never matches on these strings; buttons carry ids.
"""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from bot.conversation.texts import Translator
from engine.outfits.catalogue import UnknownOutfit, load_outfits
from specs.schema import DocumentSpec
from specs.search_index import likely_country

GENERIC_COUNTRY = "XX"
US_PAPERS = ("4x6", "letter")  # 4×6 in photo paper and a Letter PDF
METRIC_PAPERS = ("10x15", "a4")  # 10×15 cm photo paper and an A4 PDF


def flag(country: str) -> str:
    """The flag emoji of an ISO country code ('EU' has one too); a globe for generic sizes."""
    if len(country) != 2 or not country.isalpha() or country == GENERIC_COUNTRY:
        return "🌐"
    return "".join(chr(0x1F1E6 + ord(letter) - ord("A")) for letter in country.upper())


def document_name(spec: DocumentSpec, lang: str) -> str:
    """The name a user of `lang` reads best: Chinese names for zh, the local name where the
    document's country speaks the user's language (ru → 'Паспорт гражданина РФ'), else English."""
    if lang == "zh" and spec.names.zh:
        return spec.names.zh
    if lang != "en" and spec.names.local and likely_country(lang) == spec.country:
        return spec.names.local
    return spec.names.en


def document_label(spec: DocumentSpec, lang: str) -> str:
    """Button text: flag and name."""
    return f"{flag(spec.country)} {document_name(spec, lang)}"


def outfit_name(outfit_id: str, lang: str) -> str:
    """The outfit catalogue's own name in `lang` (engine/outfits/catalogue.toml names every
    outfit in every bot language); the id itself for an outfit no longer in the catalogue."""
    try:
        return load_outfits().get(outfit_id).names.get(lang)
    except UnknownOutfit:
        return outfit_id


def country_name(country: str, lang: str, t: Translator) -> str:
    """CLDR's name of the territory in the user's language; our own words for generic sizes."""
    if country == GENERIC_COUNTRY:
        return t("country-generic")
    try:
        names = Locale.parse(lang).territories
    except (UnknownLocaleError, ValueError):
        names = Locale("en").territories
    return str(names.get(country) or Locale("en").territories.get(country) or country)


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
