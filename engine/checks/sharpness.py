"""Blur and compression. Blur is the variance of the Laplacian on the face at a fixed scale
(inter-eye distance 64 px), so a sharp small face and a sharp large face score alike.
Compression uses the JPEG quality estimated from the file's quantisation tables."""

from __future__ import annotations

import cv2
import numpy as np

from engine.checks.face_crop import FaceCrop
from engine.checks.grading import graded
from engine.context import CheckResult

BLUR_WARN, BLUR_FAIL = 40.0, 15.0


def blur(crop: FaceCrop) -> CheckResult:
    grey = cv2.cvtColor(crop.rgb, cv2.COLOR_RGB2GRAY)
    lap = cv2.Laplacian(grey, cv2.CV_64F)
    inner = cv2.erode(crop.mask.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    value = float(lap[inner].var()) if inner.any() else float(lap.var())
    return graded(
        "blur",
        "Sharpness",
        value,
        warn=BLUR_WARN,
        fail=BLUR_FAIL,
        higher_is_worse=False,
        allowed=f"≥ {BLUR_WARN:g}",
        digits=0,
        tip="Hold the phone still, tap to focus on your face, and wipe the lens.",
    )


def compression(jpeg_quality: int | None) -> CheckResult:
    return graded(
        "compression",
        "Compression",
        None if jpeg_quality is None else float(jpeg_quality),
        warn=70,
        fail=40,
        higher_is_worse=False,
        allowed="JPEG quality ≥ 70",
        digits=0,
        tip="Send the original photo as a File, not a compressed copy.",
    )
