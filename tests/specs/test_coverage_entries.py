"""The coverage entries of issue 15 (every UN state's passport, ID cards of the 40 most populous):
what they claim must match what was read. An entry built on the ICAO defaults says so, marks every
figure unverified and cites ICAO as the source of the default, never as the country's authority; an
office that photographs applicants itself is office-only, with its own words quoted."""

from __future__ import annotations

from specs import load_catalogue
from specs.coverage import load_targets
from specs.schema import Confidence, EditPolicy, Figure

CATALOGUE = load_catalogue()
ICAO_PAGE = "https://www.icao.int/publications/pages/publication.aspx?docnum=9303"


def _icao_defaults() -> list:
    return [s for s in CATALOGUE if s.type.value == "passport" and "ICAO Doc 9303 defaults" in s.notes]


def test_icao_default_passports_are_unverified_and_cite_the_default() -> None:
    defaults = _icao_defaults()
    assert len(defaults) >= 20  # the states whose rule no readable page gave (else this checks nothing)
    for spec in defaults:
        assert spec.unverified_figures == frozenset(Figure), spec.id
        assert spec.confidence is Confidence.secondary, spec.id
        assert [s.url for s in spec.sources] == [ICAO_PAGE], spec.id
        assert all(s.confidence is Confidence.secondary for s in spec.sources), spec.id
        assert "photograph applicants themselves" in spec.notes, spec.id  # the warning the user reads
        assert spec.print_mm is not None and (spec.print_mm.width, spec.print_mm.height) == (35, 45)


def test_offices_that_photograph_applicants_are_office_only_with_their_words() -> None:
    """Pages read for issue 15: these offices take the photo themselves."""
    read = {
        "cr_passport": "se tomará la fotografía",
        "bo_passport": "captura de datos",
        "sv_passport": "fotografía",
        "az_passport": "photographing",
        "is_passport": "taken at the location",
        "lu_passport": "prise directement à la commune",
        "bd_id_card": "have their photograph taken",
        "ke_id_card": "photograph of the applicant are taken",
        "li_passport": "captured directly on site",
        "mc_passport": "ne sont pas acceptées",
        "mz_passport": "captação de dados",
        "al_passport": "photographed",
        "ni_passport": "recibe su pasaporte",
    }
    for doc_id, words in read.items():
        spec = CATALOGUE.get(doc_id)
        assert spec.edits.policy is EditPolicy.office_only, doc_id
        assert spec.edits.no_edit and not spec.edits.background_replacement, doc_id
        assert words in (spec.edits.quote or ""), doc_id
        assert spec.edits.quote_url in {s.url for s in spec.sources}, doc_id
        # the ICAO frame is only kept for display: its figures are unverified (Luxembourg's page
        # states the size and the backgrounds)
        stated = {
            "lu_passport": {Figure.size, Figure.background},
            "mc_passport": {Figure.size, Figure.background, Figure.glasses},
        }.get(doc_id, set())
        assert spec.unverified_figures == frozenset(Figure) - stated, doc_id


def test_every_target_is_covered_without_a_guess_called_official() -> None:
    targets = load_targets()
    passports = {s.country for s in CATALOGUE if s.type.value == "passport"}
    assert set(targets.un_states) <= passports
    for spec in CATALOGUE:
        official = [s for s in spec.sources if s.confidence is Confidence.official]
        assert ICAO_PAGE not in {s.url for s in official} or spec.country == "XX", spec.id
