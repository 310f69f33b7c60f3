"""Spill suppression: takes the old background's hue (and a saturated shirt's) out of edge pixels.

Why: decontamination (engine/matting/foreground.py) solves I = αF + (1−α)B with B estimated from
nearby background; where that estimate is off (a backdrop with a gradient, a wall lit unevenly,
busy scenery) a tint stays in the semi-transparent strands: a blue rim around grey hair, yellow in
blonde flyaways, teal from a shirt at the hair tips. Compositors remove it the standard way: in
a colour-opponent space, the part of each edge pixel's chroma offset (from the solid foreground
beside it) that points towards the contaminating colour is removed, the rest (a lighter, darker,
greyer strand) is kept. Lightness is never touched, so strands keep their shape.
"""

from __future__ import annotations

import cv2
import numpy as np

from engine.local_mean import local_mean

MIN_REACH = 6.0  # a*b* distance below which a contaminant has the hair's own hue: nothing to remove
SOLID = 0.97
CLEAR = 0.02


def _remove_towards(ab: np.ndarray, solid: np.ndarray, contaminant: np.ndarray) -> np.ndarray:
    towards = contaminant - solid
    norm = np.linalg.norm(towards, axis=1, keepdims=True)
    unit = towards / np.maximum(norm, 1e-6)
    pull = ((ab - solid) * unit).sum(axis=1, keepdims=True)
    pull = np.where(norm > MIN_REACH, np.maximum(pull, 0.0), 0.0)
    kept: np.ndarray = ab - pull * unit
    return kept


def despill(foreground: np.ndarray, alpha: np.ndarray, source: np.ndarray, chin_y: float) -> np.ndarray:
    """`foreground` (H×W×3 float 0..1) with the background's and, above the chin, the clothes'
    hue removed from its semi-transparent edge pixels. `source` is the laid-out selfie (uint8)."""
    edge = (alpha > CLEAR) & (alpha < SOLID)
    if not edge.any():
        return foreground
    height = alpha.shape[0]
    sigma = max(2.0, 0.01 * height)
    lab = cv2.cvtColor(np.clip(foreground, 0, 1).astype(np.float32), cv2.COLOR_RGB2LAB)
    old = cv2.cvtColor(source.astype(np.float32) / 255.0, cv2.COLOR_RGB2LAB)
    solid, solid_w = local_mean(lab, (alpha >= SOLID).astype(np.float32), sigma)
    back, back_w = local_mean(old, (alpha <= CLEAR).astype(np.float32), 2 * sigma)
    pick = edge & (solid_w > 0.02)
    ab = lab[pick][:, 1:]
    ref = solid[pick][:, 1:]
    has_back = back_w[pick] > 0.02
    ab = np.where(has_back[:, None], _remove_towards(ab, ref, back[pick][:, 1:]), ab)
    # the clothes below the chin tint the hair tips that fall on them
    below = np.zeros_like(alpha, np.float32)
    below[int(max(0, min(height, chin_y))) :] = 1.0
    clothes, clothes_w = local_mean(lab, below * (alpha >= SOLID), 3 * sigma)
    above = np.zeros_like(alpha, bool)
    above[: int(max(0, min(height, chin_y + 0.1 * height)))] = True
    near_clothes = (clothes_w[pick] > 0.02) & above[pick]
    ab = np.where(near_clothes[:, None], _remove_towards(ab, ref, clothes[pick][:, 1:]), ab)
    out_lab = lab.copy()
    values = out_lab[pick]
    values[:, 1:] = ab
    out_lab[pick] = values
    out = cv2.cvtColor(out_lab, cv2.COLOR_LAB2RGB)
    cleaned: np.ndarray = np.clip(out, 0, 1).astype(np.float32)
    return cleaned
