"""Tightens the matte's soft edge where the old background had the hair's own tone.

Why: dark hair on a dark wall (or fair hair on a bright window) gives the matting almost no
colour difference to work with, so closed-form matting spreads a wide, faint alpha into the
background and the decontamination cannot tell strand from wall. On the new light background
that faint alpha shows as a grey glow a few pixels wide around the head, the "halo" people
notice at once. Where the solid hair beside an edge pixel and the old background beside it
differ by little in lightness, the faint part of the edge is choked (alpha remapped from
[CHOKE_FROM, CHOKE_TO] to [0, 1] with a smooth step); where they contrast, the matte is trusted
and fine strands stay.
"""

from __future__ import annotations

import cv2
import numpy as np

from engine.local_mean import local_mean

LOW_CONTRAST = 30.0  # ΔL* between solid hair and old background below which the edge is choked
CHOKE_FROM, CHOKE_TO = 0.3, 0.85
REACH = 0.03  # of the height: how far from solid hair a faint halo reaches (measured: up to 3 %)


def choke_low_contrast(alpha: np.ndarray, source: np.ndarray) -> np.ndarray:
    """`alpha` with its faint edge tightened where the old background matched the person's tone.
    `source`: the laid-out selfie (uint8), the colours the matte was computed from."""
    edge = (alpha > 0.0) & (alpha < 1.0)
    if not edge.any():
        return alpha
    height = alpha.shape[0]
    sigma = max(2.0, REACH * height)
    lightness = cv2.cvtColor(source.astype(np.float32) / 255.0, cv2.COLOR_RGB2LAB)[:, :, :1]
    solid, solid_w = local_mean(lightness, (alpha >= 0.97).astype(np.float32), sigma)
    back, back_w = local_mean(lightness, (alpha <= 0.02).astype(np.float32), sigma)
    contrast = np.abs(solid[:, :, 0] - back[:, :, 0])
    known = (solid_w > 0.02) & (back_w > 0.02)
    # 1 where the tones match, 0 from LOW_CONTRAST up: how much of the choke applies
    weight = np.where(known, np.clip(1.0 - contrast / LOW_CONTRAST, 0.0, 1.0), 0.0) * edge
    t = np.clip((alpha - CHOKE_FROM) / (CHOKE_TO - CHOKE_FROM), 0.0, 1.0)
    choked = t * t * (3.0 - 2.0 * t)
    out: np.ndarray = (alpha * (1.0 - weight) + choked * weight).astype(np.float32)
    return out
