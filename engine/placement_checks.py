"""Checks that only exist once the photo is laid out: room around the head, cut shoulders and,
in keep-background mode, whether the original background is an allowed colour.

Kept apart from engine/checks (which judge the selfie) because they judge the layout, and the
pipeline re-runs them after every user adjustment.
"""

from __future__ import annotations

import numpy as np

from engine.colour import delta_e, mean_lab
from engine.context import CheckResult, Context, Status

KEEP_BACKGROUND_UNIFORMITY = 12.0  # max std-dev of ΔE across the background for "plain"


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
    results.append(
        CheckResult(
            id="shoulders_cut",
            title="Shoulders in frame",
            status=Status.warn if ctx.placement.shoulders_cut else Status.passed,
            measured="cut" if ctx.placement.shoulders_cut else "ok",
            allowed="shoulders visible to the bottom edge",
            tip="Hold the camera a little further away so your shoulders are in the picture.",
        )
    )
    return results


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
