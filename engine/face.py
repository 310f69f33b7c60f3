"""Stage 2, face analysis: detect → pick the one subject → landmarks, pose, expression → crown.

Refuses photos with no face and photos with a second person (engine/second_faces.py: a bystander
far in the background or a face on a poster is fine; a second person next to the subject is not).
The models are loaded once per `FaceAnalyzer` and reused for every photo.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from engine.context import FaceAnalysis
from engine.errors import BadInput, MultipleFaces, NoFace
from engine.face_detect import FaceDetector
from engine.head import HeadTop, find_head_top
from engine.landmarks import CHIN, FOREHEAD, IRIS_LEFT_IMAGE, IRIS_RIGHT_IMAGE, Landmarker
from engine.second_faces import other_people
from engine.segmentation import PersonSegmenter


class FaceAnalyzer:
    def __init__(self, model_dir: Path | None = None, threads: int | None = None) -> None:
        self.detector = FaceDetector(model_dir, threads)
        self.landmarker = Landmarker(model_dir)
        self.segmenter = PersonSegmenter(model_dir, threads)

    def close(self) -> None:
        self.landmarker.close()

    def analyze(self, rgb: np.ndarray) -> tuple[FaceAnalysis, HeadTop]:
        faces = self.detector.detect(rgb)
        if not faces:
            raise NoFace()
        subject = faces[0]
        others = other_people(rgb, faces, self.segmenter.probability)
        if others:
            raise MultipleFaces(1 + len(others))
        marks = self.landmarker.measure(rgb, subject)
        if marks is None:
            raise BadInput(
                "A face was found but it could not be measured: look straight at the camera, "
                "with nothing covering your face.",
                code="face_not_measurable",
            )
        pts = marks.points
        top = find_head_top(rgb, pts, self.segmenter)
        second = faces[1].area / subject.area if len(faces) > 1 else 0.0
        analysis = FaceAnalysis(
            landmarks=pts,
            box=subject.box,
            eye_left=_xy(pts[IRIS_LEFT_IMAGE]),
            eye_right=_xy(pts[IRIS_RIGHT_IMAGE]),
            chin=_xy(pts[CHIN]),
            forehead=_xy(pts[FOREHEAD]),
            crown=top.crown,
            skull_top=top.skull_top,
            yaw=marks.yaw,
            pitch=marks.pitch,
            roll=marks.roll,
            blendshapes=marks.blendshapes,
            face_count=1,
            second_face_ratio=float(second),
            crown_touches_top=top.touches_top,
        )
        return analysis, top


def _xy(point: np.ndarray) -> tuple[float, float]:
    return float(point[0]), float(point[1])
