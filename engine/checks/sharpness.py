"""Blur and compression. Blur is the variance of the Laplacian on the face at a fixed scale
(inter-eye distance 64 px), so a sharp small face and a sharp large face score alike, and a face
that must be enlarged a lot scores as soft as it will look. The variance is rescaled to a face of
mid-grey brightness (× (0.5 / mean)²): Laplacian variance falls with the square of the exposure,
and a dark but sharp photo is the exposure check's business, not a reason to say "blurry". A
half-size copy of sample_009 scores 79; darkened to 25 % it scored 9 without the rescaling and
114 with it; blurred with σ = 1 % / 2 % / 5 % of the eye distance it scores 25 / 8 / 2. The
samples score 38 (sample_014, a 302 px photo enlarged 2.6×: it will look soft) to 552.
Compression uses the JPEG quality estimated from the file's quantisation tables."""

from __future__ import annotations

import cv2
import numpy as np

from engine.checks.face_crop import FaceCrop
from engine.checks.grading import graded
from engine.context import CheckResult

BLUR_WARN, BLUR_FAIL = 40.0, 15.0
MIN_MEAN = 0.05  # brightness floor of the rescaling: a black frame is not "sharp"


def blur(crop: FaceCrop) -> CheckResult:
    grey = cv2.cvtColor(crop.rgb, cv2.COLOR_RGB2GRAY)
    lap = cv2.Laplacian(grey, cv2.CV_64F)
    inner = cv2.erode(crop.mask.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    region = inner if inner.any() else np.ones_like(inner)
    mean = max(float(grey[region].mean()) / 255.0, MIN_MEAN)
    value = float(lap[region].var()) * (0.5 / mean) ** 2
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
