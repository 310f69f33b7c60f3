"""Pieces of the old background that the matte keeps beside the head, found by their colour.

Why: on a bright bokeh, a yellow wall in shadow or a white car behind long hair, the person
model sometimes takes a patch of the wall next to the hair for the person, and the patch is
attached, so the clean-up keeps it; the u2netp second opinion (consensus.py) only runs on busy
backgrounds and trusts the person model at shoulder height. Such a patch has the old wall's
colour, not the person's. Two colour models settle it: a histogram of the old background in a
ring around the person, and one of the person away from the sides of the head (hair on top, the
face, the clothes below). A piece beside the head, above the shoulders, whose colours are many
times likelier on the wall than on the person, and that the skin/clothes/hair parser calls none
of the three, is cut off. The parser runs only when such a piece is found (a few photos in ten),
so plain photos pay a few milliseconds.

Measured on the gallery (us_passport): pieces cut on g016, g027, g039 and g042 (bokeh, wall and
car beside the hair), nothing on the clean selfies; a grey hood on a grey wall (g022) and a
crowd's flag (g054) are clothing to the parser and stay.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
from scipy.ndimage import uniform_filter  # type: ignore[import-untyped]  # scipy-stubs is not installed

from engine.geometry import FaceInFrame
from engine.outfits.parsing import Parsing

BINS = 16  # histogram bins per Lab channel
RING = 0.12  # of the frame height: the old background sampled this far around the person
SIDE = 0.6  # face widths from the face's axis where "beside the head" starts
ABOVE = 1.0  # head heights above the chin where the zone starts (the crown)
DOWN_TO = 0.2  # head heights below the chin where the zone ends (above the shoulders)
MODEL_DOWN_TO = 0.5  # the person's colour model also leaves out the zone's sides down to here
SEED_RATIO = 12.0  # a piece starts where the wall is this many times likelier than the person
GROW_RATIO = 3.0  # and takes in the connected pixels where it is at least this many times likelier
MIN_AREA = 0.0005  # of the frame: smaller pieces are left to the clean-up
NOT_PERSON = 0.3  # the parser's skin, clothes and hair probabilities all below this: background
MIN_SAMPLES = 500  # pixels each colour model needs


def drop_colour_remnants(
    alpha: np.ndarray,
    rgb: np.ndarray,
    inside: np.ndarray,
    frame: FaceInFrame,
    parse: Callable[[np.ndarray], Parsing],
) -> tuple[np.ndarray, int]:
    """`alpha` without background-coloured pieces beside the head, and how many pixels were cut.
    `rgb`: the output-frame pixels (uint8); `inside`: where they come from the selfie."""
    height, width = alpha.shape
    person = alpha > 0.5
    ys, xs = np.mgrid[0:height, 0:width]
    chin_x, chin_y = frame.chin
    sides = (np.abs(xs - chin_x) > SIDE * frame.face_w) & (ys > chin_y - ABOVE * frame.head_px)
    zone = sides & (ys < chin_y + DOWN_TO * frame.head_px)
    model_out = sides & (ys < chin_y + MODEL_DOWN_TO * frame.head_px)
    reach = max(3, round(RING * height)) | 1
    near = cv2.dilate(person.astype(np.uint8), np.ones((reach, reach), np.uint8)).astype(bool)
    wall = near & (alpha < 0.02) & (inside > 0.5)
    core = cv2.erode((alpha > 0.98).astype(np.uint8), np.ones((9, 9), np.uint8)).astype(bool) & ~model_out
    if wall.sum() < MIN_SAMPLES or core.sum() < MIN_SAMPLES or not (person & zone).any():
        return alpha, 0
    bins = _bin_index(rgb)
    ratio = _log_density(bins, wall) - _log_density(bins, core)
    candidate = person & zone
    seed = candidate & (ratio > np.log(SEED_RATIO))
    seed = cv2.morphologyEx(seed.astype(np.uint8), cv2.MORPH_OPEN, np.ones((5, 5), np.uint8)).astype(bool)
    if not seed.any():
        return alpha, 0
    weak = candidate & (ratio > np.log(GROW_RATIO))
    count, labels = cv2.connectedComponents(weak.astype(np.uint8), connectivity=8)
    seeded = np.zeros(count, bool)
    seeded[np.unique(labels[seed])] = True
    seeded[0] = False
    pieces = seeded[labels]
    parsing = parse(rgb)
    pieces &= (parsing.skin < NOT_PERSON) & (parsing.clothes < NOT_PERSON) & (parsing.hair < NOT_PERSON)
    cut = _attached_pieces(pieces, alpha, MIN_AREA * height * width)
    if not cut.any():
        return alpha, 0
    soft = np.maximum(cv2.GaussianBlur(cut.astype(np.float32), (0, 0), 1.0), cut.astype(np.float32))
    return (alpha * (1.0 - soft)).astype(np.float32), int(cut.sum())


def _bin_index(rgb: np.ndarray) -> np.ndarray:
    """Flat Lab histogram bin of every pixel (H×W int)."""
    lab = cv2.cvtColor(rgb, cv2.COLOR_RGB2LAB).astype(np.int32) * BINS // 256
    index: np.ndarray = (lab[:, :, 0] * BINS + lab[:, :, 1]) * BINS + lab[:, :, 2]
    return index


def _log_density(bins: np.ndarray, sample: np.ndarray) -> np.ndarray:
    """Log of the smoothed colour histogram of the `sample` pixels, looked up for every pixel."""
    counts = np.bincount(bins[sample], minlength=BINS**3).astype(np.float64).reshape(BINS, BINS, BINS)
    counts = uniform_filter(counts, size=3, mode="constant")
    density = counts / max(float(counts.sum()), 1.0) + 1e-6
    looked_up: np.ndarray = np.log(density.ravel()[bins])
    return looked_up


def _attached_pieces(pieces: np.ndarray, alpha: np.ndarray, min_area: float) -> np.ndarray:
    """The pieces large enough and touching the matte's outline (a patch the person model grew
    into); a background-coloured spot in the middle of the person is the person's own."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(pieces.astype(np.uint8), connectivity=8)
    outline = cv2.dilate((alpha < 0.5).astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    touching = np.zeros(count, bool)
    touching[np.unique(labels[outline & pieces])] = True
    keep = touching & (stats[:, cv2.CC_STAT_AREA] >= min_area)
    keep[0] = False
    chosen: np.ndarray = keep[labels]
    return chosen
