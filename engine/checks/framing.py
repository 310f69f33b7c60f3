"""Is there enough of the face, and all of it? Upscaling a small face blurs it (and portals
reject soft photos), and a head cut by the frame cannot be rebuilt.

`face_size` compares the source head height with the head height the spec asks for in the output
file (the middle of its range). ICAO also wants ≥ 90 px between the eye centres. Whether the output
file has them is the document's pixel size (a 600 px US upload has 85–100 px), not the user's
doing; what the user controls is the source: when the face must be enlarged and the source has
fewer than 90 px between the eyes, the output's eye detail is below ICAO's minimum, so we warn.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from engine.checks.grading import graded
from engine.context import CheckResult, FaceAnalysis, Status
from engine.face_regions import FACE_OVAL
from specs.schema import DocumentSpec, HeadTop

UPSCALE_WARN, UPSCALE_FAIL = 1.25, 2.5
MIN_IED = 90.0  # px, ICAO minimum (120 best practice)


def upscale(face: FaceAnalysis, spec: DocumentSpec) -> float:
    """Output px per source px when the head is sized to the middle of the spec's range."""
    frame = spec.frame()
    needed = frame.head_height.mid * spec.output_pixels.height
    have = face.head_height(frame.head_top is HeadTop.skull)
    return needed / max(have, 1.0)


def face_size(face: FaceAnalysis, spec: DocumentSpec) -> CheckResult:
    factor = upscale(face, spec)
    result = graded(
        "face_size",
        "Face resolution",
        factor,
        warn=UPSCALE_WARN,
        fail=UPSCALE_FAIL,
        allowed=f"upscaling ≤ {UPSCALE_WARN:g}×, ≥ {MIN_IED:.0f} px between the eyes",
        unit="×",
        tip="Come closer (about 1–1.5 m) or use the main camera at full resolution.",
    )
    if result.status is Status.passed and factor > 1.0 and face.inter_eye_distance < MIN_IED:
        return replace(result, status=Status.warn)
    return result


def head_margin(face: FaceAnalysis, width: int, height: int) -> float:
    """Smallest distance from the crown, the chin or the face contour to the photo's edge, as a
    fraction of the head height; negative when part of the head lies outside the photo."""
    oval = face.landmarks[FACE_OVAL, :2]
    xs = np.append(oval[:, 0], [face.crown[0], face.chin[0]])
    ys = np.append(oval[:, 1], [face.crown[1], face.chin[1]])
    gaps = (xs.min(), width - 1 - xs.max(), ys.min(), height - 1 - ys.max())
    return float(min(gaps) / max(face.head_height(), 1.0))


def head_cut(face: FaceAnalysis, width: int, height: int) -> CheckResult:
    margin = 0.0 if face.crown_touches_top else head_margin(face, width, height)
    cut = face.crown_touches_top or margin < 0
    return CheckResult(
        id="head_cut",
        title="Whole head in the photo",
        status=Status.fail if cut else Status.passed,
        measured=round(100 * margin),
        allowed="top of the head, chin and face inside the photo (margin > 0 % of head height)",
        tip="Step back or hold the phone further away so your whole head and shoulders fit.",
        unit="%",
    )
