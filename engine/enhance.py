"""Stage 7, enhancement: mild corrections that never change geometry or identity.

Authorities reject "beautified" photos, so every step is bounded: white-balance gains within
±10 %, an exposure gamma within 0.75–1.3 aimed at a mid-grey face, a light edge-preserving
denoise. Retouching (skin smoothing) is separate and only runs where the spec allows it.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

FACE_TARGET_LUMA = 0.55
MAX_WB_GAIN = 0.10
GAMMA_LIMITS = (0.75, 1.3)
BRIGHTNESS_STEP = 0.15  # one full user step of "brighter"/"darker" as a gamma factor


def _luma(rgb: np.ndarray) -> np.ndarray:
    return rgb @ np.array([0.2126, 0.7152, 0.0722], np.float32)


def enhance(rgb: np.ndarray, person: np.ndarray, face: np.ndarray, brightness: float = 0.0) -> np.ndarray:
    """rgb float32 0..1; `person` and `face` bool masks. Returns float32 0..1."""
    out = rgb
    region = out[person] if person.any() else out.reshape(-1, 3)
    means = region.mean(axis=0) + 1e-6
    gains = np.clip(means.mean() / means, 1 - MAX_WB_GAIN, 1 + MAX_WB_GAIN)
    gains = 1 + (gains - 1) * 0.5  # half-strength gray world: correct casts, keep skin tone
    out = np.clip(out * gains.astype(np.float32), 0, 1)

    face_luma = float(_luma(out[face]).mean()) if face.any() else float(_luma(region).mean())
    gamma = 1.0
    if 0.02 < face_luma < 0.98:
        gamma = math.log(FACE_TARGET_LUMA) / math.log(face_luma)
        gamma = 1 + (float(np.clip(gamma, *GAMMA_LIMITS)) - 1) * 0.6
    gamma *= 1 - BRIGHTNESS_STEP * float(np.clip(brightness, -1, 1))
    if abs(gamma - 1) > 1e-3:
        out = np.power(out, gamma, dtype=np.float32)

    smooth = cv2.bilateralFilter(out, d=5, sigmaColor=0.05, sigmaSpace=3)
    enhanced: np.ndarray = np.clip(0.5 * out + 0.5 * smooth, 0, 1)
    return enhanced


def retouch_light(rgb: np.ndarray, skin: np.ndarray) -> np.ndarray:
    """Soften skin texture (not shape) inside `skin` with a feathered edge."""
    smooth = cv2.bilateralFilter(rgb, d=9, sigmaColor=0.08, sigmaSpace=5)
    weight = cv2.GaussianBlur(skin.astype(np.float32), (0, 0), 3)[:, :, None] * 0.6
    retouched: np.ndarray = rgb * (1 - weight) + smooth * weight
    return retouched
