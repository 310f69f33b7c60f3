"""The face, cut out and resampled to a fixed scale, so pixel measures (blur, light, exposure)
do not depend on the photo's resolution or how close the camera was."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from engine.context import FaceAnalysis
from engine.face_regions import FACE_OVAL, polygon_mask

TARGET_IED = 64.0


@dataclass(frozen=True)
class FaceCrop:
    rgb: np.ndarray  # uint8
    points: np.ndarray  # landmarks in crop px
    mask: np.ndarray  # face oval, bool
    scale: float  # crop px per source px

    @property
    def luma(self) -> np.ndarray:
        """sRGB-encoded luminance 0..1 (Rec. 709 weights, as OFIQ)."""
        return (self.rgb.astype(np.float32) / 255.0) @ np.array([0.2126, 0.7152, 0.0722], np.float32)


def face_crop(rgb: np.ndarray, face: FaceAnalysis) -> FaceCrop:
    pts = face.landmarks[:, :2].astype(np.float64)
    oval = pts[FACE_OVAL]
    x0, y0 = np.floor(oval.min(axis=0)).astype(int)
    x1, y1 = np.ceil(oval.max(axis=0)).astype(int)
    h, w = rgb.shape[:2]
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1 + 1), min(h, y1 + 1)
    scale = TARGET_IED / max(face.inter_eye_distance, 1.0)
    crop = rgb[y0:y1, x0:x1]
    size = (max(8, round((x1 - x0) * scale)), max(8, round((y1 - y0) * scale)))
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    small = cv2.resize(crop, size, interpolation=interp)
    local = (pts - [x0, y0]) * [size[0] / (x1 - x0), size[1] / (y1 - y0)]
    return FaceCrop(rgb=small, points=local, mask=polygon_mask(local, FACE_OVAL, size), scale=scale)
