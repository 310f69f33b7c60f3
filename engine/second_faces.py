"""Which other faces in the photo are people: a second person refuses the photo, a picture does not.

Why: the detector finds every face, including a face on a poster, in a painting, on a screen or
a passer-by far behind in the bokeh. Counting those as "several people" refuses a good selfie for
a reason the user cannot see. A second *person* next to the subject stands in the same plane,
so their face is about as sharp as the subject's and a person model sees a person there; a face
far behind is out of focus, and a printed or painted face is usually not a person to the
segmentation model. A face counts as a second person only when it is large (≥ 25 % of the
subject's face area, as before) *and* it does not look like a picture: either in focus like the
subject, or seen as a person by the segmentation. A face as large as the subject's always counts.

Thresholds from the gallery: the crowd face behind g035 has 1 % of the subject's sharpness; the
two people of g057 and the nine children of g056 have 66–231 %.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from engine.face_detect import DetectedFace

SIGNIFICANT_AREA = 0.25  # a face with ≥ 25 % of the subject's face area (half its width) counts
ALWAYS_AREA = 0.6  # a face at least this large counts whatever the cues say
MIN_SHARPNESS = 0.2  # of the subject's: below this the face is behind the subject, out of focus
MIN_PERSON = 0.3  # person probability at the face's centre: below this it is a picture
PATCH = 64


def _sharpness(grey: np.ndarray, face: DetectedFace) -> float:
    x, y, w, h = (round(v) for v in face.box)
    crop = grey[max(0, y) : max(0, y) + max(1, h), max(0, x) : max(0, x) + max(1, w)]
    if crop.size == 0:
        return 0.0
    crop = cv2.resize(crop, (PATCH, PATCH), interpolation=cv2.INTER_AREA)
    return float(cv2.Laplacian(crop, cv2.CV_32F).var())


def other_people(
    rgb: np.ndarray,
    faces: list[DetectedFace],
    person_probability: Callable[[np.ndarray], np.ndarray],
) -> list[DetectedFace]:
    """The faces after the first (the subject) that belong to other people in the photo."""
    subject = faces[0]
    large = [f for f in faces[1:] if f.area >= SIGNIFICANT_AREA * subject.area]
    if not large:
        return []
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    reference = max(_sharpness(grey, subject), 1e-6)
    prob: np.ndarray | None = None
    people = []
    for face in large:
        if face.area >= ALWAYS_AREA * subject.area:
            people.append(face)
            continue
        if _sharpness(grey, face) / reference < MIN_SHARPNESS:
            continue  # far behind the subject: a bystander in the blur, a poster out of focus
        if prob is None:
            prob = person_probability(rgb)
        x, y, w, h = face.box
        row = int(np.clip((y + h / 2) / rgb.shape[0] * prob.shape[0], 0, prob.shape[0] - 1))
        col = int(np.clip((x + w / 2) / rgb.shape[1] * prob.shape[1], 0, prob.shape[1] - 1))
        if prob[row, col] < MIN_PERSON:
            continue  # a painted, printed or on-screen face
        people.append(face)
    return people
