"""Thin-plate-spline warp of the garment raster onto the person.

The anchors (neck centre, collar corners, shoulders) move exactly onto their targets; far-away
stabiliser points follow the similarity transform of the shoulders, so the torso stays straight
and only the neckline bends to fit the neck. The spline is solved from output pixels back to
template units (the direction `cv2.remap` needs), evaluated on a coarse grid and interpolated,
which keeps the warp to a few milliseconds at any photo size.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from engine.outfits.drawing import GarmentLayers
from engine.outfits.shapes import EXTENT

STABILISERS = np.array([[-1.7, -0.7], [1.7, -0.7], [-1.7, 3.0], [0.0, 3.0], [1.7, 3.0]])
GRID_STEP = 8  # px between exact spline evaluations


@dataclass(frozen=True)
class ThinPlateSpline:
    """f(p) = A·[1, p] + Σ wᵢ U(|p − cᵢ|), U(r) = r² log r²."""

    centres: np.ndarray  # N×2
    weights: np.ndarray  # N×2
    affine: np.ndarray  # 3×2

    @classmethod
    def fit(cls, source: np.ndarray, target: np.ndarray, smoothing: float = 0.0) -> ThinPlateSpline:
        src = np.asarray(source, np.float64)
        dst = np.asarray(target, np.float64)
        n = len(src)
        k = _kernel(src, src) + smoothing * np.eye(n)
        p = np.hstack([np.ones((n, 1)), src])
        system = np.zeros((n + 3, n + 3))
        system[:n, :n] = k
        system[:n, n:] = p
        system[n:, :n] = p.T
        rhs = np.zeros((n + 3, 2))
        rhs[:n] = dst
        solution = np.linalg.solve(system, rhs)
        return cls(centres=src, weights=solution[:n], affine=solution[n:])

    def __call__(self, points: np.ndarray) -> np.ndarray:
        pts = np.asarray(points, np.float64)
        moved: np.ndarray = (
            np.hstack([np.ones((len(pts), 1)), pts]) @ self.affine + _kernel(pts, self.centres) @ self.weights
        )
        return moved


def _kernel(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    d2 = ((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=2)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(d2 > 0, d2 * np.log(d2), 0.0)
    return out


def control_points(anchors: np.ndarray, targets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Anchors (template units) and targets (px) plus the stabilisers, which follow the shoulders'
    similarity transform (anchors[3:5] are the shoulders)."""
    t_left, t_right = anchors[3], anchors[4]
    p_left, p_right = targets[3], targets[4]
    t_vec, p_vec = t_right - t_left, p_right - p_left
    scale = np.linalg.norm(p_vec) / max(float(np.linalg.norm(t_vec)), 1e-9)
    angle = np.arctan2(p_vec[1], p_vec[0]) - np.arctan2(t_vec[1], t_vec[0])
    rot = scale * np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    t_mid, p_mid = (t_left + t_right) / 2, (p_left + p_right) / 2
    extra = (STABILISERS - t_mid) @ rot.T + p_mid
    return np.vstack([anchors, STABILISERS]), np.vstack([targets, extra])


def template_maps(
    anchors: np.ndarray, targets: np.ndarray, size: tuple[int, int]
) -> tuple[np.ndarray, np.ndarray]:
    """For every output pixel, its template coordinates (x, y) in units, float32 (H×W each)."""
    template, output = control_points(anchors, targets)
    scale = float(np.linalg.norm(targets[4] - targets[3]) / np.linalg.norm(anchors[4] - anchors[3]))
    # solve in units on both sides so the system is well conditioned
    spline = ThinPlateSpline.fit(output / scale, template)
    width, height = size
    # Nodes sit every STEP px starting half a step before the first pixel centre; after a linear
    # resize by STEP, array index i + STEP then holds the value at pixel centre i + 0.5 exactly.
    nx, ny = -(-width // GRID_STEP) + 2, -(-height // GRID_STEP) + 2
    gx = -GRID_STEP / 2 + GRID_STEP * np.arange(nx, dtype=np.float64)
    gy = -GRID_STEP / 2 + GRID_STEP * np.arange(ny, dtype=np.float64)
    mesh = np.stack(np.meshgrid(gx, gy), axis=-1).reshape(-1, 2)
    coarse = spline(mesh / scale).reshape(ny, nx, 2).astype(np.float32)
    full = (nx * GRID_STEP, ny * GRID_STEP)
    ux = cv2.resize(coarse[:, :, 0], full, interpolation=cv2.INTER_LINEAR)
    uy = cv2.resize(coarse[:, :, 1], full, interpolation=cv2.INTER_LINEAR)
    ux = ux[GRID_STEP : GRID_STEP + height, GRID_STEP : GRID_STEP + width]
    uy = uy[GRID_STEP : GRID_STEP + height, GRID_STEP : GRID_STEP + width]
    return np.ascontiguousarray(ux), np.ascontiguousarray(uy)


@dataclass(frozen=True)
class WarpedGarment:
    front: np.ndarray  # H×W×4 float32 premultiplied RGB + coverage, output frame
    back: np.ndarray  # H×W×4 float32
    spare: np.ndarray  # H×W×4 float32: garment continuing above its outline (shown only over the body)
    opening: np.ndarray  # H×W float32
    template_x: np.ndarray  # H×W float32: template x (units) of each output pixel
    template_y: np.ndarray  # H×W float32: template y (units) of each output pixel


def warp_garment(layers: GarmentLayers, maps: tuple[np.ndarray, np.ndarray]) -> WarpedGarment:
    ux, uy = maps
    mx = (ux - EXTENT[0]) * layers.scale - 0.5
    my = (uy - EXTENT[1]) * layers.scale - 0.5

    def remap(image: np.ndarray) -> np.ndarray:
        out = cv2.remap(image, mx, my, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        return out.astype(np.float32) / 255.0

    return WarpedGarment(
        front=remap(layers.front),
        back=remap(layers.back),
        spare=remap(layers.spare),
        opening=remap(layers.opening),
        template_x=ux,
        template_y=uy,
    )
