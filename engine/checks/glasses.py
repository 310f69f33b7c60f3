"""Glasses, without a model: frames draw strong horizontal edges across the nose bridge and
under the eyes, where bare skin is smooth. The score is the horizontal-edge energy there
relative to the forehead's. No glasses sample exists to fit a classifier on, so the signal never
blocks: above a threshold set over every glasses-free sample it warns ("remove your glasses if you
wear them"). A trained classifier is the upgrade path.
"""

from __future__ import annotations

import cv2
import numpy as np

from engine.checks.face_crop import TARGET_IED, FaceCrop
from engine.checks.grading import graded
from engine.context import CheckResult
from specs.schema import GlassesPolicy, Policy

BRIDGE, FOREHEAD = 168, 151
UNDER_EYES = (230, 450)
WARN = 9.0  # above every glasses-free sample (max 7.4, babies' blanket-lit faces)


def _band(energy: np.ndarray, centre: np.ndarray, half_w: float, half_h: float) -> float:
    x0, x1 = round(centre[0] - half_w), round(centre[0] + half_w)
    y0, y1 = round(centre[1] - half_h), round(centre[1] + half_h)
    region = energy[max(0, y0) : max(0, y1), max(0, x0) : max(0, x1)]
    return float(region.mean()) if region.size else 0.0


def glasses_score(crop: FaceCrop) -> float:
    grey = cv2.cvtColor(crop.rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    grey = cv2.GaussianBlur(grey, (3, 3), 0)
    horizontal_edges = np.abs(cv2.Sobel(grey, cv2.CV_32F, 0, 1, ksize=3))
    p = crop.points
    unit = TARGET_IED
    reference = _band(horizontal_edges, p[FOREHEAD], 0.25 * unit, 0.1 * unit) + 2.0
    bridge = _band(horizontal_edges, p[BRIDGE], 0.08 * unit, 0.12 * unit)
    under = max(_band(horizontal_edges, p[i], 0.15 * unit, 0.06 * unit) for i in UNDER_EYES)
    return max(bridge, under) / reference


def glasses(crop: FaceCrop, policy: Policy) -> CheckResult:
    """Never blocks: without a trained model the signal is a hint, so it warns ("unsure")."""
    score = glasses_score(crop)
    if policy.glasses is GlassesPolicy.forbidden:
        return graded(
            "glasses",
            "No glasses",
            score,
            warn=WARN,
            fail=WARN,
            digits=1,
            blocking=False,
            allowed="no glasses",
            tip="Take off your glasses for this document.",
        )
    return graded(
        "glasses",
        "Glasses without glare",
        score,
        warn=WARN,
        fail=WARN,
        digits=1,
        blocking=False,
        allowed="glasses allowed: clear lenses, no glare, frames clear of the eyes",
        tip="If you wear glasses, tilt them slightly down to avoid glare, or take them off.",
    )
