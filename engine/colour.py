"""sRGB → CIELAB and ΔE (CIE76), for judging background colours against a spec's allowed list."""

from __future__ import annotations

import numpy as np


def rgb_to_lab(rgb: np.ndarray) -> np.ndarray:
    """N×3 uint8/float sRGB (0..255) → N×3 Lab (D65)."""
    c = np.asarray(rgb, np.float64).reshape(-1, 3) / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    xyz = lin @ np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]).T
    xyz /= np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.stack([116 * f[:, 1] - 16, 500 * (f[:, 0] - f[:, 1]), 200 * (f[:, 1] - f[:, 2])], axis=1)


def mean_lab(pixels: np.ndarray) -> tuple[np.ndarray, float]:
    """Mean Lab colour of N×3 sRGB pixels and the spread (std-dev of ΔE from that mean)."""
    lab = rgb_to_lab(pixels)
    mean = lab.mean(axis=0)
    return mean, float(np.linalg.norm(lab - mean, axis=1).std())


def delta_e(lab: np.ndarray, rgb: tuple[int, int, int]) -> float:
    return float(np.linalg.norm(lab - rgb_to_lab(np.array(rgb))[0]))
