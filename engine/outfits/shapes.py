"""Vector shapes for the garment drawings: Bézier paths in template units, rasterised anti-aliased
at any scale.

Why our own tiny rasteriser: the garments must stay sharp from a 600 px preview up to a 600 DPI
print, so they are kept as vectors and only rasterised at the size a photo needs (OpenCV's
anti-aliased polygon fill at 1/16 px precision does the rest; no drawing library is needed).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import cv2
import numpy as np

Point = tuple[float, float]

# Template extent in units (x0, y0, x1, y1): wide enough for dropped sleeves, deep enough that
# the photo's bottom edge never reaches the end of the garment.
EXTENT = (-1.8, -0.8, 1.8, 3.2)
SUBPIXEL_BITS = 4


@dataclass(frozen=True)
class Canvas:
    """A raster at `scale` pixels per unit whose top-left pixel corner is at `origin` (units).

    The full canvas covers EXTENT; `window` gives a pixel-aligned sub-canvas, so small parts
    (a button, a tie) are shaded on their own few thousand pixels rather than the whole garment.
    """

    scale: float
    origin: tuple[float, float] = (EXTENT[0], EXTENT[1])
    shape: tuple[int, int] | None = None  # (h, w); None = the full extent
    offset: tuple[int, int] = (0, 0)  # (row, col) of this window inside the full canvas

    @property
    def size(self) -> tuple[int, int]:
        if self.shape is not None:
            return self.shape[1], self.shape[0]
        x0, y0, x1, y1 = EXTENT
        return round((x1 - x0) * self.scale), round((y1 - y0) * self.scale)

    @property
    def region(self) -> tuple[slice, slice]:
        """Where this window lies in the full canvas's arrays."""
        w, h = self.size
        r, c = self.offset
        return slice(r, r + h), slice(c, c + w)

    def window(self, *outlines: np.ndarray, pad: float = 0.05) -> Canvas:
        """The sub-canvas covering the outlines' bounding box plus `pad` units, clipped to this one."""
        pts = np.vstack(outlines)
        w, h = self.size
        lo = np.floor(self.to_px(pts.min(axis=0) - pad)).astype(int)
        hi = np.ceil(self.to_px(pts.max(axis=0) + pad)).astype(int)
        c0, r0 = max(0, lo[0]), max(0, lo[1])
        c1, r1 = min(w, hi[0]), min(h, hi[1])
        c1, r1 = max(c1, c0 + 1), max(r1, r0 + 1)
        return Canvas(
            scale=self.scale,
            origin=(self.origin[0] + c0 / self.scale, self.origin[1] + r0 / self.scale),
            shape=(r1 - r0, c1 - c0),
            offset=(self.offset[0] + r0, self.offset[1] + c0),
        )

    def to_px(self, points: np.ndarray | list[Point]) -> np.ndarray:
        pts = np.asarray(points, np.float64)
        return (pts - list(self.origin)) * self.scale

    @cached_property
    def grid(self) -> tuple[np.ndarray, np.ndarray]:
        """Unit coordinates (x, y) of every pixel centre, float32."""
        w, h = self.size
        xs = (np.arange(w, dtype=np.float32) + 0.5) / self.scale + self.origin[0]
        ys = (np.arange(h, dtype=np.float32) + 0.5) / self.scale + self.origin[1]
        return np.meshgrid(xs, ys)

    def blank(self) -> np.ndarray:
        w, h = self.size
        return np.zeros((h, w), np.float32)

    def fill(self, *polygons: np.ndarray) -> np.ndarray:
        """Anti-aliased coverage (float32 0..1) of the union of closed polygons given in units."""
        w, h = self.size
        mask = np.zeros((h, w), np.uint8)
        pts = [np.round(self.to_px(p) * (1 << SUBPIXEL_BITS)).astype(np.int32) for p in polygons]
        cv2.fillPoly(mask, pts, 255, lineType=cv2.LINE_AA, shift=SUBPIXEL_BITS)
        return mask.astype(np.float32) / 255.0

    def stroke(self, path: np.ndarray, width: float) -> np.ndarray:
        """Anti-aliased line along an open path; `width` in units (at least one pixel drawn)."""
        w, h = self.size
        mask = np.zeros((h, w), np.uint8)
        pts = np.round(self.to_px(path) * (1 << SUBPIXEL_BITS)).astype(np.int32)
        thickness = max(1, round(width * self.scale))
        cv2.polylines(mask, [pts], False, 255, thickness, lineType=cv2.LINE_AA, shift=SUBPIXEL_BITS)
        out = mask.astype(np.float32) / 255.0
        if width * self.scale < 1:  # thinner than a pixel: fade rather than disappear
            out *= width * self.scale
        return out

    def blur(self, mask: np.ndarray, sigma_units: float) -> np.ndarray:
        sigma = sigma_units * self.scale
        if sigma < 0.3:
            return mask
        return cv2.GaussianBlur(mask, (0, 0), sigma)

    def shift(self, mask: np.ndarray, dx_units: float, dy_units: float) -> np.ndarray:
        """The mask moved by (dx, dy) units (sub-pixel, zero-filled)."""
        matrix = np.array([[1, 0, dx_units * self.scale], [0, 1, dy_units * self.scale]], np.float32)
        h, w = mask.shape
        return cv2.warpAffine(mask, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=0)

    def coarse(self, factor: float) -> Canvas:
        """The same window at 1/factor the resolution (for smooth fields such as fold relief)."""
        w, h = self.size
        return Canvas(
            scale=self.scale / factor,
            origin=self.origin,
            shape=(max(2, round(h / factor)), max(2, round(w / factor))),
        )


def bezier(p0: Point, p1: Point, p2: Point, p3: Point, samples: int = 24) -> np.ndarray:
    """Cubic Bézier from p0 to p3 (p1, p2 are the handles), `samples` points, p0 included."""
    t = np.linspace(0.0, 1.0, samples)[:, None]
    a, b, c, d = (np.asarray(p, np.float64) for p in (p0, p1, p2, p3))
    return (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t**2 * c + t**3 * d


def line(a: Point, b: Point, samples: int = 2) -> np.ndarray:
    return np.linspace(np.asarray(a, np.float64), np.asarray(b, np.float64), samples)


def smooth(points: list[Point] | np.ndarray, samples: int = 12) -> np.ndarray:
    """Catmull-Rom curve through `points` (open), for outlines authored as a few knots."""
    pts = np.asarray(points, np.float64)
    padded = np.vstack([2 * pts[0] - pts[1], pts, 2 * pts[-1] - pts[-2]])
    out = []
    t = np.linspace(0.0, 1.0, samples, endpoint=False)[:, None]
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1], padded[i], padded[i + 1], padded[i + 2]
        out.append(
            0.5
            * (
                2 * p1
                + (-p0 + p2) * t
                + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2
                + (-p0 + 3 * p1 - 3 * p2 + p3) * t**3
            )
        )
    out.append(pts[-1:])
    return np.vstack(out)


def path(*parts: np.ndarray) -> np.ndarray:
    """Concatenate path pieces, dropping the duplicate point where one piece starts at the last's end."""
    out = [parts[0]]
    for part in parts[1:]:
        if np.allclose(out[-1][-1], part[0]):
            part = part[1:]
        out.append(part)
    return np.vstack(out)


def mirror(points: np.ndarray) -> np.ndarray:
    """The same path on the other side of the centre line (x → -x), in reverse order."""
    out = np.asarray(points, np.float64)[::-1].copy()
    out[:, 0] *= -1
    return out


def symmetric(left_half: np.ndarray) -> np.ndarray:
    """A closed outline from its image-left half (running top to bottom) plus its mirror image."""
    return path(left_half, mirror(left_half))
