"""The search index of one catalogue: built once (≈ 0.5 s for 400 documents) and cached, so a query
costs a few ms.

Two lexicons:
- features: country names (CLDR via Babel in the vocabulary's languages and each country's own
  official languages, ISO codes, the vocabulary's short forms and demonyms), document-type words,
  qualifier words (every id's own, plus the vocabulary's synonyms) and stopwords;
- documents: each spec's aliases, names and id, pointing straight at it.
Plus per-document facts the ranking needs (country, type word, qualifiers, sizes, tie-break rank).
"""

from __future__ import annotations

import logging
import re
import time
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.languages import get_official_languages

from specs.catalogue import Catalogue
from specs.schema import MM_PER_INCH, DocumentSpec, DocumentType
from specs.search_lexicon import Lexicon, Meaning
from specs.search_text import is_unspaced_phrase, normalise
from specs.vocabulary import Vocabulary, load_vocabulary

log = logging.getLogger(__name__)

# Type word of the id convention for each schema type, used when the id itself names none.
TYPE_WORD = {
    DocumentType.passport: "passport",
    DocumentType.visa: "visa",
    DocumentType.e_visa: "evisa",
    DocumentType.national_id: "id_card",
    DocumentType.residence_permit: "residence_permit",
    DocumentType.driving_licence: "driving_licence",
    DocumentType.citizenship: "citizenship",
    DocumentType.student_exam: "student",
    DocumentType.other: "other",
}
TYPE_WORDS_IN_IDS = sorted(TYPE_WORD.values(), key=len, reverse=True)
NOT_COUNTRIES = frozenset({"EZ", "UN", "QO", "ZZ", "XA", "XB"})  # CLDR groupings and pseudo-regions
_PARENS = re.compile(r"\s*\(([^)]*)\)\s*")
NAME_WEIGHT = 0.9
SHORT_NAME_WEIGHT = 0.8
CODE_WEIGHT = 0.9
WORD_WEIGHT = 0.6  # one word of a longer alias
MAX_WORD_OWNERS = 3
NATIONAL_QUALIFIER = "national"  # xx_visa_national: a Schengen state's long-stay (D) visa
MIN_WORD_CHARS = 3


@dataclass(frozen=True)
class DocInfo:
    spec: DocumentSpec
    type_word: str
    qualifiers: frozenset[str]
    tie_rank: int  # 0 = the document meant when its country and type are named plainly
    popularity: float  # 0..1, from the vocabulary's popular list
    order: int  # position in the catalogue (file order), the last tie-break
    print_mm: tuple[float, float] | None
    pixels: tuple[int, int]
    digital: bool  # an upload channel: "online" in a query prefers it
    national_visa: bool  # a Schengen state's own long-stay (D) visa


@dataclass
class SearchIndex:
    vocabulary: Vocabulary
    features: Lexicon
    documents: Lexicon
    docs: dict[str, DocInfo]
    stopwords: frozenset[str]
    stop_lexicon: Lexicon
    official: dict[str, frozenset[str]]  # language → countries of the catalogue where it is official
    country_types: frozenset[tuple[str, str]]  # (country, type word) pairs the catalogue has
    # (country, type word) pairs without the national D visas: "slovenian visa" still means Schengen
    plain_country_types: frozenset[tuple[str, str]] = frozenset()
    country_sizes: dict[str, tuple[float, float]] = field(default_factory=dict)  # commonest print size
    fuzzy_choices: list[str] = field(default_factory=list)
    fuzzy_owner: list[str] = field(default_factory=list)


def split_id(spec: DocumentSpec) -> tuple[str, frozenset[str]]:
    """Type word and qualifier words of an id `<prefix>_<type>[_<qualifier>]` (type from the
    schema when the id names none, e.g. us_dv_lottery)."""
    rest = spec.id.split("_", 1)[1] if "_" in spec.id else ""
    for word in TYPE_WORDS_IN_IDS:
        if f"_{word}_" in f"_{rest}_":
            qualifiers = f"_{rest}_".replace(f"_{word}_", "_", 1).strip("_")
            return word, frozenset(q for q in qualifiers.split("_") if q)
    return TYPE_WORD[spec.type], frozenset(q for q in rest.split("_") if q)


def _name_variants(name: str, inner_too: bool = True) -> list[tuple[str, float]]:
    """'Myanmar (Burma)' → full name, 'Myanmar', 'Burma'. A document name's brackets hold a
    qualifier ("(online form upload)"), not another name, so `inner_too=False` drops them."""
    variants = [(name, NAME_WEIGHT)]
    inner = _PARENS.findall(name)
    if inner:
        variants.append((_PARENS.sub(" ", name).strip(), NAME_WEIGHT))
        if inner_too:
            variants.extend((part, SHORT_NAME_WEIGHT) for part in inner)
    return variants


def _territory_names(lang: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(lang).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def _country_codes() -> list[str]:
    return [
        code
        for code in _territory_names("en")
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    ]


def _print_size(spec: DocumentSpec) -> tuple[float, float] | None:
    """Print size in mm; for a digital spec with a stated DPI, the size its pixels print at
    (DS-160's 600×600 px at 300 DPI is the 2×2 in photo)."""
    if spec.print_mm is not None:
        return spec.print_mm.width, spec.print_mm.height
    if spec.dpi is not None and spec.pixels is not None:
        return spec.pixels.width / spec.dpi * MM_PER_INCH, spec.pixels.height / spec.dpi * MM_PER_INCH
    return None


def _country_sizes(infos: Iterable[DocInfo]) -> dict[str, tuple[float, float]]:
    """Each country's commonest print size (mm, rounded to 0.5): what a document of that country
    the catalogue lacks most likely uses."""
    counts: dict[str, Counter[tuple[float, float]]] = defaultdict(Counter)
    for info in infos:
        if info.print_mm is not None and info.spec.country not in ("EU", "XX"):
            w, h = (round(v * 2) / 2 for v in info.print_mm)
            counts[info.spec.country][w, h] += 1
    return {country: sizes.most_common(1)[0][0] for country, sizes in counts.items()}


def build_index(catalogue: Catalogue, vocabulary: Vocabulary | None = None) -> SearchIndex:
    started = time.perf_counter()
    vocab = vocabulary or load_vocabulary()
    stopwords = frozenset(normalise(w) for w in vocab.search.stopwords)
    features, documents, stop_lexicon = Lexicon(), Lexicon(), Lexicon()
    for word in vocab.search.stopwords:
        features.add(word, Meaning("stop", word))
        stop_lexicon.add(word, Meaning("stop", word))
    countries = {spec.country for spec in catalogue}
    official = {code: tuple(get_official_languages(code)) for code in _country_codes()}
    _add_country_names(features, vocab, countries, official, stopwords)
    _add_vocabulary_words(features, vocab)
    docs, fuzzy_choices, fuzzy_owner = _add_documents(catalogue, vocab, features, documents, stopwords)

    official_by_lang: dict[str, set[str]] = defaultdict(set)
    for code in countries:
        for lang in official.get(code, ()):
            official_by_lang[lang].add(code)
    index = SearchIndex(
        vocabulary=vocab,
        features=features.freeze(),
        documents=documents.freeze(),
        docs=docs,
        stopwords=stopwords,
        stop_lexicon=stop_lexicon.freeze(),
        official={lang: frozenset(codes) for lang, codes in official_by_lang.items()},
        country_types=frozenset((info.spec.country, info.type_word) for info in docs.values()),
        plain_country_types=frozenset(
            (info.spec.country, info.type_word) for info in docs.values() if not info.national_visa
        ),
        country_sizes=_country_sizes(docs.values()),
        fuzzy_choices=fuzzy_choices,
        fuzzy_owner=fuzzy_owner,
    )
    log.info(
        "search index: %d documents, %d feature keys, %d document keys in %.0f ms",
        len(docs),
        len(features),
        len(documents),
        (time.perf_counter() - started) * 1000,
    )
    return index


def _add_country_names(
    features: Lexicon,
    vocab: Vocabulary,
    countries: set[str],
    official: dict[str, tuple[str, ...]],
    stopwords: frozenset[str],
) -> None:
    """CLDR names of every country in the vocabulary's languages, the catalogue's countries also in
    each catalogue country's languages ("Deutschland", "Rosja"), ISO codes, and the vocabulary's
    short forms and demonyms."""
    local_languages = {lang for code in countries for lang in official.get(code, ())}
    for lang in sorted(set(vocab.search.languages) | local_languages):
        names = _territory_names(lang)
        everyone = lang in vocab.search.languages
        for code, languages in official.items():
            if code in names and (everyone or code in countries or lang in languages):
                for variant, weight in _name_variants(names[code]):
                    features.add(variant, Meaning("country", code, weight))
    for code in [*official, "EU"]:
        if code.lower() not in stopwords:  # "in", "it", "de" are words first
            features.add(code.lower(), Meaning("country", code, CODE_WEIGHT))
    for code, words in vocab.countries.items():
        for word in words:
            features.add(word, Meaning("country", code))


def _add_vocabulary_words(features: Lexicon, vocab: Vocabulary) -> None:
    """Document-type words, qualifier synonyms and compounds ("загранпаспорт")."""
    for type_word, words in vocab.types.items():
        for word in [type_word.replace("_", " "), *words]:
            features.add(word, Meaning("type", type_word))
    # A qualifier group is a set of synonyms: any of its words stands for all of them, so "paper"
    # finds an id qualified "print" and "upload" one qualified "online".
    for qualifier, words in vocab.qualifiers.items():
        group = [qualifier, *words]
        keys = {normalise(word) for word in group}
        for word in group:
            for key in keys:
                features.add(word, Meaning("qualifier", key))
    for word, compound in vocab.compounds.items():
        features.add(word, Meaning("type", compound.type))
        features.add(word, Meaning("qualifier", compound.qualifier))


def _tie_ranks(vocab: Vocabulary, infos: list[tuple[DocumentSpec, str, frozenset[str]]]) -> dict[str, int]:
    """Rank within one (country, type): the vocabulary's primary id first, then ids without a
    qualifier, then file order. Rank 0 is what "Russian passport" means."""
    primary = set(vocab.search.primary)
    ranked = sorted(
        enumerate(infos), key=lambda item: (item[1][0].id not in primary, bool(item[1][2]), item[0])
    )
    seen: dict[tuple[str, str], int] = defaultdict(int)
    ranks: dict[str, int] = {}
    for _, (spec, type_word, _) in ranked:
        ranks[spec.id] = seen[spec.country, type_word]
        seen[spec.country, type_word] += 1
    return ranks


def _add_documents(
    catalogue: Catalogue, vocab: Vocabulary, features: Lexicon, documents: Lexicon, stopwords: frozenset[str]
) -> tuple[dict[str, DocInfo], list[str], list[str]]:
    """Each document's aliases, names and id into `documents`, its qualifier words into `features`;
    returns the per-document facts and the texts for whole-query similarity (with their owners)."""
    infos = [(spec, *split_id(spec)) for spec in catalogue]
    ranks = _tie_ranks(vocab, infos)
    popular = {doc_id: 1 - i / len(vocab.search.popular) for i, doc_id in enumerate(vocab.search.popular)}
    docs: dict[str, DocInfo] = {}
    fuzzy_choices: list[str] = []
    fuzzy_owner: list[str] = []
    word_owners: dict[str, set[str]] = defaultdict(set)
    for order, (spec, type_word, qualifiers) in enumerate(infos):
        for qualifier in qualifiers:
            features.add(qualifier, Meaning("qualifier", qualifier))
        phrases = [(alias, 1.0) for alias in spec.aliases]
        phrases.append((spec.id.replace("_", " "), 1.0))
        for name in (spec.names.en, spec.names.local, spec.names.zh):
            if name:
                phrases.extend(_name_variants(name, inner_too=False))
        for phrase, weight in phrases:
            documents.add(phrase, Meaning("doc", spec.id, weight))
        texts = list(dict.fromkeys(t for t in (normalise(phrase) for phrase, _ in phrases) if t))
        fuzzy_choices.extend(texts)
        fuzzy_owner.extend([spec.id] * len(texts))
        for text in texts:
            for word in text.split():
                word_owners[word].add(spec.id)
        px = spec.output_pixels
        docs[spec.id] = DocInfo(
            spec=spec,
            type_word=type_word,
            qualifiers=qualifiers,
            tie_rank=ranks[spec.id],
            popularity=popular.get(spec.id, 0.0),
            order=order,
            print_mm=_print_size(spec),
            pixels=(px.width, px.height),
            digital=spec.print_mm is None or spec.type is DocumentType.e_visa or "online" in qualifiers,
            national_visa=type_word == "visa" and NATIONAL_QUALIFIER in qualifiers,
        )
    # A distinctive word of a few documents' names or aliases ("iqama", "tazkira", "ircc") finds
    # them on its own; words that are country, type or stop words already mean something else.
    for word, owners in word_owners.items():
        distinctive = len(owners) <= MAX_WORD_OWNERS and len(word) >= MIN_WORD_CHARS and not word.isdigit()
        ordinary = word in stopwords or features.meanings(word) or is_unspaced_phrase(word)
        if distinctive and not ordinary:
            for owner in owners:
                documents.add(word, Meaning("word", owner, WORD_WEIGHT))
    return docs, fuzzy_choices, fuzzy_owner


# One index per live catalogue object: the catalogue is immutable, so its index never goes stale,
# and the entry goes away with the catalogue (a test's temporary catalogue does not pile up).
_INDEXES: dict[int, tuple[weakref.ref[Catalogue], SearchIndex]] = {}


def index_for(catalogue: Catalogue) -> SearchIndex:
    key = id(catalogue)
    entry = _INDEXES.get(key)
    if entry is not None and entry[0]() is catalogue:
        return entry[1]
    index = build_index(catalogue)

    def forget(_ref: weakref.ref[Catalogue], key: int = key) -> None:
        _INDEXES.pop(key, None)

    _INDEXES[key] = (weakref.ref(catalogue, forget), index)
    return index


@lru_cache(maxsize=256)
def likely_country(lang: str) -> str | None:
    """The territory a language tag most likely means: 'pt' → BR, 'ru' → RU, 'en-GB' → GB."""
    tag = lang.replace("-", "_")
    try:
        locale = Locale.parse(tag)
    except (UnknownLocaleError, ValueError):
        return None
    if locale.territory:
        return locale.territory
    likely = get_global("likely_subtags").get(locale.language)
    return likely.rsplit("_", 1)[-1] if likely else None
