"""Checks that only exist once the photo is laid out: room around the head, cut shoulders and,
in keep-background mode, whether the original background is an allowed colour.

Kept apart from engine/checks (which judge the selfie) because they judge the layout, and the
pipeline re-runs them after every user adjustment.
"""

from __future__ import annotations

import cv2
import numpy as np

from engine.checks.grading import graded
from engine.colour import delta_e, mean_lab, rgb_to_lab
from engine.context import CheckResult, Context, Status
from specs.schema import DocumentSpec

KEEP_BACKGROUND_UNIFORMITY = 12.0  # max std-dev of ΔE across the background for "plain"
AUTO_KEEP_P99 = 6.0  # ΔE: the least-edit choice keeps only a background plain to the eye
SHOULDERS_WARN, SHOULDERS_FAIL = 0.25, 0.45  # share of the shoulder zone that would be made up


def placement_checks(ctx: Context, person: np.ndarray, original: np.ndarray) -> list[CheckResult]:
    """`original`: the laid-out pixels before any recolouring or enhancement."""
    assert ctx.placement is not None
    results: list[CheckResult] = []
    keep = ctx.alpha is None  # the selfie's own background (asked for, or kept as the least edit)
    if keep:
        results.append(
            CheckResult(
                id="no_room",
                title="Room around the head",
                status=Status.fail if ctx.placement.extended else Status.passed,
                measured="too tight" if ctx.placement.extended else "ok",
                allowed="the whole frame inside the original photo",
                tip="Step back from the camera so there is space above your head and at the sides.",
            )
        )
        results.append(_background_colour(ctx, person, original))
    results.append(shoulders(ctx))
    return results


def shoulders(ctx: Context) -> CheckResult:
    """How much of the neck-and-shoulders zone lies outside the selfie and has to be made up.

    A little (a wedge from levelling, the last centimetres of the shoulders) is completed from the
    person's own clothing and reads as a natural photo. A large share would be an invented body:
    the user is asked to step back, before the preview and so before any payment; blocking where
    the document requires the shoulders (ICAO), a warning elsewhere. Thresholds judged on the
    gallery's contact sheets: up to 25 % (sample_011's last centimetres of a purple top, 18 %)
    reads as a natural photo, 25–45 % is visible on a close look, past 45 % the shoulders are
    mostly made up (sample_003, which ends at the chin: 75 %)."""
    assert ctx.placement is not None
    share = ctx.placement.body_invented
    return graded(
        "shoulders_cut",
        "Shoulders in frame",
        100 * share,
        warn=100 * SHOULDERS_WARN,
        fail=100 * SHOULDERS_FAIL,
        allowed=f"≤ {100 * SHOULDERS_WARN:.0f} % of the shoulders made up",
        unit="%",
        digits=0,
        blocking=ctx.spec.policy.shoulders_required,
        tip="Hold the camera a little further away so your shoulders are in the picture.",
    )


def background_compliant(spec: DocumentSpec, person: np.ndarray, original: np.ndarray) -> bool:
    """Is the selfie's own background already one the document accepts, without any doubt?

    Stricter than the keep-background check the user asked for: the engine chooses to keep it
    only when an official would see a plain wall. Away from the hair (a margin of 2 % of the
    height), 99 % of the background lies within ΔE AUTO_KEEP_P99 of its mean: white blinds'
    faint slats (p99 ≈ 11) or a studio backdrop's edge (≈ 44) are replaced, an even wall (≈ 4)
    is kept; a faint gradient or texture (6–8) is replaced too: the authority sees a plain wall."""
    margin = max(1, round(0.02 * person.shape[0]))
    grown = cv2.dilate(person.astype(np.uint8), np.ones((2 * margin + 1,) * 2, np.uint8)).astype(bool)
    pixels = original[~grown]
    if pixels.size < 0.05 * person.size * 3:
        return False
    lab = rgb_to_lab(pixels)
    mean = lab.mean(axis=0)
    best = min(spec.background.colours, key=lambda c: delta_e(mean, c.rgb_tuple))
    deviation = np.linalg.norm(lab - mean, axis=1)
    plain = float(np.percentile(deviation, 99)) <= AUTO_KEEP_P99
    return plain and delta_e(mean, best.rgb_tuple) <= best.tolerance


def _background_colour(ctx: Context, person: np.ndarray, original: np.ndarray) -> CheckResult:
    spec = ctx.spec
    pixels = original[~person]
    allowed = ", ".join(c.name for c in spec.background.colours)
    if pixels.size == 0:
        return CheckResult(
            "background_colour",
            "Background colour",
            Status.warn,
            None,
            allowed,
            "Stand in front of a plain wall.",
        )
    lab, spread = mean_lab(pixels)
    best = min(spec.background.colours, key=lambda c: delta_e(lab, c.rgb_tuple))
    distance = delta_e(lab, best.rgb_tuple)
    ok = distance <= best.tolerance and spread <= KEEP_BACKGROUND_UNIFORMITY
    return CheckResult(
        id="background_colour",
        title="Background colour",
        status=Status.passed if ok else Status.fail,
        measured=round(distance, 1),
        unit="ΔE",
        allowed=f"{allowed} (ΔE ≤ {best.tolerance:g}, plain)",
        tip="Stand in front of a plain wall of an allowed colour, or let us replace the background.",
    )
