"""`idphoto make` / `idphoto check` as a user runs them: files, JSON, and distinct exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from engine.errors import ExitCode
from idphoto.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_make_writes_every_promised_file(samples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(
        "make",
        str(samples_dir / "sample_001.jpg"),
        "--doc",
        "us_passport",
        "-o",
        str(out),
        "--paper",
        "4x6",
        "--paper",
        "a4",
        "--paper",
        "letter",
    )
    assert result.exit_code == ExitCode.ok, result.output
    for name in (
        "photo.jpg",
        "sheet_4x6.jpg",
        "sheet_a4.pdf",
        "sheet_letter.pdf",
        "report.json",
        "report.txt",
    ):
        assert (out / name).is_file(), name
    report = json.loads((out / "report.json").read_text())
    assert report["checks"] and all(
        {"id", "status", "measured", "allowed", "tip"} <= set(c) for c in report["checks"]
    )


def test_check_json_is_one_document_on_stdout(samples_dir: Path) -> None:
    result = CliRunner().invoke(
        cli, ["check", str(samples_dir / "sample_001.jpg"), "--doc", "us_passport", "--json"]
    )
    assert result.exit_code == ExitCode.ok, result.output
    report = json.loads(result.stdout)
    assert {c["id"] for c in report["checks"]} >= {"yaw", "pitch", "roll", "eyes_closed", "blur"}


def test_not_an_image_is_bad_input(tmp_path: Path) -> None:
    fake = tmp_path / "selfie.jpg"
    fake.write_text("this is not a photo")
    result = CliRunner().invoke(cli, ["make", str(fake), "--doc", "us_passport", "-o", str(tmp_path)])
    assert result.exit_code == ExitCode.bad_input
    assert "not_an_image" in result.stderr


def test_profile_photo_fails_checks_or_is_refused(samples_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(samples_dir / "rot_001_L3.jpg"), "--doc", "us_passport"])
    assert result.exit_code == ExitCode.checks_failed, result.output
    assert "✗" in result.stdout


def test_unknown_document_is_a_usage_error(samples_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(samples_dir / "sample_001.jpg"), "--doc", "us_pasport"])
    assert result.exit_code == ExitCode.usage
    assert "us_passport" in result.output  # suggestion


def test_edits_the_authority_forbids_are_refused(samples_dir: Path, tmp_path: Path) -> None:
    selfie = str(samples_dir / "sample_001.jpg")
    nz = CliRunner().invoke(
        cli, ["make", selfie, "--doc", "nz_visa", "--background", "light grey", "-o", str(tmp_path)]
    )
    assert nz.exit_code == ExitCode.not_allowed, nz.output
    retouch = CliRunner().invoke(
        cli, ["make", selfie, "--doc", "us_passport", "--retouch", "light", "-o", str(tmp_path)]
    )
    assert retouch.exit_code == ExitCode.not_allowed, retouch.output


def test_make_with_an_outfit_and_an_unknown_outfit(samples_dir: Path, tmp_path: Path) -> None:
    selfie = str(samples_dir / "sample_009.jpg")
    dressed = run(
        "make",
        selfie,
        "--doc",
        "schengen_visa",
        "--outfit",
        "suit_tie_navy",
        "-o",
        str(tmp_path / "a"),
        "--paper",
        "4x6",
    )
    assert dressed.exit_code == ExitCode.ok, dressed.output
    assert (tmp_path / "a" / "photo.jpg").is_file()
    unknown = CliRunner().invoke(
        cli, ["make", selfie, "--doc", "schengen_visa", "--outfit", "toga", "-o", str(tmp_path)]
    )
    assert unknown.exit_code == ExitCode.usage and "suit_tie_navy" in unknown.output


def test_a_declared_religious_or_medical_head_covering_is_recorded(gallery_dir: Path, tmp_path: Path) -> None:
    """g051 wears a cap: the checks warn that coverings are allowed only for religious or medical
    reasons. Only the user knows which it is; a declaration goes into both reports, and without
    one the report records no choice."""
    cap = str(gallery_dir / "g051_mmpose_aflw_22568.jpg")
    declared, plain = tmp_path / "declared", tmp_path / "plain"
    run("make", cap, "--doc", "schengen_visa", "-o", str(declared), "--religious-headwear")
    run("make", cap, "--doc", "schengen_visa", "-o", str(plain))
    report = json.loads((declared / "report.json").read_text())
    assert next(c for c in report["checks"] if c["id"] == "head_covering")["status"] == "warn"
    assert report["user_choice"] == {"headwear": "religious_or_medical"}
    assert "religious or medical reasons" in (declared / "report.txt").read_text()
    assert json.loads((plain / "report.json").read_text())["user_choice"] is None
