"""Text normalisation shared by the search index and the query: one function decides what counts
as "the same word", so an index key and a typed query can never drift apart.

Why these rules:
- case, width and Latin accents do not matter to a user ("México" = "mexico", "ＵＳＡ" = "usa"),
  but Devanagari vowel signs and viramas are letters, so only marks on Latin letters are dropped;
- "ё" is written "е" by most Russian typists;
- Russian inflects nouns and adjectives ("визу", "Индию", "российского"), so Cyrillic words are cut
  to a crude stem — good enough for the country and document words the index holds;
- Chinese, Japanese, Korean and Thai are typed without spaces, so runs of those scripts are kept
  whole here and segmented later against the known phrases (see specs/search_lexicon.py).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Scripts written without spaces between words: matched by substring, never split into tokens.
UNSPACED_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "KATAKANA-HIRAGANA"})
# Russian noun and adjective endings, longest first.
CYRILLIC_SUFFIXES = (
    *("ого", "его", "ому", "ему", "ими", "ыми"),
    *("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "ую", "юю", "их", "ых", "ым", "им"),
    *("ом", "ем", "ам", "ям", "ах", "ях"),
    *("а", "я", "о", "е", "и", "ы", "у", "ю", "й", "ь"),
)
MIN_CYRILLIC_STEM = 3


@dataclass(frozen=True)
class Token:
    """One unit of normalised text: a spaced word, or a whole run of an unspaced script."""

    text: str
    unspaced: bool


@lru_cache(maxsize=4096)
def script_of(char: str) -> str:
    """First word of the Unicode name ('LATIN', 'CYRILLIC', 'CJK', 'DEVANAGARI'...), '' if unnamed."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


@lru_cache(maxsize=4096)
def is_unspaced(char: str) -> bool:
    return script_of(char) in UNSPACED_SCRIPTS


def _fold(text: str) -> str:
    """Case-fold, unify widths, drop accents on Latin letters only, ё → е."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    out: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.category(char) == "Mn" and out and out[-1].isascii():
            continue  # an accent on a Latin letter
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def _is_separator(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "PSZC"


def stem(word: str) -> str:
    """Crude Russian stem: strip the longest inflection ending, keeping at least 3 letters."""
    if not word or script_of(word[0]) != "CYRILLIC":
        return word
    for suffix in CYRILLIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_CYRILLIC_STEM:
            return word[: -len(suffix)]
    return word


def tokenize(text: str) -> list[Token]:
    """Normalised tokens of `text`: spaced words (stemmed) and whole unspaced-script runs."""
    tokens: list[Token] = []
    for raw in "".join(" " if _is_separator(c) else c for c in text).split():
        folded = _fold(raw)
        start = 0
        for i in range(1, len(folded) + 1):
            if i == len(folded) or is_unspaced(folded[i]) != is_unspaced(folded[start]):
                piece = folded[start:i]
                unspaced = is_unspaced(piece[0])
                tokens.append(Token(piece if unspaced else stem(piece), unspaced))
                start = i
    return tokens


def normalise(text: str) -> str:
    """The index key of a phrase: its tokens joined by single spaces."""
    return " ".join(token.text for token in tokenize(text))


def is_unspaced_phrase(key: str) -> bool:
    """True when a normalised key is written entirely in unspaced scripts (matched by substring)."""
    letters = [c for c in key if not c.isspace()]
    return bool(letters) and all(is_unspaced(c) for c in letters)
