"""Visible watermark for free previews: diagonal, repeated, semi-transparent, hard to crop away."""

from __future__ import annotations

import cv2
import numpy as np

TEXT = "PREVIEW"


def add_watermark(rgb: np.ndarray, text: str = TEXT) -> np.ndarray:
    h, w = rgb.shape[:2]
    side = int(np.hypot(w, h))
    layer = np.zeros((side, side), np.uint8)
    scale = max(0.6, w / 500)
    thickness = max(1, round(scale * 2))
    (tw, th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, scale, thickness)
    for y in range(th, side, th * 4):
        offset = (y // (th * 4)) % 2 * tw // 2
        for x in range(-offset, side, tw + th * 2):
            cv2.putText(layer, text, (x, y), cv2.FONT_HERSHEY_SIMPLEX, scale, 255, thickness, cv2.LINE_AA)
    rot = cv2.getRotationMatrix2D((side / 2, side / 2), 30, 1.0)
    rot[:, 2] += [(w - side) / 2, (h - side) / 2]
    mask = cv2.warpAffine(layer, rot, (w, h)).astype(np.float32)[:, :, None] / 255.0 * 0.35
    marked: np.ndarray = np.clip(rgb * (1 - mask) + 255 * mask, 0, 255).astype(np.uint8)
    return marked
