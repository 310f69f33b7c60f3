"""Custom sizes typed by users ("35x45mm", "2x2in", "600x800 px"): parsing, ICAO-like geometry that
the engine can place a head in, and search returning the custom spec first."""

from __future__ import annotations

import pytest

from specs import load_catalogue
from specs.custom import ICAO_URL, NotASize, custom_spec, find_size
from specs.schema import DocumentType
from specs.search import search
from tests.engine.test_geometry import (
    test_every_spec_places_a_synthetic_head_inside_its_ranges as _placement_check,
)
from tests.specs.test_specs import geometry_problems, near_white


@pytest.mark.parametrize(
    ("text", "doc_id", "print_mm", "pixels"),
    [
        ("35x45mm", "custom_35x45mm", (35, 45), (413, 531)),
        ("35×45 mm", "custom_35x45mm", (35, 45), (413, 531)),
        ("35 X 45 MM", "custom_35x45mm", (35, 45), (413, 531)),
        ("35mm x 45mm", "custom_35x45mm", (35, 45), (413, 531)),
        ("2x2in", "custom_2x2in", (50.8, 50.8), (600, 600)),
        ('2x2"', "custom_2x2in", (50.8, 50.8), (600, 600)),
        ("2 x 2 inches", "custom_2x2in", (50.8, 50.8), (600, 600)),
        ("3x4 cm", "custom_3x4cm", (30, 40), (354, 472)),
        ("3х4 см", "custom_3x4cm", (30, 40), (354, 472)),  # Cyrillic х and см
        ("3,5x4,5 cm", "custom_3_5x4_5cm", (35, 45), (413, 531)),
        ("33 на 48 мм", "custom_33x48mm", (33, 48), (390, 567)),
        ("600x600px", "custom_600x600px", None, (600, 600)),
        ("600 x 800 px", "custom_600x800px", None, (600, 800)),
        ("413×531 пикселей", "custom_413x531px", None, (413, 531)),
    ],
)
def test_sizes_parse_into_a_spec(
    text: str, doc_id: str, print_mm: tuple[float, float] | None, pixels: tuple[int, int]
) -> None:
    spec = custom_spec(text)
    assert spec.id == doc_id
    assert spec.country == "XX" and spec.type is DocumentType.other
    if print_mm is None:
        assert spec.print_mm is None
    else:
        assert spec.print_mm is not None
        assert (spec.print_mm.width, spec.print_mm.height) == pytest.approx(print_mm)
    assert (spec.output_pixels.width, spec.output_pixels.height) == pixels


def test_height_first_is_turned_to_portrait_and_said_so() -> None:
    spec = custom_spec("45x35mm")
    assert spec.id == "custom_35x45mm"
    assert spec.print_mm is not None and spec.print_mm.height == 45
    assert "width × height" in spec.notes


@pytest.mark.parametrize(
    ("text", "unit"),
    [("35x45", "mm"), ("600x600", "px"), ("2x2", "in"), ("1x1", "in"), ("3x4", "cm"), ("4x6", "cm")],
)
def test_bare_numbers_get_the_likely_unit(text: str, unit: str) -> None:
    size = find_size(text)
    assert size is not None and size.unit == unit


@pytest.mark.parametrize(
    "text", ["hello", "", "35x45mm passport", "1x1 mm", "50000x50000 px", "600.5x800px", "ds-160"]
)
def test_non_sizes_and_implausible_sizes_are_refused(text: str) -> None:
    with pytest.raises(NotASize):
        custom_spec(text)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("35x45mm", (0.70, 0.80)),  # aspect 1.29: ICAO portrait
        ("50x70mm", (0.70, 0.80)),
        ("600x600px", (0.50, 0.69)),  # square, as DS-160
        ("2x2in", (0.50, 0.69)),
    ],
)
def test_head_share_follows_the_aspect(text: str, head: tuple[float, float]) -> None:
    rng = custom_spec(text).geometry.head_height_ratio
    assert rng is not None and (rng.min, rng.max) == pytest.approx(head)


def test_near_square_sits_between_square_and_portrait() -> None:
    rng = custom_spec("40x44mm").geometry.head_height_ratio  # aspect 1.1
    assert rng is not None
    assert 0.50 < rng.min < 0.70 and 0.69 < rng.max < 0.80


SIZES = ["35x45mm", "33x48mm", "50x70mm", "2x2in", "3x4cm", "4x6cm", "600x600px", "1200x1600px", "40x44mm"]


@pytest.mark.parametrize("text", SIZES)
def test_custom_geometry_is_consistent_and_placeable(text: str) -> None:
    spec = custom_spec(text)
    assert geometry_problems(spec) == []
    _placement_check(spec)


def test_custom_spec_is_sourced_and_light_backgrounds() -> None:
    spec = custom_spec("35x45mm")
    assert [(s.url, s.confidence.value) for s in spec.sources] == [(ICAO_URL, "secondary")]
    assert {c.name for c in spec.background.colours} == {"white", "light grey"}
    assert near_white(spec)  # white is allowed
    assert len(spec.notes.split()) >= 15


@pytest.mark.parametrize(
    ("query", "doc_id"),
    [("35x45mm", "custom_35x45mm"), ("2x2 in", "custom_2x2in"), ("600 x 800 px", "custom_600x800px")],
)
def test_search_puts_the_custom_spec_first(query: str, doc_id: str) -> None:
    hits = search(query)
    assert hits[0].spec.id == doc_id
    assert "custom size" in hits[0].why


def test_search_lists_catalogue_documents_of_that_size_after_the_custom_one() -> None:
    hits = search("35x45 mm photo", limit=5)
    assert hits[0].spec.id == "custom_35x45mm"
    same_size = [
        s.id for s in load_catalogue() if s.print_mm and (s.print_mm.width, s.print_mm.height) == (35, 45)
    ]
    assert len(same_size) >= 2
    for hit in hits[1 : 1 + min(4, len(same_size))]:
        assert hit.spec.id in same_size, hit


def test_a_size_inside_a_query_is_a_hint_not_a_custom_spec() -> None:
    hits = search("china visa 33x48")
    assert hits[0].spec.id == "cn_visa"
    assert all(not hit.spec.id.startswith("custom_") for hit in hits)
