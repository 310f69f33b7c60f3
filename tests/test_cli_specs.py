"""`idphoto specs list/show`, driven through the real top-level `idphoto` group (so the lazy
registration in idphoto/cli.py is exercised too)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from idphoto.cli import cli
from specs.catalogue import load_catalogue


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_list_shows_every_document_as_a_table(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "list"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "country", "type", "size", "name"]
    ids = {line.split()[0] for line in lines[1:]}
    assert ids == set(load_catalogue().documents)
    row = next(line for line in lines if line.startswith("cn_visa_online "))
    assert "354×472 px" in row and " CN " in row and " visa " in row
    row = next(line for line in lines if line.startswith("ca_passport "))
    assert "50×70 mm" in row and "Canadian passport" in row


def test_list_json_is_one_array_with_required_keys(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["specs", "list", "--json"])
    assert result.exit_code == 0
    docs = json.loads(result.stdout)
    assert isinstance(docs, list) and len(docs) == len(load_catalogue())
    for doc in docs:
        assert {"id", "country", "type", "name"} <= doc.keys()
    ds160 = next(d for d in docs if d["id"] == "us_visa_ds160")
    assert ds160["pixels"] == {"width": 600, "height": 600} and ds160["print_mm"] is None


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--country", "cn"], {"cn_visa", "cn_visa_online"}),
        (["--country", "UK"], {"uk_passport"}),  # what people type for GB
        (["--country", "EU"], {"schengen_visa"}),
        (["--country", "US", "--type", "visa"], {"us_visa_ds160"}),
    ],
)
def test_list_filters(runner: CliRunner, args: list[str], expected: set[str]) -> None:
    result = runner.invoke(cli, ["specs", "list", *args, "--json"])
    assert result.exit_code == 0
    assert {d["id"] for d in json.loads(result.stdout)} == expected


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
    assert json.loads(result.stdout) == load_catalogue().get("us_visa_ds160").model_dump(mode="json")


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
        "heavy = [m for m in ('engine', 'onnxruntime', 'mediapipe', 'cv2', 'numpy') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
