"""Least edit: keep the selfie's own background when it already meets the document.

Why: several authorities ask for an "unaltered" photo (US Department of State, HM Passport
Office, IRCC, Japan), and every edit is a chance to get something wrong. So the engine's default
is the least edit that meets the spec: when no colour was asked for and no outfit, and the
selfie's own wall is an allowed colour and plain to the eye (engine/placement_checks.py,
`background_compliant`) with the whole frame inside the selfie, the photo is only cropped,
levelled and exposed; the background is replaced only when needed. report.json says which
(`edits_applied`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import cv2
import numpy as np

from engine.context import Context, Placement
from engine.geometry import frame_uncovered
from engine.placement_checks import background_compliant
from engine.segmentation import PersonSegmenter
from engine.warp import warp

SIDE = 800  # px: the long side of the copy of the selfie the decision is made on


def keeps_own_background(
    ctx: Context, place_whole_frame: Callable[[], Placement], segmenter: PersonSegmenter
) -> bool:
    """True when this render should keep the selfie's background. `place_whole_frame` fits the
    placement that takes every pixel of the frame from the selfie (called only when the choice
    is the engine's to make)."""
    options = ctx.options
    if options.keep_background:
        return True
    if not options.least_edit or options.background is not None or options.outfit is not None:
        return False
    assert ctx.image is not None
    whole_frame = place_whole_frame()
    if frame_uncovered(whole_frame, (ctx.image.width, ctx.image.height)) > 0:
        return False
    # judged on a small copy: a plain wall is plain at a few hundred pixels, and this runs for
    # every photo, so it must not cost a second full-resolution warp
    rgb = ctx.image.rgb
    factor = min(1.0, SIDE / max(rgb.shape[:2]))
    small = rgb if factor >= 1 else cv2.resize(rgb, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    width, height = whole_frame.size
    shrink = min(1.0, SIDE / 2 / max(width, height))
    size = (max(1, round(width * shrink)), max(1, round(height * shrink)))
    to_small = np.diag([1 / factor, 1 / factor, 1.0])
    matrix = np.diag([size[0] / width, size[1] / height]) @ whole_frame.matrix @ to_small
    pixels, _ = warp(small, dataclasses.replace(whole_frame, matrix=matrix, size=size))
    person = segmenter.probability(pixels) > 0.5
    person = cv2.resize(person.astype(np.uint8), size, interpolation=cv2.INTER_NEAREST).astype(bool)
    return background_compliant(ctx.spec, person, pixels)
