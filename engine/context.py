"""The one typed object the pipeline passes from stage to stage.

Why one context: every stage reads what earlier stages found (the face, the mask, the placement)
and the report needs all of it, so stages take `(ctx)` and fill in their own field. All analysis
coordinates are in *source image pixels* (after EXIF rotation), x to the right, y down; "left"
and "right" mean image left/right, never the subject's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import numpy as np

from specs.schema import DocumentSpec

Point = tuple[float, float]


@dataclass(frozen=True)
class Adjustments:
    """User nudges from the preview step, bounded so the result stays inside the spec.

    `shift` moves the head up (+) or down (-) and `zoom` grows (+) or shrinks (-) it, both as a
    fraction -1..1 of the room the spec's ranges leave; `brightness` is -1..1 of a mild step.
    """

    shift: float = 0.0
    zoom: float = 0.0
    brightness: float = 0.0


@dataclass(frozen=True)
class Options:
    background: str | None = None  # a colour name from the spec; None = the spec's first colour
    keep_background: bool = False  # no-edit mode: crop only
    # least edit: with no colour asked for, keep the selfie's own background when it already
    # meets the document (engine.pipeline.Engine._keeps_own_background); replace it otherwise
    least_edit: bool = True
    retouch: Literal["none", "light"] = "none"
    matting: str = "selfie_cf"  # registry name in engine.matting
    adjust: Adjustments = field(default_factory=Adjustments)
    watermark: bool = False  # previews
    outfit: str | None = None  # outfit id (engine/outfits/catalogue.toml); None = the clothes as worn
    # what the user chose when the bot offered to keep their own background (policy "unaltered"
    # documents and walls that already qualify): recorded in the report as `user_choice`
    background_choice: Literal["kept", "replaced"] | None = None
    # the user declared the head covering the checks warned about religious or medical (only the
    # user can know; a hat is refused by the authorities): recorded in the report's `user_choice`
    headwear_declared: bool = False


@dataclass
class DecodedImage:
    rgb: np.ndarray  # H×W×3 uint8, sRGB, EXIF orientation applied
    source_format: str  # "JPEG", "PNG", "HEIF", ...
    source_mode: str  # PIL mode before conversion ("RGB", "CMYK", "I;16", ...)
    byte_size: int
    jpeg_quality: int | None = None  # estimated from quantisation tables, JPEG only
    notes: list[str] = field(default_factory=list)  # e.g. "converted from CMYK via ICC profile"

    @property
    def height(self) -> int:
        return int(self.rgb.shape[0])

    @property
    def width(self) -> int:
        return int(self.rgb.shape[1])


@dataclass
class FaceAnalysis:
    """One face, measured. Landmarks are MediaPipe Face Mesh v2 indices (478 points)."""

    landmarks: np.ndarray  # 478×3 float32, x/y in source px, z relative (MediaPipe units × width)
    box: tuple[float, float, float, float]  # x, y, w, h of the detector box, source px
    eye_left: Point  # image-left iris centre
    eye_right: Point  # image-right iris centre
    chin: Point  # landmark 152
    forehead: Point  # landmark 10 (hairline area, not the crown)
    crown: Point  # top of hair: topmost person-mask pixel above the forehead, within face width
    skull_top: Point  # estimated top of skull (eyes sit halfway between chin and skull top)
    yaw: float  # degrees, + = subject turned to image right
    pitch: float  # degrees, + = chin up
    roll: float  # degrees, + = clockwise tilt in the image
    blendshapes: dict[str, float]
    face_count: int  # significant faces found (this one included)
    second_face_ratio: float  # area of the 2nd largest face / this one (0 when alone)
    crown_touches_top: bool  # the person mask reaches the top edge above the face: head cut

    @property
    def eye_mid(self) -> Point:
        return ((self.eye_left[0] + self.eye_right[0]) / 2, (self.eye_left[1] + self.eye_right[1]) / 2)

    @property
    def inter_eye_distance(self) -> float:
        return float(np.hypot(self.eye_right[0] - self.eye_left[0], self.eye_right[1] - self.eye_left[1]))

    def head_top(self, to_skull: bool) -> Point:
        return self.skull_top if to_skull else self.crown

    def head_height(self, to_skull: bool = False) -> float:
        top = self.head_top(to_skull)
        return float(np.hypot(self.chin[0] - top[0], self.chin[1] - top[1]))


class Status(StrEnum):
    passed = "pass"
    warn = "warn"
    fail = "fail"


@dataclass(frozen=True)
class CheckResult:
    """One quality check as the report and the bot show it."""

    id: str  # stable key, e.g. "yaw"; the bot translates "check-<id>" and "tip-<id>"
    title: str  # short English label
    status: Status
    measured: float | str | None
    allowed: str  # human-readable allowed range, e.g. "≤ 5°"
    tip: str  # one-line fix in plain words (shown when not passed)
    unit: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "status": self.status.value,
            "measured": self.measured,
            "unit": self.unit,
            "allowed": self.allowed,
            "tip": self.tip if self.status is not Status.passed else "",
        }


@dataclass
class Placement:
    """How the source maps onto the output photo: a 2×3 affine (source px → output px at the
    output size), plus what the layout could not avoid."""

    matrix: np.ndarray  # 2×3 float64
    size: tuple[int, int]  # output width, height in px
    head_height: float  # predicted, fraction of photo height
    eye_line_from_bottom: float  # predicted, fraction of photo height
    crown_margin: float  # predicted, fraction of photo height
    extended: bool  # part of the output lies outside the source and is filled with background
    shoulders_cut: bool  # the body ends above the bottom edge of the photo
    residual_roll: float = 0.0  # degrees of head tilt deliberately left in the photo (within the spec)
    body_invented: float = 0.0  # share of the neck-and-shoulders zone outside the source photo

    def scaled_to(self, width: int, height: int) -> Placement:
        """The same placement for another output resolution (e.g. a 300 DPI print cell)."""
        sx, sy = width / self.size[0], height / self.size[1]
        matrix = np.diag([sx, sy]) @ self.matrix
        return Placement(
            matrix=matrix,
            size=(width, height),
            head_height=self.head_height,
            eye_line_from_bottom=self.eye_line_from_bottom,
            crown_margin=self.crown_margin,
            extended=self.extended,
            shoulders_cut=self.shoulders_cut,
            residual_roll=self.residual_roll,
            body_invented=self.body_invented,
        )


@dataclass
class Context:
    spec: DocumentSpec
    options: Options
    image: DecodedImage | None = None
    face: FaceAnalysis | None = None
    person_mask: np.ndarray | None = None  # coarse person probability around the head (256², float32)
    checks: list[CheckResult] = field(default_factory=list)
    placement: Placement | None = None
    alpha: np.ndarray | None = None  # output-size float32 0..1 (None in keep-background mode)
    foreground: np.ndarray | None = None  # output-size float32 RGB 0..1, colour-decontaminated
    enhanced: np.ndarray | None = None  # output-size float32 RGB 0..1 after enhance, before any outfit
    photo: np.ndarray | None = None  # final output-size uint8 RGB
    created: np.ndarray | None = None  # output-size bool: pixels made up by body completion
    cleanup: Any = None  # engine.matting.cleanup.CleanupStats of the last render
    audit: list[Any] = field(default_factory=list)  # engine.audit.AuditItem of the last render
    background_rgb: tuple[int, int, int] | None = None
    outputs: dict[str, Path] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)  # stage name → seconds

    @property
    def blocking(self) -> list[CheckResult]:
        return [c for c in self.checks if c.status is Status.fail]

    @property
    def warnings(self) -> list[CheckResult]:
        return [c for c in self.checks if c.status is Status.warn]
