"""Foreground colour estimation: removes the old background's colour from semi-transparent edge
pixels (the halo of naive cut-outs), so hair keeps its own colour on the new background.

Why not pymatting's `estimate_foreground_ml`: on synthetic composites with a known alpha and
foreground (5 real portraits × green, blue and a textured scene) this closed-form estimate had a
lower visible error α·|F̂−F| (mean 3.6 vs 5.5 /255) and less green spill on a green screen, at the
same or lower cost, without numba. It is weaker only on strongly textured backgrounds, which ID
photos do not have.
"""

from __future__ import annotations

import numpy as np

from engine.local_mean import local_mean

SPREAD_FRACTION = 0.01  # how far known colours are carried into the edge, as a fraction of the long side
TRUST_FROM, TRUST_SPAN = 0.1, 0.4  # below α 0.1 F is the nearby solid colour; above 0.5 it is solved


def _spread(values: np.ndarray, weight: np.ndarray, sigma: float) -> np.ndarray:
    """Normalised convolution: the weighted local mean of `values` (fills holes from neighbours)."""
    return local_mean(values, weight, sigma)[0]


def decontaminate(image: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """Foreground colour F (H×W×3 float32 0..1) where 0 < α < 1, solved from I = αF + (1-α)B with
    B and a fallback F estimated from the nearest pure background / pure foreground pixels.
    Pixels with α of exactly 0 or 1 keep the image's colour."""
    out = image.astype(np.float32, copy=True)
    edge = (alpha > 0) & (alpha < 1)
    if not edge.any():
        return out
    sigma = max(2.0, SPREAD_FRACTION * max(alpha.shape))
    background = _spread(out, (alpha == 0).astype(np.float32), sigma)[edge]
    solid = _spread(out, (alpha >= 0.98).astype(np.float32), sigma)[edge]
    a = alpha[edge][:, None]
    solved = (out[edge] - (1 - a) * background) / np.maximum(a, 1e-3)
    # trust the solution where α is substantial; blend to the nearby solid colour where it is thin
    trust = np.clip((a - TRUST_FROM) / TRUST_SPAN, 0, 1)
    out[edge] = np.clip(trust * solved + (1 - trust) * solid, 0, 1)
    return out
