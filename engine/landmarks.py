"""Dense face landmarks, blendshapes and head pose from MediaPipe's FaceLandmarker.

Runs on a square crop around the detected face (2.2× the detector box) so the bundled
short-range detector always sees a large face and a 12 MP photo never has to be copied into
MediaPipe. Results are mapped back to source pixels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from engine.face_detect import DetectedFace
from engine.models import model_path

MODEL = "mediapipe/face_landmarker.task"
CROP_FACTOR = 2.2
CROP_SIDE = 512  # px fed to MediaPipe; the mesh model itself works at 256

CHIN, FOREHEAD = 152, 10
IRIS_LEFT_IMAGE, IRIS_RIGHT_IMAGE = 468, 473  # the subject's right iris appears on the image left


@dataclass(frozen=True)
class Landmarks:
    points: np.ndarray  # 478×3 float32, source px (z scaled like x)
    blendshapes: dict[str, float]
    yaw: float
    pitch: float
    roll: float


class Landmarker:
    def __init__(self, model_dir: Path | None = None) -> None:
        from mediapipe.tasks.python import BaseOptions, vision  # type: ignore[import-untyped]  # ships no type hints

        options = vision.FaceLandmarkerOptions(
            base_options=BaseOptions(model_asset_path=str(model_path(MODEL, model_dir))),
            running_mode=vision.RunningMode.IMAGE,
            num_faces=1,
            output_face_blendshapes=True,
            output_facial_transformation_matrixes=True,
            min_face_detection_confidence=0.3,
            min_face_presence_confidence=0.3,
        )
        self._landmarker = vision.FaceLandmarker.create_from_options(options)

    def close(self) -> None:
        self._landmarker.close()

    def measure(self, rgb: np.ndarray, face: DetectedFace) -> Landmarks | None:
        """Landmarks of `face`, or None when MediaPipe finds no face in the crop."""
        import mediapipe as mp  # type: ignore[import-untyped]  # ships no type hints

        x, y, w, h = face.box
        side = CROP_FACTOR * max(w, h)
        cx, cy = x + w / 2, y + h / 2
        scale = CROP_SIDE / side
        # source → crop: translate the face centre to the crop centre and scale
        matrix = np.array(
            [[scale, 0, CROP_SIDE / 2 - cx * scale], [0, scale, CROP_SIDE / 2 - cy * scale]], np.float64
        )
        crop = cv2.warpAffine(
            rgb, matrix, (CROP_SIDE, CROP_SIDE), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE
        )
        result = self._landmarker.detect(mp.Image(image_format=mp.ImageFormat.SRGB, data=crop))
        if not result.face_landmarks:
            return None
        pts = np.array([(p.x, p.y, p.z) for p in result.face_landmarks[0]], np.float32) * CROP_SIDE
        pts[:, 0] = (pts[:, 0] - matrix[0, 2]) / scale
        pts[:, 1] = (pts[:, 1] - matrix[1, 2]) / scale
        pts[:, 2] /= scale
        shapes = {c.category_name: float(c.score) for c in result.face_blendshapes[0]}
        yaw, pitch = _yaw_pitch(np.asarray(result.facial_transformation_matrixes[0]))
        left, right = pts[IRIS_LEFT_IMAGE], pts[IRIS_RIGHT_IMAGE]
        roll = math.degrees(math.atan2(right[1] - left[1], right[0] - left[0]))
        return Landmarks(points=pts, blendshapes=shapes, yaw=yaw, pitch=pitch, roll=roll)


def _yaw_pitch(transform: np.ndarray) -> tuple[float, float]:
    """Yaw and pitch in degrees from MediaPipe's 4×4 face transformation matrix (y-x-z order).

    Roll is taken from the iris line instead: it is what the photo shows and what we level.
    """
    r = transform[:3, :3]
    yaw = math.degrees(math.asin(max(-1.0, min(1.0, -r[2, 0]))))
    pitch = math.degrees(math.atan2(r[2, 1], r[2, 2]))
    return yaw, pitch
