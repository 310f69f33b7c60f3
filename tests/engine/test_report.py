"""The compliance report, built from a hand-made context: figures, verdict, privacy, and that the
JSON and text files agree with each other."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from engine.context import CheckResult, Context, Options, Placement, Status
from engine.export import write_photo
from engine.report import report_dict, report_text, write_report
from specs.catalogue import load_catalogue
from specs.trust import trust_summary

PASS = CheckResult("yaw", "Head turned", Status.passed, 1.2, "≤ 5°", "Face the camera.", unit="°")
WARN = CheckResult("exposure", "Exposure", Status.warn, 22.5, "25–85 %", "Find more light.", unit="%")
FAIL = CheckResult("glasses", "Glasses", Status.fail, "on", "none", "Take off your glasses.")


def placement(head: float = 0.60, eyes: float = 0.62, crown: float = 0.10) -> Placement:
    return Placement(
        matrix=np.array([[0.3, 0.0, -100.0], [0.0, 0.3, -200.0]]),
        size=(600, 600),
        head_height=head,
        eye_line_from_bottom=eyes,
        crown_margin=crown,
        extended=False,
        shoulders_cut=False,
    )


@pytest.fixture(scope="module")
def photo(samples_dir) -> np.ndarray:
    rgb = np.asarray(Image.open(samples_dir / "sample_001.jpg").convert("RGB"))
    face = rgb[650:1550, 540:1440]  # head and shoulders of the real selfie
    return np.ascontiguousarray(cv2.resize(face, (600, 600), interpolation=cv2.INTER_AREA))


def context(checks: list[CheckResult], place: Placement | None = None) -> Context:
    ctx = Context(spec=load_catalogue().get("us_passport"), options=Options())
    ctx.checks = list(checks)
    ctx.placement = place if place is not None else placement()
    ctx.timings = {"decode": 0.0123, "face": 0.2}
    return ctx


@pytest.mark.parametrize(
    ("checks", "expected"),
    [([PASS], "pass"), ([PASS, WARN], "warn"), ([PASS, WARN, FAIL], "fail"), ([FAIL], "fail")],
)
def test_verdict_follows_the_worst_check(checks, expected) -> None:
    assert report_dict(context(checks))["verdict"] == expected


def test_placement_outside_the_spec_is_never_a_pass() -> None:
    data = report_dict(context([PASS], placement(head=0.75)))  # US allows 25.4–34.9 of 50.8 mm
    assert data["layout"]["head_height"]["status"] == "fail"
    assert data["verdict"] == "warn"


def test_figures_come_from_the_spec_and_the_written_file(photo, tmp_path: Path) -> None:
    ctx = context([PASS, WARN, FAIL])
    ctx.outputs["photo"] = write_photo(tmp_path / "photo.jpg", photo, dpi=300)
    data = report_dict(ctx)

    assert data["document"] == {
        "id": "us_passport",
        "name": "US passport",
        "country": "US",
        "type": "passport",
        "trust": trust_summary(ctx.spec),
    }
    assert data["document"]["trust"]["edit_policy"] == "unaltered"  # the State Department's own word
    out = data["output"]
    assert (out["width_px"], out["height_px"], out["dpi"]) == (600, 600, 300)
    assert out["file_kb"] == round((tmp_path / "photo.jpg").stat().st_size / 1024, 1)
    layout = data["layout"]
    assert layout["head_height"] == {"value": 0.6, "allowed": {"min": 0.5, "max": 0.687}, "status": "pass"}
    assert layout["eye_line_from_bottom"]["allowed"] == {"min": round(28.6 / 50.8, 4), "max": 0.687}
    assert layout["crown_margin"]["allowed"] is None  # the US rule states no crown margin
    assert data["checks"] == [c.to_dict() for c in ctx.checks]
    assert data["checks"][0]["tip"] == "" and data["checks"][2]["tip"] == "Take off your glasses."
    assert data["timings_ms"] == {"decode": 12.3, "face": 200.0}
    assert data["outputs"] == {"photo": "photo.jpg"}  # a name, never the user's directory


def test_files_agree_and_hold_no_path(photo, tmp_path: Path) -> None:
    ctx = context([PASS, WARN, FAIL])
    ctx.outputs["photo"] = write_photo(tmp_path / "photo.jpg", photo, dpi=300)
    json_path, text_path = write_report(ctx, tmp_path)

    assert json.loads(json_path.read_text(encoding="utf-8")) == report_dict(ctx)
    text = text_path.read_text(encoding="utf-8")
    assert text == report_text(ctx) + "\n"
    lines = text.splitlines()
    assert lines[0] == "US passport (us_passport): FAIL"
    assert "  ✓ Head turned: 1.2° (allowed ≤ 5°)" in lines  # no tip for a passed check
    assert "  ! Exposure: 22.5% (allowed 25–85 %) — Find more light." in lines
    assert "  ✗ Glasses: on (allowed none) — Take off your glasses." in lines
    assert "  head height: 60.0 % of the height (allowed 50.0 %–68.7 %)" in lines
    for written in (json_path, text_path):
        assert str(tmp_path) not in written.read_text(encoding="utf-8")
