"""Find documents by free text in any language: "Schengen visa", "паспорт РФ", "美国签证",
"pasaporte mexicano", "India e-visa", "35x45mm".

Why feature scoring rather than one fuzzy string match: users name a *country* and a *document
type* in their own words and order ("visa USA", "американская виза", "美国签证"), so the query is
read into features (country, type, qualifier such as "online" or "internal"), each document is
scored on how well it answers them, and direct hits on a spec's own aliases and names add to
that. `lang` (the user's language) and the query's script only break ties: a Russian typing
"паспорт" alone means the Russian passport.

A query that is a size ("35x45mm", "2x2in", "600x800 px") returns a custom spec first
(specs/custom.py), then the catalogue documents of exactly that size.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from specs.catalogue import Catalogue, load_catalogue
from specs.custom import NotASize, ParsedSize, find_size, spec_for_size
from specs.schema import DocumentSpec
from specs.search_index import DocInfo, SearchIndex, index_for, likely_country
from specs.search_lexicon import Match, query_units, segments_of
from specs.search_text import Token, script_of, tokenize

# Weights of the evidence a document can collect (the score is their weighted mean, 0..1).
W_COUNTRY = 3.0
W_TYPE = 2.0
W_QUALIFIER = 2.0
W_PHRASE = 3.0
W_SIZE = 2.0
W_FUZZY = 0.25
W_LANGUAGE = 0.4
W_TIE = 0.15
W_POPULAR = 0.1
ONLINE = "online"  # the qualifier key of "online", "upload", "digital"...
NATIONAL = "national"  # the qualifier key of "national", "long stay", "type D"...
SCHENGEN_FALLBACK = 0.85  # "German visa" → schengen_visa, slightly below a German visa of its own
OFFICIAL_LANGUAGE_BIAS = 0.5  # a country where the language is official, but not its main one
COVERAGE_EXPONENT = 0.75  # an alias naming half the query counts 0.59 of a full one
MIN_FUZZY = 0.6  # whole-query similarity below this is noise, not evidence
SIZE_TOLERANCE_MM = 0.6
OTHER_COUNTRY_DISCOUNT = 0.5  # name matches of a document from another country than the named one
COUNTRY_SIZE_SHARE = 0.5  # a bare size: the generic document of that size before any country's
NATIONAL_VISA_DISCOUNT = 0.85  # a D visa answers "<country> visa" only when "national"/"long stay" is said
PAPER_DISCOUNT = 0.85  # "online" in a query: a print-only document yields to the upload channel
GAP_QUALITY = 0.8  # a country and a type read this surely, with no such document: say we lack it
FULL_PHRASE = 0.85  # a name or alias covering (nearly) the whole query
ICAO_SIZE_MM = (35.0, 45.0)  # the stand-in size for a country the catalogue knows nothing of


@dataclass(frozen=True)
class Missing:
    """The document a query asks for that the catalogue lacks: "we don't have the Thai passport yet"."""

    country: str  # ISO alpha-2
    type_word: str  # passport, visa, id_card... (the id convention's type words)


@dataclass(frozen=True)
class SearchHit:
    spec: DocumentSpec
    score: float  # 0..1, comparable within one query
    why: str  # short human explanation: which words matched what
    # Set on the stand-in hit (a custom size) offered when the asked-for document is not in the
    # catalogue; the hits after it are other documents, never that one.
    missing: Missing | None = None


@dataclass(frozen=True)
class _Query:
    countries: dict[str, tuple[float, str]]  # code → (quality, typed word)
    types: dict[str, tuple[float, str]]
    qualifiers: dict[str, tuple[float, str]]
    phrases: dict[str, tuple[float, str]]  # doc id → (score, typed phrase)
    fuzzy: dict[str, float]  # doc id → whole-query similarity 0..1
    size: ParsedSize | None
    size_only: bool  # the query is nothing but a size ("35x45 mm photo")
    lang: str | None
    lang_country: str | None
    gap: Missing | None = None


def search(
    text: str, lang: str | None = None, catalogue: Catalogue | None = None, limit: int = 10
) -> list[SearchHit]:
    """The `limit` best documents for `text`, best first (empty when nothing matches)."""
    catalogue = catalogue if catalogue is not None else load_catalogue()
    if limit <= 0 or not text.strip():
        return []
    index = index_for(catalogue)
    hits: list[SearchHit] = []
    size = find_size(text)
    size_only = size is not None and all(t.text in index.stopwords for t in tokenize(size.rest))
    if size is not None and size_only:
        with suppress(NotASize):  # an implausible size ("1x1 mm"): search the words alone
            hits.append(SearchHit(spec_for_size(size), 1.0, f"custom size {size.label}"))
    query = _read(text, lang, index, size, size_only)
    if query.gap is not None:
        hits.append(_stand_in(query.gap, index))
    scored = [
        (score, info, why) for info in index.docs.values() for score, why in [_score(info, query, index)]
    ]
    scored = [item for item in scored if item[0] > 0]
    if query.gap is not None:  # after the stand-in, only that country's documents and generic sizes:
        # another country's passport (or ID card) must not pass for the one we lack
        scored = [item for item in scored if item[1].spec.country in (query.gap.country, "XX")]
    scored.sort(key=lambda item: (-item[0], item[1].tie_rank, -item[1].popularity, item[1].order))
    hits.extend(SearchHit(info.spec, round(score, 4), why) for score, info, why in scored)
    return hits[:limit]


# --- reading the query ------------------------------------------------------------------------


def _read(
    text: str, lang: str | None, index: SearchIndex, size: ParsedSize | None, size_only: bool = False
) -> _Query:
    tokens = tokenize(size.rest if size is not None else text)
    segments = segments_of(tokens)
    total = max(query_units(segments, index.stopwords, index.stop_lexicon), 1.0)
    countries: dict[str, tuple[float, str]] = {}
    types: dict[str, tuple[float, str]] = {}
    qualifiers: dict[str, tuple[float, str]] = {}
    # Words spelt exactly as a phrase of one lexicon are never read as typos in the other one:
    # "karta" of the alias "karta pobytu" is not a misspelt "Katar", "passport" not "passeport".
    exact_docs = index.documents.find(segments, index.stopwords, overlapping=True, fuzzy=False)
    known = _positions(exact_docs)
    feature_matches = index.features.find(segments, index.stopwords, overlapping=False, known=known)
    known = _positions(m for m in feature_matches if m.quality == 1.0)
    for match in feature_matches:
        for meaning in match.meanings:
            target = {"country": countries, "type": types, "qualifier": qualifiers}.get(meaning.kind)
            if target is None:
                continue
            quality = match.quality * meaning.weight
            if quality > target.get(meaning.value, (0.0, ""))[0]:
                target[meaning.value] = (quality, match.typed)
    phrases: dict[str, tuple[float, str]] = {}
    for match in index.documents.find(segments, index.stopwords, overlapping=True, known=known):
        coverage = min(match.units / total, 1.0) ** COVERAGE_EXPONENT
        explained = _positions([match]) <= known  # every word already a country, type or qualifier
        for meaning in match.meanings:
            if meaning.kind == "word" and explained:
                continue  # a lone alias word only counts where it is not an ordinary word
            score = match.quality * meaning.weight * coverage
            if score > phrases.get(meaning.value, (0.0, ""))[0]:
                phrases[meaning.value] = (score, match.typed)
    if size is not None:  # names and aliases may include the size itself ("Generic 2×2 inch photo")
        whole = segments_of(tokenize(text))
        whole_total = max(query_units(whole, index.stopwords, index.stop_lexicon), 1.0)
        for match in index.documents.find(whole, index.stopwords, overlapping=True, fuzzy=False):
            coverage = min(match.units / whole_total, 1.0) ** COVERAGE_EXPONENT
            for meaning in match.meanings:
                score = match.quality * meaning.weight * coverage
                if meaning.kind == "doc" and score > phrases.get(meaning.value, (0.0, ""))[0]:
                    phrases[meaning.value] = (score, match.typed)
    # Whole-query similarity on the meaningful words only: "photo" must not favour documents
    # whose names happen to say "photo".
    normalised = " ".join(t.text for t in tokens if t.text not in index.stopwords)
    fuzzy: dict[str, float] = {}
    if normalised:
        for _, score, position in process.extract(
            normalised,
            index.fuzzy_choices,
            scorer=fuzz.token_sort_ratio,
            limit=None,
            score_cutoff=MIN_FUZZY * 100,
        ):
            owner = index.fuzzy_owner[position]
            fuzzy[owner] = max(fuzzy.get(owner, 0.0), score / 100)
    word_lang = _word_language(types, index)
    if word_lang and not (lang and lang.replace("-", "_").split("_")[0] == word_lang):
        lang = word_lang  # "Reisepass" typed by an English speaker is still the German passport
    lang = lang or _script_language(tokens, index)
    gap = None if size is not None else _gap(countries, types, index)
    return _Query(
        countries=countries,
        types=types,
        qualifiers=qualifiers,
        phrases=phrases,
        fuzzy=fuzzy,
        size=size,
        size_only=size_only,
        lang=lang,
        lang_country=likely_country(lang) if lang else None,
        gap=gap,
    )


def _word_language(types: dict[str, tuple[float, str]], index: SearchIndex) -> str | None:
    """The language of a type word that belongs to one ("reisepass" → de), if the query has one."""
    table = index.vocabulary.type_languages
    for _, typed in sorted(types.values(), reverse=True):
        language = table.get(typed.casefold())
        if language:
            return language
    return None


def _gap(
    countries: dict[str, tuple[float, str]], types: dict[str, tuple[float, str]], index: SearchIndex
) -> Missing | None:
    """The (country, type) a query names surely, when the catalogue has no document that answers it:
    none of that type or a close one (visa ↔ e-visa), and for a Schengen state's visa not even the
    common Schengen visa."""
    if not countries or not types:
        return None
    country, (c_quality, _) = max(countries.items(), key=lambda item: item[1][0])
    sure = [t for t, (quality, _) in types.items() if quality >= GAP_QUALITY and t != "other"]
    if country in ("EU", "XX") or c_quality < GAP_QUALITY or not sure:
        return None
    schengen = index.vocabulary.schengen
    for wanted in sure:  # any type the query names that the catalogue answers: no gap
        affinity = index.vocabulary.type_affinity.get(wanted, {})  # type: ignore[call-overload]
        close = {wanted} | {t for t, a in affinity.items() if a >= 0.6}
        if any((country, t) in index.country_types for t in close):
            return None
        if country in schengen.members and close & set(schengen.types):
            return None
    wanted = max(sure, key=lambda t: types[t][0])
    return Missing(country, wanted)


def _stand_in(gap: Missing, index: SearchIndex) -> SearchHit:
    """A custom spec of the size the country's other documents use (ICAO 35×45 mm if none)."""
    width, height = index.country_sizes.get(gap.country, ICAO_SIZE_MM)
    size = ParsedSize(width, height, "mm", whole=True, rest="", swapped=False)
    why = f"no {gap.country} {gap.type_word.replace('_', ' ')} in the catalogue: custom {size.label}"
    return SearchHit(spec_for_size(size), 1.0, why, missing=gap)


def _positions(matches: Iterable[Match]) -> set[tuple[int, int]]:
    """(segment, token) positions covered by these matches (spaced segments only)."""
    covered: set[tuple[int, int]] = set()
    for match in matches:
        segment, start, end = match.span
        covered.update((segment, i) for i in range(start, end))
    return covered


def _script_language(tokens: list[Token], index: SearchIndex) -> str | None:
    """The language a query's script implies (Cyrillic → ru, Devanagari → hi...), if any."""
    scripts = Counter(script_of(t.text[0]) for t in tokens if t.text and not t.text[0].isdigit())
    if not scripts:
        return None
    script, _ = scripts.most_common(1)[0]
    return index.vocabulary.search.scripts.get(script)


# --- scoring a document -----------------------------------------------------------------------


def _score(info: DocInfo, query: _Query, index: SearchIndex) -> tuple[float, str]:
    spec = info.spec
    total = weights = 0.0
    why: list[str] = []
    evidence = False

    # A document of another country than the one named only half-counts its name matches: "ब्रिटिश
    # पासपोर्ट" must not go to the Indian passport because one of its aliases is "पासपोर्ट".
    other_country = 1.0
    phrase = query.phrases.get(spec.id, (0.0, ""))[0]
    if query.countries:
        quality, typed = _country_quality(info, query, index)
        typed_phrase = query.phrases.get(spec.id, (0.0, ""))[1]
        inside = all(word in typed_phrase for _, word in query.countries.values())
        if phrase >= FULL_PHRASE and quality < phrase and inside:
            # The document's own name ("Mainland Travel Permit for Taiwan Residents") names its
            # issuer implicitly: place names inside that name are not another country.
            quality, typed = phrase, query.phrases[spec.id][1]
        total += W_COUNTRY * quality
        weights += W_COUNTRY
        if quality:
            evidence = True
            why.append(f"country {spec.country} ({typed})")
        else:
            other_country = OTHER_COUNTRY_DISCOUNT
    if query.types:
        quality, typed = max(
            (_affinity(index, wanted, info.type_word) * q, typed)
            for wanted, (q, typed) in query.types.items()
        )
        total += W_TYPE * quality
        weights += W_TYPE
        if quality:
            evidence = True
            why.append(f"type {info.type_word} ({typed})")
    if query.qualifiers:
        matched = [(q, typed) for word, (q, typed) in query.qualifiers.items() if word in info.qualifiers]
        online = query.qualifiers.get(ONLINE)
        if online is not None and ONLINE not in info.qualifiers and info.digital:
            matched.append(online)  # "online" prefers an upload channel even when its id says "evisa"
        # Out of the qualifiers the query could match: "online" fully answers an id qualified
        # "online_renewal" when the query names no other qualifier.
        asked = len({typed for _, typed in query.qualifiers.values()})
        quality = sum(q for q, _ in matched) / max(min(len(info.qualifiers), asked), 1) if matched else 0.0
        total += W_QUALIFIER * min(quality, 1.0)
        weights += W_QUALIFIER
        if matched:
            evidence = True
            why.append("qualifier " + ", ".join(dict.fromkeys(typed for _, typed in matched)))
    if query.phrases:
        quality, typed = query.phrases.get(spec.id, (0.0, ""))
        total += W_PHRASE * quality * other_country
        weights += W_PHRASE
        if quality:
            evidence = True
            why.append(f"name/alias '{typed}'")
    if query.size is not None:
        quality = _size_quality(info, query.size)
        if query.size_only and spec.country != "XX":
            quality *= COUNTRY_SIZE_SHARE
        total += W_SIZE * quality
        weights += W_SIZE
        if quality:
            evidence = True
            why.append(f"size {query.size.label}")
    similarity = query.fuzzy.get(spec.id, 0.0)
    total += W_FUZZY * similarity * other_country
    weights += W_FUZZY
    evidence = evidence or similarity >= 0.75
    if not evidence:
        return 0.0, ""
    if query.lang_country:
        bias = _language_bias(info, query, index)
        total += W_LANGUAGE * bias
        if bias:
            why.append(f"language {query.lang}")
    weights += W_LANGUAGE
    total += W_TIE * (1.0 if info.tie_rank == 0 else 0.0) + W_POPULAR * info.popularity
    weights += W_TIE + W_POPULAR
    if info.national_visa and NATIONAL not in query.qualifiers:
        total *= NATIONAL_VISA_DISCOUNT
    if ONLINE in query.qualifiers and not info.digital:
        total *= PAPER_DISCOUNT
    return total / weights, "; ".join(why)


def _country_quality(info: DocInfo, query: _Query, index: SearchIndex) -> tuple[float, str]:
    country = info.spec.country
    if country in query.countries:
        return query.countries[country]
    schengen = index.vocabulary.schengen
    if country == "EU" and info.type_word in schengen.types:
        for code, (quality, typed) in query.countries.items():
            wanted_types = set(query.types) or set(schengen.types)
            own = any((code, t) in index.plain_country_types for t in wanted_types)
            if code in schengen.members and not own and wanted_types & set(schengen.types):
                return quality * SCHENGEN_FALLBACK, typed
    return 0.0, ""


def _affinity(index: SearchIndex, wanted: str, actual: str) -> float:
    if wanted == actual:
        return 1.0
    row: dict[str, float] = index.vocabulary.type_affinity.get(wanted, {})  # type: ignore[call-overload]
    return row.get(actual, 0.0)


def _language_bias(info: DocInfo, query: _Query, index: SearchIndex) -> float:
    country = info.spec.country
    if country == query.lang_country:
        return 1.0
    language = (query.lang or "").replace("-", "_").split("_")[0]
    return OFFICIAL_LANGUAGE_BIAS if country in index.official.get(language, ()) else 0.0


def _size_quality(info: DocInfo, size: ParsedSize) -> float:
    if size.unit == "px":
        return 1.0 if info.pixels == (round(size.width), round(size.height)) else 0.0
    if info.print_mm is None:
        return 0.0
    w, h = info.print_mm
    close = abs(w - size.width_mm) <= SIZE_TOLERANCE_MM and abs(h - size.height_mm) <= SIZE_TOLERANCE_MM
    return 1.0 if close else 0.0
