"""`idphoto specs list/show`, driven through the real top-level `idphoto` group (so the lazy
registration in idphoto/cli.py is exercised too)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from idphoto.cli import cli
from specs.catalogue import load_catalogue
from specs.trust import trust_summary


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_list_shows_every_document_as_a_table(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "list"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "country", "type", "size", "confidence", "name"]
    ids = {line.split()[0] for line in lines[1:]}
    assert ids == set(load_catalogue().documents)
    row = next(line for line in lines if line.startswith("cn_visa_online "))
    assert "354×472 px" in row and " CN " in row and " visa " in row
    row = next(line for line in lines if line.startswith("ca_passport "))
    assert "50×70 mm" in row and "Canadian passport" in row
    row = next(line for line in lines if line.startswith("om_passport "))
    assert "40×60 mm" in row and " secondary " in row  # figures from secondary data only
    unverified = sum(1 for spec in load_catalogue() if spec.confidence.value == "secondary")
    assert f"{len(ids)} documents, {unverified} with unverified figures" in result.stderr


def test_list_counts_show_the_coverage_targets(runner: CliRunner) -> None:
    """`specs list --counts --json`: the coverage of issue 15, counted against specs/coverage.toml."""
    result = runner.invoke(cli, ["specs", "list", "--counts", "--json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)
    catalogue = load_catalogue()
    assert counts["documents"] == len(catalogue)
    passports = counts["passports_un_states"]
    assert passports["of"] == 195 and passports["covered"] + len(passports["missing"]) == 195
    have = {spec.country for spec in catalogue if spec.type.value == "passport"}
    assert set(passports["missing"]) == {c for c in passports["missing"] if c not in have}
    assert passports["missing"] == [] and passports["covered"] == 195  # issue 15: every UN state
    assert "KW" in have and "VA" in have and "PS" in have
    ids = counts["national_id_populous_40"]
    assert ids["of"] == 36 and ids["no_national_id_card"] == ["CA", "CD", "GB", "US"]
    assert ids["missing"] == []  # Bangladesh, Kenya and Myanmar included
    assert "RU" not in ids["missing"]  # the internal passport is Russia's national ID
    assert counts["schengen_national_d_visas"] == {"covered": 29, "of": 29, "missing": []}
    assert sum(counts["confidence"].values()) == len(catalogue)
    assert counts["edit_policies"]["office_only"] >= 3 and counts["edit_policies"]["unaltered"] >= 5
    text = runner.invoke(cli, ["specs", "list", "--counts"]).stdout
    assert f"{passports['covered']}/195 passports of UN member and observer states" in text


def test_show_states_the_edit_policy_and_the_unverified_figures(runner: CliRunner) -> None:
    de = runner.invoke(cli, ["specs", "show", "de_passport"]).stdout
    assert "Policy office_only" in de and "de_passport_abroad" in de and "neuenhaus.de" in de
    us = runner.invoke(cli, ["specs", "show", "us_passport"]).stdout
    assert "Policy unaltered" in us and "edited or filtered" in us
    om = runner.invoke(cli, ["specs", "show", "om_passport"]).stdout
    assert "UNVERIFIED: no government page read" in om
    india = runner.invoke(cli, ["specs", "show", "in_passport"]).stdout
    assert "UNVERIFIED figures (secondary data only): eye line, head height" in india
    shown = json.loads(runner.invoke(cli, ["specs", "show", "de_passport", "--json"]).stdout)
    assert shown["edits"]["policy"] == "office_only" and shown["trust"]["photo_can_serve_document"] is False
    summary = json.loads(runner.invoke(cli, ["specs", "list", "--country", "IN", "--json"]).stdout)
    row = next(doc for doc in summary if doc["id"] == "in_passport")
    assert row["confidence"] == "secondary" and row["unverified"] == ["eye_line", "head_height"]


def test_list_json_is_one_array_with_required_keys(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "list", "--json"])
    assert result.exit_code == 0
    docs = json.loads(result.stdout)
    assert isinstance(docs, list) and len(docs) == len(load_catalogue())
    for doc in docs:
        assert {"id", "country", "type", "name"} <= doc.keys()
    assert "coverage: passports of UN states " in result.stderr and "Schengen D visas 29/29" in result.stderr
    ds160 = next(d for d in docs if d["id"] == "us_visa_ds160")
    assert ds160["pixels"] == {"width": 600, "height": 600} and ds160["print_mm"] is None


@pytest.mark.parametrize(
    ("args", "expected", "country", "doc_type"),
    [
        (["--country", "cn"], {"cn_visa", "cn_visa_online"}, "CN", None),
        (["--country", "UK"], {"uk_passport"}, "GB", None),  # what people type for GB
        (["--country", "EU"], {"schengen_visa"}, "EU", None),
        (["--country", "US", "--type", "visa"], {"us_visa_ds160"}, "US", "visa"),
    ],
)
def test_list_filters(
    runner: CliRunner, args: list[str], expected: set[str], country: str, doc_type: str | None
) -> None:
    result = runner.invoke(cli, ["specs", "list", *args, "--json"])
    assert result.exit_code == 0
    docs = json.loads(result.stdout)
    assert expected <= {d["id"] for d in docs}
    assert all(d["country"] == country and (doc_type is None or d["type"] == doc_type) for d in docs)


def test_list_type_filter_matches_catalogue(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "list", "--type", "visa", "--json"])
    docs = json.loads(result.stdout)
    assert docs and all(d["type"] == "visa" for d in docs)
    assert {d["id"] for d in docs} == {s.id for s in load_catalogue().filter(doc_type="visa")}


def test_list_rejects_unknown_type(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "list", "--type", "spaceship"])
    assert result.exit_code == 2


def test_list_with_no_match_says_so(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "list", "--country", "ZZ"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No documents match" in result.stderr
    assert json.loads(runner.invoke(cli, ["specs", "list", "--country", "ZZ", "--json"]).stdout) == []


def test_show_summarises_the_rules(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "show", "jp_passport"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    for expected in (
        "35×45 mm",
        "413×531 px",
        "32–36 mm",
        "crown margin   2–6 mm",
        "chin margin    5–9 mm",
        "eye line       not stated",
        "#FFFFFF",
        "no retouching",
        "https://www.houston.us.emb-japan.go.jp/itpr_ja/pp_photo.html (official",
    ):
        assert expected in out, expected
    assert re.search(r"^DPI\s+300$", out, re.MULTILINE)


def test_show_digital_spec_lists_file_rules(runner: CliRunner) -> None:
    out = runner.invoke(cli, ["specs", "show", "cn_visa_online"]).stdout
    assert "jpeg · 40–120 KB · 354×472 to 420×560 px" in out
    assert "ears           must be visible" in out
    assert "yaw ≤ 20°, pitch ≤ 25°" in out
    assert "secondary" in out
    assert "DPI" not in out  # digital-only: a DPI would be meaningless


def test_show_no_edit_and_skull_rules(runner: CliRunner) -> None:
    nz = runner.invoke(cli, ["specs", "show", "nz_visa"]).stdout
    assert "none allowed: crop only" in nz
    fr = runner.invoke(cli, ["specs", "show", "fr_passport"]).stdout
    assert "top of the skull" in fr and "#FFFFFF" not in fr
    us = runner.invoke(cli, ["specs", "show", "us_passport"]).stdout
    assert "eye line       28.6–34.9 mm" in us and "glasses        not allowed" in us


def test_show_json_is_the_full_spec(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "show", "us_visa_ds160", "--json"])
    assert result.exit_code == 0
    shown = json.loads(result.stdout)
    spec = load_catalogue().get("us_visa_ds160")
    assert shown.pop("trust") == trust_summary(spec)  # plus what the product can honestly say about it
    assert shown == spec.model_dump(mode="json")


def test_show_unknown_id_suggests_and_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "show", "uk_pasport"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Unknown document 'uk_pasport'" in result.stderr
    assert "uk_passport" in result.stderr


def test_show_alias_is_suggested(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "show", "NZeTA"])
    assert result.exit_code == 2
    assert "Did you mean: nz_visa" in result.stderr


def test_specs_command_does_not_import_the_engine() -> None:
    """A fresh interpreter: `specs list` must not pull in the engine or the ML runtimes."""
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from idphoto.cli import cli\n"
        "r = CliRunner().invoke(cli, ['specs', 'list'])\n"
        "assert r.exit_code == 0, r.output\n"
        "r = CliRunner().invoke(cli, ['specs', 'show', 'us_passport'])\n"
        "assert r.exit_code == 0, r.output\n"
        "r = CliRunner().invoke(cli, ['specs', 'search', 'паспорт РФ'])\n"
        "assert r.exit_code == 0, r.output\n"
        "heavy = [m for m in ('engine', 'onnxruntime', 'mediapipe', 'cv2', 'numpy') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


# --- specs search -----------------------------------------------------------------------------


def test_search_json_ranks_and_explains(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "search", "美国签证", "--json"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert hits[0]["id"] == "us_visa_ds160"
    for hit in hits:
        assert {"id", "country", "type", "name", "score", "why"} <= hit.keys()
    scores = [hit["score"] for hit in hits]
    assert scores == sorted(scores, reverse=True)
    assert "美国" in hits[0]["why"] and "签证" in hits[0]["why"]


def test_search_table_and_limit(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "search", "passport japan", "--limit", "2"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["score", "id", "country", "type", "size", "name"]
    assert len(lines) == 3
    assert lines[1].split()[1] == "jp_passport" and "35×45 mm" in lines[1]


def test_search_lang_breaks_ties(runner: CliRunner) -> None:
    """A bare type word: the user's language decides which country's document comes first."""
    for lang, country in (("ja", "JP"), ("fr", "FR"), ("hi", "IN")):
        result = runner.invoke(cli, ["specs", "search", "passport", "--lang", lang, "--json"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)[0]["country"] == country, lang


def test_search_custom_size(runner: CliRunner) -> None:
    hits = json.loads(runner.invoke(cli, ["specs", "search", "600x600px", "--json"]).stdout)
    assert hits[0]["id"] == "custom_600x600px" and hits[0]["country"] == "XX"
    assert hits[0]["pixels"] == {"width": 600, "height": 600}


def test_search_with_no_match_says_so(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "search", "zzqxw vvkj"])
    assert result.exit_code == 0
    assert result.stdout == "" and "No document matches" in result.stderr
    assert json.loads(runner.invoke(cli, ["specs", "search", "zzqxw vvkj", "--json"]).stdout) == []


def test_search_rejects_a_bad_limit(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["specs", "search", "visa", "--limit", "0"]).exit_code == 2


# --- specs show: custom sizes and the template PNG ----------------------------------------------


def test_show_accepts_a_custom_size(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "show", "35x45mm"])
    assert result.exit_code == 0, result.output
    assert "custom_35x45mm" in result.stdout and "70–80 % of height" in result.stdout
    assert "icao.int" in result.stdout and "secondary" in result.stdout
    as_json = json.loads(runner.invoke(cli, ["specs", "show", "600x800 px", "--json"]).stdout)
    assert as_json["id"] == "custom_600x800px" and as_json["pixels"] == {"width": 600, "height": 800}


def test_show_refuses_an_implausible_size(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "show", "1x1mm"])
    assert result.exit_code == 2 and "between 10 and 200 mm" in result.stderr


def test_show_writes_no_template_unless_asked(runner: CliRunner, tmp_path) -> None:
    with runner.isolated_filesystem(temp_dir=tmp_path) as cwd:
        assert runner.invoke(cli, ["specs", "show", "jp_passport"]).exit_code == 0
        assert list(Path(cwd).iterdir()) == []


def _rgb(image, x: int, y: int) -> tuple[int, int, int]:
    return image.getpixel((x, y))[:3]


def _template(runner: CliRunner, tmp_path, doc_id: str, *extra: str):
    from PIL import Image

    with runner.isolated_filesystem(temp_dir=tmp_path) as cwd:
        result = runner.invoke(cli, ["specs", "show", doc_id, "--template", *extra])
        assert result.exit_code == 0, result.output
        name = extra[0] if extra else f"{doc_id}_template.png"
        assert f"Template written to {name}" in result.stderr
        path = Path(cwd) / name
        assert path.is_file()
        with Image.open(path) as image:
            assert image.format == "PNG"
            return image.convert("RGB")


GREEN, ORANGE, BLUE, RED, WHITE = (42, 157, 58), (247, 127, 0), (31, 111, 235), (214, 40, 40), (255, 255, 255)
EYE_SHARE_OF_HEAD_ABOVE = 0.45  # the template draws eyes 55 % of the way up from chin to crown


def test_template_bands_sit_where_the_japanese_rules_say(runner: CliRunner, tmp_path) -> None:
    """jp_passport, 35×45 mm at 413×531 px: crown margin 2–6 mm, chin margin 5–9 mm, head 32–36 mm."""
    image = _template(runner, tmp_path, "jp_passport")
    spec = load_catalogue().get("jp_passport")
    assert image.size == (spec.output_pixels.width, spec.output_pixels.height) == (413, 531)
    px_per_mm = 531 / 45
    right = 413 - 3  # inside the right ruler
    crown_top, crown_bottom = round(2 * px_per_mm), round(6 * px_per_mm)  # rows 24 and 71
    assert _rgb(image, right, crown_top) == GREEN and _rgb(image, right, crown_bottom) == GREEN
    assert _rgb(image, right, (crown_top + crown_bottom) // 2) == GREEN  # filled band
    assert _rgb(image, right, crown_top - 4) == WHITE and _rgb(image, right, crown_bottom + 4) == WHITE
    chin_top, chin_bottom = round(531 - 9 * px_per_mm), round(531 - 5 * px_per_mm)  # rows 425 and 472
    assert _rgb(image, right, chin_top) == ORANGE and _rgb(image, right, chin_bottom) == ORANGE
    assert _rgb(image, right, chin_top - 4) == WHITE and _rgb(image, right, chin_bottom + 4) == WHITE
    # No eye band: the eye line follows the middle crown margin (4 mm) plus 45 % of the middle head (34 mm).
    eye = (4 + EYE_SHARE_OF_HEAD_ABOVE * 34) * px_per_mm
    probe = 413 // 2 - 120  # left of the head outline, right of the ruler
    for head_mm in (32, 36):
        crown = round(eye - EYE_SHARE_OF_HEAD_ABOVE * head_mm * px_per_mm)
        chin = round(eye + (1 - EYE_SHARE_OF_HEAD_ABOVE) * head_mm * px_per_mm)
        assert _rgb(image, probe, crown) == RED, head_mm
        assert _rgb(image, probe, chin) == RED, head_mm
    assert _rgb(image, probe, round(eye)) == BLUE
    assert _rgb(image, 0, 200) == (0, 0, 0)  # the frame


def test_template_eye_band_and_head_lines_for_the_us_passport(runner: CliRunner, tmp_path) -> None:
    """us_passport, 2×2 in at 600×600 px: eyes 28.6–34.9 mm from the bottom, head 25.4–34.9 mm."""
    image = _template(runner, tmp_path, "us_passport", "us.png")
    assert image.size == (600, 600)
    px_per_mm = 600 / 50.8
    top, bottom = round(600 - 34.9 * px_per_mm), round(600 - 28.6 * px_per_mm)  # rows 188 and 262
    assert _rgb(image, 3, top) == BLUE and _rgb(image, 3, bottom) == BLUE
    assert _rgb(image, 3, top - 4) == WHITE and _rgb(image, 3, bottom + 4) == WHITE
    assert _rgb(image, 3, (top + bottom) // 2) != WHITE  # filled band
    eye = 600 - (28.6 + 34.9) / 2 * px_per_mm  # middle of the eye band: row 225
    probe = 60
    for head_mm in (25.4, 34.9):
        assert _rgb(image, probe, round(eye - EYE_SHARE_OF_HEAD_ABOVE * head_mm * px_per_mm)) == RED
        assert _rgb(image, probe, round(eye + (1 - EYE_SHARE_OF_HEAD_ABOVE) * head_mm * px_per_mm)) == RED
    assert _rgb(image, probe, round(eye)) == BLUE
    assert _rgb(image, 597, 30) == WHITE  # no crown-margin rule for the US passport: no green band


def test_template_of_a_digital_spec_and_a_custom_size(runner: CliRunner, tmp_path) -> None:
    image = _template(runner, tmp_path, "cn_visa_online", "cn.png")
    online = load_catalogue().get("cn_visa_online").output_pixels
    assert image.size == (online.width, online.height)
    custom = _template(runner, tmp_path, "600x800px", "custom.png")
    assert custom.size == (600, 800)
    # Custom portrait: crown margin 4–12 % of the height on the right ruler.
    assert _rgb(custom, 597, round(0.04 * 800)) == GREEN and _rgb(custom, 597, round(0.12 * 800)) == GREEN
    assert _rgb(custom, 597, round(0.04 * 800) - 4) == WHITE


def test_template_to_an_unwritable_path_fails_cleanly(runner: CliRunner, tmp_path) -> None:
    target = tmp_path / "missing" / "dir" / "t.png"
    result = runner.invoke(cli, ["specs", "show", "jp_passport", "--template", str(target)])
    assert result.exit_code == 2 and "Cannot write the template" in result.stderr
