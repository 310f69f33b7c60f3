"""Outfits on real-world selfies: no old clothing floats beside the new collar, no cloth spikes.

g050 wears a turned-up black coat collar that rises beside his bearded jaw up to the ear; before,
its tip stayed in the photo beside the new suit (it lies above the jaw line, which the garment
never touches). The spare cloth that follows the old body's outline must not follow its spikes.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from engine.background import composite
from engine.context import Options
from engine.outfits.body import polygon_mask
from engine.outfits.composite import _opened
from specs import load_catalogue

pytestmark = pytest.mark.engine


def _beside_face_dark(photo: np.ndarray, body, side: int) -> int:
    """Dark pixels in the head region beside the face on one image side, below the eyes."""
    h, w = photo.shape[:2]
    head = polygon_mask(body.head, (w, h)) > 0.5
    jaw = polygon_mask(body.jaw, (w, h)) > 0.5
    forehead = float(body.chin[1]) - body.face_length
    rows = np.zeros((h, w), bool)
    rows[round(forehead + 0.45 * body.face_length) : round(float(body.chin[1]))] = True
    xs = np.arange(w)[None, :]
    left_of_face = xs < float(body.jaw[-1][0]) - 0.08 * body.face_length
    right_of_face = xs > float(body.jaw[0][0]) + 0.08 * body.face_length
    zone = head & ~jaw & rows & (left_of_face if side < 0 else right_of_face)
    dark = photo.astype(np.float32).mean(axis=2) < 60
    return int((zone & dark).sum())


def test_a_turned_up_collar_does_not_float_beside_the_new_one(engine, gallery_dir) -> None:
    spec = load_catalogue().get("us_passport")
    ctx = engine.analyze(next(gallery_dir.glob("g050_*.jpg")).read_bytes(), spec, Options(least_edit=False))
    engine.render(ctx)
    prepared = engine.outfits.prepare(ctx, ctx.enhanced, ctx.alpha)
    fitted = engine.outfits.fit(prepared, "suit_tie_navy")
    dressed = composite(fitted.foreground, fitted.alpha, ctx.background_rgb)
    before = _beside_face_dark(ctx.photo, prepared.body, -1)
    after = _beside_face_dark(dressed, prepared.body, -1)
    print(f"\ng050 dark pixels beside the jaw (image left): plain photo {before}, dressed {after}")
    assert before > 300  # the collar is there in the plain photo
    assert after < 0.05 * before
    # the face itself is untouched: the same pixels inside the lower face (3 px in from its edge)
    jaw = polygon_mask(prepared.body.jaw, (dressed.shape[1], dressed.shape[0])) > 0.99
    jaw = cv2.erode(jaw.astype(np.uint8), np.ones((7, 7), np.uint8)).astype(bool)
    diff = np.abs(dressed.astype(np.int16) - ctx.photo.astype(np.int16)).max(axis=2)
    assert diff[jaw].max() <= 1


def test_spare_cloth_does_not_follow_spikes() -> None:
    mask = np.zeros((200, 300), np.float32)
    mask[120:, :] = 1.0  # the shoulders
    mask[40:120, 100:104] = 1.0  # a 4 px spike of old background on the outline
    mask[90:120, 200:260] = 1.0  # a broad shoulder 30 px higher: real, kept
    opened = _opened(mask, 20.0)
    assert opened[40:110, 100:104].max() == 0.0
    assert opened[95:120, 205:255].min() == 1.0
    assert opened[130:, :].min() == 1.0
