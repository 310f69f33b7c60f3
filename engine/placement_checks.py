"""Checks that only exist once the photo is laid out: room around the head, cut shoulders and,
in keep-background mode, whether the original background is an allowed colour.

Kept apart from engine/checks (which judge the selfie) because they judge the layout, and the
pipeline re-runs them after every user adjustment.
"""

from __future__ import annotations

import numpy as np

from engine.checks.grading import graded
from engine.colour import delta_e, mean_lab
from engine.context import CheckResult, Context, Status

KEEP_BACKGROUND_UNIFORMITY = 12.0  # max std-dev of ΔE across the background for "plain"
SHOULDERS_WARN, SHOULDERS_FAIL = 0.25, 0.45  # share of the shoulder zone that would be made up


def placement_checks(ctx: Context, person: np.ndarray, original: np.ndarray) -> list[CheckResult]:
    """`original`: the laid-out pixels before any recolouring or enhancement."""
    assert ctx.placement is not None
    results: list[CheckResult] = []
    keep = ctx.options.keep_background
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
