"""Eyes on the camera: every passport rule asks for it (ICAO 9303 "looking directly at the
camera"), and a portrait with the eyes turned to one side is refused at the counter even when
the head faces the lens.

Where the eyes point = the head's yaw plus the eyes' turn inside the head. The second is read
from the landmarks: each iris centre's place between its eye corners (0.5 = centred), the two
eyes averaged, 0.0 when centred. When a turned head looks back at the lens the irises move the
other way, so the sum stays near zero: on the gallery and the selfies, people looking into the
lens read |yaw + GAIN·offset| ≤ 14° with heads turned up to 30° (g013, g033, g034, g052), while
the portraits with eyes turned aside read 33–43° (g032, g037, g039, g050) and a talking woman
looking past the camera 68° (g028). GAIN (degrees per unit of iris offset) is the slope that
cancels head turns of people looking at the lens.
"""

from __future__ import annotations

import numpy as np

from engine.checks.grading import graded
from engine.context import CheckResult, FaceAnalysis

GAIN = 200.0  # degrees of gaze per unit of iris offset between the eye corners
WARN_DEG = 20.0
FAIL_DEG = 30.0
# MediaPipe Face Mesh: iris centres, and each eye's corners in image order (left → right)
EYES = ((468, 33, 133), (473, 362, 263))


def iris_offset(landmarks: np.ndarray) -> float:
    """Mean place of the irises between their eye corners along the eye's own axis, minus 0.5:
    negative = eyes turned to image left, positive = to image right."""
    points = landmarks[:, :2].astype(np.float64)
    offsets = []
    for iris, start, end in EYES:
        axis = points[end] - points[start]
        length2 = float(axis @ axis)
        if length2 < 1e-6:
            return 0.0
        offsets.append(float((points[iris] - points[start]) @ axis) / length2 - 0.5)
    return float(np.mean(offsets))


def gaze(face: FaceAnalysis) -> CheckResult:
    direction = face.yaw + GAIN * iris_offset(face.landmarks)
    return graded(
        "gaze",
        "Looking at the camera",
        abs(direction),
        warn=WARN_DEG,
        fail=FAIL_DEG,
        allowed=f"eyes within {WARN_DEG:g}° of the lens",
        unit="°",
        digits=0,
        tip="Look straight into the camera lens, not at the screen or to the side.",
    )
