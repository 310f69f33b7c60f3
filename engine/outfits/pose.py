"""Shoulder points from MediaPipe's pose landmarker (BlazePose GHUM lite, Tasks API).

Only landmarks 11 and 12 (the shoulders) are used. The model sees a zoomed-out view around the
photo (engine/outfits/body.py builds it) so that shoulders the tight ID crop cuts off are still in
its picture; it also extrapolates landmarks a little past the image edge, which is what we want
when the selfie itself ends at the shoulders.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engine.models import model_path

MODEL = "mediapipe/pose_landmarker_lite.task"
LEFT_SHOULDER, RIGHT_SHOULDER = 11, 12  # the subject's left shoulder appears on the image right


@dataclass(frozen=True)
class PoseShoulders:
    image_left: tuple[float, float]  # px in the image given to `find`
    image_right: tuple[float, float]
    visibility: float  # the lower of the two landmark visibilities, 0..1


class ShoulderFinder:
    """Loads the landmarker once; `find` is then called for every photo."""

    def __init__(self, model_dir: Path | None = None) -> None:
        from mediapipe.tasks.python import BaseOptions, vision  # type: ignore[import-untyped]  # ships no type hints

        options = vision.PoseLandmarkerOptions(
            base_options=BaseOptions(model_asset_path=str(model_path(MODEL, model_dir))),
            running_mode=vision.RunningMode.IMAGE,
            num_poses=1,
            min_pose_detection_confidence=0.3,
            min_pose_presence_confidence=0.3,
        )
        self._landmarker = vision.PoseLandmarker.create_from_options(options)

    def close(self) -> None:
        self._landmarker.close()

    def find(self, rgb: np.ndarray) -> PoseShoulders | None:
        """Shoulders in `rgb` (H×W×3 uint8), or None when no person is found."""
        import mediapipe as mp  # type: ignore[import-untyped]  # ships no type hints

        image = mp.Image(image_format=mp.ImageFormat.SRGB, data=np.ascontiguousarray(rgb))
        result = self._landmarker.detect(image)
        if not result.pose_landmarks:
            return None
        marks = result.pose_landmarks[0]
        h, w = rgb.shape[:2]
        a, b = marks[LEFT_SHOULDER], marks[RIGHT_SHOULDER]
        pa, pb = (a.x * w, a.y * h), (b.x * w, b.y * h)
        left, right = (pa, pb) if pa[0] <= pb[0] else (pb, pa)
        visibility = min(float(a.visibility or 0.0), float(b.visibility or 0.0))
        return PoseShoulders(image_left=left, image_right=right, visibility=visibility)
