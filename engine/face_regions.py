"""Named face regions as MediaPipe Face Mesh landmark index lists, and their masks.

Kept as data in one place so enhancement, retouching and the checks agree on what "the face",
"the eyes" and "the lips" are.
"""

from __future__ import annotations

import cv2
import numpy as np

FACE_OVAL = [
    10,
    338,
    297,
    332,
    284,
    251,
    389,
    356,
    454,
    323,
    361,
    288,
    397,
    365,
    379,
    378,
    400,
    377,
    152,
    148,
    176,
    149,
    150,
    136,
    172,
    58,
    132,
    93,
    234,
    127,
    162,
    21,
    54,
    103,
    67,
    109,
]
EYE_A = [33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246]
EYE_B = [362, 382, 381, 380, 374, 373, 390, 249, 263, 466, 388, 387, 386, 385, 384, 398]
BROW_A = [70, 63, 105, 66, 107, 55, 65, 52, 53, 46]
BROW_B = [300, 293, 334, 296, 336, 285, 295, 282, 283, 276]
LIPS = [61, 146, 91, 181, 84, 17, 314, 405, 321, 375, 291, 409, 270, 269, 267, 0, 37, 39, 40, 185]


def polygon_mask(points: np.ndarray, indices: list[int], size: tuple[int, int]) -> np.ndarray:
    """Filled convex hull of the given landmarks, as a bool mask of `size` (w, h)."""
    mask = np.zeros((size[1], size[0]), np.uint8)
    hull = cv2.convexHull(np.round(points[indices, :2]).astype(np.int32))
    cv2.fillConvexPoly(mask, hull, 1)
    return mask.astype(bool)


def skin_mask(points: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Face oval minus eyes, brows and lips: the pixels retouching may smooth."""
    mask = polygon_mask(points, FACE_OVAL, size)
    for part in (EYE_A, EYE_B, BROW_A, BROW_B, LIPS):
        grown = cv2.dilate(polygon_mask(points, part, size).astype(np.uint8), np.ones((7, 7), np.uint8))
        mask &= ~grown.astype(bool)
    return mask


def transform(points: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """Landmarks (N×≥2) through a 2×3 affine, returned as N×2."""
    moved: np.ndarray = points[:, :2].astype(np.float64) @ matrix[:, :2].T + matrix[:, 2]
    return moved
