"""Quality checks on every real sample photo and on controlled degradations of a good one.

`test_measurement_table` prints the measured values behind every threshold (run with `-s`); the
docstrings of engine/checks/*.py quote the ranges it shows.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from engine.checks import CHECK_IDS, HeadwearModel, run_checks
from engine.checks import glasses as glasses_check
from engine.checks.expression import eyes_closed
from engine.checks.face_crop import face_crop
from engine.context import CheckResult, FaceAnalysis, Status
from engine.decode import decode
from engine.errors import BadInput
from engine.head import HeadTop
from specs import load_catalogue
from specs.schema import GlassesPolicy, Policy

DS160 = "us_visa_ds160"  # neutral expression, glasses forbidden
PASSPORT = "us_passport"  # natural smile allowed, glasses forbidden
FRONTAL = [
    "sample_001.jpg",
    "sample_005.jpg",
    "sample_006.jpg",
    "sample_009.jpg",
    "db_008.jpg",
    "db_20191021_155155.jpg",
]
PROFILES = ["rot_001_L4.jpg", "rot_001_R4.jpg"]
POSE = ("yaw", "pitch", "roll")


@dataclass
class Sample:
    rgb: np.ndarray
    face: FaceAnalysis
    head: HeadTop
    jpeg_quality: int | None

    def checks(self, engine, doc: str = DS160) -> dict[str, CheckResult]:
        results = run_checks(
            self.rgb,
            self.face,
            self.head,
            load_catalogue().get(doc),
            jpeg_quality=self.jpeg_quality,
            headwear=engine.headwear,
        )
        return {c.id: c for c in results}


def png(rgb: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, "PNG")
    return buf.getvalue()


def analyse(engine, data: bytes) -> Sample:
    image = decode(data)
    face, head = engine.faces.analyze(image.rgb)
    return Sample(image.rgb, face, head, image.jpeg_quality)


@pytest.fixture(scope="module")
def samples(engine, samples_dir: Path, astronaut: np.ndarray, grace_hopper_path: Path) -> dict[str, Sample]:
    """Every measurable sample photo, analysed once (the face models live in the session engine)."""
    files = sorted(
        p for p in samples_dir.iterdir() if p.suffix in {".jpg", ".png"} and p.name not in PROFILES
    )
    out = {p.name: analyse(engine, p.read_bytes()) for p in files}
    out["astronaut"] = analyse(engine, png(astronaut))
    out["grace_hopper"] = analyse(engine, grace_hopper_path.read_bytes())
    return out


@pytest.fixture(scope="module")
def good(engine, samples_dir: Path) -> np.ndarray:
    """sample_009 (frontal, even light, sharp) at half size: degradations of it stay fast."""
    rgb = decode((samples_dir / "sample_009.jpg").read_bytes()).rgb
    return cv2.resize(rgb, (rgb.shape[1] // 2, rgb.shape[0] // 2), interpolation=cv2.INTER_AREA)


def test_measurement_table(engine, samples: dict[str, Sample]) -> None:
    columns = ("yaw", "pitch", "roll", "eyes_closed", "mouth_open", "smile", "blur", "lighting_uneven")
    columns += ("exposure", "glasses", "face_size", "head_covering")
    print(f"\n{'photo':30s} " + " ".join(f"{c[:10]:>10s}" for c in columns))
    for name, sample in samples.items():
        checks = sample.checks(engine)
        assert tuple(checks) == CHECK_IDS
        cells = [f"{checks[c].measured!s:>8s}:{checks[c].status.value[0]}" for c in columns]
        print(f"{name:30s} " + " ".join(cells))
        for check in checks.values():
            assert check.allowed and check.tip, check
            assert check.measured is None or isinstance(check.measured, int | float), check


def test_yaw_series_is_flagged_increasingly(engine, samples: dict[str, Sample], samples_dir: Path) -> None:
    for side in "LR":
        series = [samples[f"rot_001_{side}{step}.jpg"].checks(engine)["yaw"] for step in (1, 2, 3)]
        angles = [abs(c.measured) for c in series]
        assert angles == sorted(angles) and angles[0] < angles[-1], (side, angles)
        assert series[0].status is not Status.passed, series[0]
        assert [c.status for c in series[1:]] == [Status.fail, Status.fail], series
    for name in PROFILES:  # full profile: no frontal face to measure at all
        with pytest.raises(BadInput) as info:
            engine.faces.analyze(decode((samples_dir / name).read_bytes()).rgb)
        assert info.value.code == "face_not_measurable"


@pytest.mark.parametrize("name", FRONTAL)
def test_frontal_photos_pass_pose_and_framing(engine, samples: dict[str, Sample], name: str) -> None:
    checks = samples[name].checks(engine)
    for key in (*POSE, "eyes_closed", "head_cut", "glasses", "head_covering"):
        assert checks[key].status is not Status.fail, checks[key]
    assert checks["yaw"].status is Status.passed and checks["roll"].status is Status.passed


def test_no_glasses_free_sample_is_refused_for_glasses(engine, samples: dict[str, Sample]) -> None:
    for name, sample in samples.items():
        if name != "grace_hopper":
            assert sample.checks(engine)["glasses"].status is not Status.fail, name


def test_real_glasses_fail_where_forbidden(engine, samples: dict[str, Sample]) -> None:
    grace = samples["grace_hopper"]
    assert grace.checks(engine, DS160)["glasses"].status is Status.fail


def test_glare_warns_only_where_glasses_are_allowed(samples: dict[str, Sample]) -> None:
    grace = samples["grace_hopper"]
    allowed = Policy(glasses=GlassesPolicy.allowed_no_glare)
    assert (
        glasses_check.glasses(face_crop(grace.rgb, grace.face), grace.face, allowed).status is Status.passed
    )
    glare = grace.rgb.copy()
    ied = grace.face.inter_eye_distance
    for x, y in (grace.face.eye_left, grace.face.eye_right):  # a flash reflection on each lens
        cv2.circle(
            glare, (round(x + 0.15 * ied), round(y + 0.12 * ied)), round(0.1 * ied), (255, 255, 255), -1
        )
    result = glasses_check.glasses(face_crop(glare, grace.face), grace.face, allowed)
    assert result.status is Status.warn, result


def test_drawn_frames_fail_where_glasses_are_forbidden(engine, good: np.ndarray) -> None:
    sample = analyse(engine, png(good))
    bare = sample.checks(engine)["glasses"]
    framed = good.copy()
    face, ied = sample.face, sample.face.inter_eye_distance
    thickness = max(2, round(ied * 0.05))
    for x, y in (face.eye_left, face.eye_right):
        cv2.ellipse(
            framed,
            (round(x), round(y + 0.05 * ied)),
            (round(0.42 * ied), round(0.28 * ied)),
            0,
            0,
            360,
            (25, 25, 25),
            thickness,
        )
    (lx, ly), (rx, ry) = face.eye_left, face.eye_right
    cv2.line(
        framed,
        (round(lx + 0.42 * ied), round(ly - 0.05 * ied)),
        (round(rx - 0.42 * ied), round(ry - 0.05 * ied)),
        (25, 25, 25),
        thickness,
    )
    worn = analyse(engine, png(framed)).checks(engine)["glasses"]
    assert bare.status is Status.passed, bare
    assert worn.status is Status.fail and worn.measured > 2 * bare.measured, (bare, worn)


def test_broad_smile_blocks_only_where_neutral_is_required(engine, samples: dict[str, Sample]) -> None:
    astronaut = samples["astronaut"]
    assert astronaut.checks(engine, DS160)["smile"].status is Status.fail
    assert astronaut.checks(engine, PASSPORT)["smile"].status is Status.warn  # a big open grin: a warning


def test_eyes_closed_needs_both_signals_to_fail(samples: dict[str, Sample]) -> None:
    face = samples["sample_009.jpg"].face
    assert eyes_closed(face).status is Status.passed
    blinking = replace(face, blendshapes={**face.blendshapes, "eyeBlinkLeft": 0.9, "eyeBlinkRight": 0.9})
    assert eyes_closed(blinking).status is Status.warn  # the lids are still apart: unsure
    shut = blinking.landmarks.copy()
    for upper, lower in ((159, 145), (386, 374)):  # lower each upper lid onto the lower lid
        shut[upper] = shut[lower]
    assert eyes_closed(replace(blinking, landmarks=shut)).status is Status.fail


def test_cap_is_a_head_covering_warning_never_a_failure(engine, samples: dict[str, Sample]) -> None:
    cap = samples["grace_hopper"].checks(engine)["head_covering"]
    assert cap.status is Status.warn, cap
    for name in FRONTAL:
        assert samples[name].checks(engine)["head_covering"].status is Status.passed, name


def test_head_covering_without_its_model_passes_unmeasured(
    samples: dict[str, Sample], tmp_path: Path
) -> None:
    grace = samples["grace_hopper"]
    absent = HeadwearModel(tmp_path)
    assert not absent.available
    checks = run_checks(
        grace.rgb, grace.face, grace.head, load_catalogue().get(DS160), jpeg_quality=None, headwear=absent
    )
    covering = {c.id: c for c in checks}["head_covering"]
    assert covering.status is Status.passed and covering.measured is None
    assert "not installed" in covering.allowed


def test_small_faces_are_flagged_by_upscaling(engine, samples: dict[str, Sample]) -> None:
    assert samples["sample_014.jpg"].checks(engine)["face_size"].status is Status.fail  # 302 px wide
    assert samples["sample_013.jpg"].checks(engine)["face_size"].status is Status.warn
    assert samples["sample_009.jpg"].checks(engine)["face_size"].status is Status.passed


def test_side_lit_face_is_uneven(engine, samples: dict[str, Sample]) -> None:
    assert samples["sample_010.jpg"].checks(engine)["lighting_uneven"].status is Status.fail


def test_good_photo_has_no_blocking_issue(engine, good: np.ndarray) -> None:
    checks = analyse(engine, png(good)).checks(engine)
    assert [c for c in checks.values() if c.status is Status.fail] == []
    assert checks["compression"].measured is None  # PNG: no JPEG quality to judge


def test_heavy_blur_fails(engine, good: np.ndarray) -> None:
    ied = analyse(engine, png(good)).face.inter_eye_distance
    blurred = cv2.GaussianBlur(good, (0, 0), 0.05 * ied)
    assert analyse(engine, png(blurred)).checks(engine)["blur"].status is Status.fail


def test_dark_photo_fails_exposure(engine, good: np.ndarray) -> None:
    dark = (good.astype(np.float32) * 0.25).astype(np.uint8)
    checks = analyse(engine, png(dark)).checks(engine)
    assert checks["exposure"].status is Status.fail
    assert checks["blur"].status is Status.passed  # dark, not blurry: one problem, one message


def test_one_sided_shadow_fails_lighting(engine, good: np.ndarray) -> None:
    face = analyse(engine, png(good)).face
    shaded = good.astype(np.float32)
    shaded[:, : round(face.eye_mid[0])] *= 0.3
    assert (
        analyse(engine, png(shaded.astype(np.uint8))).checks(engine)["lighting_uneven"].status is Status.fail
    )


def test_heavy_jpeg_compression_fails(engine, good: np.ndarray) -> None:
    buf = io.BytesIO()
    Image.fromarray(good).save(buf, "JPEG", quality=15)
    compression = analyse(engine, buf.getvalue()).checks(engine)["compression"]
    assert (
        compression.status is Status.fail and compression.measured is not None and compression.measured < 40
    )


def test_tilted_head_fails_roll(engine, good: np.ndarray) -> None:
    h, w = good.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), 15, 1.0)
    tilted = cv2.warpAffine(good, matrix, (w, h), borderMode=cv2.BORDER_REPLICATE)
    roll = analyse(engine, png(tilted)).checks(engine)["roll"]
    assert roll.status is Status.fail and abs(abs(roll.measured) - 15) < 3, roll
