"""Eyes open, mouth closed, neutral expression: blendshape scores backed by landmark ratios.

Thresholds from the sample photos: open eyes score eyeBlink ≤ 0.29 and an eye aspect ratio of
0.26–0.48; a closed mouth has an inner-lip ratio ~0.004, a teeth-showing smile ~0.16
(MANIFEST.md). The spec decides whether a smile blocks (neutral only) or not (natural smile).
"""

from __future__ import annotations

import numpy as np

from engine.checks.grading import graded
from engine.context import CheckResult, FaceAnalysis, Status
from specs.schema import ExpressionPolicy, Policy

EYE_LIDS = ((159, 145, 33, 133), (386, 374, 362, 263))  # upper, lower, corner, corner
LIPS_INNER = (13, 14, 61, 291)
BLINK_WARN, BLINK_FAIL = 0.45, 0.6  # eyeBlink score; open eyes on the samples ≤ 0.29
OPENING_CONFIRMS = 0.2  # lid gap / eye width that confirms a high blink score (open: 0.26–0.48)
OPENING_ALONE = 0.12  # ... that warns on its own


def _ratio(points: np.ndarray, a: int, b: int, c: int, d: int) -> float:
    return float(
        np.linalg.norm(points[a, :2] - points[b, :2])
        / max(np.linalg.norm(points[c, :2] - points[d, :2]), 1e-6)
    )


def eyes_closed(face: FaceAnalysis) -> CheckResult:
    """Fails only when both signals agree (blink score high *and* lids close together); either
    one alone warns, so a squint or a blendshape misfire never blocks."""
    blink = max(face.blendshapes.get("eyeBlinkLeft", 0.0), face.blendshapes.get("eyeBlinkRight", 0.0))
    opening = min(_ratio(face.landmarks, *lids) for lids in EYE_LIDS)
    if blink >= BLINK_FAIL and opening < OPENING_CONFIRMS:
        status = Status.fail
    elif blink >= BLINK_WARN or opening < OPENING_ALONE:
        status = Status.warn
    else:
        status = Status.passed
    return CheckResult(
        id="eyes_closed",
        title="Eyes open",
        status=status,
        measured=round(blink, 2),
        allowed=f"both eyes fully open (blink score < {BLINK_WARN:g})",
        tip="Open your eyes fully and look straight into the lens.",
    )


def mouth_open(face: FaceAnalysis, policy: Policy) -> CheckResult:
    jaw = face.blendshapes.get("jawOpen", 0.0)
    lips = _ratio(face.landmarks, *LIPS_INNER)
    score = max(jaw, min(lips * 2.0, 1.0))
    return graded(
        "mouth_open",
        "Mouth closed",
        score,
        warn=0.2,
        fail=0.3,
        allowed="mouth closed",
        blocking=policy.expression is ExpressionPolicy.neutral,
        tip="Close your mouth and relax your face.",
    )


def smile(face: FaceAnalysis, policy: Policy) -> CheckResult:
    value = (face.blendshapes.get("mouthSmileLeft", 0.0) + face.blendshapes.get("mouthSmileRight", 0.0)) / 2
    if policy.expression is ExpressionPolicy.natural_smile:
        return graded(
            "smile",
            "Expression",
            value,
            warn=0.85,
            fail=2.0,
            allowed="neutral or a natural smile",
            tip="Keep a relaxed, natural expression; avoid a wide grin.",
        )
    return graded(
        "smile",
        "Neutral expression",
        value,
        warn=0.3,
        fail=0.5,
        allowed="neutral, no smile",
        tip="Keep a neutral expression: no smile, mouth relaxed and closed.",
    )
