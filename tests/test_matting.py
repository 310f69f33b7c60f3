"""Matting backends on real photos: a re-matted composite agrees with its known alpha, and the
old background's colour does not survive in the edge."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image

from engine.errors import ModelMissing
from engine.matting import new_session
from engine.matting.closed_form import estimate_alpha
from engine.matting.refine import trimap
from engine.segmentation import PersonSegmenter


@pytest.fixture(scope="module")
def selfie_cf(model_dir):
    return new_session("selfie_cf", model_dir)


@pytest.fixture(scope="module")
def portrait(samples_dir) -> np.ndarray:
    rgb = np.array(Image.open(samples_dir / "sample_009.jpg").convert("RGB"))
    h, w = rgb.shape[:2]
    return cv2.resize(
        rgb[: int(h * 0.95), int(w * 0.2) : int(w * 0.8)], (540, 640), interpolation=cv2.INTER_AREA
    )


def test_alpha_range_and_regions(selfie_cf, samples_dir) -> None:
    rgb = np.array(Image.open(samples_dir / "db_008.jpg").convert("RGB"))
    rgb = cv2.resize(rgb, (rgb.shape[1] // 3, rgb.shape[0] // 3), interpolation=cv2.INTER_AREA)
    matte = selfie_cf.matte(rgb)
    assert matte.alpha.shape == rgb.shape[:2] and matte.alpha.dtype == np.float32
    assert matte.alpha.min() >= 0 and matte.alpha.max() <= 1
    h, w = rgb.shape[:2]
    assert matte.alpha[: h // 10, : w // 10].max() < 0.05  # white wall, top-left corner
    assert matte.alpha[int(h * 0.45) : int(h * 0.55), int(w * 0.45) : int(w * 0.55)].min() > 0.95  # face


def test_rematting_a_green_composite_recovers_the_alpha(selfie_cf, portrait) -> None:
    first = selfie_cf.matte(portrait)
    green = np.array([0.0, 1.0, 0.0], np.float32)
    a = first.alpha[:, :, None]
    composite = ((first.foreground * a + green * (1 - a)) * 255).round().astype(np.uint8)
    second = selfie_cf.matte(composite)
    assert np.abs(second.alpha - first.alpha).mean() < 0.03
    band = (second.alpha > 0.2) & (second.alpha < 0.9)
    assert band.sum() > 100

    def green_excess(img: np.ndarray) -> float:
        g = img[band].astype(np.float32)
        return float((g[:, 1] - (g[:, 0] + g[:, 2]) / 2).mean())

    raw = green_excess(composite.astype(np.float32) / 255)
    cleaned = green_excess(second.foreground)
    assert cleaned < raw * 0.5, (raw, cleaned)


def test_u2netp_backend_mattes_a_person(model_dir, portrait) -> None:
    matte = new_session("u2netp", model_dir).matte(portrait)
    h, w = portrait.shape[:2]
    assert matte.alpha[int(h * 0.3) : int(h * 0.5), int(w * 0.4) : int(w * 0.6)].mean() > 0.9
    assert matte.alpha[: h // 12, : w // 12].mean() < 0.1


def test_missing_weights_and_unknown_names(model_dir) -> None:
    with pytest.raises(ModelMissing):
        new_session("birefnet_general", model_dir)
    with pytest.raises(ValueError, match="selfie_cf"):
        new_session("modnet", model_dir)


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
