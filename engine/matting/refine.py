"""Turns a coarse probability map into a clean alpha matte and a decontaminated foreground.

Shared by every backend: the networks differ in how they find the person, not in how the edge
is refined. Closed-form matting (Levin et al.; engine/matting/closed_form.py) resolves the hair
edge inside a thin unknown band; it runs at ≤ WORK_PIXELS and the alpha is brought back to full
size with a guided filter, which follows the full-resolution image edges. Foreground colours in
the edge band are then re-estimated (engine/matting/foreground.py), which removes the old wall's
colour from the hair (the "halo" of naive cut-outs).
"""

from __future__ import annotations

import cv2
import numpy as np

from engine.matting.base import Matte
from engine.matting.closed_form import estimate_alpha
from engine.matting.foreground import decontaminate

WORK_PIXELS = 250_000
BAND_FRACTION = 0.012  # unknown band half-width, as a fraction of the long side (cost grows fast with it)
GUIDE_RADIUS = 4
GUIDE_EPS = 1e-4


def trimap(probability: np.ndarray, band: int) -> np.ndarray:
    """1 = person, 0 = background, 0.5 = unknown band around the thresholded edge."""
    person = (probability > 0.5).astype(np.uint8)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * band + 1, 2 * band + 1))
    sure_fg = cv2.erode(person, kernel)
    maybe = cv2.dilate(person, kernel)
    out = np.full(probability.shape, 0.5, np.float64)
    out[sure_fg == 1] = 1.0
    out[maybe == 0] = 0.0
    return out


def refine(rgb: np.ndarray, probability: np.ndarray) -> Matte:
    h, w = rgb.shape[:2]
    factor = min(1.0, (WORK_PIXELS / (h * w)) ** 0.5)
    size = (max(1, round(w * factor)), max(1, round(h * factor)))
    small = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA) if factor < 1 else rgb
    prob = cv2.resize(probability.astype(np.float32), size, interpolation=cv2.INTER_LINEAR)
    band = max(2, round(BAND_FRACTION * max(size)))
    tri = trimap(prob, band)
    image = small.astype(np.float64) / 255.0
    if (tri == 0.5).any() and (tri == 1).any() and (tri == 0).any():
        alpha_small = estimate_alpha(image, tri)
    else:
        alpha_small = tri
    alpha_small = alpha_small.astype(np.float32)

    full = rgb.astype(np.float32) / 255.0
    if factor < 1:
        alpha = cv2.resize(alpha_small, (w, h), interpolation=cv2.INTER_LINEAR)
        alpha = guided_filter(
            cv2.cvtColor(full, cv2.COLOR_RGB2GRAY), alpha, max(1, round(GUIDE_RADIUS / factor))
        )
    else:
        alpha = alpha_small
    alpha = np.clip(alpha, 0, 1).astype(np.float32)
    alpha[alpha < 0.02] = 0.0
    alpha[alpha > 0.98] = 1.0
    return Matte(alpha=alpha, foreground=decontaminate(full, alpha))


def guided_filter(guide: np.ndarray, src: np.ndarray, radius: int, eps: float = GUIDE_EPS) -> np.ndarray:
    """He et al.'s guided filter (grey guide): upsampled alpha snaps to the full-resolution edges."""
    size = (2 * radius + 1, 2 * radius + 1)

    def box(x: np.ndarray) -> np.ndarray:
        return cv2.boxFilter(x, -1, size, normalize=True, borderType=cv2.BORDER_REFLECT)

    mean_i, mean_p = box(guide), box(src)
    cov = box(guide * src) - mean_i * mean_p
    var = box(guide * guide) - mean_i * mean_i
    a = cov / (var + eps)
    b = mean_p - a * mean_i
    filtered: np.ndarray = box(a) * guide + box(b)
    return filtered
