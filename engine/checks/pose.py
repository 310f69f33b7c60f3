"""Head pose: yaw and pitch from MediaPipe's face transformation matrix, roll from the iris line.

Estimators err by ±3–4° (photo-rules.md §2), and MediaPipe's pitch also carries the camera's
height, so each limit gets a tolerance band where the result is a warning, not a failure. Roll is
corrected by the geometry stage (the eyes are levelled), so it only fails when the tilt is large
enough to distort the face.
"""

from __future__ import annotations

from engine.checks.grading import graded
from engine.context import CheckResult, FaceAnalysis
from specs.schema import Policy

YAW_TOLERANCE = 5.0
PITCH_PASS_EXTRA = 5.0  # measured pitch of level frontal photos reaches ~8° (camera below eye level)
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
    limit = policy.max_pitch_deg + PITCH_PASS_EXTRA
    return graded(
        "pitch",
        "Head tilted up/down",
        abs(face.pitch),
        warn=limit,
        fail=limit + PITCH_TOLERANCE,
        allowed=f"≤ {policy.max_pitch_deg:g}°",
        unit="°",
        digits=1,
        tip="Hold the phone at eye level and keep your chin level.",
    )


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
