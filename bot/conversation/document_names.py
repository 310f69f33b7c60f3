"""Every document's name in every bot language, built from data (bot/locales/documents.toml).

Why generated and not translated one by one: the catalogue has over 400 documents in 150
countries, and fourteen languages would need 6,000 hand-written names that drift as documents are
added. A name is the document type's word in the language (or a `kind` for the few documents that
are not a plain passport, visa, ID card…), the country in the form the language needs (Russian
genitive «паспорт Мексики», Portuguese «passaporte dos Estados Unidos»), and the qualifiers of the
English name in parentheses ("consular application", "online application") in the language, with
codes such as DNI or QID kept as they are.

English keeps the catalogue's own names; Chinese uses the catalogue's Chinese names; a user whose
language is the document country's own (its likely language: ru for RU, pt for BR) reads the
catalogue's local name, which the authority itself uses.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.numbers import format_decimal

from specs.schema import DocumentSpec
from specs.search_index import likely_country

DATA = Path(__file__).resolve().parent.parent / "locales" / "documents.toml"
GENERIC_COUNTRY = "XX"
SOURCE_LANGUAGE = "en"
# A country's abbreviation or a word the type already says, not a code worth repeating.
_CODE = re.compile(r"(?<![\w-])(?:[A-Z]{2,}[A-Za-z]*|e[A-Z][A-Za-z]*|e-[A-Z][a-z]+|[A-Z][a-z]+-ID)(?![\w])")
_PARENS = re.compile(r"\s*\(([^)]*)\)")


@dataclass(frozen=True)
class LanguageNames:
    """One language's words: templates by type or kind, qualifiers, country forms."""

    templates: dict[str, str]
    qualifiers: dict[str, str]
    countries: dict[str, str] = field(default_factory=dict)  # nominative, where Babel's reads badly
    of: dict[str, str] = field(default_factory=dict)  # "of" forms (genitive, de + article)
    paren: str = "({})"
    separator: str = ", "
    mm: str = "mm"


@dataclass(frozen=True)
class NameData:
    qualifiers: dict[str, str]  # English parenthetical → qualifier key(s), "" to drop it
    kinds: dict[str, str]  # document id → kind
    not_codes: frozenset[str]
    languages: dict[str, LanguageNames]


@cache
def name_data(path: Path = DATA) -> NameData:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    languages = {
        lang: LanguageNames(
            templates=dict(entry["templates"]),
            qualifiers=dict(entry["qualifiers"]),
            countries=dict(entry.get("countries", {})),
            of=dict(entry.get("of", {})),
            paren=entry.get("paren", "({})"),
            separator=entry.get("separator", ", "),
            mm=entry.get("mm", "mm"),
        )
        for lang, entry in raw["lang"].items()
    }
    return NameData(
        qualifiers=dict(raw["qualifiers"]),
        kinds=dict(raw["kinds"]),
        not_codes=frozenset(raw["not_codes"]["words"]),
        languages=languages,
    )


def document_name(spec: DocumentSpec, lang: str) -> str:
    """The name a user of `lang` reads: see the module docstring for which one and why."""
    if lang == SOURCE_LANGUAGE:
        return spec.names.en
    if lang == "zh" and spec.names.zh:
        return spec.names.zh
    if reads_local_name(spec, lang):
        return spec.names.local or spec.names.en
    words = name_data().languages.get(lang)
    if words is None:
        return spec.names.en
    return generated_name(spec, lang, words)


def reads_local_name(spec: DocumentSpec, lang: str) -> bool:
    """Whether the catalogue's local name is in `lang`: the language's own country (ru → RU), or a
    country whose most likely language is `lang` (es → MX, ar → SA, de → AT) when the local name
    is one name in that language's alphabet (not "Paspoort / Passeport", not Kazakh for ru)."""
    local = spec.names.local
    if not local:
        return False
    if likely_country(lang) == spec.country:
        return True
    likely = get_global("likely_subtags").get(f"und_{spec.country}", "")
    if likely.split("_")[0] != lang or " / " in local:
        return False
    alphabet = _ALPHABETS.get(lang)
    letters = [ch for ch in local if ch.isalpha()]
    native = [ch for ch in letters if not ch.isascii()]  # Latin letters are codes (OCI), not the name
    if alphabet is None:  # a Latin-script language reads a Latin-script name only
        return all("LATIN" in unicodedata.name(ch, "") for ch in letters)
    return bool(native) and all(alphabet.match(ch) for ch in letters)


# Letters of the languages whose local names could be in a neighbour's alphabet: Kazakh or
# Belarusian Cyrillic, Persian or Urdu letters in Arabic script. Latin ones, with no table, are
# told apart by the country's likely language alone.
_ALPHABETS = {
    "ru": re.compile(r"[А-Яа-яЁёA-Za-z]"),
    "uk": re.compile(r"[А-ЩЬЮЯҐЄІЇа-щьюяґєіїʼ'A-Za-z]"),
    "ar": re.compile(r"[\u0621-\u064A\u0660-\u0669\u0670-\u0671A-Za-z]"),
    "fa": re.compile(r"[\u0622-\u063A\u0641-\u0648\u064B-\u0655\u067E\u0686\u0698\u06A9\u06AF\u06CCA-Za-z]"),
}


def generated_name(spec: DocumentSpec, lang: str, words: LanguageNames) -> str:
    data = name_data()
    kind = data.kinds.get(spec.id) or ("generic" if spec.country == GENERIC_COUNTRY else str(spec.type))
    template = words.templates.get(kind) or words.templates[str(spec.type)]
    base = template.format(
        country=country_form(spec.country, lang, words),
        of=of_form(spec.country, lang, words),
        size=_size(spec, lang, words),
    )
    extras = _extras(spec, data, words) if kind != "generic" else []
    return f"{base} {words.paren.format(words.separator.join(extras))}" if extras else base


def country_form(country: str, lang: str, words: LanguageNames | None = None) -> str:
    """The country's name for a document name in `lang`: our table, else CLDR's, else English."""
    if words is not None and country in words.countries:
        return words.countries[country]
    try:
        names = Locale.parse(lang).territories
    except (UnknownLocaleError, ValueError):
        names = Locale("en").territories
    return str(names.get(country) or Locale("en").territories.get(country) or country)


def of_form(country: str, lang: str, words: LanguageNames) -> str:
    """The country as a template's {of} needs it: the reviewed table, else the language's regular
    rule (a country added to the catalogue after the table was written still reads grammatically
    in the common case; tests/test_document_names.py asks for the table to be completed)."""
    if country in words.of:
        return words.of[country]
    name = country_form(country, lang, words)
    rule = _OF_RULES.get(lang)
    return rule(name) if rule else name


def _ru_genitive(name: str) -> str:
    if " " in name or name[-1] in "оеиуюэы" or name.isupper():
        return name  # several words or indeclinable: the table has the reviewed forms
    for ending, genitive in (("ия", "ии"), ("я", "и"), ("ь", "я"), ("й", "я")):
        if name.endswith(ending):
            return name[: -len(ending)] + genitive
    if name.endswith("а"):
        return name[:-1] + ("и" if name[-2] in "гкхжшщч" else "ы")
    return name + "а"


def _uk_genitive(name: str) -> str:
    if " " in name or name[-1] in "оеиіуює" or name.isupper():
        return name
    for ending, genitive in (("ія", "ії"), ("я", "і"), ("ь", "і"), ("й", "ю"), ("а", "и")):
        if name.endswith(ending):
            return name[: -len(ending)] + genitive
    return name + "у"


def _pt_of(name: str) -> str:
    return ("da " if name.endswith("a") else "do ") + name


def _fr_of(name: str) -> str:
    if name[0] in "AEIOUÉÈÊÎÏÔÂ":
        return "de l'" + name
    return ("de la " if name.endswith("e") else "du ") + name


_OF_RULES = {
    "ru": _ru_genitive,
    "uk": _uk_genitive,
    "es": lambda name: ("de la " if name.startswith("República") else "de ") + name,
    "pt": _pt_of,
    "fr": _fr_of,
}


def _extras(spec: DocumentSpec, data: NameData, words: LanguageNames) -> list[str]:
    """The English name's qualifiers in `words`' language, then its codes (DNI, QID…), once each."""
    english = spec.names.en
    head, *tail = _PARENS.sub("", english).split(", ")
    pieces = [*tail]
    for inner in _PARENS.findall(english):
        pieces += [part.strip() for part in inner.split(", ")]
    extras: list[str] = []
    codes = [c for c in _CODE.findall(head) if c not in data.not_codes]
    for piece in pieces:
        if piece not in data.qualifiers and not _looks_like_code(piece):
            continue  # an English word the table does not translate yet: left out, never shown in English
        mapped = data.qualifiers.get(piece, piece)
        for item in filter(None, (m.strip() for m in mapped.split(","))):
            extras.append(words.qualifiers.get(item, item))
    for code in codes:
        extras.append(code)
    return list(dict.fromkeys(extras))  # first occurrence of each, in order


def _looks_like_code(piece: str) -> bool:
    """'DNI', 'RG / CIN', '1200×1680 px', 'Cartão de Cidadão': a code or a local name kept as it
    is; 'child' or 'renewal' is English to translate."""
    return any(ch.isupper() or ch.isdigit() for ch in piece) or not piece.isascii()


def _size(spec: DocumentSpec, lang: str, words: LanguageNames) -> str:
    if spec.print_mm is None:
        return f"{spec.output_pixels.width}×{spec.output_pixels.height} px"
    try:
        width = format_decimal(spec.print_mm.width, locale=lang)
        height = format_decimal(spec.print_mm.height, locale=lang)
    except (UnknownLocaleError, ValueError):
        width, height = f"{spec.print_mm.width:g}", f"{spec.print_mm.height:g}"
    return f"{width}×{height} {words.mm}"
