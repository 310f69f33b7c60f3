"""Cloth appearance: form shading, soft folds and fabric texture, as per-pixel factors.

A garment part is a flat colour multiplied by (1) a body-form term (a torso is a cylinder lit
from the front, a little from the upper left, like a studio key light), (2) fold relief (ridges
along authored curves, lit through their height-field normals so each fold has a light and a
dark side) and (3) a fabric micro-texture whose period is physical (template units), so it is
real weave at 600 DPI and fades out instead of aliasing into moiré at preview sizes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import cast

import cv2
import numpy as np

from engine.outfits.catalogue import Fabric
from engine.outfits.shapes import Canvas

LIGHT = np.array([-0.35, -0.45, 1.0]) / np.linalg.norm([-0.35, -0.45, 1.0])  # x right, y down, z out
MIN_PERIOD_PX = 3.0  # a pattern finer than this (in pixels) is faded out rather than aliased
RELIEF_SCALE = 64.0  # px per unit at which fold relief is computed (it is smooth), then resized
LUT_SIZE = 4096


@dataclass(frozen=True)
class Weave:
    """Texture recipe: a directional thread pattern plus grain, amplitudes as shading fractions."""

    period: float  # units between threads
    angle: float  # degrees of the thread lines (0 = vertical stripes)
    thread: float  # amplitude of the thread pattern
    grain: float  # amplitude of fine random grain
    mottle: float  # amplitude of low-frequency heather
    sheen: float  # extra specular strength


WEAVES: dict[Fabric, Weave] = {
    Fabric.worsted: Weave(period=0.011, angle=45.0, thread=0.035, grain=0.02, mottle=0.02, sheen=0.04),
    Fabric.poplin: Weave(period=0.006, angle=0.0, thread=0.012, grain=0.012, mottle=0.006, sheen=0.03),
    Fabric.oxford: Weave(period=0.010, angle=0.0, thread=0.03, grain=0.025, mottle=0.012, sheen=0.02),
    Fabric.crepe: Weave(period=0.008, angle=30.0, thread=0.01, grain=0.03, mottle=0.01, sheen=0.03),
    Fabric.knit: Weave(period=0.016, angle=0.0, thread=0.06, grain=0.02, mottle=0.015, sheen=0.01),
    Fabric.silk: Weave(period=0.007, angle=-45.0, thread=0.02, grain=0.008, mottle=0.0, sheen=0.12),
}


def hex_rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)], np.float32) / 255.0


def form(canvas: Canvas, half_width: float = 1.45, centre_x: float = 0.0) -> np.ndarray:
    """Cylinder shading of a torso-like part: full light at the chest, falling off to the sides,
    slightly brighter towards the light; 1.0 on the front."""
    x, y = canvas.grid
    u = np.clip((x - centre_x) / half_width, -1.0, 1.0)
    nz = np.sqrt(1.0 - 0.8 * u * u)
    lit = (u * 0.9 * LIGHT[0] + nz * LIGHT[2]) / LIGHT[2]
    top = 1.0 + 0.04 * np.clip(0.6 - y, -1.0, 1.0)  # upper chest catches a little more light
    shading: np.ndarray = (0.55 + 0.45 * np.clip(lit, 0.0, 1.2)) * top
    return shading


def relief(canvas: Canvas, height: np.ndarray, strength: float = 1.0) -> np.ndarray:
    """Lambert shading factor of a height field given in units (1.0 where flat)."""
    gy, gx = np.gradient(height * canvas.scale)  # slope per pixel → per unit
    gx *= strength
    gy *= strength
    norm = np.sqrt(gx * gx + gy * gy + 1.0)
    lit = (-gx * LIGHT[0] - gy * LIGHT[1] + LIGHT[2]) / norm
    shade: np.ndarray = (lit / LIGHT[2]).astype(np.float32)
    return shade


def ridges(canvas: Canvas, curves: list[tuple[np.ndarray, float, float]]) -> np.ndarray:
    """Height field of soft folds: each (path, width, depth) becomes a Gaussian ridge (depth < 0:
    a crease) of that width in units along the path. Computed coarse and resized: folds are
    smooth, and this keeps a 600 DPI garment as cheap as a preview."""
    if not curves:
        return canvas.blank()
    factor = max(1.0, canvas.scale / RELIEF_SCALE)
    small = canvas.coarse(factor)
    height = small.blank()
    for curve, width, depth in curves:
        line_mask = small.stroke(curve, width * 0.35)
        blurred = small.blur(line_mask, width * 0.6)
        peak = float(blurred.max())
        if peak > 0:
            height += depth * blurred / peak
    if factor == 1.0:
        return height
    return cv2.resize(height, canvas.size, interpolation=cv2.INTER_CUBIC)


def texture(canvas: Canvas, fabric: Fabric, seed: int) -> np.ndarray:
    """Multiplicative fabric texture around 1.0, band-limited to what the raster can show."""
    weave = WEAVES[fabric]
    x, y = canvas.grid
    rng = np.random.default_rng(seed)
    period_px = weave.period * canvas.scale
    fade = float(np.clip((period_px - MIN_PERIOD_PX) / MIN_PERIOD_PX, 0.0, 1.0))
    out = np.ones_like(x)
    if fade > 0 and weave.thread > 0:
        angle = np.radians(weave.angle)
        phase = (x * np.cos(angle) + y * np.sin(angle)) / weave.period
        out += weave.thread * fade * np.sin(2 * np.pi * phase).astype(np.float32)
        if fabric is Fabric.oxford:  # basket weave: a second, crossing thread set
            out += 0.6 * weave.thread * fade * np.sin(2 * np.pi * y / weave.period).astype(np.float32)
    h, w = x.shape
    grain = rng.standard_normal((h, w)).astype(np.float32)
    grain_sigma = max(0.6, 0.3 * weave.period * canvas.scale)
    grain = cast("np.ndarray", cv2.GaussianBlur(grain, (0, 0), grain_sigma))  # cv2's stubs widen the dtype
    grain /= float(grain.std()) + 1e-6
    out += weave.grain * grain
    if weave.mottle > 0:
        small = rng.standard_normal((max(2, h // 32), max(2, w // 32))).astype(np.float32)
        mottle: np.ndarray = cv2.resize(
            cv2.GaussianBlur(small, (0, 0), 1.0), (w, h), interpolation=cv2.INTER_CUBIC
        )
        mottle /= float(mottle.std()) + 1e-6
        out += weave.mottle * mottle
    return out


def sheen(canvas: Canvas, height: np.ndarray, strength: float) -> np.ndarray:
    """Additive soft highlight on the fold crests facing the light (satin, silk)."""
    if strength <= 0:
        return canvas.blank()
    shade = relief(canvas, height, 2.0)
    return strength * np.clip(shade - 1.0, 0.0, 1.0) ** 1.5


def colour_field(base: np.ndarray, shade: np.ndarray, highlight: np.ndarray | None = None) -> np.ndarray:
    """RGB (H×W×3, 0..1) of a base colour under a shading factor, in linear light so dark cloth
    keeps its hue in the shadows and white cloth does not clip grey."""
    linear = np.where(base <= 0.04045, base / 12.92, ((base + 0.055) / 1.055) ** 2.4).astype(np.float32)
    rgb = linear[None, None, :] * shade[:, :, None]
    if highlight is not None:
        rgb = rgb + highlight[:, :, None] * 0.5
    index = np.clip(rgb * (LUT_SIZE - 1) + 0.5, 0, LUT_SIZE - 1).astype(np.int32)
    srgb: np.ndarray = _to_srgb()[index]
    return srgb


@cache
def _to_srgb() -> np.ndarray:
    """Linear → sRGB lookup table (a table lookup is ~20× faster than the power law per pixel)."""
    x = np.linspace(0.0, 1.0, LUT_SIZE)
    return np.where(x <= 0.0031308, x * 12.92, 1.055 * np.power(x, 1 / 2.4) - 0.055).astype(np.float32)
