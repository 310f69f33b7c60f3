"""Skin / clothes / hair probabilities from the small experimental segmentation model.

The model (MANIFEST.md §c) is weak on its own: it calls flags "clothes" and white hair "skin".
So its maps are only ever used multiplied by the person matte and inside regions the face
landmarks define (engine/outfits/composite.py), never to decide where the person is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from engine.models import model_path
from engine.onnx_runtime import new_session

MODEL = "onnx/skin_clothes_hair_pan_experimental.onnx"
SIDE = 512
MEAN = np.array([0.485, 0.456, 0.406], np.float32)
STD = np.array([0.229, 0.224, 0.225], np.float32)


@dataclass(frozen=True)
class Parsing:
    skin: np.ndarray  # H×W float32 0..1, at the size of the image parsed
    clothes: np.ndarray
    hair: np.ndarray


class ClothesParser:
    def __init__(self, model_dir: Path | None = None, threads: int | None = None) -> None:
        self._session = new_session(model_path(MODEL, model_dir), threads)
        self._input = self._session.get_inputs()[0].name

    def parse(self, rgb: np.ndarray) -> Parsing:
        """Class probabilities for `rgb` (H×W×3 uint8), resized back to H×W."""
        h, w = rgb.shape[:2]
        small = cv2.resize(rgb, (SIDE, SIDE), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0
        x = ((small - MEAN) / STD).transpose(2, 0, 1)[None]
        (out,) = self._session.run(None, {self._input: np.ascontiguousarray(x, np.float32)})
        maps = [cv2.resize(c, (w, h), interpolation=cv2.INTER_LINEAR) for c in out[0]]
        skin, clothes, hair = (np.clip(m, 0.0, 1.0).astype(np.float32) for m in maps)
        return Parsing(skin=skin, clothes=clothes, hair=hair)
