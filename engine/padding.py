"""Black bars around a picture (letterboxing, a padded face crop) are not part of the scene.

Why: a photo shared through an app or cut from a video often comes padded with pure black bars
(the gallery's g001 on all four sides, g052 top and bottom). Left in, the bars are "the selfie"
to every later stage: the matte takes them for a dark jacket, the body completion continues
them, and the sold photo ends in a black strip. Trimmed here, the frame simply reaches past the
picture's real edge there, which the framing, the completion and the audit already handle.

A bar is a run of whole rows or columns, from an edge inward, that are uniformly (near-)black,
with a bar on the opposite side too: padding is flat digital black and comes in pairs; a dark
studio wall (g031–g034: flat black at one or two edges, black hair reaching them) is left alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import numpy as np

from engine.context import DecodedImage

MAX_MEAN = 10.0  # a padding line's mean level (0..255)
MAX_SPREAD = 3.0  # and the standard deviation of its pixels: flat, not a dark scene
MIN_BAR = 0.01  # of the side's length: thinner runs are a JPEG edge, not padding
MAX_BAR = 0.3  # of the side's length: a wider run is a dark picture, left as it is


def trim_padding(image: DecodedImage) -> DecodedImage:
    """`image` without black padding bars (the same object when it has none)."""
    left, top, right, bottom = padding_box(image.rgb)
    if (left, top, right, bottom) == (0, 0, image.width, image.height):
        return image
    rgb = np.ascontiguousarray(image.rgb[top:bottom, left:right])
    rgb.flags.writeable = False
    note = f"black padding trimmed: {left}, {top}, {image.width - right}, {image.height - bottom} px"
    return dataclasses.replace(image, rgb=rgb, notes=[*image.notes, note])


def padding_box(rgb: np.ndarray) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the picture inside any black bars; the whole image without.
    Reads lines from each edge inward only while they are flat black: one line per edge for
    almost every photo (a 12 MP picture is never averaged as a whole)."""
    height, width = rgb.shape[:2]
    top = _bar(lambda i: rgb[i], height)
    bottom = _bar(lambda i: rgb[height - 1 - i], height)
    left = _bar(lambda i: rgb[:, i], width)
    right = _bar(lambda i: rgb[:, width - 1 - i], width)
    # padding comes in pairs (letterbox, pillarbox, a frame); black on one side only is a dark
    # wall, where black hair may reach the edge: left alone
    if not (top and bottom):
        top = bottom = 0
    if not (left and right):
        left = right = 0
    return left, top, width - right, height - bottom


def _bar(line: Callable[[int], np.ndarray], length: int) -> int:
    """How many lines from an edge inward (`line(i)`: the i-th, N×3) are flat black: the bar's
    thickness, or 0."""
    limit = int(MAX_BAR * length)
    count = 0
    while count <= limit:
        grey = line(count).mean(axis=-1, dtype=np.float32)
        if float(grey.mean()) > MAX_MEAN or float(grey.std()) > MAX_SPREAD:
            break
        count += 1
    return count if MIN_BAR * length <= count <= limit else 0
