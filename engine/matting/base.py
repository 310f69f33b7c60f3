"""The matting contract every backend implements (our version of rembg's session classes)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Protocol

import numpy as np


@dataclass(frozen=True)
class Matte:
    alpha: np.ndarray  # H×W float32 0..1
    foreground: np.ndarray  # H×W×3 float32 0..1, old background colour removed from edge pixels


class MattingSession(Protocol):
    """Built once (weights loaded once), then `matte` is called for every photo."""

    name: ClassVar[str]

    def matte(self, rgb: np.ndarray, hint: np.ndarray | None = None) -> Matte:
        """`rgb`: H×W×3 uint8 region that becomes the photo; `hint`: optional coarse person
        probability at any resolution."""
        ...


class ProbabilityModel(Protocol):
    """A network that gives a coarse person/salient-object probability map."""

    def probability(self, rgb: np.ndarray) -> np.ndarray: ...
