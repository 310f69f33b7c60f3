"""Head pose: yaw and pitch from MediaPipe's face transformation matrix, roll from the iris line.

Estimators err by ±3–4° (photo-rules.md §2), so each angle passes up to the spec's limit, warns
inside a tolerance band beyond it and fails only past the band:

* yaw: band 5°. Frontal samples read |yaw| ≤ 4°; the head-turn series rot_001 reads 21–65°.
* roll (iris line, accurate to ~1°): warns past the limit, fails past 12° (or the limit if the
  spec allows more). The geometry stage levels the eyes anyway; a big tilt still distorts the face.
* pitch: MediaPipe's pitch reads high on real frontal photos, and spreads. On the 20 frontal
  portraits among the samples (18 selfies + astronaut + Grace Hopper) the median was +3.1°, so
  `PITCH_BIAS` = 3° is subtracted first; the clean level shots still spread from −5.2° to +8.5°,
  so the pass band is the limit plus the estimator's 4° error. Photos taken from a little below
  or above read far out (db_004, phone below the face, nostrils visible: +17.5°; db_012, phone
  above: −13°) yet make acceptable passport photos, so the warning band reaches 15° past the
  limit and only a head clearly tipped back or down (> 20° from level for a 5° limit) fails.
"""

from __future__ import annotations

from dataclasses import replace

from engine.checks.grading import graded
from engine.context import CheckResult, FaceAnalysis
from specs.schema import Policy

YAW_TOLERANCE = 5.0
PITCH_BIAS = 3.0  # degrees MediaPipe reads on frontal faces (median of the samples: +3.1°)
PITCH_NOISE = 4.0  # the estimator's error, added to the pass band (frontal samples spread −5…+8.5°)
PITCH_TOLERANCE = 15.0
ROLL_FAIL = 12.0


def yaw(face: FaceAnalysis, policy: Policy) -> CheckResult:
    limit = policy.max_yaw_deg
    return graded(
        "yaw",
        "Head turned",
        abs(face.yaw),
        warn=limit,
        fail=limit + YAW_TOLERANCE,
        allowed=f"≤ {limit:g}°",
        unit="°",
        digits=1,
        tip="Turn your head to face the camera directly, nose pointing at the lens.",
    )


def pitch(face: FaceAnalysis, policy: Policy) -> CheckResult:
    """Measured as chin up (+) / down (−) after removing the estimator's frontal bias."""
    limit = policy.max_pitch_deg
    result = graded(
        "pitch",
        "Head tilted up/down",
        abs(face.pitch - PITCH_BIAS),
        warn=limit + PITCH_NOISE,
        fail=limit + PITCH_TOLERANCE,
        allowed=f"±{limit:g}° from level",
        unit="°",
        digits=1,
        tip="Hold the phone at eye level and keep your chin level.",
    )
    return replace(result, measured=round(face.pitch - PITCH_BIAS, 1))


def roll(face: FaceAnalysis, policy: Policy) -> CheckResult:
    limit = policy.max_roll_deg
    return graded(
        "roll",
        "Head tilted sideways",
        abs(face.roll),
        warn=limit,
        fail=max(ROLL_FAIL, limit),
        allowed=f"≤ {limit:g}°",
        unit="°",
        digits=1,
        tip="Keep your head straight, both eyes at the same height.",
    )
