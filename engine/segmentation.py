"""Coarse person segmentation (MediaPipe selfie segmentation, ONNX) on a region of the photo.

Used twice: around the head to find the crown (top of hair) for geometry, and as the seed of
the matting trimap. 1–2 ms per call, so it is cheap to run on exactly the region needed instead
of the whole 12 MP frame.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from engine.crop import Box, crop_padded
from engine.models import model_path
from engine.onnx_runtime import new_session

MODEL = "onnx/mp_selfie_segmentation.onnx"
SIDE = 256


class PersonSegmenter:
    def __init__(self, model_dir: Path | None = None, threads: int | None = None) -> None:
        self._session = new_session(model_path(MODEL, model_dir), threads)
        self._input = self._session.get_inputs()[0].name

    def probability(self, rgb: np.ndarray) -> np.ndarray:
        """Person probability (float32 0..1) at the model's 256×256 resolution for `rgb`."""
        small = cv2.resize(rgb, (SIDE, SIDE), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0
        (out,) = self._session.run(None, {self._input: small[None]})
        prob: np.ndarray = out[0, :, :, 0]
        return prob

    def box(self, rgb: np.ndarray, box: Box) -> np.ndarray:
        """Probability over the axis-aligned `box` (x0, y0, x1, y1; may extend past the image),
        at 256×256. Pixels outside the photo count as background."""
        x0, y0, x1, y1 = box
        crop, pad = crop_padded(rgb, box)
        prob = self.probability(crop)
        sy, sx = SIDE / (y1 - y0), SIDE / (x1 - x0)
        outside = np.ones((SIDE, SIDE), bool)
        outside[
            round(pad[0] * sy) : SIDE - round(pad[1] * sy), round(pad[2] * sx) : SIDE - round(pad[3] * sx)
        ] = False
        prob[outside] = 0.0
        return prob
