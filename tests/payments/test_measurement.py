"""The post-payment measurement (payments/measurement.py) on real engine output: a real selfie's
files pass, and each way a delivered photo can be wrong is caught on the file itself."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from engine.context import Options
from payments import measurement
from specs import load_catalogue
from tests.conversation_script import SELFIE


@pytest.fixture(scope="module")
def made(engine, samples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("made")
    spec = load_catalogue().get("us_passport")
    ctx = engine.make((samples_dir / SELFIE).read_bytes(), spec, Options(), out, papers=())
    return {path.name: str(path) for path in ctx.outputs.values()}


@pytest.fixture
def files(made: dict[str, str], tmp_path: Path) -> dict[str, str]:
    """A private copy of the made files, free to spoil."""
    return {name: shutil.copy(path, tmp_path / name) for name, path in made.items()}


def test_the_engines_own_output_passes(files: dict[str, str]) -> None:
    assert measurement.measure(files) == []


def test_wrong_pixels_and_dpi_are_found(files: dict[str, str]) -> None:
    with Image.open(files["photo.jpg"]) as image:
        image.resize((599, 600)).save(files["photo.jpg"], "JPEG", quality=90, dpi=(72, 72))
    assert {"pixels", "dpi"} <= set(measurement.measure(files))


def test_a_file_outside_the_kb_window_is_found(files: dict[str, str]) -> None:
    report = json.loads(Path(files["report.json"]).read_text())
    report["output"]["kb_window"] = [1, 2]
    Path(files["report.json"]).write_text(json.dumps(report))
    assert measurement.measure(files) == ["file_size"]


def test_a_layout_out_of_range_is_found(files: dict[str, str]) -> None:
    report = json.loads(Path(files["report.json"]).read_text())
    report["layout"]["head_height"]["status"] = "fail"
    Path(files["report.json"]).write_text(json.dumps(report))
    assert measurement.measure(files) == ["head_height"]


def test_missing_files_are_a_finding(files: dict[str, str]) -> None:
    assert measurement.measure({k: v for k, v in files.items() if k != "report.json"}) == ["missing_output"]


def test_a_failed_artifact_audit_is_found(files: dict[str, str]) -> None:
    """A render whose cut-out audit failed is refunded, not sold, even inside every millimetre."""
    report = json.loads(Path(files["report.json"]).read_text())
    assert report["audit"]["detached_blobs"]["status"] == "pass"
    report["audit"]["detached_blobs"]["status"] = "fail"
    Path(files["report.json"]).write_text(json.dumps(report))
    assert measurement.measure(files) == ["audit:detached_blobs"]
