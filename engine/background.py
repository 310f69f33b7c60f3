"""Stage 6, background: composite the matted person over one of the spec's allowed colours.

The colour is the spec's own sRGB value, exactly, so an official's colour check sees what the
rule asks for. Where the output frame reached past the original photo, the alpha is already 0
there (the matte only exists inside the photo), so the new background fills it seamlessly.
"""

from __future__ import annotations

import numpy as np

from engine.errors import EditNotAllowed
from specs.schema import DocumentSpec


def choose_colour(spec: DocumentSpec, name: str | None) -> tuple[int, int, int]:
    colours = spec.background.colours
    if name is None:
        return colours[0].rgb_tuple
    for colour in colours:
        if colour.name.casefold() == name.casefold():
            return colour.rgb_tuple
    allowed = ", ".join(c.name for c in colours)
    raise EditNotAllowed(
        f"{spec.names.en} does not allow a {name!r} background. Allowed: {allowed}.",
        code="background_not_allowed",
        background=name,
        allowed=allowed,
    )


def composite(foreground: np.ndarray, alpha: np.ndarray, colour: tuple[int, int, int]) -> np.ndarray:
    """foreground float32 RGB 0..1, alpha float32 0..1 → uint8 RGB."""
    bg = np.asarray(colour, np.float32) / 255.0
    a = alpha[:, :, None]
    out = foreground * a + bg * (1.0 - a)
    pixels: np.ndarray = np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return pixels
