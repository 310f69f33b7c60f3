"""Glasses, without a model: frames where glasses are forbidden, glare where they are allowed.

Frames: on the levelled face crop, glasses add a horizontal bar across the nose bridge between
the eyes and a horizontal rim line below *both* eyes, where bare skin is smooth (eyebrows sit
above the bridge band and leave a gap over the nose). Each cue is the mean horizontal-edge
strength of the strongest row in its box, divided by the face's own contrast (5–95 % luminance
spread) so dark, dim and bright faces score alike. Both cues must be there, so the score is the
weaker one: a nose-root crease or under-eye bags give only one of them.

Measured (tests/test_checks.py prints the table): glasses-free samples 0.13–0.39, a newborn's
creased eyes 0.56; Grace Hopper's frames 0.79; dark frames drawn on the samples 0.56–3.0. With
only one real pair of glasses among the samples the score is a heuristic: where glasses are
forbidden a clear score fails, a middling one only warns ("unsure"), and beyond 20° of yaw the
boxes no longer sit on the bridge and the rims, so it never fails there. Rimless and thin metal
frames are missed.

Glare (where glasses are allowed): the largest near-white blob inside the lens zones around the
eyes, as a share of one zone. Iris catchlights are a few pixels at this scale (≤ 0.2 % on the
samples, 0.5 % on Grace Hopper's lenses); a reflection on a lens is a larger patch.
"""

from __future__ import annotations

import cv2
import numpy as np

from engine.checks.face_crop import TARGET_IED, FaceCrop
from engine.checks.grading import graded
from engine.context import CheckResult, FaceAnalysis
from specs.schema import GlassesPolicy, Policy

WARN, FAIL = 0.6, 0.7  # frame score
UNRELIABLE_YAW = 20.0  # degrees
BRIDGE_X = 0.1  # × IED either side of the nose line
BRIDGE_Y = (-0.30, 0.05)  # × IED from the eye line (negative = above)
RIM_X = 0.3  # × IED either side of each eye
RIM_Y = (0.22, 0.45)
LENS = (0.45, 0.32)  # × IED, half-axes of the ellipse around each eye where a lens would sit
LENS_DROP = 0.05  # × IED: lenses sit a little below the iris centres
GLARE_LEVEL = 0.9  # luminance of a specular highlight
GLARE_WARN = 0.02  # largest highlight blob / lens zone area


def glasses_score(crop: FaceCrop) -> float:
    """Frame evidence: min(bridge bar, weaker lower rim) / face contrast; ~0.1–0.4 without glasses."""
    face = crop.luma[crop.mask]
    if face.size == 0:
        return 0.0
    contrast = float(np.percentile(face, 95) - np.percentile(face, 5)) + 1e-3
    edges = np.abs(cv2.Sobel(crop.luma, cv2.CV_32F, 0, 1, ksize=3))
    unit, cx, ey = TARGET_IED, crop.centre_x, crop.eye_y
    bridge = _strongest_row(
        edges, cx - BRIDGE_X * unit, cx + BRIDGE_X * unit, ey + BRIDGE_Y[0] * unit, ey + BRIDGE_Y[1] * unit
    )
    rims = [
        _strongest_row(edges, x - RIM_X * unit, x + RIM_X * unit, ey + RIM_Y[0] * unit, ey + RIM_Y[1] * unit)
        for x in crop.eye_x
    ]
    return min(bridge, *rims) / contrast


def glare_share(crop: FaceCrop) -> float:
    """Largest near-white blob inside the two lens zones, as a share of one zone's area."""
    zones = np.zeros(crop.luma.shape, np.uint8)
    axes = (round(LENS[0] * TARGET_IED), round(LENS[1] * TARGET_IED))
    for x in crop.eye_x:
        cv2.ellipse(zones, (round(x), round(crop.eye_y + LENS_DROP * TARGET_IED)), axes, 0, 0, 360, 1, -1)
    bright = ((crop.luma >= GLARE_LEVEL) & zones.astype(bool) & crop.valid).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(bright, connectivity=8)
    largest = int(stats[1:, cv2.CC_STAT_AREA].max()) if count > 1 else 0
    return largest / (np.pi * axes[0] * axes[1])


def glasses(crop: FaceCrop, face: FaceAnalysis, policy: Policy) -> CheckResult:
    if policy.glasses in (GlassesPolicy.forbidden, GlassesPolicy.not_recommended):
        # "not recommended" (Japan: 眼鏡を外した写真を推奨) advises without forbidding: warn only
        return graded(
            "glasses",
            "No glasses",
            glasses_score(crop),
            warn=WARN,
            fail=FAIL,
            blocking=policy.glasses is GlassesPolicy.forbidden and abs(face.yaw) <= UNRELIABLE_YAW,
            allowed=f"no glasses (frame score < {WARN:g})",
            tip="Take off your glasses for this document.",
        )
    return graded(
        "glasses",
        "No glare on glasses",
        100 * glare_share(crop),
        warn=100 * GLARE_WARN,
        fail=float("inf"),
        digits=1,
        unit="%",
        allowed=f"glasses allowed: no reflection over {100 * GLARE_WARN:g} % of a lens",
        tip="Tilt your glasses slightly down, or move the light to the side, to avoid reflections.",
    )


def _strongest_row(edges: np.ndarray, x0: float, x1: float, y0: float, y1: float) -> float:
    """Mean edge strength of the strongest row in a box: a frame is a line across the whole box."""
    h, w = edges.shape
    r0, r1 = max(round(y0), 0), min(round(y1), h)
    c0, c1 = max(round(x0), 0), min(round(x1), w)
    if r1 <= r0 or c1 <= c0:
        return 0.0
    return float(edges[r0:r1, c0:c1].mean(axis=1).max())
