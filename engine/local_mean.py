"""Normalised convolution: the weighted local mean of an image and how much weight stood behind it.

Why one module: several stages need "the colour of the known pixels around here" (decontamination,
spill suppression, body completion, the audit), at smoothing scales of 1–25 % of the photo. A
Gaussian of that size at full resolution costs tens of ms per call; the result is smooth on the
scale of sigma, so it is computed on a copy shrunk until sigma is a few pixels and scaled back up
(within 1/255 of the full-size result, measured on the sample photos).
"""

from __future__ import annotations

import cv2
import numpy as np

WORK_SIGMA = 3.0  # sigma in pixels at the reduced scale


def local_mean(values: np.ndarray, weight: np.ndarray, sigma: float) -> tuple[np.ndarray, np.ndarray]:
    """(H×W×C weighted local mean of `values`, H×W local weight) at Gaussian scale `sigma` px."""
    h, w = weight.shape
    scale = min(1.0, WORK_SIGMA / max(sigma, 1e-6))
    weight = weight.astype(np.float32)
    num, den = values.astype(np.float32) * weight[:, :, None], weight
    if scale < 1:
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        num = cv2.resize(num, size, interpolation=cv2.INTER_AREA)
        den = cv2.resize(den, size, interpolation=cv2.INTER_AREA)
    num = cv2.GaussianBlur(num, (0, 0), sigma * scale)
    den = cv2.GaussianBlur(den, (0, 0), sigma * scale)
    if num.ndim == 2:  # cv2 drops a single channel
        num = num[:, :, None]
    mean = num / np.maximum(den, 1e-6)[:, :, None]
    if scale < 1:
        mean = cv2.resize(mean, (w, h), interpolation=cv2.INTER_LINEAR)
        den = cv2.resize(den, (w, h), interpolation=cv2.INTER_LINEAR)
        if mean.ndim == 2:
            mean = mean[:, :, None]
    return mean, den
