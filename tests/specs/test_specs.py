"""The shipped document catalogue: every data file loads, and the figures agree with each other and
with the tricky official rules (France forbids white, NZ visas forbid edits, ...).

The consistency checks are plain functions (`geometry_problems`, `near_white`) so the tests below
can also feed them deliberately wrong specs and prove they would catch a bad edit.
"""

from __future__ import annotations

import math
import tomllib
from pathlib import Path

import pytest

from specs import trust_summary
from specs.catalogue import DATA_DIR, SpecError, build_catalogue, load_catalogue, parse_file
from specs.schema import (
    MM_PER_INCH,
    Confidence,
    DocumentSpec,
    EditPolicy,
    Figure,
    Frame,
    GlassesPolicy,
    HeadTop,
    Range,
)

CATALOGUE = load_catalogue()
SPECS = sorted(CATALOGUE, key=lambda s: s.id)
REQUIRED_IDS = {
    "us_passport",
    "us_visa_ds160",
    "uk_passport",
    "schengen_visa",
    "ca_passport",
    "cn_visa",
    "cn_visa_online",
    "in_passport",
    "jp_passport",
    "au_passport",
    "nz_visa",
    "fr_passport",
}
EYE_POSITION_IN_HEAD = (0.50, 0.60)  # eye line as a fraction of chin→crown: above mid-head, below 60 %
BYTES_PER_KB = 1024


def by_id(doc_id: str) -> DocumentSpec:
    return CATALOGUE.get(doc_id)


# --- helpers the tests use (and test) ---------------------------------------------------------


def srgb_to_lab(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    """CIELAB (D65) of one sRGB colour, the space in which `Colour.tolerance` is a CIE76 ΔE."""
    lin = [(c / 12.92) if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (v / 255 for v in rgb)]
    x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047
    y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    return math.dist(srgb_to_lab(a), srgb_to_lab(b))


WHITE = (255, 255, 255)


def near_white(spec: DocumentSpec, margin: float = 2.0) -> list[str]:
    """Allowed colours whose acceptance ball (tolerance + margin) would take in pure white."""
    return [c.name for c in spec.background.colours if delta_e(c.rgb_tuple, WHITE) <= c.tolerance + margin]


def _lo(rng: Range | None) -> float:
    return 0.0 if rng is None or rng.min is None else rng.min


def _hi(rng: Range | None, default: float = 1.0) -> float:
    return default if rng is None or rng.max is None else rng.max


def _eye_placement_exists(frame: Frame, head: float, steps: int = 60) -> bool:
    """Is there an eye line in the band and an eye position in the head (above mid-head) that puts
    the crown and chin inside the photo and inside their margin windows?"""
    band = frame.eye_line_from_bottom
    assert band is not None
    lo_e, hi_e = _lo(band), _hi(band)
    r_lo, r_hi = EYE_POSITION_IN_HEAD
    for i in range(steps + 1):
        eye = lo_e + (hi_e - lo_e) * i / steps
        for j in range(11):
            r = r_lo + (r_hi - r_lo) * j / 10
            chin = eye - r * head  # chin height above the bottom edge
            top_gap = 1.0 - (eye + (1 - r) * head)  # crown to the top edge
            if _lo(frame.chin_margin) <= chin <= _hi(frame.chin_margin) and _lo(
                frame.crown_margin
            ) <= top_gap <= _hi(frame.crown_margin):
                return True
    return False


def geometry_problems(spec: DocumentSpec) -> list[str]:
    """Every way the spec's figures contradict each other (empty list: consistent)."""
    problems: list[str] = []
    frame = spec.frame()
    head = frame.head_height
    crown_lo, chin_lo = _lo(frame.crown_margin), _lo(frame.chin_margin)
    if not 0 < _lo(head) <= _hi(head) < 1:
        problems.append(f"head range {head} not inside (0, 1)")
    if _lo(head) + crown_lo + chin_lo > 1:
        problems.append("smallest head plus the minimum margins overflows the photo")
    if head.mid + crown_lo + chin_lo > 1:
        problems.append("middle head height plus the minimum margins overflows the photo")
    if frame.crown_margin is not None and frame.chin_margin is not None:
        reach = head.mid + _hi(frame.crown_margin, math.inf) + _hi(frame.chin_margin, math.inf)
        if reach < 1:
            problems.append("middle head plus the maximum margins cannot fill the photo")
    band = frame.eye_line_from_bottom
    if band is not None:
        if (band.min is not None and band.min <= 0) or (band.max is not None and band.max >= 1):
            problems.append(f"eye band {band} not inside (0, 1)")
        elif not _eye_placement_exists(frame, head.mid):
            problems.append("no eye-line placement fits the middle head height")
    if spec.print_mm is not None and spec.pixels is not None:
        px_aspect = spec.pixels.width / spec.pixels.height
        if abs(px_aspect - frame.aspect) > 0.01 * frame.aspect:
            problems.append(f"pixel aspect {px_aspect:.3f} differs from print aspect {frame.aspect:.3f}")
        if spec.dpi is not None:
            for mm, px in (
                (spec.print_mm.width, spec.pixels.width),
                (spec.print_mm.height, spec.pixels.height),
            ):
                if abs(mm / MM_PER_INCH * spec.dpi - px) > 1:
                    problems.append(f"{mm} mm at {spec.dpi} DPI is not {px} px")
    g = spec.geometry
    if (
        g.head_width_mm is not None
        and spec.print_mm is not None
        and _hi(g.head_width_mm) >= spec.print_mm.width
    ):
        problems.append("head width reaches the photo width")
    out = spec.output_pixels
    lo_px, hi_px = spec.file.pixels_min, spec.file.pixels_max
    if lo_px is not None and (out.width < lo_px.width or out.height < lo_px.height):
        problems.append(f"output {out.width}×{out.height} below the portal minimum")
    if hi_px is not None and (out.width > hi_px.width or out.height > hi_px.height):
        problems.append(f"output {out.width}×{out.height} above the portal maximum")
    return problems


# --- files and ids ----------------------------------------------------------------------------

DATA_FILES = sorted(DATA_DIR.glob("*.toml"))


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_every_file_parses_and_matches_its_country(path: Path) -> None:
    docs = parse_file(path)
    assert docs, f"{path.name} holds no documents"
    assert {d.country for d in docs} == {path.stem.upper()}, "one file per country, named by its code"


def test_ids_are_unique_across_files() -> None:
    ids = [doc.id for path in DATA_FILES for doc in parse_file(path)]
    assert len(ids) == len(set(ids))
    assert len(CATALOGUE) == len(ids)


def test_required_documents_are_present() -> None:
    missing = REQUIRED_IDS - set(CATALOGUE.documents)
    assert not missing


def test_aliases_point_to_one_document() -> None:
    owner: dict[str, str] = {}
    for spec in SPECS:
        assert spec.aliases, f"{spec.id} has no aliases"
        for alias in spec.aliases:
            key = alias.casefold()
            assert key not in CATALOGUE.documents or key == spec.id, f"alias {alias!r} is another id"
            assert owner.setdefault(key, spec.id) == spec.id, f"{alias!r} used by {owner[key]} and {spec.id}"


# --- per-spec content -------------------------------------------------------------------------


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_spec_has_names_notes_and_sources(spec: DocumentSpec) -> None:
    assert spec.names.en and spec.names.local and spec.names.zh
    assert len(spec.notes.split()) >= 15, "notes must restate the rule"
    assert spec.sources
    assert len({s.url for s in spec.sources}) == len(spec.sources)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_geometry_is_consistent(spec: DocumentSpec) -> None:
    assert geometry_problems(spec) == []


# Saturated backgrounds some authorities really ask for (blue: Oman, Kuwait, Palestine); any other
# dark colour is a typo.
SATURATED = {("om_passport", "blue"), ("kw_passport", "blue"), ("ps_passport", "blue")}


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_background_colours_are_valid(spec: DocumentSpec) -> None:
    colours = spec.background.colours
    assert len({c.name for c in colours}) == len(colours)
    assert len({c.rgb for c in colours}) == len(colours)
    for colour in colours:
        lightness = srgb_to_lab(colour.rgb_tuple)[0]
        if (spec.id, colour.name) in SATURATED:
            continue
        assert lightness >= 80, f"{spec.id} {colour.name} is not a light background (L*={lightness:.0f})"
        assert 0 < colour.tolerance <= 15


@pytest.mark.parametrize("spec", [s for s in SPECS if s.file.kb_min or s.file.kb_max], ids=lambda s: s.id)
def test_kb_window_is_reachable_at_the_output_size(spec: DocumentSpec) -> None:
    """Real selfies at JPEG q98–100 (4:4:4) compress to roughly raw/5–raw/9 and at q≈75 to about
    raw/25, so a floor above raw/10 or a cap below raw/60 cannot be met reliably."""
    px = spec.output_pixels
    raw = px.width * px.height * 3
    if spec.file.kb_min is not None:
        assert spec.file.kb_min * BYTES_PER_KB <= raw / 10
    if spec.file.kb_max is not None:
        assert spec.file.kb_max * BYTES_PER_KB >= raw / 60
    if spec.file.kb_min is not None and spec.file.kb_max is not None:
        assert spec.file.kb_max >= 2 * spec.file.kb_min, "window too narrow for a quality search"


def test_secondary_figures_are_marked() -> None:
    for doc_id in ("cn_visa_online", "nz_visa"):
        assert any(s.confidence.value == "secondary" for s in by_id(doc_id).sources), doc_id
    for doc_id in REQUIRED_IDS:
        assert any(s.confidence.value == "official" for s in by_id(doc_id).sources), doc_id


# --- tricky official facts --------------------------------------------------------------------


def test_france_forbids_white_and_measures_to_the_skull() -> None:
    fr = by_id("fr_passport")
    assert near_white(fr) == []
    assert fr.geometry.head_top is HeadTop.skull
    assert fr.policy.headwear.value == "forbidden"


@pytest.mark.parametrize("doc_id", ["nz_visa", "uk_passport"])
def test_not_white_documents_keep_white_out(doc_id: str) -> None:
    assert near_white(by_id(doc_id)) == []


def test_nz_visa_is_no_edit() -> None:
    edits = by_id("nz_visa").edits
    assert edits.no_edit and not edits.background_replacement and not edits.retouching


@pytest.mark.parametrize("doc_id", ["us_passport", "us_visa_ds160", "au_passport"])
def test_glasses_forbidden(doc_id: str) -> None:
    assert by_id(doc_id).policy.glasses is GlassesPolicy.forbidden


def test_china_visa_rules() -> None:
    for doc_id in ("cn_visa", "cn_visa_online"):
        policy = by_id(doc_id).policy
        assert policy.ears_visible
        assert (policy.max_yaw_deg, policy.max_pitch_deg) == (20, 25)
    paper = by_id("cn_visa")
    assert (paper.print_mm.width, paper.print_mm.height) == (33, 48)
    assert paper.prints is not None and paper.prints.finish == "glossy"
    online = by_id("cn_visa_online").file
    assert (online.kb_min, online.kb_max) == (40, 120)
    assert (online.pixels_min.width, online.pixels_min.height) == (354, 472)
    assert (online.pixels_max.width, online.pixels_max.height) == (420, 560)


def test_ds160_file_limits() -> None:
    ds160 = by_id("us_visa_ds160")
    assert ds160.file.kb_max == 240
    assert ds160.file.kb_min is None


def test_head_ranges_restate_the_rules() -> None:
    expected_mm = {
        "uk_passport": (29, 34),
        "schengen_visa": (32, 36),
        "ca_passport": (31, 36),
        "cn_visa": (28, 33),
        "jp_passport": (32, 36),
        "au_passport": (32, 36),
        "fr_passport": (32, 36),
    }
    for doc_id, (lo, hi) in expected_mm.items():
        rng = by_id(doc_id).geometry.head_height_mm
        assert rng is not None and (rng.min, rng.max) == (lo, hi), doc_id
    india = by_id("in_passport")
    assert india.geometry.head_height_mm == Range(min=25, max=35)
    assert (india.print_mm.width, india.print_mm.height) == (51, 51)
    jp = by_id("jp_passport").geometry
    assert jp.crown_margin_mm == Range(min=2, max=6) and jp.chin_margin_mm == Range(min=5, max=9)
    assert by_id("uk_passport").policy.max_photo_age_months == 1


# --- issue 15: figures fixed, missing channels, edit policies, honest confidence ------------------


def test_issue15_figures() -> None:
    oman = by_id("om_passport")
    assert (oman.print_mm.width, oman.print_mm.height) == (40, 60)
    assert [c.name for c in oman.background.colours] == ["blue"]
    visa = by_id("cn_visa").geometry
    assert visa.crown_margin_mm == Range(min=3, max=5) and visa.chin_margin_mm == Range(min=7)
    assert by_id("in_evisa").file.kb_max == 1000
    for doc_id in ("in_passport", "cn_visa", "in_evisa"):  # the fixed figures rest partly on secondary pages
        assert by_id(doc_id).unverified_figures, doc_id


@pytest.mark.parametrize(
    ("doc_id", "size"),
    [
        ("ca_residence_permit_online", (1200, 1680)),
        ("in_citizenship_oci_online", (600, 600)),
        ("ca_passport_online_renewal", None),
        ("jp_passport_online", None),
        ("cn_exit_entry_permit_hk_macau", None),
        ("cn_travel_permit_taiwan", None),
        ("de_passport_abroad", None),
    ],
)
def test_missing_channels_are_in_the_catalogue(doc_id: str, size: tuple[int, int] | None) -> None:
    spec = by_id(doc_id)
    if size is not None:
        assert (spec.output_pixels.width, spec.output_pixels.height) == size
    assert spec.sources


@pytest.mark.parametrize(
    "doc_id", ["us_passport", "us_visa_ds160", "uk_passport", "uk_passport_online", "jp_passport"]
)
def test_unaltered_documents_quote_the_authority(doc_id: str) -> None:
    edits = by_id(doc_id).edits
    assert edits.policy is EditPolicy.unaltered and edits.keep_background_first
    assert edits.quote and edits.quote_url and edits.quote_url.startswith("http")
    assert edits.background_replacement  # allowed only as the user's informed choice


def test_office_only_documents_name_what_our_photo_can_serve() -> None:
    office_only = [s for s in SPECS if s.edits.policy is EditPolicy.office_only]
    assert {"de_passport", "de_id_card", "de_residence_permit", "ca_passport"} <= {s.id for s in office_only}
    for spec in office_only:
        assert not spec.edits.background_replacement, spec.id
        for doc_id in spec.edits.serves:
            assert CATALOGUE.get(doc_id).edits.policy is not EditPolicy.office_only, (spec.id, doc_id)
    assert by_id("de_passport").edits.serves == ["de_passport_abroad", "de_visa", "de_driving_licence"]
    assert by_id("de_passport_abroad").edits.no_edit  # missions take prints, and we only crop


def test_glasses_follow_the_official_line() -> None:
    assert by_id("jp_passport").policy.glasses is GlassesPolicy.not_recommended  # "推奨": warn
    assert by_id("uk_passport").policy.glasses is GlassesPolicy.forbidden


def test_confidence_is_derived_from_the_sources() -> None:
    for spec in SPECS:
        official = any(src.confidence is Confidence.official for src in spec.sources)
        if not official:
            assert spec.confidence is Confidence.secondary and spec.unverified_figures == frozenset(Figure)
        elif not spec.secondary_figures:
            assert spec.confidence is Confidence.official and not spec.unverified_figures
    assert by_id("cn_visa").unverified_figures == {Figure.crown_margin, Figure.chin_margin}


def test_trust_summary_is_what_reports_and_the_bot_read() -> None:
    de = trust_summary(by_id("de_passport"))
    assert de["edit_policy"] == "office_only" and de["photo_can_serve_document"] is False
    assert de["serves"] == ["de_passport_abroad", "de_visa", "de_driving_licence"]
    assert str(de["edit_quote_url"]).startswith("https://") and de["edit_quote"]
    us = trust_summary(by_id("us_passport"))
    assert us["edit_policy"] == "unaltered" and us["keep_background_first"] is True
    assert us["photo_can_serve_document"] is True
    oman = trust_summary(by_id("om_passport"))
    assert oman["confidence"] == "secondary" and oman["unverified"] == [f.value for f in Figure]
    india = trust_summary(by_id("in_passport"))
    assert india["unverified"] == ["head_height", "eye_line"]
    plain = trust_summary(by_id("fr_passport"))
    assert plain["unverified"] == [] and plain["edit_policy"] == "allowed" and plain["edit_quote"] is None


def test_generated_documents_are_marked_secondary() -> None:
    """The coverage generator writes only secondary figures, each file's section between markers."""
    begin = "# >>> generated by scripts/gen_specs_coverage.py"
    end = "# <<< end of generated documents"
    generated = []
    for path in DATA_FILES:
        text = path.read_text(encoding="utf-8")
        if begin in text:
            section = text[text.index(begin) : text.index(end)]
            generated += [doc["id"] for doc in tomllib.loads(section)["document"]]
    assert len(generated) >= 20
    for doc_id in generated:
        spec = by_id(doc_id)
        assert all(src.confidence is Confidence.secondary for src in spec.sources), doc_id
        assert spec.unverified_figures == frozenset(Figure) and "unverified" in spec.notes, doc_id


@pytest.mark.parametrize(
    ("edits", "message"),
    [
        ('policy = "unaltered"', "quote"),
        (
            'policy = "office_only"\nquote = "q"\nquote_url = "https://example.org/q"\n'
            'serves = ["zz_nothing"]',
            "unknown",
        ),
        ('serves = ["xx_test"]', "only for office_only"),
        (
            'no_edit = true\nbackground_replacement = false\npolicy = "unaltered"\nquote = "q"\n'
            'quote_url = "https://e.org"',
            "no_edit",
        ),
    ],
)
def test_edit_policy_rules_are_enforced(tmp_path: Path, edits: str, message: str) -> None:
    path = tmp_path / "xx.toml"
    text = VALID_TOML.replace("[document.background]", f"[document.edits]\n{edits}\n\n[document.background]")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError, match=message):
        build_catalogue([path])


# --- the checks themselves can fail -----------------------------------------------------------


def _variant(doc_id: str, **changes: object) -> DocumentSpec:
    data = by_id(doc_id).model_dump(mode="json")
    for dotted, value in changes.items():
        node = data
        *parents, leaf = dotted.split("__")
        for key in parents:
            node = node[key]
        node[leaf] = value
    return DocumentSpec.model_validate(data)


@pytest.mark.parametrize(
    ("doc_id", "changes", "expected"),
    [
        ("jp_passport", {"geometry__head_height_mm": {"min": 38, "max": 42}}, "overflows"),
        ("us_passport", {"geometry__eye_line_from_bottom_mm": {"min": 5, "max": 10}}, "eye-line"),
        ("us_visa_ds160", {"geometry__eye_line_from_bottom_ratio": {"min": 0.2, "max": 1.2}}, "eye band"),
        ("us_passport", {"pixels": {"width": 600, "height": 700}}, "aspect"),
        ("us_passport", {"dpi": 600}, "DPI"),
        ("cn_visa", {"geometry__head_width_mm": {"min": 20, "max": 40}}, "head width"),
        ("cn_visa_online", {"pixels": {"width": 300, "height": 400}}, "portal minimum"),
    ],
)
def test_geometry_checker_catches_bad_figures(doc_id: str, changes: dict, expected: str) -> None:
    problems = geometry_problems(_variant(doc_id, **changes))
    assert any(expected in p for p in problems), problems


def test_near_white_check_catches_white() -> None:
    whiteish = _variant(
        "fr_passport", background__colours=[{"name": "pale grey", "rgb": "#F0F0F0", "tolerance": 8}]
    )
    assert near_white(whiteish) == ["pale grey"]


VALID_TOML = """
[[document]]
id = "xx_test"
country = "XX"
type = "other"
names = { en = "Test", local = "Test", zh = "测试" }
print_mm = { width = 35, height = 45 }

[document.geometry]
head_height_mm = { min = 32, max = 36 }

[document.background]
colours = [{ name = "white", rgb = "#FFFFFF" }]

[[document.sources]]
url = "https://example.org/rules"
checked = 2026-11-21
confidence = "official"
"""


def test_valid_minimal_file_parses(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    path.write_text(VALID_TOML, encoding="utf-8")
    assert [d.id for d in parse_file(path)] == ["xx_test"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('id = "xx_test"', 'id = "xx_test'),  # TOML syntax error
        ("min = 32, max = 36", "min = 36, max = 32"),  # inverted range
        ("head_height_mm", "head_heigth_mm"),  # typo in a field name
        ('rgb = "#FFFFFF"', 'rgb = "white"'),  # colour not #RRGGBB
        ('confidence = "official"', 'confidence = "trust me"'),
        ('country = "XX"', 'country = "Mars"'),
        ("[document.background]", "[document.edits]\nno_edit = true\n\n[document.background]"),
    ],
)
def test_broken_file_raises_spec_error(tmp_path: Path, old: str, new: str) -> None:
    assert old in VALID_TOML
    path = tmp_path / "broken.toml"
    path.write_text(VALID_TOML.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(SpecError, match=r"broken\.toml"):
        parse_file(path)


def test_duplicate_ids_raise_spec_error(tmp_path: Path) -> None:
    first, second = tmp_path / "aa.toml", tmp_path / "bb.toml"
    first.write_text(VALID_TOML, encoding="utf-8")
    second.write_text(VALID_TOML, encoding="utf-8")
    assert len(build_catalogue([first])) == 1
    with pytest.raises(SpecError, match="duplicate document id 'xx_test'"):
        build_catalogue([first, second])
