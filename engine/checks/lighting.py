"""Light on the face, after ISO/IEC 29794-5 as implemented by OFIQ (photo-rules.md §3):
illumination uniformity from the two cheeks, luminance mean, clipped shadows/highlights, and
dynamic range as the entropy of the face's luminance histogram."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from engine.checks.face_crop import TARGET_IED, FaceCrop
from engine.checks.grading import graded
from engine.context import CheckResult

EYE_A, EYE_B, MOUTH_A, MOUTH_B = 468, 473, 61, 291


def _cheek_boxes(crop: FaceCrop) -> list[np.ndarray]:
    """Squares of side 0.3·IED below each eye by half the eye–mouth distance (OFIQ's placement)."""
    p = crop.points
    side = 0.3 * TARGET_IED
    drop = 0.5 * float(np.linalg.norm((p[MOUTH_A] + p[MOUTH_B]) / 2 - (p[EYE_A] + p[EYE_B]) / 2))
    luma = crop.luma
    boxes = []
    for eye in (p[EYE_A], p[EYE_B]):
        cx, cy = eye[0], eye[1] + drop
        x0, y0 = round(cx - side / 2), round(cy - side / 2)
        box = luma[max(0, y0) : y0 + round(side), max(0, x0) : x0 + round(side)]
        boxes.append(box if box.size else np.zeros((1, 1), np.float32))
    return boxes


def lighting_uneven(crop: FaceCrop) -> CheckResult:
    left, right = (float(b.mean()) for b in _cheek_boxes(crop))
    ratio = min(left, right) / max(left, right, 1e-6)
    return graded(
        "lighting_uneven",
        "Even light on the face",
        ratio,
        warn=0.7,
        fail=0.5,
        higher_is_worse=False,
        allowed="darker cheek ≥ 70 % of the brighter",
        unit="",
        tip="Face a window or lamp so both sides of your face get the same light.",
    )


def exposure(crop: FaceCrop) -> CheckResult:
    face = crop.luma[crop.mask]
    mean = float(face.mean())
    clipped_dark = float((face <= 25 / 255).mean())
    clipped_bright = float((face >= 247 / 255).mean())
    # distance outside the comfortable 0.25–0.85 band, plus clipping, as one badness number
    badness = (
        max(0.25 - mean, mean - 0.85, 0.0) + max(clipped_dark - 0.05, 0.0) + max(clipped_bright - 0.05, 0.0)
    )
    tip = (
        "Find more light: face a window in daylight."
        if mean < 0.5
        else "Too bright: avoid direct sun or flash on the face."
    )
    result = graded(
        "exposure",
        "Exposure",
        badness,
        warn=0.0001,
        fail=0.08,
        allowed="face mean 25–85 %, little clipping",
        tip=tip,
        digits=3,
    )
    return replace(result, measured=round(mean * 100, 1), unit="%")


def dynamic_range(crop: FaceCrop) -> CheckResult:
    face = np.clip(crop.luma[crop.mask] * 255, 0, 255).astype(np.uint8)
    hist = np.bincount(face, minlength=256).astype(np.float64)
    p = hist[hist > 0] / hist.sum()
    bits = float(-(p * np.log2(p)).sum())
    return graded(
        "dynamic_range",
        "Contrast on the face",
        bits,
        warn=5.5,
        fail=4.5,
        higher_is_worse=False,
        allowed="≥ 5.5 bits",
        unit=" bits",
        digits=1,
        tip="Use brighter, softer light; avoid a backlit or foggy picture.",
    )
