"""A spec for a size no catalogue document has: "35x45mm", "35×45 mm", "2x2in", "600x800 px".

Why: a user whose office asks for "3×4 cm" or "600×600 px" must not be stuck. With no rule to
follow we use ICAO Doc 9303's portrait geometry scaled to the frame's aspect: a portrait frame
(height ≥ 1.2 × width) gets an ICAO head of 70–80 % of the height; a square one the 50–69 % that
square portals such as DS-160 use; shapes in between are interpolated. Backgrounds white or light
grey, which ICAO-style issuers accept. Such a spec is marked "secondary" and its notes say it
restates no authority's own rule.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from specs.schema import MM_PER_INCH, DocumentSpec

ICAO_URL = "https://www.icao.int/publications/pages/publication.aspx?docnum=9303"
CHECKED = dt.date(2026, 11, 21)
PORTRAIT_ASPECT = 1.2  # height / width from which the ICAO portrait geometry applies in full

# (square, portrait) value of each rule, as fractions of the photo height.
HEAD = ((0.50, 0.69), (0.70, 0.80))
EYE_FROM_BOTTOM = ((0.56, 0.69), (0.50, 0.68))
CROWN_MARGIN = ((0.06, 0.20), (0.04, 0.12))

UNITS = {
    "mm": ("mm", 1.0),
    "мм": ("mm", 1.0),
    "毫米": ("mm", 1.0),
    "cm": ("cm", 10.0),
    "см": ("cm", 10.0),
    "厘米": ("cm", 10.0),
    "公分": ("cm", 10.0),
    "in": ("in", MM_PER_INCH),
    "inch": ("in", MM_PER_INCH),
    "inches": ("in", MM_PER_INCH),
    '"': ("in", MM_PER_INCH),
    "″": ("in", MM_PER_INCH),
    "дюйм": ("in", MM_PER_INCH),
    "дюйма": ("in", MM_PER_INCH),
    "дюймов": ("in", MM_PER_INCH),
    "英寸": ("in", MM_PER_INCH),
    "px": ("px", 0.0),
    "pixels": ("px", 0.0),
    "pixel": ("px", 0.0),
    "пикс": ("px", 0.0),
    "пикселей": ("px", 0.0),
    "像素": ("px", 0.0),
}
_UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_NUMBER = r"\d{1,5}(?:[.,]\d{1,2})?"
SIZE_PATTERN = re.compile(
    rf"(?<![\w.,])(?P<w>{_NUMBER})\s*(?P<u1>{_UNIT})?\s*(?:x|×|х|\*|by|на)\s*"
    rf"(?P<h>{_NUMBER})\s*(?P<u2>{_UNIT})?(?![^\W\d_])",
    re.IGNORECASE,
)
# Plausible ranges per unit, so "1x1 mm" or "99999 px" is refused rather than drawn.
LIMITS_MM = (10.0, 200.0)
LIMITS_PX: tuple[float, float] = (100, 10000)


class NotASize(ValueError):
    """The text is not a photo size we can make a spec for (with the reason)."""


@dataclass(frozen=True)
class ParsedSize:
    width: float  # in `unit`, portrait order (width ≤ height)
    height: float
    unit: str  # mm, cm, in or px
    whole: bool  # the size is all the text says (besides filler words the caller may ignore)
    rest: str  # the text with the size taken out
    swapped: bool  # typed as height × width ("4,5x3,5 cm") and turned to portrait

    @property
    def width_mm(self) -> float:
        return self.width * UNITS[self.unit][1]

    @property
    def height_mm(self) -> float:
        return self.height * UNITS[self.unit][1]

    @property
    def label(self) -> str:
        unit = " px" if self.unit == "px" else f" {self.unit}"
        return f"{_num(self.width)}×{_num(self.height)}{unit}"

    @property
    def id(self) -> str:
        return f"custom_{_num(self.width).replace('.', '_')}x{_num(self.height).replace('.', '_')}{self.unit}"


def _num(value: float) -> str:
    return f"{round(value, 2):g}"


def _guess_unit(width: float, height: float) -> str:
    """Unit of a bare "35x45" or "600x600": pixels from 100 up, millimetres from 15, inches up to
    2.5 ("2x2" US, "1x1" Philippines), centimetres in between ("3x4", "4x6")."""
    big = max(width, height)
    if big >= 100:
        return "px"
    if big >= 15:
        return "mm"
    if big <= 2.5:
        return "in"
    return "cm"


def find_size(text: str) -> ParsedSize | None:
    """The first "W×H [unit]" in `text`, or None."""
    match = SIZE_PATTERN.search(text)
    if match is None:
        return None
    width = float(match["w"].replace(",", "."))
    height = float(match["h"].replace(",", "."))
    unit_text = (match["u2"] or match["u1"] or "").lower()
    unit = UNITS[unit_text][0] if unit_text else _guess_unit(width, height)
    swapped = width > height
    if swapped:
        width, height = height, width
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    return ParsedSize(width, height, unit, whole=not rest, rest=rest, swapped=swapped)


def _check_limits(size: ParsedSize) -> None:
    if size.unit == "px":
        lo, hi = LIMITS_PX
        if not (lo <= size.width and size.height <= hi) or size.width != int(size.width):
            raise NotASize(f"{size.label}: pixel sizes must be whole numbers from {lo} to {hi}")
        return
    lo, hi = LIMITS_MM
    if not (lo <= size.width_mm and size.height_mm <= hi):
        raise NotASize(f"{size.label}: photo sides must be between {lo:g} and {hi:g} mm")


def _blend(pair: tuple[tuple[float, float], tuple[float, float]], t: float) -> dict[str, float]:
    (s_lo, s_hi), (p_lo, p_hi) = pair
    return {"min": round(s_lo + (p_lo - s_lo) * t, 4), "max": round(s_hi + (p_hi - s_hi) * t, 4)}


def custom_spec(text: str) -> DocumentSpec:
    """A DocumentSpec for a typed size; raises NotASize when `text` is not exactly a size."""
    size = find_size(text)
    if size is None or not size.whole:
        raise NotASize(f"{text!r} is not a size such as 35x45mm, 2x2in or 600x600px")
    return spec_for_size(size)


def spec_for_size(size: ParsedSize) -> DocumentSpec:
    """The ICAO-like spec of one parsed size; raises NotASize for implausible sizes."""
    _check_limits(size)
    aspect = size.height / size.width
    t = min(max((aspect - 1.0) / (PORTRAIT_ASPECT - 1.0), 0.0), 1.0)
    shape = "portrait" if t >= 1 else "square" if t <= 0 else "near-square"
    head = _blend(HEAD, t)
    data: dict[str, Any] = {
        "id": size.id,
        "country": "XX",
        "type": "other",
        "names": {
            "en": f"Custom size {size.label}",
            "local": f"Custom size {size.label}",
            "zh": f"自定义尺寸 {size.label}",
        },
        "aliases": [],
        "geometry": {
            "head_height_ratio": head,
            "head_top": "hair",
            "eye_line_from_bottom_ratio": _blend(EYE_FROM_BOTTOM, t),
            "crown_margin_ratio": _blend(CROWN_MARGIN, t),
        },
        "background": {
            "colours": [
                {"name": "white", "rgb": "#FFFFFF", "tolerance": 10},
                {"name": "light grey", "rgb": "#E6E6E6", "tolerance": 10},
            ]
        },
        "sources": [{"url": ICAO_URL, "checked": CHECKED, "confidence": "secondary"}],
        "notes": (
            f"A size typed by the user ({size.label}{', read as width × height' if size.swapped else ''}),"
            f" not a catalogue document: no authority's own rule. Geometry is ICAO Doc 9303 portrait"
            f" practice scaled to a {shape} frame: head {head['min'] * 100:g}–{head['max'] * 100:g} % of"
            f" the height, eyes and crown placed to match; plain white or light grey background."
            f" Check the issuer's own rules when they exist."
        ),
    }
    if size.unit == "px":
        data["pixels"] = {"width": int(size.width), "height": int(size.height)}
    else:
        data["print_mm"] = {"width": round(size.width_mm, 2), "height": round(size.height_mm, 2)}
    return DocumentSpec.model_validate(data)
