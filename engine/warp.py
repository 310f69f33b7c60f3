"""Resample the source photo into the output frame without aliasing.

A 12 MP selfie usually shrinks 3–6× into a 600 px photo; a plain `warpAffine` would alias hair
and fabric into moiré. So the part of the source that the output covers is first reduced with
area averaging to ~1.25× the final scale, then warped with a cubic kernel. Also returns which
output pixels came from the photo (False where the frame reaches past the source's edge);
`source_coverage` tells the same from the placement alone, 0/1 at pixel centres, for stages that
have no warped pixels at hand (the outfit fitter, the audit).
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from engine.context import Placement

PRE_REDUCE_BELOW = 0.8  # area-reduce first when the placement shrinks the source more than this
OVERSAMPLE = 1.25


def warp(rgb: np.ndarray, placement: Placement) -> tuple[np.ndarray, np.ndarray]:
    matrix = placement.matrix.astype(np.float64)
    width, height = placement.size
    scale = math.sqrt(abs(np.linalg.det(matrix[:, :2])))
    source = rgb
    if scale < PRE_REDUCE_BELOW:
        inverse = cv2.invertAffineTransform(matrix)
        corners = np.array([[0, 0], [width, 0], [0, height], [width, height]], np.float64)
        src = corners @ inverse[:, :2].T + inverse[:, 2]
        h, w = rgb.shape[:2]
        x0, y0 = (max(0, math.floor(v) - 2) for v in src.min(axis=0))
        x1 = min(w, math.ceil(src[:, 0].max()) + 2)
        y1 = min(h, math.ceil(src[:, 1].max()) + 2)
        if x1 > x0 and y1 > y0:
            factor = min(1.0, scale * OVERSAMPLE)
            crop = rgb[y0:y1, x0:x1]
            size = (max(1, round(crop.shape[1] * factor)), max(1, round(crop.shape[0] * factor)))
            source = cv2.resize(crop, size, interpolation=cv2.INTER_AREA)
            fx, fy = size[0] / crop.shape[1], size[1] / crop.shape[0]
            # output = M · (crop_px / f + origin)  →  fold the reduction into the matrix
            matrix = np.hstack(
                [
                    matrix[:, :2] @ np.diag([1 / fx, 1 / fy]),
                    (matrix[:, :2] @ [x0, y0] + matrix[:, 2])[:, None],
                ]
            )
    out = cv2.warpAffine(
        source, matrix, (width, height), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )
    inside = cv2.warpAffine(
        np.full(source.shape[:2], 255, np.uint8),
        matrix,
        (width, height),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=0,
    )
    return out, inside.astype(np.float32) / 255.0


def source_coverage(matrix: np.ndarray, size: tuple[int, int], source_size: tuple[int, int]) -> np.ndarray:
    """1 where an output pixel maps inside the source photo, else 0 (float32, H×W)."""
    width, height = size
    inverse = np.linalg.inv(np.vstack([matrix, [0, 0, 1]]))[:2]
    xs = np.arange(width, dtype=np.float64) + 0.5
    ys = np.arange(height, dtype=np.float64) + 0.5
    sx = inverse[0, 0] * xs[None, :] + inverse[0, 1] * ys[:, None] + inverse[0, 2]
    sy = inverse[1, 0] * xs[None, :] + inverse[1, 1] * ys[:, None] + inverse[1, 2]
    sw, sh = source_size
    coverage: np.ndarray = ((sx >= 0) & (sx <= sw) & (sy >= 0) & (sy <= sh)).astype(np.float32)
    return coverage
