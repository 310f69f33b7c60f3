"""Loads specs/vocabulary.toml: the words search understands beyond the names in the data files.

Why data and not code: "виза", "签证", "पासपोर्ट" or "mexicano" are facts about languages, added by
whoever notices a miss; a typo in the file (an unknown key, a type word the schema lacks) fails at
load time instead of quietly weakening search.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from specs.catalogue import SpecError

VOCABULARY_PATH = Path(__file__).with_name("vocabulary.toml")

TypeWord = Literal[
    "passport",
    "visa",
    "evisa",
    "id_card",
    "residence_permit",
    "driving_licence",
    "citizenship",
    "student",
    "other",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Compound(_Strict):
    """One word that names a document type and a qualifier at once ("загранпаспорт")."""

    type: TypeWord
    qualifier: str


class Schengen(_Strict):
    members: list[str]
    types: list[TypeWord]


class SearchSettings(_Strict):
    languages: list[str] = Field(min_length=1)
    stopwords: list[str]
    scripts: dict[str, str]
    popular: list[str]
    primary: list[str]


class Vocabulary(_Strict):
    search: SearchSettings
    types: dict[TypeWord, list[str]]
    type_affinity: dict[TypeWord, dict[TypeWord, float]]
    qualifiers: dict[str, list[str]]
    compounds: dict[str, Compound]
    countries: dict[str, list[str]]
    schengen: Schengen
    # Type words that belong to one language ("reisepass" → de): the query's own language, which
    # breaks ties before the user's interface language does.
    type_languages: dict[str, str] = Field(default_factory=dict)

    @field_validator("countries")
    @classmethod
    def _codes(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        bad = [code for code in value if not (len(code) == 2 and code.isupper() and code.isalpha())]
        if bad:
            raise ValueError(f"country keys must be ISO alpha-2 (or EU): {bad}")
        return value


@cache
def load_vocabulary(path: Path = VOCABULARY_PATH) -> Vocabulary:
    """The vocabulary shipped with the package (cached: immutable at run time)."""
    try:
        return Vocabulary.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise SpecError(f"{path.name}: {exc}") from exc
