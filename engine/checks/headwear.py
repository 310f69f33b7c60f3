"""Head covering (always a warning: religious and medical coverings are allowed everywhere, and
the user is the one who knows). Uses the experimental skin/clothes/hair model from the model
dir, *multiplied by the person mask* as MANIFEST.md advises: the share of "clothes" among the
person's pixels above the forehead. On the samples that share is ≤ 0.01 for bare heads (hair or
bald) and 0.77 for Grace Hopper's cap. A spec that allows headwear never warns. When the weights
are absent the check passes unmeasured and its `allowed` text says it was not checked.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from engine.context import CheckResult, FaceAnalysis, Status
from engine.crop import crop_padded
from engine.errors import ModelMissing
from engine.face_regions import FACE_OVAL
from engine.head import HeadTop
from engine.models import model_path
from engine.onnx_runtime import new_session
from specs.schema import HeadwearPolicy, Policy

log = logging.getLogger(__name__)

MODEL = "onnx/skin_clothes_hair_pan_experimental.onnx"
SIDE = 512
MEAN = np.array([0.485, 0.456, 0.406], np.float32)
STD = np.array([0.229, 0.224, 0.225], np.float32)
WARN_SHARE = 0.35


class HeadwearModel:
    """Built once per engine (not at import); without the optional weights it measures nothing."""

    def __init__(self, model_dir: Path | None = None, threads: int | None = None) -> None:
        try:
            self._session = new_session(model_path(MODEL, model_dir), threads)
        except ModelMissing:
            log.info("optional model %s not installed: the head-covering check is skipped", MODEL)
            self._session = None

    @property
    def available(self) -> bool:
        return self._session is not None

    def clothes_share(self, rgb: np.ndarray, face: FaceAnalysis, head: HeadTop) -> float | None:
        return self.measure(rgb, face, head).clothes_share

    def measure(self, rgb: np.ndarray, face: FaceAnalysis, head: HeadTop) -> HeadParse:
        """One run of the parsing model over the head box: the head-covering share and the skin
        beside the face (a hand or an arm: engine/checks/hands.py runs its model only then)."""
        if self._session is None:
            return HeadParse(None, None)
        x0, y0, x1, _ = head.box
        crop, _ = crop_padded(rgb, head.box)
        x = cv2.resize(crop, (SIDE, SIDE), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0
        x = ((x - MEAN) / STD).transpose(2, 0, 1)[None]
        (out,) = self._session.run(None, {self._session.get_inputs()[0].name: x})
        scale = SIDE / (x1 - x0)
        extra = _skin_beside_face(out[0, 0] > 0.5, face, (x0, y0), scale)
        return HeadParse(self._clothes(out, face, head, scale), extra)

    def _clothes(self, out: np.ndarray, face: FaceAnalysis, head: HeadTop, scale: float) -> float | None:
        y0 = head.box[1]
        person = cv2.resize(head.mask, (SIDE, SIDE)) > 0.5
        # rows between the crown and the forehead landmark, in this crop's pixels
        top = int(max(0, (face.crown[1] - y0) * scale))
        bottom = int(max(top + 1, (face.forehead[1] - y0) * scale))
        region = np.zeros((SIDE, SIDE), bool)
        region[top:bottom] = True
        region &= person
        if region.sum() < 50:
            return None
        clothes, hair = out[0, 1][region], out[0, 2][region]
        return float(((clothes > 0.5) & (clothes > hair)).mean())


@dataclass(frozen=True)
class HeadParse:
    clothes_share: float | None  # "clothes" among the person's pixels above the forehead
    skin_beside_face: float | None  # skin outside the face (and above the shoulders), share of the box


def _skin_beside_face(skin: np.ndarray, face: FaceAnalysis, origin: tuple[int, int], scale: float) -> float:
    """Share of the head box that is skin outside the face oval (grown by ~8 %) and above the
    shoulders: ears and a bare neck score 0.03–0.05, a hand on the head or chin 0.06–0.18."""
    points = (face.landmarks[FACE_OVAL, :2] - np.array(origin, np.float64)) * scale
    oval = np.zeros(skin.shape, np.uint8)
    cv2.fillConvexPoly(oval, cv2.convexHull(np.round(points).astype(np.int32)), 1)
    grow = max(3, round(0.08 * skin.shape[0]) | 1)
    face_zone = cv2.dilate(oval, np.ones((grow, grow), np.uint8)).astype(bool)
    above = np.zeros(skin.shape, bool)
    above[: max(0, int((face.chin[1] - origin[1]) * scale + 0.3 * face.head_height() * scale))] = True
    return float((skin & ~face_zone & above).mean())


def head_covering(share: float | None, policy: Policy, *, model_available: bool = True) -> CheckResult:
    """Warns (never fails) where the spec restricts headwear; `share` None means not measured."""
    allowed = "none, unless religious or medical"
    if not model_available:
        allowed += " (not checked: the head-covering model is not installed)"
    covered = share is not None and share > WARN_SHARE and policy.headwear is not HeadwearPolicy.allowed
    return CheckResult(
        id="head_covering",
        title="No head covering",
        status=Status.warn if covered else Status.passed,
        measured=None if share is None else round(share, 2),
        allowed=allowed,
        tip="Remove hats and caps. Religious or medical coverings are fine if your whole face is visible.",
    )
