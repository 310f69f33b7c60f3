"""Body completion: continue the person's own clothing to the photo's bottom and side edges.

Why: an ID photo shows the head and the top of the shoulders down to the bottom edge. When the
selfie ends near the shoulders, when the document asks for a large head, or when levelling a
tilted head swings a corner of the frame past the source, part of the body zone has no source
pixels. Filling it with the new background leaves a white band or a diagonal wedge across the
torso that everyone sees at once. A photographer would have framed the shoulders in; we do the
next best thing and continue what the selfie shows:

* the silhouette: each side's edge is followed down from the rows where it is a real edge (the
  source continues beyond it) and extrapolated below with its own slope, widened towards the
  shoulders' anatomical width (from the face width) the farther it has to be invented;
* the colour: the garment's colours spread into the gap by normalised convolution at three
  scales (near the seam the local colour, farther away the garment's broad colour), so stripes,
  lapels and a shirt collar fade into plain cloth rather than being smeared or mirrored; below
  the selfie's border its own colours go on, the garment's far (a jacket's hem as the jacket, not
  as a pale strip of the jacket-and-shirt average), a neckline's skin only a little way;
* the grain: a little noise with the garment's own fine-detail amplitude, so the new cloth is not
  plastic-smooth next to real fabric.

Only pixels that do not exist in the source are created; everything the selfie shows is kept.
How much was invented is reported (`Placement.body_invented`) and the checks ask for a retake
when it is a large part of the shoulders.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from scipy import ndimage  # type: ignore[import-untyped]  # scipy-stubs is not installed

from engine.context import FaceAnalysis, Placement
from engine.geometry import BODY, FaceInFrame
from engine.local_mean import local_mean

VALID = 0.99  # `inside` at or above this: the pixel comes from the source
SEAM_ROWS = 0.15  # head heights of reliable rows used to measure an edge's slope
MAX_SLOPE = 4.0  # px of widening per px down, at most (a shoulder's slope near the arm)
PRIOR_BLEND = 0.3  # head heights over which an extrapolated edge moves to the anatomical width
NOISE_SIGMA = 0.8
TOUCH_PX = 8  # px: a person ending this close to the source's side runs into it (the matte fades there)
FRAYED_PX = 4  # px inside the matte's edge along a cut shoulder that are redone as cloth
CUT_WINDOW = 0.08  # head heights: rows over which a shoulder must keep running into the source's side
THREAD_PX = 7  # px: matte thinner than this along the border is not followed as an outline
SEAM_PX = 5  # px beside the made-up part that are kept opaque where the outline says body
BORDER_BAND = 3  # px along the source's border that are completed rather than trusted
SIDE_SMOOTH = 6.0  # px: the border's colours carried on are smoothed this much
TEXTURE_SIGMA = 4.0  # px: what finer than this is the cloth's folds and weave
TEXTURE_LIMIT = 10.0  # × the weave's grain: stronger texture (letters, a chain, an edge) is not mirrored
TEXTURE_FADE = 0.04  # of the height: how far past the seam the selfie's own texture carries on
CONTINUE_FADE = 0.15  # of the height: below the seam its colours fade to the garment's over this
SKIN_CLOSE = 15  # px: gaps in the skin-coloured area this small (a neck's shadows) are skin
SKIN_FADE = 0.08  # of the height: below a neckline the selfie's skin gives way to the garment over this
BROAD_SMOOTH = 0.04  # of the height: how broadly the seam's colours are blurred further down
BROAD_FADE = 0.3  # of the height: past the seam, the blurred seam colours give way to the garment's
SEAM_SIGMA = 0.012  # of the height: how far below the seam the selfie's own colours carry on
NECK_TO = 0.2  # head heights below the chin where the neck has ended: the outline only widens below
TORSO_FROM = 0.3  # head heights below the chin: a body cut by the source's border here is a shoulder
SHOULDER_ABOVE_CHIN = 0.25  # head heights: a large head's shoulders meet the frame's side this high
OUT_SLOPE = 2.5  # px outwards per px down: a shoulder cut by the source's side slopes on to the frame's


@dataclass(frozen=True)
class Completion:
    alpha: np.ndarray
    foreground: np.ndarray
    created: np.ndarray  # bool mask of the pixels made up here
    share: float  # created pixels / pixels of the neck-and-shoulders zone below the chin


def _edges(person: np.ndarray, valid: np.ndarray, rows: range) -> tuple[np.ndarray, ...]:
    """Per row: the person's left/right extent inside the source and whether each edge is a real
    silhouette edge (the source goes on past it, or it is the frame's own edge)."""
    width = person.shape[1]
    n = len(rows)
    left, right = np.full(n, np.nan), np.full(n, np.nan)
    left_ok, right_ok = np.zeros(n, bool), np.zeros(n, bool)
    for i, y in enumerate(rows):
        cols = np.flatnonzero(person[y] & valid[y])
        if cols.size == 0:
            continue
        lo, hi = int(cols[0]), int(cols[-1])
        left[i], right[i] = lo, hi
        left_ok[i] = lo == 0 or bool(valid[y, max(0, lo - TOUCH_PX) : lo].all())
        right_ok[i] = hi == width - 1 or bool(valid[y, hi + 1 : hi + 1 + TOUCH_PX].all())
    return left, right, left_ok, right_ok


def _extend(
    edge: np.ndarray,
    ok: np.ndarray,
    prior: np.ndarray,
    sign: float,
    f: FaceInFrame,
    ys: np.ndarray,
    limit: float,
) -> tuple[np.ndarray, int]:
    """Target edge per row, and the first row of a shoulder cut by the source's side (-1: none).
    `sign` is -1 for the left edge (widening = moving left), +1 for the right; `limit` is the
    frame's edge on that side.

    A reliable row keeps its real edge. Below the last reliable row the edge goes on with its own
    slope (never narrowing), easing towards the anatomical outline `prior` when that is wider, so
    a sloping shoulder carries on sloping. Where the body keeps running into the source's side
    below the torso line (most rows of a short window: the matte frays along a border, so single
    rows do not count), that is a shoulder the selfie cut: from there down it slopes on outwards
    (`OUT_SLOPE`) to the frame's edge, so it is never sawn off in a vertical line at the selfie's
    border, and rows below it are part of it even where the matte stops short of the border."""

    def wider(a: float, b: float) -> float:
        return min(a, b) if sign < 0 else max(a, b)

    torso = f.chin[1] + TORSO_FROM * f.head_px
    neck_end = f.chin[1] + NECK_TO * f.head_px
    run = _cut_from(edge, ok, prior, sign, ys, torso, max(5, int(CUT_WINDOW * f.head_px)))
    if run >= 0:
        ok = ok.copy()
        ok[run:] = False
    out = np.array(prior, dtype=float)
    reliable = np.flatnonzero(ok)
    last = int(reliable[-1]) if reliable.size else -1
    slope = 0.0
    if reliable.size:
        window = reliable[reliable >= last - max(3, int(SEAM_ROWS * f.head_px))]
        if window.size >= 3:
            slope = float(np.polyfit(window.astype(float), edge[window], 1)[0])
        slope = float(np.clip(slope * sign, 0.0, MAX_SLOPE)) * sign
    prior_slope = np.gradient(prior) if prior.size > 1 else np.zeros_like(prior)
    blend_rows = max(1.0, PRIOR_BLEND * f.head_px)
    value = edge[last] if last >= 0 else prior[0]
    for i in range(edge.size):
        if ok[i]:
            out[i] = edge[i]
            continue
        cut = 0 <= run <= i and not np.isnan(edge[i])
        if ys[i] < f.body_top and not cut:  # above the neck zone only a cut shoulder is continued
            out[i] = f.centre_x if np.isnan(edge[i]) else edge[i]
            continue
        if i > last >= 0:  # below the real edge: its own slope, easing to the anatomical outline
            step = slope
            if sign * prior_slope[i] > sign * step:  # the shoulders widen faster than this edge
                step = 0.5 * (step + prior_slope[i])
            value = value + step
            w = min(1.0, (i - last) / blend_rows)
            target = (1 - w) * value + w * wider(value, prior[i])
            if not np.isnan(edge[i]):  # the person runs into the source's border: at least that
                target = wider(target, edge[i])
        elif np.isnan(edge[i]):
            target = prior[i]
        else:
            target = wider(edge[i], prior[i])
        if cut:  # a shoulder cut by the source's side slopes on outwards, to the frame's edge at most
            reach = edge[i] + sign * (TOUCH_PX + OUT_SLOPE * (ys[i] - ys[run] + 1.0))
            target = wider(target, max(reach, limit) if sign < 0 else min(reach, limit))
        if i > 0 and not ok[i - 1] and ys[i] >= neck_end:  # below the neck a body only widens
            target = wider(target, out[i - 1])
        out[i] = target
    return out, run


def _cut_from(
    edge: np.ndarray,
    ok: np.ndarray,
    prior: np.ndarray,
    sign: float,
    ys: np.ndarray,
    torso: float,
    window: int,
) -> int:
    """First row of a shoulder cut by the source's side: the body runs into that side on most
    rows of a `window` around it, and it is below the torso line or already wider than the
    anatomical outline there (a shoulder, or hair on it; not a neck). -1 when there is none."""
    touching = ~ok & ~np.isnan(edge)
    share = np.convolve(touching.astype(float), np.ones(window) / window, mode="same")
    with np.errstate(invalid="ignore"):
        shoulder = (ys >= torso) | (sign * (edge - prior) >= 0)
    rows = np.flatnonzero(touching & (share >= 0.5) & shoulder)
    return int(rows[0]) if rows.size else -1


PLAIN_GARMENT = (0.16, 0.17, 0.19)  # a dark plain top, when the selfie shows no clothing to continue
MIN_KNOWN = 0.001  # share of the frame that must show clothing to continue it
FULL_TRUST = 0.25  # local weight of known pixels at which their mean is trusted fully


def _cloth(
    foreground: np.ndarray, known: np.ndarray, seam: np.ndarray, skin: np.ndarray, height: int, seed: int
) -> np.ndarray:
    """The made-up pixels' colour: the garment's (`known`) broad colour, and right at the seam
    whatever the selfie shows there (`seam`: skin of a neckline included), so no straight edge
    runs across the chest where the selfie ends; `skin`: the face's skin colour (a neckline)."""
    source = foreground
    clothed = seam & ~skin  # the garment along the seam (none shown at all: a plain top is made up)
    if known.sum() < MIN_KNOWN * known.size:
        clothed = np.zeros_like(seam)
        foreground = np.broadcast_to(np.array(PLAIN_GARMENT, np.float32), foreground.shape).copy()
        known = np.ones(known.shape, bool)
    weight = known.astype(np.float32)
    fill, _ = local_mean(foreground, weight, 0.25 * height)
    for fraction in (0.08, 0.025):
        fill = _trusted(*local_mean(foreground, weight, fraction * height), fill)
    # the garment's own colours along the seam (a neckline's skin left out): what goes on further down
    garment = _trusted(*local_mean(source, clothed.astype(np.float32), SEAM_SIGMA * height), fill)
    edge, den = local_mean(source, seam.astype(np.float32), SEAM_SIGMA * height)
    fill = _trusted(edge, den, fill)
    detail = foreground - cv2.GaussianBlur(foreground, (0, 0), 1.5)
    # the fabric's own fine grain: a robust spread, so a print or a fold does not count as grain
    grain = float(np.clip(1.4826 * np.median(np.abs(detail[known])), 0.0, 0.03)) if known.any() else 0.0
    fill, mirrored = _continued(fill, edge, garment, seam & skin, seam, height, source, grain)
    if grain > 0:
        rng = np.random.default_rng(seed)
        noise: np.ndarray = cv2.GaussianBlur(
            rng.normal(0, 1, foreground.shape[:2]).astype(np.float32), (0, 0), NOISE_SIGMA
        )
        noise *= grain / max(float(noise.std()), 1e-6)
        fill = fill + (noise * (1.0 - mirrored))[:, :, None]  # where the selfie's own weave is not
    cloth: np.ndarray = np.clip(fill, 0, 1).astype(np.float32)
    return cloth


def _trusted(mean: np.ndarray, weight: np.ndarray, fallback: np.ndarray) -> np.ndarray:
    """A local mean where enough known pixels stood behind it (`weight` from `local_mean`), easing
    into `fallback` where too few did."""
    trust = np.clip(weight / FULL_TRUST, 0, 1)[:, :, None]
    blended: np.ndarray = trust * mean + (1 - trust) * fallback
    return blended


def _continued(
    fill: np.ndarray,
    edge: np.ndarray,
    garment: np.ndarray,
    bare: np.ndarray,
    seam: np.ndarray,
    height: int,
    source: np.ndarray,
    grain: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Cloth next to the selfie's border carries the border's own colours on: a jacket cut by
    the selfie's side or bottom goes on as the same jacket, not as the garment's average (a dark
    suit over a white shirt would turn into a grey band). Beside the seam this holds all the way
    to the frame's edge; below it, the border's exact colours fade over `CONTINUE_FADE` of the
    height (a neckline's skin over `SKIN_FADE`) into the `garment`'s colours along the seam,
    broadly blurred, and those over `BROAD_FADE` into `fill`, the garment's broad colour, so long
    completions do not turn into streaks.

    Right at the seam the cloth's own folds and weave go on too, mirrored across the seam and
    fading within `TEXTURE_FADE` of the height: a smooth strip under a creased T-shirt shows its
    seam as a line. Only texture of about the weave's strength is mirrored: a print's letters, a
    necklace or a lapel's edge are many times stronger and are left out (they would be doubled).
    Returns the cloth and how much of the selfie's texture each pixel got."""
    if not seam.any() or seam.all():
        return fill, np.zeros(seam.shape, np.float32)
    distance, (iy, ix) = ndimage.distance_transform_edt(~seam, return_indices=True)
    rows, cols = np.indices(seam.shape)
    dy, dx = np.abs(iy - rows).astype(np.float32), np.abs(ix - cols).astype(np.float32)
    across = dx / np.maximum(dx + dy, 1.0)  # 1 for a pixel straight beside the seam
    # a neckline's skin ends a little below the seam; the garment's colours carry on further
    skin = cv2.GaussianBlur(bare[iy, ix].astype(np.float32), (0, 0), SIDE_SMOOTH)
    reach = np.where(skin > 0.5, SKIN_FADE, CONTINUE_FADE) * height
    reach = cv2.GaussianBlur(reach.astype(np.float32), (0, 0), SIDE_SMOOTH)
    near = np.exp(-distance.astype(np.float32) / reach)
    weight = np.maximum(across, near)[:, :, None]
    nearest = cv2.GaussianBlur(edge[iy, ix], (0, 0), SIDE_SMOOTH)  # no row-by-row streaks
    # further down, the garment's colours along the seam, blurred broadly: a jacket's lower edge
    # goes on as the jacket and a shirt's as the shirt (the garment's average would lighten a
    # jacket's hem into a pale strip), a neckline's skin does not run on down the chest; only a
    # long way past the seam does the garment's own average take over
    broad = cv2.GaussianBlur(garment[iy, ix], (0, 0), BROAD_SMOOTH * height)
    far = np.exp(-distance.astype(np.float32) / (BROAD_FADE * height))[:, :, None]
    base = far * broad + (1 - far) * fill
    out: np.ndarray = weight * nearest + (1 - weight) * base
    h, w = seam.shape
    ry, rx = np.clip(2 * iy - rows, 0, h - 1), np.clip(2 * ix - cols, 0, w - 1)
    # the person's own smooth shade, from its own pixels only (the border's and the wall's would
    # leave their edge in the texture, a line along the seam)
    shade, _ = local_mean(source, seam.astype(np.float32), TEXTURE_SIGMA)
    texture = (source - shade)[ry, rx]
    limit = TEXTURE_LIMIT * max(grain, 1e-3)
    strength = np.linalg.norm(texture, axis=2) / limit
    fade = np.exp(-distance.astype(np.float32) / (TEXTURE_FADE * height)) * seam[ry, rx]
    out = out + texture * (fade / (1.0 + strength * strength))[:, :, None]
    return out, fade.astype(np.float32)


def complete_body(
    alpha: np.ndarray,
    foreground: np.ndarray,
    inside: np.ndarray,
    placement: Placement,
    face: FaceAnalysis,
    skin: np.ndarray | None = None,
) -> Completion:
    """Continue the body into the part of the frame the source does not cover (see module doc)."""
    height, width = alpha.shape
    skin = _skin_like(foreground, skin) if skin is not None else np.zeros_like(alpha, bool)
    f = FaceInFrame.of(placement, face)
    # from the mouth down: a suit's shoulders can meet the selfie's side above the neck zone
    start = int(max(0, min(f.body_top, f.chin[1] - SHOULDER_ABOVE_CHIN * f.head_px)))
    none = np.zeros_like(alpha, bool)
    valid = inside >= VALID
    if start >= height or valid[start:].all():
        return Completion(alpha, foreground, none, 0.0)
    rows = range(start, height)
    ys = np.arange(start, height, dtype=float)
    # opened: a thread of matte along the selfie's own border (its last, interpolated rows) is
    # not an outline to follow; it would draw a ledge or a spike
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (THREAD_PX, THREAD_PX))
    person = cv2.morphologyEx((alpha > 0.5).astype(np.uint8), cv2.MORPH_OPEN, kernel).astype(bool)
    left, right, left_ok, right_ok = _edges(person, valid, rows)
    half = f.body_half(ys)
    target_left, cut_left = _extend(left, left_ok, f.centre_x - half, -1.0, f, ys, -0.5)
    target_right, cut_right = _extend(right, right_ok, f.centre_x + half, 1.0, f, ys, width - 0.5)
    xs = np.arange(width, dtype=np.float32)[None, :]
    # soft sides: one pixel of feather, like the matte's own edge
    body = np.clip(xs - target_left[:, None] + 0.5, 0, 1) * np.clip(target_right[:, None] - xs + 0.5, 0, 1)
    target = np.zeros_like(alpha)
    target[start:] = np.nan_to_num(body).astype(np.float32)
    # the source's last pixels are unreliable: interpolated with the replicated edge, and the
    # person models fade out there (a thin line of background along the seam): made up too
    band = 2 * BORDER_BAND + 1
    solid = cv2.erode(valid.astype(np.uint8), np.ones((band, band), np.uint8)).astype(bool)
    # along a cut shoulder the matte frays or stops short of the source's side: what lies
    # between its edge and the side is completed like what lies beyond, so the continued
    # shoulder joins the selfie's own
    beside = np.zeros_like(solid)
    if cut_left >= 0:  # (the matte's own last pixels there carry the old background's colour)
        lo = np.nan_to_num(left[cut_left:], nan=-1.0)[:, None] + FRAYED_PX
        beside[start + cut_left :] |= xs < lo
    if cut_right >= 0:
        hi = np.nan_to_num(right[cut_right:], nan=float(width))[:, None] - FRAYED_PX
        beside[start + cut_right :] |= xs > hi
    trusted = solid & ~beside
    missing = np.where(trusted, 0.0, np.maximum(target - alpha * trusted, 0.0)).astype(np.float32)
    created = missing > 0.01
    if not created.any():
        return Completion(alpha, foreground, none, 0.0)
    wide = 2 * THREAD_PX + 1
    near_border = ~cv2.erode(valid.astype(np.uint8), np.ones((wide, wide), np.uint8)).astype(bool)
    edge_zone = cv2.dilate(person.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)  # its soft edge
    thread = (alpha > 0.02) & ~edge_zone & near_border
    thread[:start] = False
    alpha = np.where(thread, 0.0, alpha).astype(np.float32)
    clothes_from = int(min(height - 1, f.chin[1] + BODY.shoulder_at * 0.6 * f.head_px))
    known = (alpha > 0.95) & trusted & ~skin
    below = known.copy()
    below[:clothes_from] = False
    if below.sum() >= 0.002 * alpha.size:
        known = below
    else:
        known[:start] = False
    seam = (alpha > 0.95) & trusted  # (what is redone along a cut shoulder is not a source)
    seam[:start] = False
    cloth = _cloth(foreground, known, seam, skin, height, seed=int(width * 7919 + height))
    new_alpha = np.where(created, np.clip(alpha * trusted + missing, 0.0, 1.0), alpha)
    # the selfie's own pixels beside the seam, inside the completed outline, stay opaque: the
    # models fade out towards the source's border, which would leave a light line along the seam
    seam_side = cv2.dilate(created.astype(np.uint8), np.ones((SEAM_PX, SEAM_PX), np.uint8)).astype(bool)
    new_alpha = np.where(seam_side & ~created, np.maximum(new_alpha, target), new_alpha)
    weight = np.where(created, missing / np.maximum(new_alpha, 1e-6), 0.0)[:, :, None]
    new_fg = foreground * (1 - weight) + cloth * weight
    zone = _zone_pixels(f, height, width)
    share = float((created & zone).sum() / max(int(zone.sum()), 1))
    return Completion(new_alpha.astype(np.float32), new_fg.astype(np.float32), created, share)


def _skin_like(foreground: np.ndarray, face_skin: np.ndarray) -> np.ndarray:
    """Pixels of the face's own skin colour (neck, chest): never the garment to continue."""
    if not face_skin.any():
        return np.zeros(face_skin.shape, bool)
    lab = cv2.cvtColor(foreground.astype(np.float32), cv2.COLOR_RGB2LAB)
    ref = np.median(lab[face_skin], axis=0)
    spread = np.maximum(np.percentile(np.abs(lab[face_skin] - ref), 80, axis=0), [6.0, 4.0, 4.0])
    like = (np.abs(lab - ref) <= 1.6 * spread).all(axis=-1).astype(np.uint8)
    # closed: a neck's shadowed spots are skin too, not specks of garment to carry down the chest
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (SKIN_CLOSE, SKIN_CLOSE))
    return np.asarray(cv2.morphologyEx(like, cv2.MORPH_CLOSE, kernel), bool)


def _zone_pixels(f: FaceInFrame, height: int, width: int) -> np.ndarray:
    """The neck-and-shoulders zone (the one geometry scores) as a pixel mask."""
    start = int(max(0, f.body_top))
    zone = np.zeros((height, width), bool)
    if start >= height:
        return zone
    ys = np.arange(start, height, dtype=float)
    half = f.body_half(ys)
    xs = np.arange(width)[None, :]
    zone[start:] = np.abs(xs - f.centre_x) <= half[:, None]
    return zone
