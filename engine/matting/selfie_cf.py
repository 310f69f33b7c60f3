"""Default backend "selfie_cf": MediaPipe selfie segmentation (ONNX, 256×256, ~2 ms) for the
person, refined by closed-form matting. Chosen over u2netp because it is a *person* model (it
does not keep a held object) and ~100× faster; MANIFEST.md compares them."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import cv2
import numpy as np

from engine.matting.base import Matte
from engine.matting.refine import refine
from engine.segmentation import PersonSegmenter


class SelfieClosedForm:
    name: ClassVar[str] = "selfie_cf"

    def __init__(self, model_dir: Path | None = None, threads: int | None = None) -> None:
        self._segmenter = PersonSegmenter(model_dir, threads)

    def matte(self, rgb: np.ndarray, hint: np.ndarray | None = None) -> Matte:
        prob = hint if hint is not None else self._segmenter.probability(rgb)
        prob = cv2.resize(
            prob.astype(np.float32), (rgb.shape[1], rgb.shape[0]), interpolation=cv2.INTER_LINEAR
        )
        return refine(rgb, prob)
