"""The whole engine on real photos: every frontal sample becomes an in-spec photo, measured on the
output pixels (not from the pipeline's own numbers); file rules, metadata and modes."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from engine.context import Adjustments, Options, Status
from engine.errors import EditNotAllowed
from engine.landmarks import CHIN
from specs import load_catalogue
from tests.measure import crown_row, eyes_cv2

FRONTAL = [  # sample_003 ends at the chin: refused for its shoulders (tests/test_quality.py)
    "sample_001.jpg",
    "sample_005.jpg",
    "sample_006.jpg",
    "sample_009.jpg",
    "db_000.jpg",
    "db_004.jpg",
    "db_008.jpg",
    "db_012.png",
    "db_1499638930814705792706.jpg",
]


def _measure(engine, photo: np.ndarray, background: tuple[int, int, int], model_dir: Path) -> dict:
    eye_a, eye_b, _ = eyes_cv2(photo, model_dir)
    ied = float(np.linalg.norm(eye_b - eye_a))
    cx = float(eye_a[0] + eye_b[0]) / 2
    crown = crown_row(photo, background, (round(cx - 0.6 * ied), round(cx + 0.6 * ied)))
    faces = engine.faces.detector.detect(photo)
    marks = engine.faces.landmarker.measure(photo, faces[0])
    assert marks is not None
    h = photo.shape[0]
    return {
        "head": (marks.points[CHIN, 1] - crown) / h,
        "eye_line": (h - (eye_a[1] + eye_b[1]) / 2) / h,
        "centre": cx / photo.shape[1],
        "crown": crown,
    }


@pytest.mark.parametrize("name", FRONTAL)
def test_frontal_sample_makes_an_in_spec_us_passport(engine, samples_dir, model_dir, tmp_path, name) -> None:
    spec = load_catalogue().get("us_passport")
    ctx = engine.make((samples_dir / name).read_bytes(), spec, Options(), tmp_path, papers=("4x6", "a4"))
    assert not ctx.blocking, [c.to_dict() for c in ctx.blocking]
    photo = np.asarray(Image.open(ctx.outputs["photo"]).convert("RGB"))
    # the background as delivered: the spec's colour, or the selfie's own when it already qualified
    top = photo[: max(2, photo.shape[0] // 100)].reshape(-1, 3)
    background = tuple(int(v) for v in np.median(top, axis=0))
    m = _measure(engine, photo, background, model_dir)  # type: ignore[arg-type]
    frame = spec.frame()
    print(f"\n{name}: head {m['head']:.3f} eye line {m['eye_line']:.3f} centre {m['centre']:.3f}")
    assert frame.head_height.contains(m["head"], slack=0.02)
    assert frame.eye_line_from_bottom is not None
    assert frame.eye_line_from_bottom.contains(m["eye_line"], slack=0.015)
    assert abs(m["centre"] - 0.5) <= 0.05
    assert m["crown"] > 0
    for key in ("photo", "sheet_4x6", "sheet_a4", "report", "report_text"):
        assert ctx.outputs[key].is_file()


def test_background_is_the_spec_colour_exactly(engine, samples_dir, tmp_path) -> None:
    spec = load_catalogue().get("schengen_visa")
    colour = spec.background.colours[-1]
    ctx = engine.make(
        (samples_dir / "sample_005.jpg").read_bytes(),
        spec,
        Options(background=colour.name),
        tmp_path,
        papers=(),
    )
    assert ctx.photo is not None and ctx.alpha is not None
    corners = np.concatenate([ctx.photo[:8, :8].reshape(-1, 3), ctx.photo[:8, -8:].reshape(-1, 3)])
    assert np.abs(corners.astype(int) - np.array(colour.rgb_tuple)).max() <= 1


def test_ds160_file_rules(engine, samples_dir, tmp_path) -> None:
    spec = load_catalogue().get("us_visa_ds160")
    ctx = engine.make((samples_dir / "sample_009.jpg").read_bytes(), spec, Options(), tmp_path, papers=())
    data = ctx.outputs["photo"].read_bytes()
    assert len(data) <= 240 * 1024
    with Image.open(io.BytesIO(data)) as im:
        assert im.format == "JPEG" and im.mode == "RGB" and im.size == (600, 600)
        assert im.info.get("dpi") is not None
        assert 34853 not in im.getexif()  # no GPS IFD
    assert "sheet_4x6" not in ctx.outputs  # digital-only document: no print sheets


def test_no_edit_document_refuses_background_replacement(engine, samples_dir) -> None:
    spec = load_catalogue().get("nz_visa")
    assert spec.edits.no_edit
    ctx = engine.analyze((samples_dir / "sample_001.jpg").read_bytes(), spec, Options())
    with pytest.raises(EditNotAllowed):
        engine.render(ctx)


def test_keep_background_crops_only_and_judges_the_wall(engine, samples_dir, tmp_path) -> None:
    spec = load_catalogue().get("us_passport")
    ctx = engine.analyze((samples_dir / "db_008.jpg").read_bytes(), spec, Options(keep_background=True))
    engine.render(ctx)
    assert ctx.alpha is None  # no matting in crop-only mode
    ids = {c.id: c for c in ctx.checks}
    assert ids["background_colour"].status is Status.passed  # db_008 stands before a white wall
    ctx2 = engine.analyze((samples_dir / "sample_005.jpg").read_bytes(), spec, Options(keep_background=True))
    engine.render(ctx2)
    assert {c.id: c for c in ctx2.checks}["background_colour"].status is Status.fail


def test_adjustments_move_and_resize_the_head_within_the_spec(engine, samples_dir) -> None:
    spec = load_catalogue().get("schengen_visa")
    data = (samples_dir / "sample_006.jpg").read_bytes()
    base = engine.render(engine.analyze(data, spec, Options())).placement
    up = engine.render(engine.analyze(data, spec, Options(adjust=Adjustments(shift=1.0)))).placement
    big = engine.render(engine.analyze(data, spec, Options(adjust=Adjustments(zoom=1.0)))).placement
    assert base is not None and up is not None and big is not None
    assert up.crown_margin < base.crown_margin
    assert big.head_height > base.head_height
    frame = spec.frame()
    for p in (base, up, big):
        assert frame.head_height.contains(p.head_height, slack=1e-6)


def test_skull_measured_spec_keeps_the_hair_inside_the_frame(
    engine, samples_dir, model_dir, tmp_path
) -> None:
    spec = load_catalogue().get("fr_passport")  # head measured to the skull; voluminous hair above it
    ctx = engine.make(
        (samples_dir / "db_004.jpg").read_bytes(), spec, Options(), tmp_path, papers=(), force=True
    )
    photo = np.asarray(Image.open(ctx.outputs["photo"]).convert("RGB"))
    m = _measure(engine, photo, spec.background.colours[0].rgb_tuple, model_dir)
    assert m["crown"] >= 0.01 * photo.shape[0]  # visible gap above the hair
