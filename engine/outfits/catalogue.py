"""The outfit catalogue: what each garment is made of, as data (engine/outfits/catalogue.toml).

Why data: adding a colour or a new combination of parts (shirt, tie, jacket, top) must not need
code. The drawing code knows how to draw each *kind* of part; the catalogue says which parts an
outfit has, their colours and fabrics, and where its anchors are.

Template space: every outfit is drawn in the same unit system, y down, with the origin at the
neck centre (the front of the collar line) and the shoulder points about one unit to either
side. Anchors are the points the fitter maps onto the person (engine/outfits/body.py), and the
neck opening is where the person's neck shows through the garment.
"""

from __future__ import annotations

import tomllib
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from engine.errors import EngineError
from specs.schema import DocumentSpec

DATA = Path(__file__).with_name("catalogue.toml")
LANGUAGES = ("en", "zh", "es", "ru", "hi", "pt")  # the bot's languages

Point = tuple[float, float]
Hex = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]


class UnknownOutfit(EngineError):
    """An outfit id that the catalogue does not have (a caller's mistake, not the user's photo)."""

    code = "unknown_outfit"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Audience(StrEnum):
    men = "men"
    women = "women"
    child = "child"
    any = "any"


class Fabric(StrEnum):
    """Surface a part is made of; decides texture and sheen (engine/outfits/fabric.py)."""

    worsted = "worsted"  # suit cloth: fine twill
    poplin = "poplin"  # dress shirt: smooth, very fine weave
    oxford = "oxford"  # casual shirt: basket weave
    crepe = "crepe"  # blouse: soft pebbled surface
    knit = "knit"  # jersey top: vertical ribs
    silk = "silk"  # tie: sheen


class CollarStyle(StrEnum):
    point = "point"  # dress shirt, narrow spread
    spread = "spread"
    rounded = "rounded"  # child's shirt
    soft = "soft"  # blouse: wide, soft wings
    none = "none"  # collarless shell blouse: a plain faced neckline


class Names(_Strict):
    """Display name in every bot language."""

    en: str
    zh: str
    es: str
    ru: str
    hi: str
    pt: str

    def get(self, language: str) -> str:
        return str(getattr(self, language, None) or self.en)


class Anchors(_Strict):
    """Template-space points the fitter maps onto the person. Left/right are image left/right."""

    neck_centre: Point = (0.0, 0.0)
    collar_left: Point
    collar_right: Point
    shoulder_left: Point
    shoulder_right: Point

    @model_validator(mode="after")
    def _plausible(self) -> Anchors:
        if not self.shoulder_left[0] < self.collar_left[0] < self.neck_centre[0] < self.collar_right[0]:
            raise ValueError("anchors must run shoulder_left < collar_left < neck_centre < collar_right")
        if not self.collar_right[0] < self.shoulder_right[0]:
            raise ValueError("collar_right must lie inside shoulder_right")
        if max(self.collar_left[1], self.collar_right[1]) > self.neck_centre[1]:
            raise ValueError("collar corners sit at or above the neck centre (the collar rises at the sides)")
        if min(self.shoulder_left[1], self.shoulder_right[1]) <= self.neck_centre[1]:
            raise ValueError("shoulder points lie below the neck centre")
        return self

    @property
    def shoulder_half_width(self) -> float:
        return (self.shoulder_right[0] - self.shoulder_left[0]) / 2

    def as_list(self) -> list[Point]:
        """Order used by the warp: neck centre, collar corners, shoulders."""
        return [
            self.neck_centre,
            self.collar_left,
            self.collar_right,
            self.shoulder_left,
            self.shoulder_right,
        ]


class Shirt(_Strict):
    colour: Hex
    fabric: Fabric = Fabric.poplin
    collar: CollarStyle = CollarStyle.point
    collar_length: float = Field(default=0.42, gt=0.1, le=0.8)  # collar point depth below the neck centre
    buttons: bool = True


class Tie(_Strict):
    colour: Hex
    stripe_colour: Hex | None = None  # diagonal repp stripes when given
    width: float = Field(default=0.30, gt=0.1, le=0.5)  # blade width at the bottom of the frame


class Jacket(_Strict):
    colour: Hex
    fabric: Fabric = Fabric.worsted
    lapel_width: float = Field(default=0.34, gt=0.1, le=0.6)
    gorge: float = Field(default=0.36, gt=0.1, le=0.8)  # depth of the collar/lapel notch below the neck
    v_depth: float = Field(default=2.2, gt=0.6, le=4.0)  # where the lapels meet (first button)
    button_colour: Hex = "#1A1A1A"


class Top(_Strict):
    """A plain collarless top (jersey): the neck opening is the neckline band."""

    colour: Hex
    fabric: Fabric = Fabric.knit


class Outfit(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    audience: Audience
    names: Names
    anchors: Anchors
    # Lower edge of the neck opening, from the left collar corner to the right one (template units).
    # The area above it (closed off upwards) is where the neck shows; below it is garment.
    neck_opening: list[Point] = Field(min_length=3)
    shirt: Shirt | None = None
    tie: Tie | None = None
    jacket: Jacket | None = None
    top: Top | None = None
    dark: bool = False  # counts as dark clothing (documents that ask for it)

    @model_validator(mode="after")
    def _parts(self) -> Outfit:
        if (self.shirt is None) == (self.top is None):
            raise ValueError(f"{self.id}: exactly one base garment (shirt or top)")
        if self.tie is not None and self.shirt is None:
            raise ValueError(f"{self.id}: a tie needs a shirt")
        first, last = self.neck_opening[0], self.neck_opening[-1]
        if _far(first, self.anchors.collar_left) or _far(last, self.anchors.collar_right):
            raise ValueError(f"{self.id}: the neck opening must run from collar_left to collar_right")
        xs = [p[0] for p in self.neck_opening]
        if xs != sorted(xs):
            raise ValueError(f"{self.id}: neck opening points must run left to right")
        return self

    @property
    def base_colour(self) -> str:
        """The colour most of the visible garment has (jacket, else shirt or top)."""
        if self.jacket is not None:
            return self.jacket.colour
        base = self.shirt or self.top
        assert base is not None
        return base.colour

    def opening_depth(self) -> float:
        """Lowest point of the neck opening (template y); below the neck centre for open necklines."""
        return max(p[1] for p in self.neck_opening)


class OutfitCatalogue(_Strict):
    outfit: list[Outfit] = Field(min_length=1)

    @field_validator("outfit")
    @classmethod
    def _unique(cls, value: list[Outfit]) -> list[Outfit]:
        ids = [o.id for o in value]
        if len(ids) != len(set(ids)):
            raise ValueError("duplicate outfit ids")
        return value

    @property
    def ids(self) -> list[str]:
        return [o.id for o in self.outfit]

    def get(self, outfit_id: str) -> Outfit:
        for outfit in self.outfit:
            if outfit.id == outfit_id:
                return outfit
        raise UnknownOutfit(f"Unknown outfit {outfit_id!r}. Known: {', '.join(self.ids)}.", outfit=outfit_id)


@cache
def load_outfits(path: Path = DATA) -> OutfitCatalogue:
    """The catalogue, validated once per process."""
    return OutfitCatalogue.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))


def outfit_allowed(spec: DocumentSpec) -> bool:
    """An outfit is an edit of the photo: only documents that accept a replaced background take it."""
    return spec.edits.background_replacement and not spec.edits.no_edit


def _far(a: Point, b: Point, tolerance: float = 1e-3) -> bool:
    return abs(a[0] - b[0]) > tolerance or abs(a[1] - b[1]) > tolerance
