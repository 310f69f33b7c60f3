"""Matting backends on real photos: the matte covers the face and leaves a plain wall out, a
re-matted green-screen composite gives back its known alpha with no green left in the hair, and
our closed-form solver and foreground estimate hold up against pymatting's."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from engine.errors import ModelMissing
from engine.face_detect import FaceDetector
from engine.matting import BACKENDS, new_session
from engine.matting.closed_form import estimate_alpha
from engine.matting.foreground import decontaminate
from engine.matting.refine import trimap
from engine.segmentation import PersonSegmenter

GREEN = np.array([0.0, 1.0, 0.0], np.float32)


def _photo(name: str, samples_dir: Path, astronaut: np.ndarray, grace_hopper_path: Path) -> np.ndarray:
    """A real photo as RGB uint8, long side at most 1000 px (the size of a region the pipeline mattes)."""
    if name == "astronaut":
        return astronaut
    path = grace_hopper_path if name == "grace_hopper" else samples_dir / name
    rgb = np.array(Image.open(path).convert("RGB"))
    scale = min(1.0, 1000 / max(rgb.shape[:2]))
    return cv2.resize(rgb, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def _face_core(alpha: np.ndarray, detector: FaceDetector, rgb: np.ndarray) -> np.ndarray:
    """Alpha over the central half (each way) of the largest detected face."""
    x, y, w, h = detector.detect(rgb)[0].box
    return alpha[int(y + h / 4) : int(y + h * 3 / 4), int(x + w / 4) : int(x + w * 3 / 4)]


def _green_excess(rgb: np.ndarray, where: np.ndarray) -> float:
    px = rgb[where].astype(np.float32)
    return float((px[:, 1] - (px[:, 0] + px[:, 2]) / 2).mean())


@pytest.fixture(scope="module")
def selfie_cf(model_dir):
    return new_session("selfie_cf", model_dir)


@pytest.fixture(scope="module")
def detector(model_dir) -> FaceDetector:
    return FaceDetector(model_dir)


@pytest.fixture(scope="module")
def portrait(samples_dir) -> np.ndarray:
    """Head and shoulders on a white wall, cropped and sized like the pipeline's output region."""
    rgb = np.array(Image.open(samples_dir / "sample_009.jpg").convert("RGB"))
    h, w = rgb.shape[:2]
    return cv2.resize(
        rgb[: int(h * 0.95), int(w * 0.2) : int(w * 0.8)], (540, 640), interpolation=cv2.INTER_AREA
    )


@pytest.mark.parametrize(
    "name", ["astronaut", "grace_hopper", "db_008.jpg", "sample_011.jpg", "sample_014.jpg"]
)
def test_matte_is_valid_and_the_face_is_fully_foreground(
    name, selfie_cf, detector, samples_dir, astronaut, grace_hopper_path
) -> None:
    rgb = _photo(name, samples_dir, astronaut, grace_hopper_path)
    matte = selfie_cf.matte(rgb)
    h, w = rgb.shape[:2]
    assert matte.alpha.shape == (h, w) and matte.alpha.dtype == np.float32
    assert matte.foreground.shape == (h, w, 3) and matte.foreground.dtype == np.float32
    assert matte.alpha.min() >= 0 and matte.alpha.max() <= 1
    assert matte.foreground.min() >= 0 and matte.foreground.max() <= 1
    face = _face_core(matte.alpha, detector, rgb)
    assert face.size > 100 and face.min() > 0.95


@pytest.mark.parametrize("name", ["db_008.jpg", "sample_009.jpg", "sample_011.jpg", "sample_013.jpg"])
def test_plain_wall_corners_are_background(
    name, selfie_cf, samples_dir, astronaut, grace_hopper_path
) -> None:
    rgb = _photo(name, samples_dir, astronaut, grace_hopper_path)
    alpha = selfie_cf.matte(rgb).alpha
    c = min(alpha.shape) // 10
    assert alpha[:c, :c].max() < 0.05 and alpha[:c, -c:].max() < 0.05  # the shoulders fill the bottom


@pytest.mark.parametrize("name", ["portrait", "sample_014.jpg", "grace_hopper"])
def test_rematting_a_green_composite_recovers_its_alpha_without_green_fringe(
    name, selfie_cf, portrait, samples_dir, astronaut, grace_hopper_path
) -> None:
    rgb = portrait if name == "portrait" else _photo(name, samples_dir, astronaut, grace_hopper_path)
    cut = selfie_cf.matte(rgb)  # the composite's known alpha and foreground
    a = cut.alpha[:, :, None]
    composite = ((cut.foreground * a + GREEN * (1 - a)) * 255).round().astype(np.uint8)
    again = selfie_cf.matte(composite)

    error = np.abs(again.alpha - cut.alpha)
    soft = ((cut.alpha > 0) & (cut.alpha < 1)).astype(np.uint8)
    edge = cv2.dilate(soft, np.ones((9, 9), np.uint8)).astype(bool)
    assert edge.sum() > 1000
    assert error.mean() < 0.01 and error[edge].mean() < 0.1

    band = (again.alpha > 0.2) & (again.alpha < 0.9)
    assert band.sum() > 1000
    raw = _green_excess(composite / 255.0, band)
    cleaned = _green_excess(again.foreground, band)
    assert raw > 0.25  # the composite's edge really is green
    assert cleaned < 0.05 and cleaned < raw * 0.2, (raw, cleaned)


def test_hint_at_any_resolution_is_used(selfie_cf, model_dir, astronaut, detector) -> None:
    h, w = astronaut.shape[:2]
    hint = cv2.resize(PersonSegmenter(model_dir).probability(astronaut), (97, 131))
    hint[:, int(97 * 0.6) :] = 0.0  # "no person right of 60 %": the matte must follow it
    matte = selfie_cf.matte(astronaut, hint=hint)
    assert matte.alpha.shape == (h, w)
    assert matte.alpha[:, int(w * 0.7) :].max() == 0.0
    assert selfie_cf.matte(astronaut).alpha[:, int(w * 0.7) :].max() == 1.0  # without the hint it is not
    assert _face_core(matte.alpha, detector, astronaut).min() > 0.95


def test_u2netp_backend_mattes_a_person(model_dir, portrait) -> None:
    session = new_session("u2netp", model_dir)
    matte = session.matte(portrait)
    h, w = portrait.shape[:2]
    assert matte.alpha.shape == (h, w) and matte.foreground.shape == (h, w, 3)
    assert matte.alpha[int(h * 0.3) : int(h * 0.5), int(w * 0.4) : int(w * 0.6)].mean() > 0.9
    assert matte.alpha[: h // 12, : w // 12].mean() < 0.1


@pytest.mark.parametrize("name", sorted(BACKENDS))
def test_absent_weights_raise_model_missing_and_nothing_is_fetched(name, tmp_path) -> None:
    with pytest.raises(ModelMissing):
        new_session(name, tmp_path)
    assert not any(tmp_path.iterdir())


def test_birefnet_weights_are_not_shipped(model_dir) -> None:
    with pytest.raises(ModelMissing, match="BiRefNet"):
        new_session("birefnet_general", model_dir)


def test_unknown_backend_names_the_known_ones(model_dir) -> None:
    with pytest.raises(ValueError, match="modnet") as raised:
        new_session("modnet", model_dir)
    assert all(name in str(raised.value) for name in BACKENDS)


def test_closed_form_matches_pymatting_reference(model_dir, portrait) -> None:
    from pymatting import estimate_alpha_cf

    small = cv2.resize(portrait, (380, 450), interpolation=cv2.INTER_AREA)
    prob = cv2.resize(PersonSegmenter(model_dir).probability(small), (380, 450))
    tri = trimap(prob, 6)
    assert (tri == 0.5).sum() > 2000
    ours = estimate_alpha(small / 255.0, tri)
    reference = estimate_alpha_cf(small / 255.0, tri, laplacian_kwargs={"epsilon": 1e-6})
    assert np.abs(ours - reference).max() < 0.02
    assert np.abs(ours - reference).mean() < 1e-3


def test_foreground_estimate_beats_pymatting_ml_on_a_green_screen(selfie_cf, portrait) -> None:
    """Known α and F (the photo itself), composited on green: our F is closer to the truth."""
    from pymatting import estimate_foreground_ml

    alpha = selfie_cf.matte(portrait).alpha
    truth = portrait.astype(np.float32) / 255
    a = alpha[:, :, None]
    composite = (truth * a + GREEN * (1 - a)).astype(np.float32)
    ours = decontaminate(composite, alpha)
    reference = estimate_foreground_ml(composite.astype(np.float64), alpha.astype(np.float64))
    edge = (alpha > 0.05) & (alpha < 0.95)

    def visible_error(estimate: np.ndarray) -> float:  # what shows once composited on a new colour
        return float((a * np.abs(estimate - truth))[edge].mean())

    assert visible_error(ours) < visible_error(reference)
    assert visible_error(ours) < 0.03
