"""Hands in the photo: a hand on the chin, in the hair, on the head, an arm raised beside it, or a
hand held in front of the chest (a phone in a mirror selfie, a parent's hands holding a baby).

Why: ID rules ask for the head and shoulders alone (ICAO 9303: nothing covering or touching the
face; the US Department of State and HM Passport Office turn down photos with hands in them), and
a person sees a hand beside the head at once. Ordinary selfies and portraits often have one (the
gallery: a hand on the head, a chin resting on a hand, an arm raised next to the face), and
nothing else in the engine notices: the cut-out keeps the hand as part of the person.

MediaPipe's pose landmarker (BlazePose lite, already shipped for the outfits) gives the wrists,
hands and elbows with a visibility score. A hand point that is visible and lies in the head zone
(around the face, up to the shoulder line) fails the photo; the user is told to lower their hands.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from engine.context import CheckResult, FaceAnalysis, Status
from engine.errors import ModelMissing
from engine.memory import return_freed_memory
from engine.models import model_path

log = logging.getLogger(__name__)

MODEL = "mediapipe/pose_landmarker_lite.task"
HAND_POINTS = (15, 16, 17, 18, 19, 20, 21, 22)  # wrists, pinkies, index fingers, thumbs
ELBOWS = (13, 14)
MIN_VISIBILITY = 0.8  # hand points: real hands at the face scored 0.8–1, unseen ones 0.5–0.75
ELBOW_VISIBILITY = 0.9
SIDE = 512  # the pose model works at 256; a small copy is enough and cheap
REACH_SIDE = 0.6  # head heights either side of the face centre: the head zone's half-width
REACH_BELOW = 0.35  # head heights below the chin: a chin resting on a hand is still "at the face"
ELBOW_ABOVE = 0.2  # an elbow this far above the chin means an arm raised beside the head
ELBOW_REACH = 1.4  # head heights from the face centre within which a raised elbow counts
CHEST_BELOW = 0.75  # head heights below the chin: a hand in front of the chest is still in the photo
CHEST_SIDE = 1.0  # head heights either side of the face centre: the chest zone's half-width
SKIN_DELTA_E = 14.0  # Lab distance from the face's median colour that counts as skin at the chest


class HandsModel:
    """Built once per engine; the landmarker loads when a photo needs it (most pass without) and
    is let go right after, unless `keep_loaded`: resident it would raise the engine's peak memory
    by ~60 MB for the one photo in five that asks for it (bench/engine.py), and loading it again
    costs ~0.1 s."""

    def __init__(self, model_dir: Path | None = None, keep_loaded: bool = False) -> None:
        self.model_dir = model_dir
        self.keep_loaded = keep_loaded
        self._landmarker: Any = None
        self._missing = False

    def close(self) -> None:
        if self._landmarker is not None:
            self._landmarker.close()
            self._landmarker = None
            return_freed_memory()  # else the resident size stays ~90 MB higher

    def _load(self) -> Any:
        if self._landmarker is None and not self._missing:
            try:
                path = model_path(MODEL, self.model_dir)
            except ModelMissing:
                log.info("optional model %s not installed: the hands check is skipped", MODEL)
                self._missing = True
                return None
            from mediapipe.tasks.python import BaseOptions, vision  # type: ignore[import-untyped]

            options = vision.PoseLandmarkerOptions(
                base_options=BaseOptions(model_asset_path=str(path)),
                running_mode=vision.RunningMode.IMAGE,
                num_poses=1,
                min_pose_detection_confidence=0.3,
                min_pose_presence_confidence=0.3,
            )
            self._landmarker = vision.PoseLandmarker.create_from_options(options)
        return self._landmarker

    def points(self, rgb: np.ndarray) -> np.ndarray | None:
        """N×3 (x, y in `rgb`'s pixels, visibility) of the 33 pose landmarks, or None."""
        landmarker = self._load()
        if landmarker is None:
            return None
        import mediapipe as mp  # type: ignore[import-untyped]

        h, w = rgb.shape[:2]
        factor = min(1.0, SIDE / max(h, w))
        small = (
            rgb if factor >= 1 else cv2.resize(rgb, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        )
        try:
            result = landmarker.detect(
                mp.Image(image_format=mp.ImageFormat.SRGB, data=np.ascontiguousarray(small))
            )
        finally:
            if not self.keep_loaded:  # ~60 MB resident otherwise, for the few photos that need it
                self.close()
        if not result.pose_landmarks:
            return None
        marks = result.pose_landmarks[0]
        return np.array([[m.x * w, m.y * h, float(m.visibility or 0.0)] for m in marks], np.float64)


def hands_at_head(points: np.ndarray | None, face: FaceAnalysis, size: tuple[int, int]) -> int:
    """How many hand points lie at the face or head, plus elbows of arms raised beside it.

    Hand points count only inside the photo and when clearly seen: the pose model also places
    hands it cannot see (out of frame, or behind the body) with middling visibility (0.5–0.75 on
    the samples), while a real hand at the chin or in the hair scores 0.8–1. Elbows may lie past
    the photo's edge: arms raised to the head leave the frame sideways."""
    if points is None:
        return 0
    width, height = size
    head = face.head_height()
    cx = (face.eye_mid[0] + face.chin[0]) / 2
    top = face.crown[1] - 0.3 * head
    bottom = face.chin[1] + REACH_BELOW * head
    chest = face.chin[1] + CHEST_BELOW * head
    count = 0
    for index in HAND_POINTS:
        x, y, seen = points[index]
        inside = 0 <= x < width and 0 <= y < height
        at_head = abs(x - cx) <= REACH_SIDE * head and top <= y <= bottom
        at_chest = abs(x - cx) <= CHEST_SIDE * head and bottom < y <= chest  # holding a phone, say
        if inside and seen >= MIN_VISIBILITY and (at_head or at_chest):
            count += 1
    for index in ELBOWS:
        x, y, seen = points[index]
        raised = y <= face.chin[1] - ELBOW_ABOVE * head
        if seen >= ELBOW_VISIBILITY and raised and abs(x - cx) <= ELBOW_REACH * head:
            count += 1
    return count


def skin_at_chest(rgb: np.ndarray, face: FaceAnalysis) -> float:
    """Share of the chest zone (below the chin's reach, in the photo) that has the face's own
    colour: a hand held in front of the body (a phone in a mirror selfie) shows there, so the
    pose model is asked. A bare neckline scores too; that only costs the pose model's time."""
    head = face.head_height()
    cx = (face.eye_mid[0] + face.chin[0]) / 2
    h, w = rgb.shape[:2]
    y0, y1 = round(face.chin[1] + REACH_BELOW * head), round(face.chin[1] + CHEST_BELOW * head)
    x0, x1 = round(cx - CHEST_SIDE * head), round(cx + CHEST_SIDE * head)
    y0, y1, x0, x1 = max(0, y0), min(h, y1), max(0, x0), min(w, x1)
    if y1 - y0 < 4 or x1 - x0 < 4:
        return 0.0
    step = max(1, round(head / 64))  # about 64 samples per head height is plenty
    zone = rgb[y0:y1:step, x0:x1:step]
    fx0, fy0 = (max(0, round(v)) for v in face.box[:2])
    fx1, fy1 = min(w, round(face.box[0] + face.box[2])), min(h, round(face.box[1] + face.box[3]))
    cheeks = rgb[
        fy0 + (fy1 - fy0) // 3 : fy1 - (fy1 - fy0) // 4 : step,
        fx0 + (fx1 - fx0) // 4 : fx1 - (fx1 - fx0) // 4 : step,
    ]
    if zone.size == 0 or cheeks.size == 0:
        return 0.0
    lab_zone = cv2.cvtColor(np.ascontiguousarray(zone), cv2.COLOR_RGB2LAB).astype(np.float32)
    lab_face = cv2.cvtColor(np.ascontiguousarray(cheeks), cv2.COLOR_RGB2LAB).astype(np.float32)
    tone = np.median(lab_face.reshape(-1, 3), axis=0)
    scale = np.array([100.0 / 255.0, 1.0, 1.0], np.float32)
    distance = np.linalg.norm((lab_zone - tone) * scale, axis=2)
    return float((distance < SKIN_DELTA_E).mean())


def hands(
    points: np.ndarray | None, face: FaceAnalysis, size: tuple[int, int], measured: bool = True
) -> CheckResult:
    found = hands_at_head(points, face, size)
    return CheckResult(
        id="hands",
        title="No hands in the photo",
        status=Status.fail if found else Status.passed,
        measured=found if measured else None,
        allowed="no hand at the face, head or chest, no raised arm" + ("" if measured else " (not checked)"),
        tip="Lower your hands and arms: only your head and shoulders should be in the photo.",
    )
