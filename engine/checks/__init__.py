"""Stage 3, quality checks: one small function per rule, run in a fixed order.

Each check returns a CheckResult whose `id` is stable (the bot translates check-<id> and
tip-<id>). Thresholds live next to each check with the reason for them; whether a failed rule
blocks comes from the spec's policy (e.g. a smile blocks only where a neutral face is required).
"""

from __future__ import annotations

import numpy as np

from engine.checks import colour, expression, framing, gaze, glasses, lighting, pose, sharpness
from engine.checks.face_crop import face_crop
from engine.checks.hands import HandsModel, skin_at_chest
from engine.checks.hands import hands as hands_check
from engine.checks.headwear import HeadParse, HeadwearModel, head_covering
from engine.context import CheckResult, FaceAnalysis
from engine.head import HeadTop
from specs.schema import DocumentSpec

HANDS_GATE = 0.05  # skin beside the face (share of the head box) that sends a photo to the hands check
CHEST_GATE = 0.08  # face-coloured share of the chest zone that sends it there too (a hand, a phone)
CHECK_IDS = (
    "face_size",
    "head_cut",
    "yaw",
    "pitch",
    "roll",
    "gaze",
    "eyes_closed",
    "mouth_open",
    "smile",
    "glasses",
    "lighting_uneven",
    "exposure",
    "dynamic_range",
    "colour_photo",
    "blur",
    "compression",
    "head_covering",
    "hands",
)  # the order run_checks reports them in; stable API (bot strings check-<id>, tip-<id>)


def run_checks(
    rgb: np.ndarray,
    face: FaceAnalysis,
    head: HeadTop,
    spec: DocumentSpec,
    *,
    jpeg_quality: int | None,
    headwear: HeadwearModel | None = None,
    hands: HandsModel | None = None,
) -> list[CheckResult]:
    """Every selfie check, in `CHECK_IDS` order. `headwear` is the optional head-covering model
    (built once by the caller); without it that check passes unmeasured."""
    policy = spec.policy
    crop = face_crop(rgb, face)
    parse = headwear.measure(rgb, face, head) if headwear is not None else HeadParse(None, None)
    share = parse.clothes_share
    # the pose model (heavy: ~70 ms and ~75 MB) only where skin shows beside the face
    skin = parse.skin_beside_face
    look = hands is not None and (
        skin is None or skin >= HANDS_GATE or skin_at_chest(rgb, face) >= CHEST_GATE
    )
    return [
        framing.face_size(face, spec),
        framing.head_cut(face, rgb.shape[1], rgb.shape[0]),
        pose.yaw(face, policy),
        pose.pitch(face, policy),
        pose.roll(face, policy),
        gaze.gaze(face),
        expression.eyes_closed(face),
        expression.mouth_open(face, policy),
        expression.smile(face, policy),
        glasses.glasses(crop, face, policy),
        lighting.lighting_uneven(crop),
        lighting.exposure(crop),
        lighting.dynamic_range(crop),
        colour.colour_photo(crop, policy),
        sharpness.blur(crop),
        sharpness.compression(jpeg_quality),
        head_covering(share, policy, model_available=headwear is not None and headwear.available),
        hands_check(
            hands.points(rgb) if look and hands is not None else None,
            face,
            (rgb.shape[1], rgb.shape[0]),
            measured=hands is not None,
        ),
    ]


__all__ = ["CHECK_IDS", "HandsModel", "HeadwearModel", "run_checks"]
