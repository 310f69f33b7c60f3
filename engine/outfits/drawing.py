"""Draws an outfit from its catalogue entry: shirt or top, collar, tie, jacket with lapels, buttons.

Every part is a vector outline (engine/outfits/shapes.py) built from the outfit's anchors and
style fields, painted back to front with its fabric shading (engine/outfits/fabric.py) and a soft
drop shadow onto what lies under it. The result is three layers in template space:

* front: the garment as seen (premultiplied RGB + coverage), with the neck opening cut out;
* back: the inside of the garment (back of the collar) that shows through the opening where the
  person's neck does not cover it;
* spare: the same cloth continuing a little above the shoulder outline; the compositor shows it
  only where the person's own shoulders reach higher than the template's (or lie under hair),
  so the garment follows the real silhouette and no original clothing is left uncovered;
* opening: where the neck (and, in open necklines, the chest skin) may show; it reaches the top
  edge so that, once warped, it is the whole column above the collar.

`GarmentCache` renders on demand at the scale a photo needs (quantised, so nearby sizes share one
raster) and keeps the most recent few; nothing large is stored in the repository.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from engine.outfits.catalogue import CollarStyle, Fabric, Jacket, Outfit, Shirt, Tie, Top
from engine.outfits.fabric import colour_field, form, hex_rgb, relief, ridges, sheen, texture
from engine.outfits.shapes import EXTENT, Canvas, bezier, line, mirror, path, smooth, symmetric

BOTTOM = EXTENT[3] + 0.2  # outlines run past the raster's bottom edge
SPARE_HEIGHT = 0.4  # units of cloth kept above the shoulder outline for taller shoulders (none at the neck)
SPARE_WIDTH = 0.35  # units of cloth kept beside the sleeves for broader arms
SPARE_NECK = 0.3  # fraction of SPARE_HEIGHT kept at the collar corners (a higher trapezius)
SCALE_STEPS_PER_OCTAVE = 4  # render scales are 2^(k/4) px per unit: ≤ 19 % above what is needed
MIN_SCALE, MAX_SCALE = 24.0, 2048.0
Fold = tuple[np.ndarray, float, float]  # path (units), width (units), depth (units; < 0 = crease)


@dataclass(frozen=True)
class GarmentLayers:
    scale: float  # px per template unit
    front: np.ndarray  # H×W×4 uint8: premultiplied RGB + coverage
    back: np.ndarray  # H×W×4 uint8: premultiplied RGB + coverage (inside of the garment)
    spare: np.ndarray  # H×W×4 uint8: the same cloth continuing above the outline (see `_spare`)
    opening: np.ndarray  # H×W uint8: the neck opening, closed upwards to the top edge

    @property
    def nbytes(self) -> int:
        return self.front.nbytes + self.back.nbytes + self.spare.nbytes + self.opening.nbytes


class GarmentCache:
    """Rendered garments by (outfit, scale step); least recently used dropped past `max_bytes`."""

    def __init__(self, max_bytes: int = 160 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[tuple[str, float], GarmentLayers] = OrderedDict()

    def get(self, outfit: Outfit, scale: float) -> GarmentLayers:
        step = quantise_scale(scale)
        key = (outfit.model_dump_json(), step)
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key]
        layers = draw(outfit, step)
        self._items[key] = layers
        while len(self._items) > 1 and sum(v.nbytes for v in self._items.values()) > self.max_bytes:
            self._items.popitem(last=False)
        return layers

    def __len__(self) -> int:
        return len(self._items)


def quantise_scale(scale: float) -> float:
    """The render scale for a needed scale: the next step up, so the warp only ever shrinks a little."""
    scale = min(max(scale, MIN_SCALE), MAX_SCALE)
    k = math.ceil(math.log2(scale) * SCALE_STEPS_PER_OCTAVE - 1e-9)
    return float(2 ** (k / SCALE_STEPS_PER_OCTAVE))


# --- the painter ----------------------------------------------------------------------------------


class _Painter:
    """Back-to-front compositing of opaque parts, each on its own window of the canvas, with a soft
    drop shadow (light from the upper left) onto whatever is already there."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        w, h = canvas.size
        self.rgb = np.zeros((h, w, 3), np.float32)  # premultiplied by alpha
        self.alpha = np.zeros((h, w), np.float32)
        self.spare = np.zeros((h, w, 4), np.float32)  # premultiplied RGB + coverage

    def paint(
        self, win: Canvas, mask: np.ndarray, rgb: np.ndarray, shadow: float = 0.0, reach: float = 0.02
    ) -> None:
        region = win.region
        below: np.ndarray = self.rgb[region]
        if shadow > 0:
            cast = win.blur(win.shift(mask, 0.45 * reach, reach), reach)
            below = below * (1.0 - shadow * cast)[:, :, None]
        m = mask[:, :, None]
        self.rgb[region] = rgb * m + below * (1.0 - m)
        self.alpha[region] = mask + self.alpha[region] * (1.0 - mask)

    def extend(self, outline: np.ndarray, rgb: np.ndarray, opening: np.ndarray, frame: _Frame) -> None:
        """Record the cloth `rgb` (full canvas) for a band around `outline` in the spare layer:
        higher over the shoulders and wider at the sleeves, least at the collar (the neckline is
        the garment's own; mostly shoulders and sleeves adapt to the person's silhouette)."""
        c = self.canvas
        ax = np.abs(outline[:, 0])
        up = (SPARE_NECK + (1.0 - SPARE_NECK) * _smooth01((ax - frame.neck) / 0.4)) * SPARE_HEIGHT
        out = _smooth01((ax - 0.95 * frame.shoulder) / 0.2) * SPARE_WIDTH * np.sign(outline[:, 0])
        grown = outline + np.stack([out, -up], axis=1)
        # the band overlaps the outline itself, so where both show the seam is cloth over cloth
        band = np.maximum(c.fill(grown), c.fill(outline)) * (1.0 - opening)
        m = band[:, :, None]
        self.spare[:, :, :3] = rgb * m + self.spare[:, :, :3] * (1.0 - m)
        self.spare[:, :, 3] = band + self.spare[:, :, 3] * (1.0 - band)

    def darken(self, win: Canvas, mask: np.ndarray, amount: float) -> None:
        self.rgb[win.region] *= (1.0 - amount * mask)[:, :, None]

    def premultiplied(self) -> np.ndarray:
        return _to_uint8(np.dstack([self.rgb, self.alpha]))

    def spare_premultiplied(self) -> np.ndarray:
        return _to_uint8(self.spare)


def _smooth01(t: np.ndarray) -> np.ndarray:
    t = np.clip(t, 0.0, 1.0)
    smooth: np.ndarray = t * t * (3.0 - 2.0 * t)
    return smooth


def _to_uint8(values: np.ndarray) -> np.ndarray:
    return np.clip(values * 255.0 + 0.5, 0, 255).astype(np.uint8)


@dataclass(frozen=True)
class _Frame:
    """Outfit-derived measurements the part outlines are built from (template units)."""

    neck: float  # half-width of the collar at the neck
    collar_y: float  # height of the collar corners
    shoulder_y: float
    shoulder: float  # half-width between the shoulder points
    opening: np.ndarray  # the neck opening's lower edge, left to right
    depth: float  # lowest point of the opening

    @classmethod
    def of(cls, outfit: Outfit) -> _Frame:
        a = outfit.anchors
        return cls(
            neck=(a.collar_right[0] - a.collar_left[0]) / 2,
            collar_y=(a.collar_left[1] + a.collar_right[1]) / 2,
            shoulder_y=(a.shoulder_left[1] + a.shoulder_right[1]) / 2,
            shoulder=a.shoulder_half_width,
            opening=np.asarray(outfit.neck_opening, np.float64),
            depth=outfit.opening_depth(),
        )

    @property
    def open_neck(self) -> bool:
        return self.depth > 0.08

    def opening_polygon(self) -> np.ndarray:
        """The opening closed upwards past the raster's top edge."""
        top = EXTENT[1] - 0.5
        left, right = self.opening[0], self.opening[-1]
        return np.vstack([self.opening, [[right[0], top], [left[0], top]]])

    def opening_left_half(self) -> np.ndarray:
        """The opening's lower edge from the left collar corner to its lowest centre point."""
        centre = int(np.argmax(self.opening[:, 1] - 1e-6 * np.abs(self.opening[:, 0])))
        return self.opening[: centre + 1]

    def opening_y(self, x: float) -> float:
        """Height of the opening's lower edge at `x`."""
        return float(np.interp(x, self.opening[:, 0], self.opening[:, 1]))


def draw(outfit: Outfit, scale: float) -> GarmentLayers:
    """Render `outfit` at `scale` px per template unit."""
    canvas = Canvas(scale)
    frame = _Frame.of(outfit)
    painter = _Painter(canvas)
    opening = canvas.fill(frame.opening_polygon())
    seed = sum(map(ord, outfit.id))
    if outfit.shirt is not None:
        _shirt(painter, frame, outfit.shirt, opening, seed, under_jacket=outfit.jacket is not None)
        if outfit.tie is not None:
            _tie_blade(painter, outfit.tie, seed)
        _collar(painter, frame, outfit.shirt, seed, tie=outfit.tie is not None)
        if outfit.tie is not None:
            _tie_knot(painter, outfit.tie, seed)
    if outfit.top is not None:
        _top(painter, frame, outfit.top, opening, seed)
    if outfit.jacket is not None:
        _jacket(painter, frame, outfit.jacket, seed)
    return GarmentLayers(
        scale=scale,
        front=painter.premultiplied(),
        back=_back(canvas, frame, outfit),
        spare=painter.spare_premultiplied(),
        opening=_to_uint8(opening),
    )


# --- outlines and shading ----------------------------------------------------------------------------

_LIFT = {"jacket": 0.23, "shirt": 0.19, "knit": 0.17}  # shoulder top above the shoulder point
_FLARE = {"jacket": 1.29, "shirt": 1.25, "knit": 1.22}  # outer edge of the sleeve at the shoulder


def _shoulder_top(frame: _Frame, kind: str) -> tuple[float, float]:
    return (-frame.shoulder * (1.04 if kind == "jacket" else 1.0), frame.shoulder_y - _LIFT[kind])


def _torso(frame: _Frame, kind: str) -> np.ndarray:
    """Body outline (shoulders, sleeves, down past the bottom): squarer for a jacket, softer for knit."""
    n, cy, sy, sw = frame.neck, frame.collar_y, frame.shoulder_y, frame.shoulder
    flare = _FLARE[kind]
    start = (-n, cy)
    top = _shoulder_top(frame, kind)
    side = (-sw * flare, sy + 0.16)
    square = 0.16 if kind == "jacket" else 0.09
    half = path(
        bezier(start, (-n - 0.22, cy + 0.07), (top[0] + 0.38, top[1] - 0.03), top),
        bezier(top, (top[0] - square, top[1] + 0.005), (side[0] + 0.02, side[1] - 0.2), side),
        bezier(side, (side[0] - 0.03, sy + 0.7), (-sw * (flare + 0.06), 1.9), (-sw * (flare + 0.08), BOTTOM)),
        line((-sw * (flare + 0.08), BOTTOM), (0.0, BOTTOM)),
    )
    return symmetric(half)


def _both(half: np.ndarray) -> list[np.ndarray]:
    """A left-side path and its mirror image (for folds and seams)."""
    other = half.copy()
    other[:, 0] *= -1
    return [half, other]


def _arm_folds(frame: _Frame, kind: str) -> list[Fold]:
    """Armhole seam, the crease where the hanging arm meets the body, and armpit drape."""
    tx, ty = _shoulder_top(frame, kind)
    folds: list[Fold] = []
    for sign in (1.0, -1.0):
        s = np.array([sign, 1.0])
        seam = bezier((tx + 0.05, ty + 0.01), (tx + 0.08, ty + 0.3), (tx + 0.09, 0.7), (tx + 0.07, 1.05)) * s
        crease = bezier((tx + 0.07, 1.0), (tx + 0.05, 1.5), (tx + 0.02, 2.2), (tx, BOTTOM)) * s
        drape = bezier((tx + 0.12, 0.85), (tx + 0.3, 1.0), (tx + 0.45, 1.2), (tx + 0.55, 1.45)) * s
        folds += [(seam, 0.025, -0.010), (crease, 0.035, -0.014), (drape, 0.09, 0.010)]
    return folds


def _shade(
    win: Canvas,
    colour: str,
    fabric: Fabric,
    seed: int,
    folds: list[Fold],
    shape: np.ndarray | None = None,
    gloss: float = 0.0,
) -> np.ndarray:
    """RGB of one part: colour × body form × fold relief × fabric texture (+ sheen)."""
    height = ridges(win, folds)
    shade = (form(win) if shape is None else shape) * relief(win, height, 1.0)
    shade *= texture(win, fabric, seed)
    highlight = sheen(win, height, gloss) if gloss else None
    return colour_field(hex_rgb(colour), shade, highlight)


# --- parts -----------------------------------------------------------------------------------------


def _shirt(
    p: _Painter, frame: _Frame, shirt: Shirt, opening: np.ndarray, seed: int, under_jacket: bool
) -> None:
    canvas = p.canvas
    outline = _torso(frame, "shirt")
    body = canvas.fill(outline) * (1.0 - opening)
    folds = _arm_folds(frame, "shirt") if not under_jacket else []
    for half in (
        bezier((-0.3, 0.45), (-0.4, 0.65), (-0.5, 0.85), (-0.62, 1.1)),
        bezier((-0.78, 0.2), (-0.72, 0.45), (-0.64, 0.7), (-0.56, 0.95)),
        bezier((-0.18, 0.9), (-0.2, 1.3), (-0.26, 1.7), (-0.3, 2.2)),
    ):
        folds += [(c, 0.07, 0.008) for c in _both(half)]
    rgb = _shade(canvas, shirt.colour, shirt.fabric, seed, folds)
    p.paint(canvas, body, rgb)
    p.extend(outline, rgb, opening, frame)
    if shirt.collar is CollarStyle.none:  # faced neckline: a thin seam following the opening
        facing = frame.opening + np.array([0.0, 0.035])
        p.darken(canvas, canvas.blur(canvas.stroke(facing, 0.006), 0.004) * body, 0.12)
    if shirt.buttons:  # placket edges and buttons down the centre
        top = frame.depth + 0.02
        for x in (-0.065, 0.065):
            seam = canvas.blur(canvas.stroke(line((x, top), (x, BOTTOM)), 0.006), 0.003)
            p.darken(canvas, seam * body, 0.12)
        y = frame.depth + (0.12 if frame.open_neck else 0.06)
        while y < EXTENT[3]:
            _button(p, (0.0, y), 0.024, shirt.colour)
            y += 0.46


def _collar(p: _Painter, frame: _Frame, shirt: Shirt, seed: int, tie: bool) -> None:
    """Both collar wings, from the neck corners down to the collar points, raised off the shirt."""
    if shirt.collar is CollarStyle.none:
        return
    wings = [_wing(frame, shirt, tie)]
    wings.append(mirror(wings[0]))
    win = p.canvas.window(*wings, pad=0.08)
    mask = win.fill(*wings)
    n, cy = frame.neck, frame.collar_y
    fold_line = bezier((-n, cy), (-n - 0.04, cy + 0.03), (-n - 0.06, cy + 0.06), (-n - 0.07, cy + 0.1))
    roll = [(c, 0.05, 0.02) for c in _both(fold_line)]
    shape = form(win) * (1.0 + 0.05 * np.clip(win.grid[1] * -2.0, -1.0, 1.0))
    p.paint(win, mask, _shade(win, shirt.colour, shirt.fabric, seed + 1, roll, shape=shape), 0.32, 0.018)
    edge = np.clip(mask - _erode(win, mask, 0.016), 0.0, 1.0)  # topstitching inside the edges
    p.darken(win, edge * 0.5, 0.06)


def _wing(frame: _Frame, shirt: Shirt, tie: bool) -> np.ndarray:
    """Image-left collar wing as a closed outline: corner, fold, collar point, inner edge back up
    to the neck opening, then along the opening to the corner."""
    n, cy, length = frame.neck, frame.collar_y, shirt.collar_length
    corner = (-n, cy)
    fold = (-n - 0.06, cy + 0.06)
    half = frame.opening_left_half()
    if tie:  # the inner edge meets the knot's side
        meet_x = -0.06
        tip = (meet_x - 0.005, 0.1)
    elif frame.open_neck:  # the wing lies beside the open V down to its bottom
        meet_x = float(half[-1][0])
        tip = (meet_x, float(half[-1][1]))
    else:  # closed without a tie: the wings meet over the top button
        meet_x = -0.012
        tip = (meet_x, 0.05)
    meet = (meet_x, frame.opening_y(meet_x))
    along = np.vstack([[meet], half[half[:, 0] < meet_x - 1e-6][::-1]])  # from `meet` up to the corner
    if shirt.collar is CollarStyle.rounded:
        point = (-0.17, cy + length + 0.1)
        outer = path(
            bezier(corner, (-n - 0.03, cy + 0.02), fold, fold),
            bezier(fold, (-n - 0.14, cy + 0.16), (point[0] - 0.12, point[1] + 0.02), point),
            bezier(point, (point[0] + 0.08, point[1] - 0.02), (tip[0] - 0.02, tip[1] + 0.06), tip),
        )
    else:
        spread = {CollarStyle.point: 0.0, CollarStyle.spread: 0.09, CollarStyle.soft: 0.13}[shirt.collar]
        point = (-0.2 - spread, length + (0.0 if shirt.collar is CollarStyle.point else -0.04))
        belly = 0.06 if shirt.collar is CollarStyle.soft else 0.02
        outer = path(
            bezier(corner, (-n - 0.03, cy + 0.02), fold, fold),
            bezier(
                fold, (fold[0] - 0.02 - belly, fold[1] + 0.12), (point[0] - belly, point[1] - 0.12), point
            ),
            bezier(point, (point[0] + 0.05, point[1] - 0.04), (tip[0] - 0.06, tip[1] + 0.05), tip),
        )
    return path(outer, np.vstack([[meet], along[1:]]), np.array([corner]))


def _stripes(win: Canvas, tie: Tie) -> np.ndarray | None:
    """Diagonal repp stripes (anti-aliased), or None for a plain tie."""
    if tie.stripe_colour is None:
        return None
    x, y = win.grid
    spacing, half_width = 0.17, 0.018
    phase = ((x + y) / math.sqrt(2)) / spacing
    dist = np.abs(phase - np.round(phase)) * spacing
    stripes: np.ndarray = np.clip((half_width - dist) * win.scale + 0.5, 0.0, 1.0)
    return stripes


def _tie_part(p: _Painter, outline: np.ndarray, tie: Tie, seed: int, folds: list[Fold], knot: bool) -> None:
    win = p.canvas.window(outline, pad=0.1)
    mask = win.fill(outline)
    y = win.grid[1]
    shape = form(win, half_width=(0.14 if knot else 0.32))
    if knot:  # rounder than the blade: darker towards its bottom
        shape = shape * (1.0 - 0.25 * np.clip((y - 0.08) / 0.15, 0.0, 1.0))
    rgb = _shade(win, tie.colour, Fabric.silk, seed + 7, folds, shape=shape, gloss=0.35)
    stripes = _stripes(win, tie)
    if stripes is not None and tie.stripe_colour is not None:
        stripe_rgb = _shade(win, tie.stripe_colour, Fabric.silk, seed + 8, folds, shape=shape, gloss=0.35)
        rgb = rgb * (1 - stripes[:, :, None]) + stripe_rgb * stripes[:, :, None]
    p.paint(win, mask, rgb, shadow=0.35, reach=0.022)


def _tie_blade(p: _Painter, tie: Tie, seed: int) -> None:
    half = tie.width / 2
    outline = symmetric(
        path(
            bezier((-0.05, 0.12), (-0.07, 0.9), (-half, 2.0), (-half, BOTTOM)),
            line((-half, BOTTOM), (0.0, BOTTOM)),
        )
    )
    _tie_part(p, outline, tie, seed, [(line((0.0, 0.3), (0.0, BOTTOM)), 0.08, 0.02)], knot=False)


def _tie_knot(p: _Painter, tie: Tie, seed: int) -> None:
    outline = symmetric(
        path(
            bezier((0.0, -0.035), (-0.05, -0.04), (-0.085, -0.03), (-0.092, -0.01)),
            bezier((-0.092, -0.01), (-0.085, 0.06), (-0.06, 0.15), (-0.045, 0.2)),
            line((-0.045, 0.2), (0.0, 0.205)),
        )
    )
    _tie_part(p, outline, tie, seed, [(line((0.0, 0.09), (0.0, 0.2)), 0.02, -0.012)], knot=True)


def _jacket(p: _Painter, frame: _Frame, jacket: Jacket, seed: int) -> None:
    canvas = p.canvas
    n, cy = frame.neck, frame.collar_y
    v = jacket.v_depth
    top = (-n - 0.07, cy + 0.04)  # the jacket collar hugs the shirt collar at the side of the neck
    v_edge = bezier(top, (-n - 0.13, 0.35), (-0.14, v * 0.72), (0.0, v), 40)
    far = EXTENT[1] - 0.5
    v_open = np.vstack([v_edge, mirror(v_edge)[1:], [[n + 0.07, far], [-n - 0.07, far]]])
    outline = _torso(frame, "jacket")
    torso = canvas.fill(outline)
    body = torso * (1.0 - canvas.fill(v_open))

    folds = _arm_folds(frame, "jacket")
    for half in (
        bezier((-0.85, 0.1), (-0.8, 0.35), (-0.75, 0.6), (-0.72, 0.85)),
        bezier((-0.55, 1.2), (-0.45, 1.5), (-0.4, 1.8), (-0.38, 2.3)),
    ):
        folds += [(c, 0.1, 0.012) for c in _both(half)]
    rgb = _shade(canvas, jacket.colour, jacket.fabric, seed + 3, folds)
    p.paint(canvas, body, rgb, shadow=0.45, reach=0.03)
    p.extend(outline, rgb, canvas.fill(frame.opening_polygon()), frame)

    # breast welt pocket on the wearer's left (image right)
    welt = np.array([[0.44, 1.08], [0.8, 1.02], [0.805, 1.065], [0.445, 1.125]])
    win = canvas.window(welt, pad=0.05)
    welt_mask = win.fill(welt)
    p.darken(win, win.stroke(line((0.44, 1.125), (0.805, 1.065)), 0.008), 0.35)
    welt_rgb = _shade(win, jacket.colour, jacket.fabric, seed + 5, []) * 1.05
    p.paint(win, welt_mask * body[win.region], welt_rgb)

    # lapels and upper collar: one outline per side, with the notch cut between them
    lapels = [_lapel(frame, jacket, v_edge)]
    lapels.append(mirror(lapels[0]))
    win = canvas.window(*lapels, pad=0.1)
    lapel_mask = win.fill(*lapels) * torso[win.region]  # the upper collar follows the shoulder line
    roll = [(c, 0.06, 0.03) for c in _both(v_edge[4:-6] + np.array([-0.04, 0.0]))]
    p.paint(win, lapel_mask, _shade(win, jacket.colour, jacket.fabric, seed + 4, roll) * 1.03, 0.4, 0.02)
    gorge_x = float(np.interp(jacket.gorge - 0.1, v_edge[:, 1], v_edge[:, 0]))
    notch = (gorge_x - jacket.lapel_width * 0.62, jacket.gorge + 0.02)
    for sign in (1.0, -1.0):
        seam = line((notch[0] * sign, notch[1]), (gorge_x * sign * 0.98, jacket.gorge - 0.1), 8)
        p.darken(win, win.blur(win.stroke(seam, 0.008), 0.004) * lapel_mask, 0.3)
    _button(p, (0.02, v + 0.1), 0.045, jacket.button_colour)  # where the lapels meet


def _lapel(frame: _Frame, jacket: Jacket, v_edge: np.ndarray) -> np.ndarray:
    """Image-left lapel plus upper collar: V edge down, outer edge up to the lapel point, the notch,
    the collar end, then round the neck back to the start."""
    n, cy = frame.neck, frame.collar_y
    g = jacket.gorge
    gorge_x = float(np.interp(g, v_edge[:, 1], v_edge[:, 0]))
    point = (gorge_x - jacket.lapel_width, g + 0.03)  # lapel point
    notch = (gorge_x - jacket.lapel_width * 0.62, g + 0.02)  # notch vertex
    collar_end = (gorge_x - jacket.lapel_width * 0.72, g - 0.07)
    neck_side = (-n - 0.2, cy - 0.02)  # above the shoulder line: the torso outline trims it
    bottom = v_edge[-1]
    outer = bezier(
        tuple(bottom), (bottom[0] - 0.1, bottom[1] - 0.25), (point[0] + 0.1, point[1] + 0.8), point, 40
    )
    collar = smooth([collar_end, (collar_end[0] + 0.02, (collar_end[1] + neck_side[1]) / 2), neck_side], 10)
    start = tuple(v_edge[0])
    back = line(neck_side, start, 6)
    return path(v_edge, outer, np.array([notch, collar_end]), collar, back)


def _top(p: _Painter, frame: _Frame, top: Top, opening: np.ndarray, seed: int) -> None:
    """A plain jersey top: soft shoulders, ribbed neckline band."""
    canvas = p.canvas
    outline = _torso(frame, "knit")
    body = canvas.fill(outline) * (1.0 - opening)
    folds = _arm_folds(frame, "knit")
    for half in (
        bezier((-0.45, 0.2), (-0.5, 0.5), (-0.52, 0.8), (-0.5, 1.1)),
        bezier((-0.2, 0.5), (-0.22, 0.9), (-0.2, 1.4), (-0.18, 1.9)),
    ):
        folds += [(c, 0.12, 0.012) for c in _both(half)]
    rgb = _shade(canvas, top.colour, top.fabric, seed, folds)
    p.paint(canvas, body, rgb)
    p.extend(outline, rgb, opening, frame)
    band_width = 0.055
    band_outline = np.vstack([frame.opening, (frame.opening + np.array([0.0, band_width]))[::-1]])
    win = canvas.window(band_outline, pad=0.05)
    band = np.clip(win.shift(opening[win.region], 0.0, band_width) - opening[win.region], 0.0, 1.0)
    band *= body[win.region]
    rib_fade = float(np.clip((0.012 * canvas.scale - 3.0) / 3.0, 0.0, 1.0))  # no ribs finer than 3 px
    rib = 1.0 + 0.08 * rib_fade * np.sin(2 * np.pi * win.grid[0] / 0.012)
    p.paint(
        win, band, _shade(win, top.colour, top.fabric, seed + 2, [], shape=form(win) * 1.04 * rib), 0.15, 0.01
    )


def _back(canvas: Canvas, frame: _Frame, outfit: Outfit) -> np.ndarray:
    """Inside of the garment behind the neck: the back of the collar, in shadow."""
    n, cy = frame.neck, frame.collar_y
    collar_top = bezier(
        (-n - 0.05, cy + 0.02), (-n * 0.5, cy - 0.09), (n * 0.5, cy - 0.09), (n + 0.05, cy + 0.02), 20
    )
    region = np.vstack([collar_top, [[n + 0.05, frame.depth + 0.3], [-n - 0.05, frame.depth + 0.3]]])
    base = outfit.shirt or outfit.top
    assert base is not None
    win = canvas.window(region, pad=0.02)
    mask = win.fill(region)
    _, y = win.grid
    depth = np.clip((y - (cy - 0.06)) / 0.25, 0.0, 1.0)
    band = np.clip(1.0 - np.abs(y - (cy - 0.03)) / 0.035, 0.0, 1.0)
    shade = (0.62 - 0.25 * depth) * (1.0 + 0.2 * band) * texture(win, base.fabric, 99)
    w, h = canvas.size
    out = np.zeros((h, w, 4), np.float32)
    out[win.region] = np.dstack([colour_field(hex_rgb(base.colour), shade) * mask[:, :, None], mask])
    back: np.ndarray = np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return back


def _button(p: _Painter, centre: tuple[float, float], radius: float, colour: str) -> None:
    angles = np.linspace(0, 2 * np.pi, 40, endpoint=False)
    circle = np.stack([centre[0] + radius * np.cos(angles), centre[1] + radius * np.sin(angles)], axis=1)
    win = p.canvas.window(circle, pad=3 * radius)
    mask = win.fill(circle)
    x, y = win.grid
    r = np.sqrt((x - centre[0]) ** 2 + (y - centre[1]) ** 2) / radius
    dome = 1.0 + 0.12 * np.clip(1.0 - r, 0, 1) - 0.8 * np.clip(r - 0.75, 0, 1)
    holes = np.zeros_like(x)
    for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
        d = np.sqrt((x - centre[0] - dx * 0.24 * radius) ** 2 + (y - centre[1] - dy * 0.24 * radius) ** 2)
        holes = np.maximum(holes, np.clip((0.12 * radius - d) * win.scale + 0.5, 0, 1))
    rgb = colour_field(hex_rgb(colour) * 0.97, (dome * (1.0 - 0.35 * holes)).astype(np.float32))
    p.paint(win, mask, rgb, shadow=0.25, reach=0.6 * radius)


def _erode(win: Canvas, mask: np.ndarray, width: float) -> np.ndarray:
    """Mask shrunk by about `width` units (via a blurred threshold, so it stays anti-aliased)."""
    blurred = win.blur(mask, width)
    eroded: np.ndarray = np.clip((blurred - 0.5) * 4.0 + 0.5, 0.0, 1.0) * mask
    return eroded
