"""A phrase lexicon and the matcher that finds its phrases in a query.

Why its own module: the search needs the same three lookups for two different lexicons (country /
type / qualifier words, and document names / aliases / ids):
- exact, on spaced or compact keys ("e visa" = "evisa"), longest phrase first;
- by substring inside runs of unspaced scripts ("美国签证" → "美国" + "签证");
- fuzzy (rapidfuzz) for what is left, so "pasport", "shengen" and "germna" still count.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import process
from rapidfuzz.distance import OSA

from specs.search_text import Token, is_unspaced_phrase, tokenize

MeaningKind = Literal["country", "type", "qualifier", "doc", "word", "stop"]
MAX_NGRAM = 6
MAX_FUZZY_NGRAM = 3
MIN_FUZZY_CHARS = 5
UNSPACED_CHARS_PER_UNIT = 2  # a Chinese word is about two characters
FUZZY_QUALITY = 0.95  # a misspelt match never quite equals an exact one
EDIT_PENALTY = 0.1


@dataclass(frozen=True)
class Meaning:
    kind: MeaningKind
    value: str
    weight: float = 1.0


@dataclass(frozen=True)
class Match:
    """A phrase found in the query: which tokens (or characters of an unspaced run) and how well."""

    key: str
    meanings: tuple[Meaning, ...]
    quality: float  # 1.0 exact, lower for fuzzy
    units: float  # how much of the query it covers (a spaced word = 1, two unspaced characters = 1)
    span: tuple[int, int, int]  # (segment, start, end): tokens or characters within the segment
    typed: str  # the query text it matched, for the explanation


def max_edits(length: int) -> int:
    """Typos allowed in a phrase of `length` letters (a swap of two neighbours counts as one):
    none below five letters ("iran" vs "iraq" are two countries), one from five, two from nine."""
    return 0 if length < MIN_FUZZY_CHARS else 1 if length < 9 else 2


class Lexicon:
    def __init__(self) -> None:
        self._exact: dict[str, list[Meaning]] = defaultdict(list)
        self._by_tokens: dict[int, list[str]] = defaultdict(list)
        self._unspaced: list[str] = []

    def add(self, phrase: str, meaning: Meaning) -> None:
        words = [token.text for token in tokenize(phrase)]
        if not words:
            return
        for variant in {" ".join(words), "".join(words)}:
            if meaning not in self._exact[variant]:
                self._exact[variant].append(meaning)

    def freeze(self) -> Lexicon:
        """Build the fuzzy buckets and the unspaced-key list once all phrases are in."""
        for key in self._exact:
            if is_unspaced_phrase(key):
                self._unspaced.append(key.replace(" ", ""))
            else:
                self._by_tokens[key.count(" ") + 1].append(key)
        self._unspaced = sorted(set(self._unspaced), key=len, reverse=True)
        self._exact = dict(self._exact)
        return self

    def meanings(self, key: str) -> list[Meaning]:
        return self._exact.get(key, [])

    def __len__(self) -> int:
        return len(self._exact)

    # --- matching -------------------------------------------------------------------------

    def find(
        self,
        segments: list[list[Token]],
        stopwords: frozenset[str],
        overlapping: bool,
        known: set[tuple[int, int]] | None = None,
        fuzzy: bool = True,
    ) -> list[Match]:
        """Every phrase of this lexicon in the query segments.

        `overlapping=False` keeps a segmentation (longest phrases first, no token used twice), as
        features need; True keeps every hit, as document phrases need. Fuzzy matching runs on tokens
        no exact phrase explained, and never on `known` (segment, token) positions: a correctly
        spelt word of another lexicon ("passport") is not a typo of "passeport"."""
        found: list[Match] = []
        for index, segment in enumerate(segments):
            if segment[0].unspaced:
                found.extend(self._find_unspaced(index, segment[0].text, overlapping))
            else:
                frozen = [not fuzzy or (index, i) in (known or set()) for i in range(len(segment))]
                found.extend(self._find_spaced(index, segment, stopwords, overlapping, frozen))
        return found

    def _find_spaced(
        self,
        index: int,
        tokens: list[Token],
        stopwords: frozenset[str],
        overlapping: bool,
        frozen: list[bool],
    ) -> list[Match]:
        words = [t.text for t in tokens]
        taken = [False] * len(words)
        exact_spans: set[tuple[int, int]] = set()
        found: list[Match] = []
        for size in range(min(MAX_NGRAM, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                end = start + size
                if not overlapping and any(taken[start:end]):
                    continue
                part = words[start:end]
                if size == 1 and part[0] in stopwords:
                    continue
                key = " ".join(part)
                meanings = self._exact.get(key) or self._exact.get("".join(part))
                if not meanings:
                    continue
                units = sum(w not in stopwords for w in part)
                found.append(Match(key, tuple(meanings), 1.0, units, (index, start, end), key))
                taken[start:end] = [True] * size
                exact_spans.add((start, end))
        # Overlapping mode: a partly explained n-gram may still be a misspelt longer phrase.
        blocked = list(frozen) if overlapping else [a or b for a, b in zip(taken, frozen, strict=True)]
        found.extend(self._fuzzy(index, words, blocked, exact_spans, stopwords, overlapping))
        return found

    def _fuzzy(
        self,
        index: int,
        words: list[str],
        taken: list[bool],
        exact_spans: set[tuple[int, int]],
        stopwords: frozenset[str],
        overlapping: bool,
    ) -> list[Match]:
        found: list[Match] = []
        for size in range(min(MAX_FUZZY_NGRAM, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                end = start + size
                if (start, end) in exact_spans or (
                    all(taken[start:end]) if overlapping else any(taken[start:end])
                ):
                    continue
                part = words[start:end]
                if part[0] in stopwords or part[-1] in stopwords:
                    continue
                key = " ".join(part)
                edits = max_edits(len(key.replace(" ", "")))
                if edits == 0:
                    continue
                best = process.extractOne(
                    key, self._by_tokens.get(size, []), scorer=OSA.distance, score_cutoff=edits
                )
                if best is None:
                    continue
                units = sum(w not in stopwords for w in part)
                quality = FUZZY_QUALITY - EDIT_PENALTY * best[1]
                meanings = tuple(self._exact[best[0]])
                found.append(Match(best[0], meanings, quality, units, (index, start, end), key))
                if not overlapping:
                    taken[start:end] = [True] * size
        return found

    def _find_unspaced(self, index: int, run: str, overlapping: bool) -> list[Match]:
        taken = [False] * len(run)
        found: list[Match] = []
        for key in self._unspaced:  # longest first
            if len(key) > len(run):
                continue
            start = run.find(key)
            while start != -1:
                end = start + len(key)
                if overlapping or not any(taken[start:end]):
                    meanings = tuple(self._exact[key])
                    units = 0.0 if all(m.kind == "stop" for m in meanings) else len(key)
                    found.append(
                        Match(key, meanings, 1.0, units / UNSPACED_CHARS_PER_UNIT, (index, start, end), key)
                    )
                    taken[start:end] = [True] * len(key)
                start = run.find(key, start + 1)
        return found


def segments_of(tokens: list[Token]) -> list[list[Token]]:
    """Split the token list into runs of spaced words and single unspaced runs: n-grams never
    cross from one script kind into the other. Neighbouring unspaced runs join up ("대한민국 여권",
    "电子签证 越南"): the space between them carries no meaning for substring matching."""
    segments: list[list[Token]] = []
    for token in tokens:
        previous = segments[-1] if segments else None
        if previous is not None and token.unspaced and previous[0].unspaced:
            previous[0] = Token(previous[0].text + token.text, unspaced=True)
        elif previous is None or token.unspaced or previous[0].unspaced:
            segments.append([token])
        else:
            previous.append(token)
    return segments


def query_units(segments: list[list[Token]], stopwords: frozenset[str], stop_lexicon: Lexicon) -> float:
    """How many meaningful units the query has: spaced words that are not stopwords, and unspaced
    characters outside stopword phrases ("照片"), two characters per unit."""
    total = 0.0
    for segment in segments:
        if segment[0].unspaced:
            stops = stop_lexicon.find([segment], stopwords, overlapping=False)
            stop_chars = sum(m.span[2] - m.span[1] for m in stops)
            total += (len(segment[0].text) - stop_chars) / UNSPACED_CHARS_PER_UNIT
        else:
            total += sum(t.text not in stopwords for t in segment)
    return total
