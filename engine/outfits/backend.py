"""The outfit backend contract: what every way of dressing a person gets and must return.

The default is the template backend (engine/outfits/template.py: drawn garments warped onto the
body, CPU, ~0.1 s). The interface leaves room for a generative backend (an inpainting model on
GPU): it receives the same `Scene` and `Body` (the garment region, the head it must not touch,
the neck and hair masks) and returns the same `FitResult`, so the pipeline, the checks and the
contact sheet stay as they are. Backends are chosen by name through `BACKENDS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from engine.outfits.body import Body
from engine.outfits.catalogue import Outfit
from engine.outfits.hair import HairMasks
from engine.outfits.parsing import Parsing


@dataclass(frozen=True)
class Scene:
    """The photo in the output frame, as the outfit step receives it."""

    foreground: np.ndarray  # H×W×3 float32 0..1: the enhanced person (before background)
    alpha: np.ndarray  # H×W float32 0..1: the person matte
    parsing: Parsing  # skin / clothes / hair probabilities at H×W
    inside: np.ndarray  # H×W float32: 1 where the pixel came from the source photo
    hair: HairMasks  # hair on the head, and hair hanging in front of the shoulders

    @property
    def size(self) -> tuple[int, int]:
        return int(self.alpha.shape[1]), int(self.alpha.shape[0])


@dataclass(frozen=True)
class FitResult:
    """The dressed person: a new foreground and alpha for background compositing, plus the layers
    it was made of (for checks, tests and debugging)."""

    foreground: np.ndarray  # H×W×3 float32 0..1 (unpremultiplied)
    alpha: np.ndarray  # H×W float32 0..1
    garment: np.ndarray  # H×W float32: garment coverage in front of the person
    person: np.ndarray  # H×W float32: how much of the original person is kept (head, neck)
    hair: np.ndarray  # H×W float32: hair kept in front of the garment
    filled: np.ndarray  # H×W float32: clothing in an open neckline repainted in the person's skin tone
    head: np.ndarray  # H×W float32: the region above the jaw line, never drawn on
    collar_centre: tuple[float, float]  # where the garment's neck centre landed, output px


class OutfitBackend(Protocol):
    name: str

    def fit(self, scene: Scene, body: Body, outfit: Outfit) -> FitResult:
        """Dress the person in `scene` with `outfit`, keeping everything above the jaw untouched."""
        ...
