"""Stage 5, geometry: level the eyes, then scale and place the head inside the spec's ranges.

The spec gives ranges (head height, eye line, crown and chin margins) as fractions of the photo
height (`DocumentSpec.frame()`); each rule becomes an interval for the eye line's position and we
intersect them. Inside what the rules allow, the framing is *fitted to the selfie*: a
photographer with a tight shot chooses a slightly smaller head, or sits it a little lower, so
the shoulders still reach the bottom edge; and with a tilted head they level it only as far as
the document asks, since every degree of rotation swings a wedge of "no photo" into a lower
corner. So `place` scores a small grid of candidates (head size across the inner part of its
range × eye line across its interval × the levelling the spec's roll tolerance allows) by how
much of the body zone (neck and shoulders, drawn from the face's own proportions) would fall
outside the source photo, and takes the best, preferring the middle of every range on ties.
The user's zoom/shift nudges still move the result inside the ranges.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from engine.context import Adjustments, FaceAnalysis, Placement
from specs.schema import Frame, HeadTop, Range

MIN_CROWN_MARGIN = 0.02  # never let the crown touch the top edge when the spec is silent
TOP_SHARE = 0.35  # share of the free space left above the head when no rule places it
ICAO_EYE_BAND = Range(min=0.5, max=0.7)  # eye line from the bottom (ICAO TR: M at 30–50 % from the top)
HEAD_SAFETY = 0.12  # keep the head this share of its range away from either end (crown estimate ±)
HEAD_STEPS = 5
EYE_STEPS = 7
RESIDUAL_ROLL_MAX = 3.0  # degrees of tilt we may leave in the photo (never more than half the spec's limit)
FACE_WIDTH_PER_EYE_DISTANCE = 2.1  # bizygomatic width / inter-pupil distance (≈ 130 / 63 mm)


@dataclass(frozen=True)
class BodyZone:
    """Where a head-and-shoulders photo shows the person below the chin, in units of the face
    width from the face's axis: the neck under the chin widening to the shoulders (about 2.8 face
    widths across, measured biacromial / bizygomatic) one head height below the chin."""

    neck_half: float = 0.55
    shoulder_half: float = 1.45
    neck_from: float = 0.12  # head heights below the chin where the zone starts
    shoulder_at: float = 0.55  # head heights below the chin where the shoulders are full width


BODY = BodyZone()


def place(
    face: FaceAnalysis,
    frame: Frame,
    size: tuple[int, int],
    source_size: tuple[int, int],
    adjust: Adjustments | None = None,
    max_roll_deg: float | None = None,
    whole_frame: bool = False,
) -> Placement:
    """Affine placement of `face` into an output of `size` (w, h) px; source_size is (w, h).

    `max_roll_deg`: the document's roll limit; when given, up to half of it (at most
    RESIDUAL_ROLL_MAX) may be left un-levelled if that keeps the body inside the photo.
    `whole_frame`: the photo keeps the selfie's own background, so every pixel of the frame must
    come from the source (nothing can be filled in), not only the body."""
    adjust = adjust or Adjustments()
    head_range = frame.head_height
    heads = _head_candidates(head_range, adjust.zoom)
    residual_cap = min(RESIDUAL_ROLL_MAX, 0.5 * max_roll_deg) if max_roll_deg else 0.0
    residuals = sorted({0.0, min(abs(face.roll), residual_cap * 0.5), min(abs(face.roll), residual_cap)})
    best: tuple[float, Placement] | None = None

    def uncovered_share(placement: Placement) -> float:
        share = body_uncovered(placement, face, source_size)
        return share + 4.0 * frame_uncovered(placement, source_size) if whole_frame else share

    # The classic framing (fully levelled, head and eyes mid-range) costs nothing when the selfie
    # covers it: most selfies stop here, and only short or tilted ones pay for the search.
    mid = heads[len(heads) // 2]
    first = _eye_candidates(face, frame, size, mid, face.roll, adjust)
    classic = min(first, key=lambda c: c.off_centre)
    if classic.off_centre == 0:
        placement = _placement(face, frame, size, source_size, mid, face.roll, classic)
        if uncovered_share(placement) == 0:
            return placement
    for residual in residuals:
        level = face.roll - math.copysign(residual, face.roll)
        for head_frac in heads:
            for candidate in _eye_candidates(face, frame, size, head_frac, level, adjust):
                placement = _placement(face, frame, size, source_size, head_frac, level, candidate)
                uncovered = uncovered_share(placement)
                cost = (
                    4.0 * uncovered
                    + 0.15 * abs(head_frac - head_range.mid) / max(_span(head_range), 1e-6)
                    + 0.1 * candidate.off_centre
                    + 0.02 * residual
                )
                if best is None or cost < best[0] - 1e-9:
                    best = (cost, placement)
    assert best is not None
    chosen = best[1]
    return replace(chosen, body_invented=body_uncovered(chosen, face, source_size))


@dataclass(frozen=True)
class _EyeLine:
    y: float  # eye line from the top, fraction of the height
    off_centre: float  # 0 at the preferred position, 1 at the end of the allowed interval


def _span(rule: Range) -> float:
    if rule.min is None or rule.max is None:
        return 0.0
    return rule.max - rule.min


def _head_candidates(rule: Range, zoom: float) -> list[float]:
    if rule.min is None or rule.max is None:
        return [rule.mid]
    if zoom:  # the user chose a size: honour it exactly
        return [rule.mid + _nudge(zoom, rule)]
    margin = HEAD_SAFETY * (rule.max - rule.min)
    return [float(v) for v in np.linspace(rule.min + margin, rule.max - margin, HEAD_STEPS)]


def _levelled(
    face: FaceAnalysis, head_frac: float, height: int, level: float, to_skull: bool
) -> tuple[np.ndarray, np.ndarray, float, float, float]:
    top = np.array(face.head_top(to_skull))
    chin = np.array(face.chin)
    eyes = np.array(face.eye_mid)
    head_src = float(np.linalg.norm(top - chin))
    scale = head_frac * height / head_src
    angle = math.radians(level)
    rot = np.array([[math.cos(angle), math.sin(angle)], [-math.sin(angle), math.cos(angle)]])
    lin = scale * rot
    crown_dy = float((lin @ (top - eyes))[1]) / height  # negative: the crown is above the eyes
    chin_dy = float((lin @ (chin - eyes))[1]) / height
    hair_dy = float((lin @ (np.array(face.crown) - eyes))[1]) / height  # = crown_dy unless to the skull
    return lin, eyes, crown_dy, chin_dy, hair_dy


def _eye_candidates(
    face: FaceAnalysis,
    frame: Frame,
    size: tuple[int, int],
    head_frac: float,
    level: float,
    adjust: Adjustments,
) -> list[_EyeLine]:
    _, height = size
    _, _, crown_dy, chin_dy, hair_dy = _levelled(
        face, head_frac, height, level, frame.head_top is HeadTop.skull
    )
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
    if adjust.shift:  # the user moved the head: that position, exactly
        room = min(preferred - lo, hi - preferred)
        return [_EyeLine(preferred - adjust.shift * room, 0.0)]
    # stay a little inside the interval: the estimates of crown and chin carry a few % of error
    inner = 0.1 * (hi - lo)
    values = np.linspace(lo + inner, hi - inner, EYE_STEPS) if hi - lo > 1e-6 else np.array([lo])
    values = np.unique(np.append(values, preferred))
    half = max(hi - lo, 1e-6) / 2
    return [_EyeLine(float(v), abs(float(v) - preferred) / half) for v in values]


def _placement(
    face: FaceAnalysis,
    frame: Frame,
    size: tuple[int, int],
    source_size: tuple[int, int],
    head_frac: float,
    level: float,
    eye: _EyeLine,
) -> Placement:
    width, height = size
    lin, eyes, crown_dy, _, _ = _levelled(face, head_frac, height, level, frame.head_top is HeadTop.skull)
    offset = np.array([width / 2, eye.y * height]) - lin @ eyes
    matrix = np.hstack([lin, offset[:, None]])
    extended, shoulders_cut = _coverage(matrix, size, source_size)
    return Placement(
        matrix=matrix,
        size=size,
        head_height=head_frac,
        eye_line_from_bottom=1.0 - eye.y,
        crown_margin=eye.y + crown_dy,
        extended=extended,
        shoulders_cut=shoulders_cut,
        residual_roll=face.roll - level,
    )


@dataclass(frozen=True)
class FaceInFrame:
    """The face measured in the output photo's pixels: what body completion, the matte clean-up,
    the audit and the placement search all need from a placement (one place to derive it)."""

    chin: tuple[float, float]
    eyes: tuple[float, float]
    head_px: float  # head height in output px
    face_w: float  # face width in output px (from the inter-pupil distance)

    @classmethod
    def of(cls, placement: Placement, face: FaceAnalysis) -> FaceInFrame:
        m = placement.matrix
        chin = m[:, :2] @ np.array(face.chin) + m[:, 2]
        eyes = m[:, :2] @ np.array(face.eye_mid) + m[:, 2]
        scale = math.sqrt(abs(float(np.linalg.det(m[:, :2]))))
        return cls(
            chin=(float(chin[0]), float(chin[1])),
            eyes=(float(eyes[0]), float(eyes[1])),
            head_px=placement.head_height * placement.size[1],
            face_w=FACE_WIDTH_PER_EYE_DISTANCE * face.inter_eye_distance * scale,
        )

    @property
    def centre_x(self) -> float:
        """The body's axis: halfway between the chin and the eyes."""
        return (self.chin[0] + self.eyes[0]) / 2

    @property
    def body_top(self) -> float:
        """The output row where the neck-and-shoulders zone starts."""
        return self.chin[1] + BODY.neck_from * self.head_px

    def body_half(self, ys: np.ndarray) -> np.ndarray:
        """Half-width of an average neck-and-shoulders outline at output rows `ys`."""
        t = np.clip((ys - self.body_top) / max(BODY.shoulder_at * self.head_px, 1.0), 0, 1)
        half: np.ndarray = self.face_w * (BODY.neck_half + (BODY.shoulder_half - BODY.neck_half) * np.sqrt(t))
        return half


def body_zone_points(placement: Placement, face: FaceAnalysis, rows: int = 24, cols: int = 24) -> np.ndarray:
    """Sample points (output px, N×2) of the neck-and-shoulders zone below the chin, clipped to
    the photo. Empty when the chin sits at the bottom edge."""
    width, height = placement.size
    f = FaceInFrame.of(placement, face)
    if f.body_top >= height:
        return np.zeros((0, 2))
    ys = np.linspace(f.body_top, height - 0.5, rows)
    half = f.body_half(ys)
    u = np.linspace(-1, 1, cols)
    xs = f.centre_x + half[:, None] * u[None, :]
    pts = np.stack([xs, np.broadcast_to(ys[:, None], xs.shape)], axis=-1).reshape(-1, 2)
    keep = (pts[:, 0] >= 0) & (pts[:, 0] < width)
    return pts[keep]


def body_uncovered(placement: Placement, face: FaceAnalysis, source_size: tuple[int, int]) -> float:
    """Share of the body zone that lies outside the source photo (and would have to be invented)."""
    pts = body_zone_points(placement, face)
    if len(pts) == 0:
        return 0.0
    return _outside(placement, pts, source_size)


def frame_uncovered(placement: Placement, source_size: tuple[int, int], steps: int = 16) -> float:
    """Share of the whole photo that lies outside the source photo."""
    width, height = placement.size
    xs, ys = np.meshgrid(np.linspace(0, width, steps), np.linspace(0, height, steps))
    pts = np.stack([xs.ravel(), ys.ravel()], axis=1)
    return _outside(placement, pts, source_size)


def _outside(placement: Placement, pts: np.ndarray, source_size: tuple[int, int]) -> float:
    inverse = np.linalg.inv(np.vstack([placement.matrix, [0, 0, 1]]))[:2]
    src = pts @ inverse[:, :2].T + inverse[:, 2]
    sw, sh = source_size
    tol = 1.0
    outside = (src[:, 0] < -tol) | (src[:, 0] > sw + tol) | (src[:, 1] < -tol) | (src[:, 1] > sh + tol)
    return float(outside.mean())


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
