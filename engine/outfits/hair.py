"""Which hair hangs in front of the shoulders (and must stay in front of the garment).

The parser's hair class alone is not enough: it also calls dark clothing "hair" (a black collar,
the shoulders of a black shirt). Two checks separate them:
* colour: each pixel is compared with the hair on the head and with what the parser is sure is
  clothing (Gaussian models in Lab); dark brown hair over a black shirt splits cleanly, black on
  black does not, and then the next rule decides;
* gravity: hair hangs down from the head, so a pixel counts only if hair reaches it from above,
  column by column (with a little sideways drift), starting from the hair on the head.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from engine.outfits.parsing import Parsing

THRESHOLD = 0.45
DRIFT = 2  # px a strand may move sideways per row
COLOUR_DOUBT = 0.25  # below this hair-vs-clothing colour vote a hair-class pixel is clothing
MIN_STD = np.array([4.0, 1.5, 1.5], np.float32)  # floors of the colour models' spreads (Lab)
SAMPLE_STEP = 4  # every 4th (half-resolution) pixel is plenty to fit a mean and a spread


@dataclass(frozen=True)
class HairMasks:
    on_head: np.ndarray  # H×W float32 0/1: hair-coloured hair regions connected to the head's hair
    front: np.ndarray  # H×W float32 0..1: hair hanging below the head, in front of the body


def find_hair(
    foreground: np.ndarray, alpha: np.ndarray, parsing: Parsing, head: np.ndarray, inside: np.ndarray
) -> HairMasks:
    """`head`: the region above the jaw (float mask); `inside`: where the source photo has pixels."""
    hair = parsing.hair * alpha
    likely = hair > THRESHOLD
    above = head > 0.5
    colour = _colour_vote(foreground, alpha, parsing, likely & above)
    candidate = likely & (colour > COLOUR_DOUBT)
    hanging = _hang(candidate, likely & above)
    count, labels = cv2.connectedComponents(candidate.astype(np.uint8), connectivity=8)
    touching = np.unique(labels[candidate & above])
    touching = touching[touching > 0]
    on_head = np.isin(labels, touching) if count > 1 and len(touching) else np.zeros_like(likely)
    grow = np.ones((5, 5), np.uint8)
    strength = np.clip((hair - 0.25) / 0.5, 0.0, 1.0) * np.clip(colour / (2 * COLOUR_DOUBT), 0.0, 1.0)
    edge = np.clip(cv2.GaussianBlur(inside, (0, 0), 3.0) * 2.0 - 1.0, 0.0, 1.0)
    front = strength * cv2.dilate(hanging.astype(np.uint8), grow).astype(np.float32) * edge * (1.0 - head)
    return HairMasks(
        on_head=cv2.dilate(on_head.astype(np.uint8), grow).astype(np.float32),
        front=front.astype(np.float32),
    )


def _colour_vote(
    foreground: np.ndarray, alpha: np.ndarray, parsing: Parsing, head_hair: np.ndarray
) -> np.ndarray:
    """Per pixel, how much more hair-like than clothing-like its colour is (0..1; 1 when unsure).
    Voted at half resolution and smoothed: it separates regions, not single strands."""
    h, w = alpha.shape
    half = (max(1, w // 2), max(1, h // 2))
    rgb = np.clip(cv2.resize(foreground, half, interpolation=cv2.INTER_AREA) * 255.0 + 0.5, 0, 255)
    lab = cv2.cvtColor(rgb.astype(np.uint8), cv2.COLOR_RGB2LAB).astype(np.float32)

    def small(mask: np.ndarray) -> np.ndarray:
        return cv2.resize(mask.astype(np.uint8), half, interpolation=cv2.INTER_NEAREST) > 0

    clothes = small((parsing.clothes > 0.7) & (alpha > 0.9) & (parsing.hair < 0.2))
    sure_hair = small(head_hair)
    if sure_hair.sum() < 50 or clothes.sum() < 50:
        return np.ones(alpha.shape, np.float32)
    vote = np.ones(lab.shape[:2], np.float32)
    asked = small(parsing.hair * alpha > 0.2)  # only hair-class pixels need a vote
    pixels = lab[asked]
    log_hair = _log_likelihood(pixels, lab[sure_hair][::SAMPLE_STEP])
    log_clothes = _log_likelihood(pixels, lab[clothes][::SAMPLE_STEP])
    vote[asked] = 1.0 / (1.0 + np.exp(np.clip(log_clothes - log_hair, -30, 30)))
    vote = cv2.GaussianBlur(vote, (0, 0), 1.0)
    return cv2.resize(vote, (w, h), interpolation=cv2.INTER_LINEAR)


def _log_likelihood(pixels: np.ndarray, samples: np.ndarray) -> np.ndarray:
    """Log density of N×3 Lab `pixels` under a diagonal Gaussian fitted to `samples`."""
    mean = samples.mean(axis=0)
    std = np.maximum(samples.std(axis=0), MIN_STD)
    z = (pixels - mean) / std
    log_likelihood: np.ndarray = -0.5 * (z * z).sum(axis=1) - np.log(std).sum()
    return log_likelihood


def _hang(candidate: np.ndarray, seed: np.ndarray) -> np.ndarray:
    """Candidate pixels reachable from `seed` by moving down (±DRIFT px sideways per row)."""
    reach = np.zeros_like(candidate)
    rows = np.nonzero(seed.any(axis=1))[0]
    if len(rows) == 0:
        return reach
    kernel = np.ones(2 * DRIFT + 1, np.uint8)
    previous = np.zeros(candidate.shape[1], bool)
    for y in range(int(rows[0]), candidate.shape[0]):
        spread = np.convolve(previous.astype(np.uint8), kernel, mode="same") > 0
        current = seed[y] | (candidate[y] & spread)
        if not current.any() and y > rows[-1]:
            break
        reach[y] = current
        previous = current
    return reach
