"""Is there enough of the face, and all of it? Upscaling a small face blurs it (and portals
reject soft photos), and a head cut by the frame cannot be rebuilt."""

from __future__ import annotations

from engine.checks.grading import graded
from engine.context import CheckResult, FaceAnalysis, Status
from specs.schema import DocumentSpec, HeadTop

UPSCALE_WARN, UPSCALE_FAIL = 1.25, 2.5


def face_size(face: FaceAnalysis, spec: DocumentSpec) -> CheckResult:
    frame = spec.frame()
    needed = frame.head_height.mid * spec.output_pixels.height
    have = face.head_height(frame.head_top is HeadTop.skull)
    return graded(
        "face_size",
        "Face resolution",
        needed / max(have, 1.0),
        warn=UPSCALE_WARN,
        fail=UPSCALE_FAIL,
        allowed=f"upscaling ≤ {UPSCALE_WARN:g}×",
        unit="×",
        tip="Come closer (about 1–1.5 m) or use the main camera at full resolution.",
    )


def head_cut(face: FaceAnalysis, width: int, height: int) -> CheckResult:
    x, y, w, _ = face.box
    cut = face.crown_touches_top or x < 0 or y < 0 or x + w > width or face.chin[1] > height - 1
    return CheckResult(
        id="head_cut",
        title="Whole head in the photo",
        status=Status.fail if cut else Status.passed,
        measured="cut" if cut else "ok",
        allowed="top of the head, chin and both ears inside the photo",
        tip="Step back or hold the phone further away so your whole head and shoulders fit.",
    )
