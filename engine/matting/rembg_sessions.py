"""Salient-object backends in the style of rembg's sessions, on onnxruntime, with our weights
(never downloaded at run time). They share the refinement of the default backend.

"u2netp" ships in the model dir (4.6 MB, ~0.25 s on CPU); "birefnet_general" (1024², much better
hair) is used when its weights have been placed in the model dir; on a GPU worker it is the one
to choose.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import cv2
import numpy as np

from engine.matting.base import Matte
from engine.matting.refine import refine
from engine.models import model_path
from engine.onnx_runtime import new_session

IMAGENET_MEAN = np.array([0.485, 0.456, 0.406], np.float32)
IMAGENET_STD = np.array([0.229, 0.224, 0.225], np.float32)


class OnnxSalientSession:
    name: ClassVar[str]
    model: ClassVar[str]
    side: ClassVar[int]

    def __init__(self, model_dir: Path | None = None, threads: int | None = None) -> None:
        self._session = new_session(model_path(self.model, model_dir), threads)
        self._input = self._session.get_inputs()[0].name

    def _preprocess(self, rgb: np.ndarray) -> np.ndarray:
        x = cv2.resize(rgb, (self.side, self.side), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0
        x = (x - IMAGENET_MEAN) / IMAGENET_STD
        return x.transpose(2, 0, 1)[None]

    def _postprocess(self, raw: np.ndarray) -> np.ndarray:
        return raw

    def probability(self, rgb: np.ndarray) -> np.ndarray:
        out = self._session.run(None, {self._input: self._preprocess(rgb)})
        return self._postprocess(out)

    def matte(self, rgb: np.ndarray, hint: np.ndarray | None = None) -> Matte:
        """`hint` is ignored: choosing one of these backends means trusting its own, finer map
        over the coarse selfie segmentation the caller may hold."""
        prob = self.probability(rgb)
        prob = cv2.resize(
            prob.astype(np.float32), (rgb.shape[1], rgb.shape[0]), interpolation=cv2.INTER_LINEAR
        )
        return refine(rgb, prob)


class U2NetP(OnnxSalientSession):
    name = "u2netp"
    model = "onnx/u2netp.onnx"
    side = 320

    def _preprocess(self, rgb: np.ndarray) -> np.ndarray:
        x = cv2.resize(rgb, (self.side, self.side), interpolation=cv2.INTER_AREA).astype(np.float32)
        x = x / max(float(x.max()), 1e-6)  # rembg's normalisation: by the image maximum
        x = (x - IMAGENET_MEAN) / IMAGENET_STD
        return x.transpose(2, 0, 1)[None]

    def _postprocess(self, raw: np.ndarray) -> np.ndarray:
        pred = raw[0][0, 0]
        lo, hi = float(pred.min()), float(pred.max())
        normalised: np.ndarray = (pred - lo) / max(hi - lo, 1e-6)
        return normalised


class BiRefNetGeneral(OnnxSalientSession):
    name = "birefnet_general"
    model = "onnx/BiRefNet-general-epoch_244.onnx"
    side = 1024

    def _postprocess(self, raw: np.ndarray) -> np.ndarray:
        logits = raw[-1][0, 0]
        prob: np.ndarray = 1.0 / (1.0 + np.exp(-logits))
        return prob
