"""The face, cut out and resampled to a fixed scale with level eyes, so pixel measures (blur,
light, exposure, glasses) do not depend on the photo's resolution, how close the camera was or a
slight head tilt.

The crop is a fixed window around the eyes (like OFIQ's aligned face): eyes `TARGET_IED` px
apart on one row, so "the cheek below each eye", "the bridge between the eyes" and "the rim line
under the eyes" are plain rectangles. Large downscales go through an INTER_AREA resize first: a
bilinear warp straight from a 12 MP frame would alias skin texture into false detail.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from engine.context import FaceAnalysis
from engine.face_regions import FACE_OVAL, polygon_mask, transform

TARGET_IED = 64.0
ABOVE_EYES, BELOW_EYES, HALF_WIDTH = 1.9, 2.6, 1.6  # window, in IEDs from the eye mid-point


@dataclass(frozen=True)
class FaceCrop:
    rgb: np.ndarray  # uint8
    points: np.ndarray  # landmarks in crop px
    mask: np.ndarray  # face oval, bool (only pixels that come from the photo)
    scale: float  # crop px per source px
    valid: np.ndarray  # bool: pixel comes from the photo (the rest is a repeated border)
    eye_y: float  # row of both iris centres
    eye_x: tuple[float, float]  # image-left and image-right iris centre columns

    @property
    def centre_x(self) -> float:
        return (self.eye_x[0] + self.eye_x[1]) / 2

    @property
    def luma(self) -> np.ndarray:
        """sRGB-encoded luminance 0..1 (Rec. 709 weights, as OFIQ)."""
        return (self.rgb.astype(np.float32) / 255.0) @ np.array([0.2126, 0.7152, 0.0722], np.float32)


def face_crop(rgb: np.ndarray, face: FaceAnalysis) -> FaceCrop:
    width = round(2 * HALF_WIDTH * TARGET_IED)
    height = round((ABOVE_EYES + BELOW_EYES) * TARGET_IED)
    eye_y, centre_x = ABOVE_EYES * TARGET_IED, width / 2
    (lx, ly), (rx, ry) = face.eye_left, face.eye_right
    scale = TARGET_IED / max(face.inter_eye_distance, 1.0)
    angle = np.arctan2(ry - ly, rx - lx)
    cos, sin = np.cos(angle) * scale, np.sin(angle) * scale
    mx, my = (lx + rx) / 2, (ly + ry) / 2
    # source → crop: rotate by −angle about the eye mid-point, scale, put it at (centre_x, eye_y)
    to_crop = np.array(
        [
            [cos, sin, centre_x - cos * mx - sin * my],
            [-sin, cos, eye_y + sin * mx - cos * my],
            [0.0, 0.0, 1.0],
        ]
    )
    corners = np.linalg.inv(to_crop) @ np.array([[0, width, 0, width], [0, 0, height, height], [1, 1, 1, 1]])
    h, w = rgb.shape[:2]
    x0, y0 = max(int(corners[0].min()) - 2, 0), max(int(corners[1].min()) - 2, 0)
    x1, y1 = min(int(np.ceil(corners[0].max())) + 2, w), min(int(np.ceil(corners[1].max())) + 2, h)
    if x1 <= x0 or y1 <= y0:  # the window misses the photo entirely (landmarks far off-frame)
        x0, y0, x1, y1 = 0, 0, 1, 1
    roi = rgb[y0:y1, x0:x1]
    pre = min(1.0, scale * 1.25)  # leave at most the last 1.25× of the downscale to the warp
    if pre < 1.0:
        roi = cv2.resize(
            roi,
            (max(1, round(roi.shape[1] * pre)), max(1, round(roi.shape[0] * pre))),
            interpolation=cv2.INTER_AREA,
        )
    roi_to_source = np.array(
        [[(x1 - x0) / roi.shape[1], 0, x0], [0, (y1 - y0) / roi.shape[0], y0], [0, 0, 1.0]]
    )
    matrix = (to_crop @ roi_to_source)[:2]
    size = (width, height)
    out = cv2.warpAffine(
        np.ascontiguousarray(roi), matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    inside = np.full(roi.shape[:2], 255, np.uint8)
    valid = cv2.warpAffine(inside, matrix, size, flags=cv2.INTER_NEAREST, borderValue=0).astype(bool)
    points = transform(face.landmarks, to_crop[:2])
    return FaceCrop(
        rgb=out,
        points=points,
        mask=polygon_mask(points, FACE_OVAL, size) & valid,
        scale=scale,
        valid=valid,
        eye_y=eye_y,
        eye_x=(centre_x - TARGET_IED / 2, centre_x + TARGET_IED / 2),
    )
