"""Stage 5, geometry: level the eyes, then scale and place the head inside the spec's ranges.

The spec gives ranges (head height, eye line, crown and chin margins) as fractions of the photo
height (`DocumentSpec.frame()`). Scale comes from the head height (middle of its range, nudged by
the user's zoom); the vertical offset is the middle of what every other rule allows at once
(each rule is an interval for the offset; we intersect them), nudged by the user's shift.
"""

from __future__ import annotations

import math

import numpy as np

from engine.context import Adjustments, FaceAnalysis, Placement
from specs.schema import Frame, HeadTop, Range

MIN_CROWN_MARGIN = 0.02  # never let the crown touch the top edge when the spec is silent
TOP_SHARE = 0.35  # share of the free space left above the head when no rule places it
ICAO_EYE_BAND = Range(min=0.5, max=0.7)  # eye line from the bottom (ICAO TR: M at 30–50 % from the top)


def place(
    face: FaceAnalysis,
    frame: Frame,
    size: tuple[int, int],
    source_size: tuple[int, int],
    adjust: Adjustments | None = None,
) -> Placement:
    """Affine placement of `face` into an output of `size` (w, h) px; source_size is (w, h)."""
    adjust = adjust or Adjustments()
    width, height = size
    to_skull = frame.head_top is HeadTop.skull
    top = np.array(face.head_top(to_skull))
    chin = np.array(face.chin)
    eyes = np.array(face.eye_mid)
    head_src = float(np.linalg.norm(top - chin))

    head_range = frame.head_height
    head_frac = head_range.mid + _nudge(adjust.zoom, head_range)
    scale = head_frac * height / head_src

    # In the levelled, scaled frame, positions relative to the eye mid-point.
    angle = math.radians(face.roll)
    rot = np.array([[math.cos(angle), math.sin(angle)], [-math.sin(angle), math.cos(angle)]])
    lin = scale * rot
    crown_dy = float((lin @ (top - eyes))[1]) / height  # negative: the crown is above the eyes
    chin_dy = float((lin @ (chin - eyes))[1]) / height
    hair_dy = float((lin @ (np.array(face.crown) - eyes))[1]) / height  # = crown_dy unless to the skull

    # Each rule → an interval for e, the eye line's y as a fraction of the height from the top.
    # The visible top (hair) must stay inside the frame even where the rule measures to the skull.
    intervals: list[tuple[float, float]] = [(MIN_CROWN_MARGIN - min(crown_dy, hair_dy), 1.0 - chin_dy)]
    if frame.eye_line_from_bottom is not None:
        intervals.append(_from_bottom(frame.eye_line_from_bottom, 0.0))
    if frame.crown_margin is not None:
        lo, hi = _bounds(frame.crown_margin)
        intervals.append((lo - crown_dy, hi - crown_dy))
    if frame.chin_margin is not None:
        intervals.append(_from_bottom(frame.chin_margin, chin_dy))
    lo = max(i[0] for i in intervals)
    hi = min(i[1] for i in intervals)
    if lo > hi:  # rules disagree for this face's proportions: honour the eye band first
        lo = hi = _preferred(frame, crown_dy, chin_dy)
    if frame.eye_line_from_bottom is None:  # ICAO's eye band as a soft rule where the spec is silent
        soft_lo, soft_hi = _from_bottom(ICAO_EYE_BAND, 0.0)
        if max(lo, soft_lo) <= min(hi, soft_hi):
            lo, hi = max(lo, soft_lo), min(hi, soft_hi)
    preferred = min(max(_preferred(frame, crown_dy, chin_dy), lo), hi)
    room = min(preferred - lo, hi - preferred) if adjust.shift else 0.0
    eye_y = preferred - adjust.shift * room  # shift up (+) moves the head up, i.e. smaller y

    offset = np.array([width / 2, eye_y * height]) - lin @ eyes
    matrix = np.hstack([lin, offset[:, None]])
    extended, shoulders_cut = _coverage(matrix, size, source_size)
    return Placement(
        matrix=matrix,
        size=size,
        head_height=head_frac,
        eye_line_from_bottom=1.0 - eye_y,
        crown_margin=eye_y + crown_dy,
        extended=extended,
        shoulders_cut=shoulders_cut,
    )


def _preferred(frame: Frame, crown_dy: float, chin_dy: float) -> float:
    if frame.eye_line_from_bottom is not None:
        return 1.0 - frame.eye_line_from_bottom.mid
    if frame.crown_margin is not None:
        return frame.crown_margin.mid - crown_dy
    if frame.chin_margin is not None:
        return 1.0 - frame.chin_margin.mid - chin_dy
    free = 1.0 - (chin_dy - crown_dy)
    return free * TOP_SHARE - crown_dy


def _bounds(rule: Range) -> tuple[float, float]:
    return (rule.min if rule.min is not None else -math.inf, rule.max if rule.max is not None else math.inf)


def _from_bottom(rule: Range, dy: float) -> tuple[float, float]:
    """Interval for the eye line y (from the top) given a rule on a point `dy` below the eyes,
    measured from the bottom edge."""
    lo, hi = _bounds(rule)
    return (1.0 - hi - dy, 1.0 - lo - dy)


def _nudge(amount: float, rule: Range) -> float:
    if not amount or rule.min is None or rule.max is None:
        return 0.0
    return max(-1.0, min(1.0, amount)) * (rule.max - rule.min) * 0.4


def _coverage(matrix: np.ndarray, size: tuple[int, int], source_size: tuple[int, int]) -> tuple[bool, bool]:
    """Does the output reach outside the source (filled with background), and does the source
    end above the photo's bottom edge (shoulders cut off by the original framing)?"""
    inverse = np.linalg.inv(np.vstack([matrix, [0, 0, 1]]))[:2]
    w, h = size
    sw, sh = source_size
    corners = np.array([[0, 0, 1], [w, 0, 1], [0, h, 1], [w, h, 1]], np.float64)
    src = corners @ inverse.T
    tol = 1.0
    extended = bool(
        (src[:, 0] < -tol).any()
        or (src[:, 0] > sw + tol).any()
        or (src[:, 1] < -tol).any()
        or (src[:, 1] > sh + tol).any()
    )
    bottom_mid = np.array([w / 2, h, 1.0]) @ inverse.T
    shoulders_cut = bool(bottom_mid[1] > sh + tol)
    return extended, shoulders_cut
