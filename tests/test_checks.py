"""Quality checks on real photos and on controlled degradations of a good one."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image

from engine.checks import glasses as glasses_check
from engine.checks.face_crop import face_crop
from engine.context import Status
from engine.errors import BadInput
from specs import load_catalogue

DS160 = "us_visa_ds160"  # neutral expression, glasses forbidden


def png(rgb: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, "PNG")
    return buf.getvalue()


def checks_of(engine, data: bytes, doc: str = DS160) -> dict:
    ctx = engine.analyze(data, load_catalogue().get(doc))
    return {c.id: c for c in ctx.checks}


@pytest.fixture(scope="module")
def good(samples_dir) -> np.ndarray:
    return np.array(Image.open(samples_dir / "sample_009.jpg").convert("RGB"))


def test_yaw_series_is_flagged_progressively(engine, samples_dir) -> None:
    for side in "LR":
        yaws = []
        for step in (1, 2, 3):
            c = checks_of(engine, (samples_dir / f"rot_001_{side}{step}.jpg").read_bytes())["yaw"]
            assert c.status is Status.fail, (side, step, c)
            yaws.append(c.measured)
        assert yaws == sorted(yaws) and yaws[0] < yaws[-1], (side, yaws)
        with pytest.raises(BadInput) as info:  # full profile: no frontal face to measure at all
            engine.analyze((samples_dir / f"rot_001_{side}4.jpg").read_bytes(), load_catalogue().get(DS160))
        assert info.value.code == "face_not_measurable"


@pytest.mark.parametrize(
    "name",
    [
        "sample_001.jpg",
        "sample_005.jpg",
        "sample_006.jpg",
        "sample_009.jpg",
        "db_008.jpg",
        "db_20191021_155155.jpg",
    ],
)
def test_frontal_photos_pass_pose(engine, samples_dir, name) -> None:
    checks = checks_of(engine, (samples_dir / name).read_bytes())
    for key in ("yaw", "pitch", "roll", "eyes_closed", "head_cut"):
        assert checks[key].status is not Status.fail, checks[key]


def test_broad_smile_blocks_only_where_neutral_is_required(engine, astronaut) -> None:
    data = png(astronaut)
    assert checks_of(engine, data, DS160)["smile"].status is Status.fail
    assert checks_of(engine, data, "us_passport")["smile"].status is not Status.fail  # natural smile allowed


def test_side_lit_face_is_uneven(engine, samples_dir) -> None:
    assert (
        checks_of(engine, (samples_dir / "sample_010.jpg").read_bytes())["lighting_uneven"].status
        is Status.fail
    )


def test_cap_is_a_head_covering_warning(engine, grace_hopper_path, samples_dir) -> None:
    cap = checks_of(engine, grace_hopper_path.read_bytes())["head_covering"]
    assert cap.status is Status.warn, cap
    bare = checks_of(engine, (samples_dir / "sample_009.jpg").read_bytes())["head_covering"]
    assert bare.status is Status.passed, bare


def test_good_photo_has_no_blocking_issue(engine, good) -> None:
    checks = checks_of(engine, png(good))
    assert [c for c in checks.values() if c.status is Status.fail] == []


def test_heavy_blur_fails(engine, good) -> None:
    assert checks_of(engine, png(cv2.GaussianBlur(good, (0, 0), 12)))["blur"].status is Status.fail


def test_dark_photo_fails_exposure(engine, good) -> None:
    dark = (good.astype(np.float32) * 0.2).astype(np.uint8)
    assert checks_of(engine, png(dark))["exposure"].status is Status.fail


def test_one_sided_shadow_fails_lighting(engine, good) -> None:
    shaded = good.astype(np.float32)
    faces = engine.faces.detector.detect(good)
    x, _, w, _ = faces[0].box
    shaded[:, : round(x + w / 2)] *= 0.3
    assert checks_of(engine, png(shaded.astype(np.uint8)))["lighting_uneven"].status is Status.fail


def test_heavy_jpeg_compression_fails(engine, good) -> None:
    buf = io.BytesIO()
    Image.fromarray(good).save(buf, "JPEG", quality=15)
    assert checks_of(engine, buf.getvalue())["compression"].status is Status.fail


def test_big_tilt_fails_roll(engine, good) -> None:
    h, w = good.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), 18, 1.0)
    tilted = cv2.warpAffine(good, m, (w, h), borderMode=cv2.BORDER_REPLICATE)
    assert checks_of(engine, png(tilted))["roll"].status is Status.fail


def test_drawn_glasses_raise_the_glasses_signal(engine, good) -> None:
    face, _ = engine.faces.analyze(good)
    bare = glasses_check.glasses_score(face_crop(good, face))
    framed = good.copy()
    ied = face.inter_eye_distance
    thickness = max(2, round(ied * 0.06))
    for eye in (face.eye_left, face.eye_right):
        centre = (round(eye[0]), round(eye[1]))
        cv2.ellipse(framed, centre, (round(ied * 0.42), round(ied * 0.3)), 0, 0, 360, (20, 20, 20), thickness)
    cv2.line(
        framed,
        (round(face.eye_left[0] + ied * 0.42), round(face.eye_left[1])),
        (round(face.eye_right[0] - ied * 0.42), round(face.eye_right[1])),
        (20, 20, 20),
        thickness,
    )
    worn = glasses_check.glasses_score(face_crop(framed, face))
    assert worn > 2 * bare
    result = checks_of(engine, png(framed))["glasses"]
    assert result.status is Status.warn  # forbidden on DS-160, but a heuristic never blocks
