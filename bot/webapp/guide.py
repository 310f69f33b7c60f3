"""What the camera guide draws and says for one document, as JSON for the page.

The template's rows come from the same layout the chat's example picture is drawn from
(specs.template.layout), as fractions of the photo height, so the oval on the live video and the
example in the chat agree. The page's own thresholds are data too (TUNING): the page has no
numbers of its own, and the browser tests compose their fake camera streams from the same figures.
"""

from __future__ import annotations

from typing import Any

from bot.conversation.naming import document_name
from bot.conversation.texts import RIGHT_TO_LEFT, Translator
from specs.schema import DocumentSpec, GlassesPolicy
from specs.template import layout

# The page's thresholds. Shares are of the document frame drawn on the video unless said otherwise.
TUNING: dict[str, float] = {
    "frame_height": 0.86,  # the document frame's height, as a share of the visible video's height
    "crown_from_face": 1.31,  # chin→crown over chin→landmark 10: median of the 5 labelled samples (1.18–1.45)
    "head_slack": 0.03,  # the head-height band may be missed by this much of the frame height
    "eye_slack": 0.025,  # the eye band likewise
    "centre_slack": 0.07,  # the face's centre may sit this far off the frame's middle line
    "light_ratio": 0.7,  # darker cheek over the brighter one under this: uneven (the engine warns there)
    "dark_level": 55,  # mean luma (0–255) of the face under this: too dark
    "yaw_slack": 2.0,  # degrees past the spec's yaw limit (the engine warns past it, fails 5° on)
    # degrees past the pitch limit, either way: the engine's frontal bias (3°) plus its noise (4°),
    # engine/checks/pose.py; unsigned, as the browser's matrix layout leaves the sign uncertain
    "pitch_slack": 7.0,
    "gaze_limit": 0.55,  # an eyeLook* blendshape over this: not looking at the camera
    # bridge edges over the forehead's: glasses. On the gallery's labelled faces (this formula in
    # Python, same landmarks): glasses-free 0.6–3.8 (53 faces), glasses 1.7–8.1 (5 of 7 above 4)
    "glasses_edge": 4.0,
    "hold_ms": 1200,  # everything inside the bands this long → automatic capture
    "detect_every_ms": 90,  # landmark runs at most this often (phones stay cool)
}
HINTS = (
    "no-face", "closer", "back", "raise", "lower", "centre", "straighten", "look", "light", "dark",
    "glasses", "good",
)  # fmt: skip
PAGE = (
    "title", "loading", "camera-denied", "switch", "capture", "retake", "send", "sending", "sent",
    "failed", "expired", "consent", "slow-down", "too-big",
)  # fmt: skip


def texts(t: Translator) -> dict[str, str]:
    """Every text the page shows, in the user's language (keys without the `webapp-` prefix)."""
    return {key: t(f"webapp-{key}") for key in (*PAGE, *(f"hint-{hint}" for hint in HINTS))}


def guide(spec: DocumentSpec, t: Translator) -> dict[str, Any]:
    """The document's frame (aspect, head band, eye band, crown and chin rows as fractions of the
    height from the top), the pose limits and glasses rule, the page's tuning and its texts."""
    lay = layout(spec)
    h = float(lay.height)
    head = spec.frame().head_height
    eye_band = None
    if lay.eye_band is not None:
        eye_band = [
            (lay.eye_band.top if lay.eye_band.top is not None else 0.0) / h,
            (lay.eye_band.bottom if lay.eye_band.bottom is not None else h) / h,
        ]
    return {
        "doc": spec.id,
        "document": document_name(spec, t.lang),
        "lang": t.lang,
        "rtl": t.lang in RIGHT_TO_LEFT,
        "aspect": lay.width / h,
        "head": [head.mid if head.min is None else head.min, head.mid if head.max is None else head.max],
        "eye_line": lay.eye_line / h,
        "eye_band": eye_band,
        "crown": [row / h for row in lay.crown_rows],
        "chin": [row / h for row in lay.chin_rows],
        "max_yaw": spec.policy.max_yaw_deg,
        "max_pitch": spec.policy.max_pitch_deg,
        "max_roll": spec.policy.max_roll_deg,
        "glasses_forbidden": spec.policy.glasses is GlassesPolicy.forbidden,
        "shoulders": spec.policy.shoulders_required,
        "tuning": TUNING,
        "texts": texts(t),
    }
