"""A second opinion on busy backgrounds: pieces of the old background that stay attached.

Why: the selfie segmentation that seeds our matte is a *person* model with a 256² view of the
frame; on clutter (an event wall, a dark shelf, bokeh lights) it sometimes grows the person into
a neighbouring object that touches the shoulder or the hair, and the clean-up cannot drop it
because it is connected. A salient-object model (u2netp, already shipped) sees shapes at 320²
and rarely makes the same mistake in the same place; where the two disagree *beside the head
or above the shoulders*, the piece is the old background and is cut off. Inside the head zone
(hair, ears, hats) and below the shoulder line (the body, arms, dark clothes on a dark wall)
the person model is trusted: u2netp is the weaker of the two there.

Only run on busy backgrounds (a plain wall gives the person model nothing to confuse it with),
so the extra ~0.2 s is paid by the photos that need it.
"""

from __future__ import annotations

import cv2
import numpy as np

from engine.context import FaceAnalysis, Placement
from engine.geometry import FaceInFrame
from engine.matting.base import ProbabilityModel
from engine.matting.cleanup import HeadZone

SECOND_OPINION = "u2netp"  # the matting backend whose probability map is the second opinion
DISAGREE = 0.15  # the second model's probability below which a person pixel is in doubt
BUSY_EDGES = 0.04  # share of strong edges in the background that makes it "busy"
EDGE_STRENGTH = 0.08  # gradient magnitude (0..1 grey levels per px) counted as an edge
HEAD_MARGIN = 0.04  # of the frame height: the head zone grown by this before anything is cut
SHOULDER_LINE = 0.6  # head heights below the chin: below it the person model is trusted


def shoulder_row(placement: Placement, face: FaceAnalysis) -> float:
    """The output row below which the person model alone decides (the shoulders and the body)."""
    f = FaceInFrame.of(placement, face)
    return f.chin[1] + SHOULDER_LINE * f.head_px


def busy(rgb: np.ndarray, alpha: np.ndarray) -> bool:
    """Does the old background (outside the person) carry enough structure to fool a model?"""
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32) / 255.0
    gx = cv2.Sobel(grey, cv2.CV_32F, 1, 0, ksize=3) / 8
    gy = cv2.Sobel(grey, cv2.CV_32F, 0, 1, ksize=3) / 8
    background = alpha < 0.02
    if background.sum() < 0.05 * alpha.size:
        return False
    return float((np.hypot(gx, gy)[background] > EDGE_STRENGTH).mean()) > BUSY_EDGES


def drop_remnants(
    alpha: np.ndarray,
    rgb: np.ndarray,
    second: ProbabilityModel,
    zone: HeadZone,
    shoulder_y: float,
) -> tuple[np.ndarray, int]:
    """`alpha` without the attached pieces both models do not agree on; and how many pixels
    were cut. `shoulder_y`: the output row of the shoulder line."""
    height, width = alpha.shape
    prob = cv2.resize(
        second.probability(rgb).astype(np.float32), (width, height), interpolation=cv2.INTER_LINEAR
    )
    margin = max(1, round(HEAD_MARGIN * height))
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * margin + 1, 2 * margin + 1))
    protected = cv2.dilate(zone.mask.astype(np.uint8), kernel).astype(bool)
    protected[int(max(0, min(height, shoulder_y))) :] = True
    doubt = (alpha > 0.5) & (prob < DISAGREE) & ~protected
    # ignore slivers along the silhouette (the two models' edges differ by a few px)
    doubt = cv2.morphologyEx(doubt.astype(np.uint8), cv2.MORPH_OPEN, np.ones((5, 5), np.uint8)).astype(bool)
    if not doubt.any():
        return alpha, 0
    cut = cv2.GaussianBlur(doubt.astype(np.float32), (0, 0), 1.0)
    cut = np.maximum(cut, doubt.astype(np.float32))
    return (alpha * (1.0 - cut)).astype(np.float32), int(doubt.sum())
