"""Cutting a box out of a photo when the box may reach past the photo's edges."""

from __future__ import annotations

import cv2
import numpy as np

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in source px


def crop_padded(rgb: np.ndarray, box: Box) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """The box's pixels, edge-replicated where it leaves the photo, and the padding added
    (top, bottom, left, right) so callers can tell real pixels from invented ones."""
    x0, y0, x1, y1 = box
    h, w = rgb.shape[:2]
    cx0, cy0, cx1, cy1 = max(x0, 0), max(y0, 0), min(x1, w), min(y1, h)
    crop = rgb[cy0:cy1, cx0:cx1]
    pad = (cy0 - y0, y1 - cy1, cx0 - x0, x1 - cx1)
    if any(pad):
        crop = cv2.copyMakeBorder(crop, *pad, borderType=cv2.BORDER_REPLICATE)
    return crop, pad
