"""Is the selfie in colour? Passport and visa rules ask for a colour photo (ICAO 9303: "colour
neutral"; the US, UK, Schengen, Chinese and Indian rules say "in colour"), and a black-and-white
picture, a greyscale filter or a scan of an old grey print is refused at the counter even when
every millimetre is right. No edit can honestly put the colour back, so the photo is retaken.

Measured as the median chroma (CIELAB √(a*² + b*²)) over the face oval: on the gallery's 55
faces in colour it is 12–35 (tanned, pale, filtered, blurred and old scanned prints included),
on its black-and-white portrait 0.0.
"""

from __future__ import annotations

import cv2
import numpy as np

from engine.checks.face_crop import FaceCrop
from engine.checks.grading import graded
from engine.context import CheckResult
from specs.schema import Policy

WARN_CHROMA = 7.0  # a strongly desaturated filter: still colour, but ask
FAIL_CHROMA = 4.0  # greyscale (JPEG noise gives a grey face about 0–2)


def colour_photo(crop: FaceCrop, policy: Policy) -> CheckResult:
    lab = cv2.cvtColor(crop.rgb, cv2.COLOR_RGB2LAB).astype(np.float32)
    a = lab[:, :, 1][crop.mask] - 128.0
    b = lab[:, :, 2][crop.mask] - 128.0
    chroma = float(np.median(np.hypot(a, b))) if a.size else None
    return graded(
        "colour_photo",
        "Photo in colour",
        chroma,
        warn=WARN_CHROMA,
        fail=FAIL_CHROMA,
        higher_is_worse=False,
        allowed=f"face chroma ≥ {WARN_CHROMA:g}",
        tip="Take the photo in colour: switch off black-and-white or colour filters in the camera.",
        blocking=policy.colour_required,
        digits=1,
    )
