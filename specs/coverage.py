"""How much of the world the catalogue covers, counted against specs/coverage.toml.

Why counted, not claimed: "every country" is easy to say and hard to check. The counts (passports of
UN member and observer states, national ID cards of the 40 most populous countries, national D visas
of the Schengen states) and how many documents rest on secondary data only are printed by
`idphoto specs coverage` and checked by the tests, so a regression shows.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from specs.catalogue import Catalogue
from specs.schema import Confidence, DocumentSpec, DocumentType

COVERAGE_PATH = Path(__file__).with_name("coverage.toml")
NATIONAL_VISA = "national"  # the id qualifier of a Schengen state's long-stay (D) visa: xx_visa_national


@dataclass(frozen=True)
class Targets:
    un_states: tuple[str, ...]
    populous_40: tuple[str, ...]
    no_national_id: frozenset[str]
    schengen: tuple[str, ...]
    national_id_documents: dict[str, str]


@cache
def load_targets(path: Path = COVERAGE_PATH) -> Targets:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    return Targets(
        un_states=tuple(raw["un_states"]),
        populous_40=tuple(raw["populous_40"]),
        no_national_id=frozenset(raw["no_national_id"]),
        schengen=tuple(raw["schengen"]),
        national_id_documents=dict(raw.get("national_id_documents", {})),
    )


def _countries_with(catalogue: Catalogue, doc_type: DocumentType) -> set[str]:
    return {spec.country for spec in catalogue if spec.type is doc_type}


NATIONAL_WORDS = (NATIONAL_VISA, "d visa", "long stay", "long-stay", "type d")


def is_national_visa(spec: DocumentSpec) -> bool:
    """A long-stay visa of the country itself: an id ending `_visa_national`, or a visa whose English
    name or aliases say it covers national visas ("German visa (national or Schengen)", "estonia d visa")."""
    if spec.type is not DocumentType.visa:
        return False
    texts = [spec.id.replace("_", " "), spec.names.en.lower(), *(a.lower() for a in spec.aliases)]
    return any(word in text for text in texts for word in NATIONAL_WORDS)


def _national_visa_countries(catalogue: Catalogue) -> set[str]:
    return {spec.country for spec in catalogue if is_national_visa(spec)}


def coverage(catalogue: Catalogue, targets: Targets | None = None) -> dict[str, object]:
    """The counts as one JSON-ready dict: for each target, how many are covered and which are not."""
    targets = targets or load_targets()
    passports = _countries_with(catalogue, DocumentType.passport)
    ids = _countries_with(catalogue, DocumentType.national_id) | {
        code for code, doc_id in targets.national_id_documents.items() if doc_id in catalogue
    }
    d_visas = _national_visa_countries(catalogue)
    id_targets = [c for c in targets.populous_40 if c not in targets.no_national_id]

    def block(wanted: list[str] | tuple[str, ...], have: set[str]) -> dict[str, object]:
        missing = [code for code in wanted if code not in have]
        return {"covered": len(wanted) - len(missing), "of": len(wanted), "missing": missing}

    confidence = {level.value: 0 for level in Confidence}
    for spec in catalogue:
        confidence[spec.confidence.value] += 1
    policies: dict[str, int] = {}
    for spec in catalogue:
        policies[spec.edits.policy.value] = policies.get(spec.edits.policy.value, 0) + 1
    return {
        "documents": len(catalogue),
        "countries": len({spec.country for spec in catalogue} - {"EU", "XX"}),
        "passports_un_states": block(targets.un_states, passports),
        "national_id_populous_40": {
            **block(id_targets, ids),
            "no_national_id_card": sorted(targets.no_national_id),
        },
        "schengen_national_d_visas": block(targets.schengen, d_visas),
        "confidence": confidence,
        "edit_policies": dict(sorted(policies.items())),
    }
