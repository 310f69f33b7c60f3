"""A drawn template of one spec: where the crown, eyes and chin must fall, at the spec's own size.

Why: "head 32–36 mm, crown 2–6 mm from the top" means little until it is drawn. Support staff and
photographers compare a photo with this template (same pixel size, so it overlays 1:1), and it is
a visual check that the figures in a data file make sense.

Layout (rows from the top of a W×H px frame):
- left ruler: the eye band (filled blue) — the window the eye line must fall in;
- right ruler: the crown margin (filled green) and the chin margin (filled orange);
- red lines: the crown and chin of the smallest and the largest allowed head, for a head whose eye
  line sits in the middle of the eye band (or where the margins put it when no eye band is given);
- a stylised head outline for the middle head height, and labels in mm (printed specs) and px.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from specs.schema import DocumentSpec, Range

HEAD_ABOVE_EYES = 0.45  # share of chin→crown above the eye line (eyes sit a little above mid-head)
DEFAULT_CROWN_GAP = 0.35  # share of the free height above the head when no rule places it
RULER_SHARE = 0.06  # ruler width as a share of the frame width

BACKGROUND = (255, 255, 255)
FRAME = (0, 0, 0)
EYE = (31, 111, 235)
EYE_FILL = (214, 230, 252)
CROWN_MARGIN = (42, 157, 58)
CHIN_MARGIN = (247, 127, 0)
HEAD_LINE = (214, 40, 40)
OUTLINE = (150, 150, 150)
TEXT = (40, 40, 40)


@dataclass(frozen=True)
class Band:
    """Rows (px from the top, fractional) of one rule; either edge may be open (None)."""

    top: float | None
    bottom: float | None


@dataclass(frozen=True)
class TemplateLayout:
    width: int
    height: int
    ruler: int  # width of each side ruler, px
    eye_line: float  # row of the eye line the head lines are drawn for
    eye_band: Band | None
    crown_margin: Band | None
    chin_margin: Band | None
    crown_rows: tuple[float, float]  # crown of the smallest, the largest allowed head
    chin_rows: tuple[float, float]  # chin of the smallest, the largest allowed head


def _band_from_top(rule: Range | None, height: int) -> Band | None:
    if rule is None:
        return None
    return Band(
        None if rule.min is None else rule.min * height, None if rule.max is None else rule.max * height
    )


def _band_from_bottom(rule: Range | None, height: int) -> Band | None:
    if rule is None:
        return None
    return Band(
        None if rule.max is None else (1 - rule.max) * height,
        None if rule.min is None else (1 - rule.min) * height,
    )


def layout(spec: DocumentSpec) -> TemplateLayout:
    """Every row the template draws, from the spec's frame (fractions of the height) and its pixels."""
    frame = spec.frame()
    px = spec.output_pixels
    w, h = px.width, px.height
    head = frame.head_height
    head_lo = head.min if head.min is not None else head.mid
    head_hi = head.max if head.max is not None else head.mid
    if frame.eye_line_from_bottom is not None:
        eye = (1 - frame.eye_line_from_bottom.mid) * h
    elif frame.crown_margin is not None:
        eye = (frame.crown_margin.mid + HEAD_ABOVE_EYES * head.mid) * h
    elif frame.chin_margin is not None:
        eye = (1 - frame.chin_margin.mid - (1 - HEAD_ABOVE_EYES) * head.mid) * h
    else:
        eye = ((1 - head.mid) * DEFAULT_CROWN_GAP + HEAD_ABOVE_EYES * head.mid) * h
    return TemplateLayout(
        width=w,
        height=h,
        ruler=max(4, round(w * RULER_SHARE)),
        eye_line=eye,
        eye_band=_band_from_bottom(frame.eye_line_from_bottom, h),
        crown_margin=_band_from_top(frame.crown_margin, h),
        chin_margin=_band_from_bottom(frame.chin_margin, h),
        crown_rows=(eye - HEAD_ABOVE_EYES * head_lo * h, eye - HEAD_ABOVE_EYES * head_hi * h),
        chin_rows=(eye + (1 - HEAD_ABOVE_EYES) * head_lo * h, eye + (1 - HEAD_ABOVE_EYES) * head_hi * h),
    )


def draw_template(spec: DocumentSpec) -> Image.Image:
    """The template as an RGB image of exactly `spec.output_pixels`."""
    lay = layout(spec)
    w, h, r = lay.width, lay.height, lay.ruler
    image = Image.new("RGB", (w, h), BACKGROUND)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=max(9, round(h / 45)))
    mm_per_px = spec.print_mm.height / h if spec.print_mm is not None else None

    def label(rows: tuple[float, float], from_bottom: bool = False) -> str:
        """'2.0-6.0 mm from top (24-71 px)' for two rows (distances from the bottom if asked)."""
        lo, hi = sorted((h - y for y in rows) if from_bottom else rows)
        where = "from bottom" if from_bottom else "from top"
        if mm_per_px is None:
            return f"{round(lo)}-{round(hi)} px {where}"
        return f"{lo * mm_per_px:.1f}-{hi * mm_per_px:.1f} mm {where} ({round(lo)}-{round(hi)} px)"

    # Head outline first, so every rule line is drawn over it.
    mid_crown = sum(lay.crown_rows) / 2
    mid_chin = sum(lay.chin_rows) / 2
    head_w = (mid_chin - mid_crown) * 0.74
    cx = w / 2
    draw.ellipse((cx - head_w / 2, mid_crown, cx + head_w / 2, mid_chin), outline=OUTLINE, width=2)
    neck = head_w * 0.22
    draw.line((cx - neck, mid_chin - head_w * 0.05, cx - neck, min(h - 1, mid_chin + h * 0.05)), OUTLINE, 2)
    draw.line((cx + neck, mid_chin - head_w * 0.05, cx + neck, min(h - 1, mid_chin + h * 0.05)), OUTLINE, 2)
    draw.line((cx - neck, mid_chin + h * 0.05, r + 2, h - 1), OUTLINE, 2)
    draw.line((cx + neck, mid_chin + h * 0.05, w - r - 3, h - 1), OUTLINE, 2)

    # Side rulers: eye band on the left, crown and chin margins on the right.
    if lay.eye_band is not None:
        _ruler_band(draw, lay.eye_band, 0, r, h, EYE_FILL, EYE)
        top, bottom = (lay.eye_band.top or 0.0), (lay.eye_band.bottom or float(h - 1))
        draw.text((r + 4, top - 2), f"eyes {label((top, bottom), True)}", fill=EYE, font=font, anchor="ld")
    for band, colour in ((lay.crown_margin, CROWN_MARGIN), (lay.chin_margin, CHIN_MARGIN)):
        if band is not None:
            _ruler_band(draw, band, w - r, w, h, colour, colour)
    eye_y = round(lay.eye_line)
    draw.line((r, eye_y, w - r - 1, eye_y), fill=EYE, width=1)

    # Head-height band: crown and chin lines of the smallest and largest allowed head.
    for y in (*lay.crown_rows, *lay.chin_rows):
        draw.line((r, round(y), w - r - 1, round(y)), fill=HEAD_LINE, width=1)
    crown_text = f"crown {label(lay.crown_rows)}"
    draw.text((r + 4, min(lay.crown_rows) - 2), crown_text, fill=HEAD_LINE, font=font, anchor="ld")
    head_px = sorted(chin - crown for crown, chin in zip(lay.crown_rows, lay.chin_rows, strict=True))
    head_text = f"head {round(head_px[0])}-{round(head_px[1])} px"
    if mm_per_px is not None:
        head_text = f"head {head_px[0] * mm_per_px:.1f}-{head_px[1] * mm_per_px:.1f} mm ({head_text[5:]})"
    draw.text((r + 4, max(lay.crown_rows) + 2), head_text, fill=HEAD_LINE, font=font, anchor="la")
    chin_text = f"chin {label(lay.chin_rows)}"
    draw.text((r + 4, max(lay.chin_rows) + 2), chin_text, fill=HEAD_LINE, font=font, anchor="la")
    if lay.crown_margin is not None:
        rows = (lay.crown_margin.top or 0.0, lay.crown_margin.bottom or 0.0)
        text = f"top gap {label(rows)}"
        draw.text((w - r - 4, max(rows) + 2), text, fill=CROWN_MARGIN, font=font, anchor="ra")
    if lay.chin_margin is not None:
        rows = (lay.chin_margin.top or float(h), lay.chin_margin.bottom or float(h))
        text = f"chin gap {label(rows, True)}"
        draw.text((w - r - 4, min(rows) - 2), text, fill=CHIN_MARGIN, font=font, anchor="rd")

    # ASCII only: Pillow's built-in font has no "×" or "–".
    size = f"{spec.print_mm.width:g}x{spec.print_mm.height:g} mm, " if spec.print_mm else ""
    draw.text((w / 2, h - 4), f"{spec.id}: {size}{w}x{h} px", fill=TEXT, font=font, anchor="md")
    draw.rectangle((0, 0, w - 1, h - 1), outline=FRAME, width=1)
    return image


def _ruler_band(
    draw: ImageDraw.ImageDraw,
    band: Band,
    x0: int,
    x1: int,
    height: int,
    fill: tuple[int, int, int],
    edge: tuple[int, int, int],
) -> None:
    """A filled strip between the band's rows, with a line at each stated edge."""
    top = band.top if band.top is not None else 0.0
    bottom = band.bottom if band.bottom is not None else float(height - 1)
    draw.rectangle((x0, round(top), x1 - 1, round(bottom)), fill=fill)
    for y in (band.top, band.bottom):
        if y is not None:
            draw.line((x0, round(y), x1 - 1, round(y)), fill=edge, width=1)


def save_template(spec: DocumentSpec, path: str) -> None:
    """Write the template PNG, tagged with the spec's DPI so it prints at the true size."""
    dpi = spec.output_dpi
    draw_template(spec).save(path, format="PNG", dpi=(dpi, dpi))
