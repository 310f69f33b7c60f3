"""The document-spec schema: one pydantic model per concept of an official photo rule.

Why a schema rather than dicts: every figure in a spec file is a legal requirement somebody
relies on, so a typo ("heigth_mm") or an inverted range must fail at load time, not produce a
quietly wrong photo. The engine never reads raw data files; it reads `DocumentSpec` and asks it
for a resolution-independent `Frame` (all distances as fractions of the photo height).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

MM_PER_INCH = 25.4
DEFAULT_PRINT_DPI = 300

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Range(_Strict):
    """A closed interval [min, max]; either side may be open (None) when the rule states only one."""

    min: float | None = None
    max: float | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.min is None and self.max is None:
            raise ValueError("a range needs min, max or both")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"range min {self.min} > max {self.max}")
        if (self.min is not None and self.min < 0) or (self.max is not None and self.max < 0):
            raise ValueError("negative range")
        return self

    @property
    def mid(self) -> float:
        """Centre of the range, or the stated bound when only one side is given."""
        if self.min is not None and self.max is not None:
            return (self.min + self.max) / 2
        return self.min if self.min is not None else self.max  # type: ignore[return-value]

    def contains(self, value: float, slack: float = 0.0) -> bool:
        lo = -float("inf") if self.min is None else self.min - slack
        hi = float("inf") if self.max is None else self.max + slack
        return lo <= value <= hi

    def scaled(self, factor: float) -> Range:
        return Range(
            min=None if self.min is None else self.min * factor,
            max=None if self.max is None else self.max * factor,
        )


class DocumentType(StrEnum):
    passport = "passport"
    visa = "visa"
    e_visa = "e_visa"
    national_id = "national_id"
    residence_permit = "residence_permit"
    driving_licence = "driving_licence"
    citizenship = "citizenship"
    student_exam = "student_exam"
    other = "other"


class HeadTop(StrEnum):
    """What 'head height' is measured to: most issuers mean the top of the hair, France the skull."""

    hair = "hair"
    skull = "skull"


class GlassesPolicy(StrEnum):
    """`not_recommended`: the official text advises against glasses without forbidding them (Japan:
    "眼鏡を外した写真を推奨"), so the product warns instead of blocking."""

    forbidden = "forbidden"
    not_recommended = "not_recommended"
    allowed_no_glare = "allowed_no_glare"
    required_if_habitual = "required_if_habitual"


class EditPolicy(StrEnum):
    """What the authority says about altering the photo, from its own text (quoted in `Edits.quote`).

    allowed: silent on edits, or allows a plain background to be produced;
    unaltered: "unaltered" / "not digitally altered": replacing the background is an alteration, so
        the user is told before the selfie and a kept-background photo is offered first;
    no_edit: crop only, the original background must already qualify;
    office_only: the authority takes only photos made at its office or sent by a registered
        photographer (Germany's passport and ID card since 1 May 2025): our photo cannot serve it;
        `Edits.serves` says which procedures it can serve instead.
    """

    allowed = "allowed"
    unaltered = "unaltered"
    no_edit = "no_edit"
    office_only = "office_only"


class ExpressionPolicy(StrEnum):
    neutral = "neutral"
    natural_smile = "natural_smile"


class HeadwearPolicy(StrEnum):
    religious_or_medical_only = "religious_or_medical_only"
    forbidden = "forbidden"
    allowed = "allowed"


class Confidence(StrEnum):
    official = "official"
    secondary = "secondary"


class Figure(StrEnum):
    """The figures of a spec that can rest on a source of their own (for "unverified" marks)."""

    size = "size"
    head_height = "head_height"
    eye_line = "eye_line"
    crown_margin = "crown_margin"
    chin_margin = "chin_margin"
    background = "background"
    file = "file"
    glasses = "glasses"


class Names(_Strict):
    en: str
    local: str | None = None
    zh: str | None = None


class Size(_Strict):
    width: float = Field(gt=0)
    height: float = Field(gt=0)


class PixelSize(_Strict):
    width: int = Field(gt=0)
    height: int = Field(gt=0)


class Colour(_Strict):
    """An allowed background colour; `tolerance` is the max CIE76 ΔE an authority would still accept."""

    name: str
    rgb: str
    tolerance: float = Field(default=8.0, gt=0, le=60)

    @field_validator("rgb")
    @classmethod
    def _hex(cls, value: str) -> str:
        if not _HEX.match(value):
            raise ValueError(f"colour {value!r} is not #RRGGBB")
        return value.upper()

    @property
    def rgb_tuple(self) -> tuple[int, int, int]:
        return tuple(int(self.rgb[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


class Geometry(_Strict):
    """Face placement rules. Each distance is given in mm (printed photos) or as a fraction of the
    photo height (`*_ratio`, for digital-only rules such as DS-160's "50–69 % of image height")."""

    head_height_mm: Range | None = None
    head_height_ratio: Range | None = None
    head_top: HeadTop = HeadTop.hair
    eye_line_from_bottom_mm: Range | None = None
    eye_line_from_bottom_ratio: Range | None = None
    crown_margin_mm: Range | None = None
    crown_margin_ratio: Range | None = None
    chin_margin_mm: Range | None = None
    head_width_mm: Range | None = None

    @model_validator(mode="after")
    def _head_given(self) -> Geometry:
        if self.head_height_mm is None and self.head_height_ratio is None:
            raise ValueError("geometry needs head_height_mm or head_height_ratio")
        return self


class Background(_Strict):
    colours: list[Colour] = Field(min_length=1)


class Edits(_Strict):
    """What an authority lets a tool do to the photo. `no_edit` channels reject any alteration, so
    the engine may crop but must not replace the background or retouch.

    `policy` is the authority's word on alteration, with its own sentence in `quote` and the page in
    `quote_url`; `no_edit = true` and `policy = "no_edit"` mean the same and are kept in step;
    office_only documents are crop-only too (`no_edit = true`), should a user go on anyway.
    `serves` (office_only documents) lists the ids of the procedures our photo can serve instead."""

    background_replacement: bool = True
    retouching: bool = False
    no_edit: bool = False
    policy: EditPolicy = EditPolicy.allowed
    quote: str = ""
    quote_url: str | None = Field(default=None, pattern=r"^https?://")
    serves: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _policy_from_flag(cls, data: object) -> object:
        if isinstance(data, dict):
            data = dict(data)
            if data.get("no_edit") and "policy" not in data:
                data["policy"] = EditPolicy.no_edit.value
            if data.get("policy") in (EditPolicy.no_edit, EditPolicy.no_edit.value):
                data.setdefault("no_edit", True)
        return data

    @model_validator(mode="after")
    def _consistent(self) -> Edits:
        if self.no_edit and (self.background_replacement or self.retouching):
            raise ValueError("no_edit excludes background_replacement and retouching")
        crop_only = (EditPolicy.no_edit, EditPolicy.office_only)
        if (self.no_edit and self.policy not in crop_only) or (
            self.policy is EditPolicy.no_edit and not self.no_edit
        ):
            raise ValueError(
                "no_edit = true goes with policy 'no_edit' (or 'office_only'), and 'no_edit' with it"
            )
        quoted = (EditPolicy.unaltered, EditPolicy.office_only)
        if self.policy in quoted and not (self.quote and self.quote_url):
            raise ValueError(f"edit policy {self.policy.value!r} needs the authority's quote and quote_url")
        if self.serves and self.policy is not EditPolicy.office_only:
            raise ValueError("serves is only for office_only documents")
        return self

    @property
    def keep_background_first(self) -> bool:
        """Offer the selfie's own background before a replaced one (the authority frowns on edits)."""
        return self.policy is not EditPolicy.allowed


class Policy(_Strict):
    glasses: GlassesPolicy = GlassesPolicy.allowed_no_glare
    expression: ExpressionPolicy = ExpressionPolicy.neutral
    headwear: HeadwearPolicy = HeadwearPolicy.religious_or_medical_only
    ears_visible: bool = False
    max_photo_age_months: int | None = Field(default=None, gt=0)
    max_yaw_deg: float = Field(default=5.0, gt=0)
    max_pitch_deg: float = Field(default=5.0, gt=0)
    max_roll_deg: float = Field(default=8.0, gt=0)
    # ICAO 9303 and the authorities that follow it show the head *and the top of the shoulders*;
    # where a large part of them would have to be invented the photo is refused before payment.
    # Custom sizes (no authority behind them) set it false: there the engine only warns.
    shoulders_required: bool = True
    # the photo must be in colour (ICAO 9303 and every authority in the catalogue so far); a
    # document that accepts black and white sets it false and the check only warns
    colour_required: bool = True


FileFormat = Literal["jpeg", "png", "heic"]


def _jpeg_only() -> list[FileFormat]:
    return ["jpeg"]


class FileRules(_Strict):
    """Rules of an upload portal: accepted formats, the KB window and the pixel window."""

    formats: list[FileFormat] = Field(default_factory=_jpeg_only)
    kb_min: float | None = Field(default=None, ge=0)
    kb_max: float | None = Field(default=None, gt=0)
    pixels_min: PixelSize | None = None
    pixels_max: PixelSize | None = None

    @model_validator(mode="after")
    def _sane(self) -> FileRules:
        if self.kb_min is not None and self.kb_max is not None and self.kb_min >= self.kb_max:
            raise ValueError("kb_min must be below kb_max")
        if (
            self.pixels_min
            and self.pixels_max
            and (
                self.pixels_min.width > self.pixels_max.width
                or self.pixels_min.height > self.pixels_max.height
            )
        ):
            raise ValueError("pixels_min exceeds pixels_max")
        return self


class PrintRules(_Strict):
    copies: int = Field(default=2, ge=1)
    finish: Literal["matte", "glossy", "matte_or_glossy"] = "matte_or_glossy"


class Source(_Strict):
    url: str = Field(pattern=r"^https?://")
    checked: dt.date
    confidence: Confidence


class Frame(_Strict):
    """The spec reduced to what geometry needs: photo aspect and every vertical rule as a fraction
    of the photo height. Resolution-independent, so the same frame renders a 600 px upload and a
    300 DPI print cell."""

    aspect: float  # width / height
    head_height: Range
    head_top: HeadTop
    eye_line_from_bottom: Range | None
    crown_margin: Range | None
    chin_margin: Range | None


class DocumentSpec(_Strict):
    id: Annotated[str, Field(min_length=2, max_length=48)]
    country: Annotated[str, Field(pattern=r"^([A-Z]{2}|EU|XX)$")]
    type: DocumentType
    names: Names
    aliases: list[str] = Field(default_factory=list)
    print_mm: Size | None = None
    pixels: PixelSize | None = None
    dpi: int | None = Field(default=None, ge=72, le=1200)
    geometry: Geometry
    background: Background
    edits: Edits = Field(default_factory=Edits)
    policy: Policy = Field(default_factory=Policy)
    file: FileRules = Field(default_factory=FileRules)
    prints: PrintRules | None = None
    sources: list[Source] = Field(min_length=1)
    # Figures resting only on secondary data although an official source backs the rest; with no
    # official source at all, every figure is unverified (see `unverified_figures`).
    secondary_figures: list[Figure] = Field(default_factory=list)
    notes: str = ""

    @field_validator("id")
    @classmethod
    def _snake(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"id {value!r} is not snake_case")
        return value

    @model_validator(mode="after")
    def _has_size(self) -> DocumentSpec:
        if self.print_mm is None and self.pixels is None and self.file.pixels_min is None:
            raise ValueError("a spec needs print_mm, pixels or file.pixels_min")
        g = self.geometry
        mm_rules = (g.head_height_mm, g.eye_line_from_bottom_mm, g.crown_margin_mm, g.chin_margin_mm)
        if any(r is not None for r in mm_rules) and self.print_mm is None:
            raise ValueError("mm geometry needs print_mm")
        return self

    # --- how far the figures can be trusted ---------------------------------------------

    @property
    def confidence(self) -> Confidence:
        """`official` only when a government page backs the spec and no figure is marked secondary."""
        official = any(s.confidence is Confidence.official for s in self.sources)
        return Confidence.official if official and not self.secondary_figures else Confidence.secondary

    @property
    def unverified_figures(self) -> frozenset[Figure]:
        """The figures to show with an "unverified" mark: all of them without an official source."""
        if not any(s.confidence is Confidence.official for s in self.sources):
            return frozenset(Figure)
        return frozenset(self.secondary_figures)

    # --- derived values the engine uses -------------------------------------------------

    @property
    def output_pixels(self) -> PixelSize:
        """Pixel size of the digital file: the exact size when stated, else the portal's minimum,
        else the print size at the spec's DPI (300 by default)."""
        if self.pixels is not None:
            return self.pixels
        if self.file.pixels_min is not None and self.print_mm is None:
            return self.file.pixels_min
        assert self.print_mm is not None
        dpi = self.output_dpi
        return PixelSize(
            width=round(self.print_mm.width / MM_PER_INCH * dpi),
            height=round(self.print_mm.height / MM_PER_INCH * dpi),
        )

    @property
    def output_dpi(self) -> int:
        if self.dpi is not None:
            return self.dpi
        if self.print_mm is not None and self.pixels is not None:
            return round(self.pixels.width / (self.print_mm.width / MM_PER_INCH))
        return DEFAULT_PRINT_DPI

    def frame(self) -> Frame:
        """Every vertical rule as a fraction of the photo height (mm rules divided by print height)."""
        g = self.geometry
        if self.print_mm is not None:
            aspect = self.print_mm.width / self.print_mm.height
            height_mm = self.print_mm.height
        else:
            px = self.output_pixels
            aspect = px.width / px.height
            height_mm = None

        def pick(mm: Range | None, ratio: Range | None) -> Range | None:
            if ratio is not None:
                return ratio
            if mm is not None and height_mm is not None:
                return mm.scaled(1 / height_mm)
            return None

        head = pick(g.head_height_mm, g.head_height_ratio)
        assert head is not None
        return Frame(
            aspect=aspect,
            head_height=head,
            head_top=g.head_top,
            eye_line_from_bottom=pick(g.eye_line_from_bottom_mm, g.eye_line_from_bottom_ratio),
            crown_margin=pick(g.crown_margin_mm, g.crown_margin_ratio),
            chin_margin=pick(g.chin_margin_mm, None),
        )


class CountryFile(_Strict):
    """One data file: every document of one country (or the EU / generic sizes)."""

    document: list[DocumentSpec] = Field(min_length=1)
