"""The artifact audit: measures, on each rendered photo, the defects a person sees at once.

Why: a photo can sit inside every millimetre of the spec and still look wrong: a white band or
a wedge of background across the torso, the new background showing through a hole at the ear,
a blob of the old background floating beside the head, a tint from a saturated shirt in the
hair, a dirty ring around the person. Each is measured here on the final matte and pixels, with
pass/fail, and goes into report.json under "audit". A photo that fails is never sold: the
preview warns, and a paid render that fails is refunded like an out-of-spec file
(payments/measurement.py reads the same report).

Thresholds were set by looking at the gallery's contact sheets (bench/quality.py): each is the
value past which the defect is visible at the photo's own size.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from scipy import ndimage  # type: ignore[import-untyped]  # scipy-stubs is not installed

from engine.context import CheckResult, Context, Status
from engine.geometry import FaceInFrame
from engine.local_mean import local_mean
from engine.matting.cleanup import head_zone
from engine.warp import source_coverage

BOTTOM_ROWS = 0.02  # the bottom rows examined, fraction of the height
TORSO_SPAN = 0.7  # of the average shoulders' half-width: slim shoulders and children still fill it
MIN_BOTTOM_COVER = 0.97  # share of the bottom rows within the shoulders' span the person must cover
MAX_HOLE = 0.0002  # share of the frame: background inside the head/neck zone
MIN_BLOB = 0.0005  # share of the frame: a detached solid region this large is a visible blob
MAX_SPILL = 8.0  # a*b* units the hair edge is pulled towards the old background, 90th percentile
SPILL_WHAT = "hair-edge colour pulled towards the old background (a*b* units, 90th percentile)"
RING_INNER, RING_OUTER = 0.006, 0.03  # ring around the person, fraction of the height
MAX_RING_DIRTY = 0.03  # share of the ring visibly off the background colour
DIRTY_DELTA_E = 12.0
SIDES_FROM = 0.1  # head heights below the chin: rows where a shoulder cut by the selfie's edge shows
MAX_SIDE_CUT = 0.25  # share of those rows where the person ends at the selfie's edge before the frame's
SIDE_GAP = 0.02  # of the width: uncovered frame beyond the selfie's edge that makes a cut visible
VISIBLE_DELTA_E = 20.0  # the cut-off edge's colour this far from the background's: the cut shows


@dataclass(frozen=True)
class AuditItem:
    id: str
    value: float
    limit: float
    passed: bool
    what: str

    def to_dict(self) -> dict[str, object]:
        return {
            "value": round(self.value, 4),
            "limit": self.limit,
            "status": (Status.passed if self.passed else Status.fail).value,
            "what": self.what,
        }


def audit(ctx: Context, photo: np.ndarray, source: np.ndarray) -> list[AuditItem]:
    """Every audit item for a rendered context with a replaced background; [] otherwise (a kept
    background is the selfie's own pixels, cropped: nothing was cut out or made up). `photo`
    is the composite before any preview watermark, `source` the laid-out selfie pixels."""
    if ctx.alpha is None or ctx.placement is None or ctx.face is None:
        return []
    alpha = ctx.alpha
    zone = head_zone(ctx.placement, ctx.face)
    main, others = _components(alpha, zone.face_point)
    return [
        _bottom(alpha, ctx),
        _holes(main, zone.mask),
        _blobs(others, alpha.size),
        _spill(ctx, alpha, photo, source),
        _ring(photo, alpha, ctx.background_rgb),
        _sides(alpha, photo, ctx),
    ]


def audit_check(items: list[AuditItem]) -> CheckResult | None:
    """The audit as one check the user sees before paying (id "cutout"): failing items listed."""
    if not items:
        return None
    failed = [i.id for i in items if not i.passed]
    return CheckResult(
        id="cutout",
        title="Clean cut-out",
        status=Status.fail if failed else Status.passed,
        measured=", ".join(failed) if failed else "ok",
        allowed="person to the bottom edge, no holes, no background pieces, no colour tint, clean edge",
        tip="Stand in front of a plain, light wall, with nothing behind your head, and step back a little.",
    )


def _components(alpha: np.ndarray, point: tuple[int, int]) -> tuple[np.ndarray, list[int]]:
    solid = (alpha > 0.5).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=8)
    label = labels[point[1], point[0]]
    if label == 0 and count > 1:
        label = int(np.argmax(stats[1:, 4]) + 1)
    others = [int(stats[i, 4]) for i in range(1, count) if i != label]
    return labels == label, others


def _bottom(alpha: np.ndarray, ctx: Context) -> AuditItem:
    assert ctx.placement is not None and ctx.face is not None
    height, width = alpha.shape
    f = FaceInFrame.of(ctx.placement, ctx.face)
    # the torso's core at the bottom row: from the neck (a tall head leaves only the neck and
    # the top of the shoulders in frame) to the shoulders; covered in any head-and-shoulders photo
    half = float(f.body_half(np.array([float(height)]))[0]) * TORSO_SPAN
    x0, x1 = max(0, round(f.centre_x - half)), min(width, round(f.centre_x + half))
    rows = max(2, round(BOTTOM_ROWS * height))
    if f.chin[1] >= height - rows or x1 <= x0:
        cover = 1.0  # the chin is at the bottom edge: no body to cover
    else:
        cover = float((alpha[height - rows :, x0:x1] > 0.5).mean())
    return AuditItem(
        "bottom_coverage",
        cover,
        MIN_BOTTOM_COVER,
        cover >= MIN_BOTTOM_COVER,
        "share of the bottom rows, within the shoulders' span, covered by the person",
    )


def _sides(alpha: np.ndarray, photo: np.ndarray, ctx: Context) -> AuditItem:
    """Shoulders cut straight by the selfie's own edge: where the selfie is narrower than the
    frame, the person stops in a vertical line at its edge and the new background fills the rest
    of the row, as if the shoulders had been sawn off (a tight selfie of a broad-shouldered man).
    Rows count where the cut shows: the clothing or hair there is not the background's colour
    (a white shirt cut on a white background is invisible)."""
    assert ctx.placement is not None and ctx.face is not None and ctx.image is not None
    height, width = alpha.shape
    f = FaceInFrame.of(ctx.placement, ctx.face)
    start = max(0, round(f.chin[1] + SIDES_FROM * f.head_px))
    if start >= height - 2:
        return AuditItem("shoulders_sawn", 0.0, MAX_SIDE_CUT, True, _SIDES_WHAT)
    inside = source_coverage(ctx.placement.matrix, (width, height), (ctx.image.width, ctx.image.height)) > 0.5
    person = alpha[start:] > 0.5
    valid = inside[start:]
    lab = cv2.cvtColor(photo[start:], cv2.COLOR_RGB2LAB).astype(np.float32)
    wall = np.array(ctx.background_rgb or (255, 255, 255), np.uint8)[None, None, :]
    wall_lab = cv2.cvtColor(wall, cv2.COLOR_RGB2LAB).astype(np.float32)[0, 0]
    shows = (
        np.linalg.norm((lab - wall_lab) * np.array([100 / 255, 1, 1], np.float32), axis=2) > VISIBLE_DELTA_E
    )
    gap = max(2, round(SIDE_GAP * width))
    worst = 0.0
    for flip in (False, True):  # the image-right side, then the image-left one mirrored
        p = person[:, ::-1] if flip else person
        v = valid[:, ::-1] if flip else valid
        seen = shows[:, ::-1] if flip else shows
        cut = 0
        for row_p, row_v, row_s in zip(p, v, seen, strict=True):
            cols = np.flatnonzero(row_p & row_v)
            if cols.size == 0:
                continue
            edge = int(cols[-1])
            beyond_source = ~row_v[edge + 1 :]
            if edge + 4 > width or not beyond_source[:3].any():
                continue  # the person ends inside the selfie, or at the frame's own edge
            if row_p[edge + 1 : edge + 1 + gap].all():
                continue  # completion carries the outline on past the selfie's edge
            uncovered = int((~row_p[edge + 1 :]).sum())
            cut += uncovered >= gap and bool(row_s[max(0, edge - 2) : edge + 1].all())
        worst = max(worst, cut / len(p))
    return AuditItem("shoulders_sawn", worst, MAX_SIDE_CUT, worst <= MAX_SIDE_CUT, _SIDES_WHAT)


_SIDES_WHAT = "share of the shoulder rows where the person stops at the selfie's edge, short of the frame's"


def _holes(main: np.ndarray, zone: np.ndarray) -> AuditItem:
    enclosed = ndimage.binary_fill_holes(main) & ~main
    share = float((enclosed & zone).sum() / main.size)
    return AuditItem(
        "holes",
        share,
        MAX_HOLE,
        share <= MAX_HOLE,
        "background enclosed by the head or neck (share of the frame)",
    )


def _blobs(others: list[int], size: int) -> AuditItem:
    big = [n for n in others if n >= MIN_BLOB * size]
    return AuditItem(
        "detached_blobs",
        float(len(big)),
        0,
        not big,
        f"solid regions not connected to the person, larger than {MIN_BLOB:.2%} of the frame",
    )


def _spill(ctx: Context, alpha: np.ndarray, photo: np.ndarray, source: np.ndarray) -> AuditItem:
    """How far the hair-edge colour is pulled towards the old background's colour (in a*b*):
    the edge's chroma offset from the solid hair beside it, projected on the direction from that
    hair to the old background next to it. A blue backdrop left in grey hair, a yellow wall in
    blonde strands score high; a lighter, darker or greyer edge (plain anti-aliasing) does not."""
    assert ctx.placement is not None and ctx.face is not None
    height = alpha.shape[0]
    f = FaceInFrame.of(ctx.placement, ctx.face)
    edge = (alpha > 0.3) & (alpha < 0.85)
    # the hair around the head down to the mouth; below it the neck and collar (an outfit's seam)
    edge[int(max(0, (f.eyes[1] + f.chin[1]) / 2)) :] = False
    sigma = max(2.0, 0.01 * height)
    # the colour each pixel shows for the person in the delivered photo: F = (I − (1−α)·bg) / α
    bg = np.asarray(ctx.background_rgb or (255, 255, 255), np.float32) / 255.0
    a = np.maximum(alpha, 0.3)[:, :, None]
    shown = np.clip((photo.astype(np.float32) / 255.0 - (1 - a) * bg) / a, 0, 1)
    lab = cv2.cvtColor(shown.astype(np.float32), cv2.COLOR_RGB2LAB)
    old = cv2.cvtColor(source.astype(np.float32) / 255.0, cv2.COLOR_RGB2LAB)
    hair, hair_w = local_mean(lab, (alpha > 0.97).astype(np.float32), sigma)
    back, back_w = local_mean(old, (alpha < 0.02).astype(np.float32), 2 * sigma)
    pick = edge & (hair_w > 0.05) & (back_w > 0.05)
    if pick.sum() < 20:
        return AuditItem("colour_spill", 0.0, MAX_SPILL, True, SPILL_WHAT)
    offset = lab[pick][:, 1:] - hair[pick][:, 1:]
    towards = back[pick][:, 1:] - hair[pick][:, 1:]
    norm = np.linalg.norm(towards, axis=1)
    reach = norm > 6.0  # a background of the hair's own hue cannot tint it
    if reach.sum() < 20:
        return AuditItem("colour_spill", 0.0, MAX_SPILL, True, SPILL_WHAT)
    pull = (offset[reach] * towards[reach]).sum(axis=1) / norm[reach]
    value = float(np.percentile(np.maximum(pull, 0.0), 90))
    return AuditItem("colour_spill", value, MAX_SPILL, value <= MAX_SPILL, SPILL_WHAT)


def _ring(photo: np.ndarray, alpha: np.ndarray, colour: tuple[int, int, int] | None) -> AuditItem:
    """Pixels around the person (outside its solid part) that are visibly not the background."""
    what = "share of a ring around the person visibly off the background colour"
    if colour is None:
        return AuditItem("background_ring", 0.0, MAX_RING_DIRTY, True, what)
    height = alpha.shape[0]
    person = (alpha > 0.5).astype(np.uint8)

    def grown(fraction: float) -> np.ndarray:
        r = max(1, round(fraction * height))
        return cv2.dilate(
            person, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * r + 1, 2 * r + 1))
        ).astype(bool)

    ring = grown(RING_OUTER) & ~grown(RING_INNER)
    if not ring.any():
        return AuditItem("background_ring", 0.0, MAX_RING_DIRTY, True, what)
    lab = cv2.cvtColor(photo[ring][None].astype(np.float32) / 255.0, cv2.COLOR_RGB2LAB)[0]
    ref = cv2.cvtColor(np.array([[colour]], np.float32) / 255.0, cv2.COLOR_RGB2LAB)[0, 0]
    dirty = float((np.linalg.norm(lab - ref, axis=1) > DIRTY_DELTA_E).mean())
    return AuditItem("background_ring", dirty, MAX_RING_DIRTY, dirty <= MAX_RING_DIRTY, what)
