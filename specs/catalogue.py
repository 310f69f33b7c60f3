"""Loads every country file under `specs/data/` into one validated, read-only catalogue.

Loaded once per process by whoever wires the app (CLI, bot, worker) and passed along; no module
builds it at import time. A broken file fails loudly with the file name, so a bad edit can never
ship a half-loaded catalogue.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from specs.schema import CountryFile, DocumentSpec, DocumentType

DATA_DIR = Path(__file__).with_name("data")


class SpecError(Exception):
    """A data file does not match the schema, or two documents share an id."""


class UnknownDocument(KeyError):
    """No document with this id; carries the id and close suggestions for the message."""

    def __init__(self, doc_id: str, suggestions: list[str]) -> None:
        super().__init__(doc_id)
        self.doc_id = doc_id
        self.suggestions = suggestions

    def __str__(self) -> str:
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        return f"Unknown document {self.doc_id!r}.{hint}"


@dataclass(frozen=True)
class Catalogue:
    documents: dict[str, DocumentSpec]

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[DocumentSpec]:
        return iter(self.documents.values())

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.documents

    def get(self, doc_id: str) -> DocumentSpec:
        try:
            return self.documents[doc_id]
        except KeyError:
            from rapidfuzz import process

            close = process.extract(doc_id, list(self.documents), limit=3, score_cutoff=60)
            raise UnknownDocument(doc_id, [name for name, _, _ in close]) from None

    def filter(
        self, country: str | None = None, doc_type: DocumentType | str | None = None
    ) -> list[DocumentSpec]:
        return [
            spec
            for spec in self
            if (country is None or spec.country == country.upper())
            and (doc_type is None or spec.type == DocumentType(doc_type))
        ]


def parse_file(path: Path) -> list[DocumentSpec]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        return CountryFile.model_validate(raw).document
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise SpecError(f"{path.name}: {exc}") from exc


def build_catalogue(files: Iterable[Path]) -> Catalogue:
    documents: dict[str, DocumentSpec] = {}
    for path in sorted(files):
        for spec in parse_file(path):
            if spec.id in documents:
                raise SpecError(f"{path.name}: duplicate document id {spec.id!r}")
            documents[spec.id] = spec
    if not documents:
        raise SpecError(f"no documents found under {DATA_DIR}")
    for spec in documents.values():  # an office_only document points users at ids that must exist
        missing = [doc_id for doc_id in spec.edits.serves if doc_id not in documents]
        if missing:
            raise SpecError(f"{spec.id}: edits.serves names unknown documents {missing}")
    return Catalogue(documents)


@cache
def load_catalogue(data_dir: Path = DATA_DIR) -> Catalogue:
    """The catalogue shipped with the package (cached: the data files are immutable at run time)."""
    return build_catalogue(data_dir.glob("*.toml"))
