"""Print sheets: as many copies as fit at the exact physical size, with cut marks.

Labs and kiosks print a 4×6 in (or 10×15 cm) sheet without scaling, and people print A4/Letter
at home, so the layout is planned in millimetres and rendered at 300 DPI (JPEG) or in points
(PDF). Photos are never scaled on the sheet: the caller passes the photo already at the cell's
pixel size. Both page orientations are tried and the one holding more copies wins.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from engine.export import encode_photo
from specs.schema import MM_PER_INCH


@dataclass(frozen=True)
class Paper:
    name: str
    width_mm: float
    height_mm: float


PAPERS = {
    p.name: p
    for p in (
        Paper("4x6", 101.6, 152.4),
        Paper("10x15", 100.0, 150.0),
        Paper("5x7", 127.0, 177.8),
        Paper("a4", 210.0, 297.0),
        Paper("letter", 215.9, 279.4),
        Paper("l", 89.0, 127.0),
    )
}
GAP_MM = 2.0
MARGIN_MM = 3.0
CUT_GREY = 170  # light grey, visible on white paper, not distracting
PT_PER_MM = 72 / MM_PER_INCH


@dataclass(frozen=True)
class SheetLayout:
    paper: Paper
    landscape: bool
    page_mm: tuple[float, float]  # width, height as laid out
    photo_mm: tuple[float, float]
    columns: int
    rows: int
    origins_mm: tuple[tuple[float, float], ...]  # top-left of each photo, from the page's top-left
    dpi: int

    @property
    def count(self) -> int:
        return self.columns * self.rows

    def px(self, mm: float) -> int:
        return round(mm / MM_PER_INCH * self.dpi)

    @property
    def page_px(self) -> tuple[int, int]:
        return self.px(self.page_mm[0]), self.px(self.page_mm[1])

    @property
    def cell_px(self) -> tuple[int, int]:
        return self.px(self.photo_mm[0]), self.px(self.photo_mm[1])

    @property
    def origins_px(self) -> list[tuple[int, int]]:
        return [(self.px(x), self.px(y)) for x, y in self.origins_mm]


def _fit(space: float, cell: float) -> int:
    return max(0, int((space - 2 * MARGIN_MM + GAP_MM) // (cell + GAP_MM)))


def plan_sheet(paper: str, photo_mm: tuple[float, float], dpi: int = 300) -> SheetLayout:
    sheet = PAPERS[paper]
    best: SheetLayout | None = None
    for landscape in (False, True):
        pw, ph = (sheet.height_mm, sheet.width_mm) if landscape else (sheet.width_mm, sheet.height_mm)
        cols, rows = _fit(pw, photo_mm[0]), _fit(ph, photo_mm[1])
        block_w = cols * photo_mm[0] + max(cols - 1, 0) * GAP_MM
        block_h = rows * photo_mm[1] + max(rows - 1, 0) * GAP_MM
        x0, y0 = (pw - block_w) / 2, (ph - block_h) / 2
        origins = tuple(
            (x0 + c * (photo_mm[0] + GAP_MM), y0 + r * (photo_mm[1] + GAP_MM))
            for r in range(rows)
            for c in range(cols)
        )
        layout = SheetLayout(sheet, landscape, (pw, ph), photo_mm, cols, rows, origins, dpi)
        if best is None or layout.count > best.count:
            best = layout
    assert best is not None
    if best.count == 0:
        raise ValueError(f"a {photo_mm[0]}×{photo_mm[1]} mm photo does not fit on {paper}")
    return best


def _cut_lines_mm(layout: SheetLayout) -> tuple[list[float], list[float]]:
    """x positions of vertical and y positions of horizontal cut lines (every photo edge)."""
    xs = sorted({round(v, 4) for x, _ in layout.origins_mm for v in (x, x + layout.photo_mm[0])})
    ys = sorted({round(v, 4) for _, y in layout.origins_mm for v in (y, y + layout.photo_mm[1])})
    return xs, ys


def _cut_lines_px(layout: SheetLayout) -> tuple[list[int], list[int]]:
    """Pixel columns/rows just outside every photo edge (before a start, after an end), so the
    lines sit in the gaps and margins and never on a photo."""
    cw, ch = layout.cell_px
    xs = {c for x, _ in layout.origins_px for c in (x - 1, x + cw)}
    ys = {r for _, y in layout.origins_px for r in (y - 1, y + ch)}
    return sorted(xs), sorted(ys)


def render_sheet(photo: np.ndarray, layout: SheetLayout) -> np.ndarray:
    cw, ch = layout.cell_px
    if (photo.shape[1], photo.shape[0]) != (cw, ch):
        raise ValueError(f"photo is {photo.shape[1]}×{photo.shape[0]} px, the cell needs {cw}×{ch}")
    page = Image.new("RGB", layout.page_px, "white")
    draw = ImageDraw.Draw(page)
    xs, ys = _cut_lines_px(layout)
    w, h = layout.page_px
    for x in xs:
        draw.line([(x, 0), (x, h - 1)], fill=(CUT_GREY,) * 3)
    for y in ys:
        draw.line([(0, y), (w - 1, y)], fill=(CUT_GREY,) * 3)
    tile = Image.fromarray(photo, "RGB")
    for origin in layout.origins_px:
        page.paste(tile, origin)
    return np.asarray(page)


def write_sheet_jpeg(
    path: Path, photo: np.ndarray, paper: str, photo_mm: tuple[float, float], dpi: int = 300
) -> SheetLayout:
    layout = plan_sheet(paper, photo_mm, dpi)
    path.write_bytes(encode_photo(render_sheet(photo, layout), dpi=dpi))
    return layout


def write_sheet_pdf(path: Path, photo: np.ndarray, paper: str, photo_mm: tuple[float, float]) -> SheetLayout:
    from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]  # types-reportlab is not installed
    from reportlab.pdfgen import canvas  # type: ignore[import-untyped]  # types-reportlab is not installed

    layout = plan_sheet(paper, photo_mm, dpi=300)
    cw, ch = layout.cell_px
    if (photo.shape[1], photo.shape[0]) != (cw, ch):
        raise ValueError(f"photo is {photo.shape[1]}×{photo.shape[0]} px, the cell needs {cw}×{ch}")
    pw, ph = layout.page_mm
    pdf = canvas.Canvas(str(path), pagesize=(pw * PT_PER_MM, ph * PT_PER_MM), pageCompression=1)
    pdf.setTitle("ID photo sheet")
    pdf.setAuthor("")
    pdf.setCreator("idphoto")
    pdf.setStrokeGray(CUT_GREY / 255)
    pdf.setLineWidth(0.25)
    xs, ys = _cut_lines_mm(layout)
    for x in xs:
        pdf.line(x * PT_PER_MM, 0, x * PT_PER_MM, ph * PT_PER_MM)
    for y in ys:
        pdf.line(0, (ph - y) * PT_PER_MM, pw * PT_PER_MM, (ph - y) * PT_PER_MM)
    image = ImageReader(io.BytesIO(encode_photo(photo, dpi=300)))
    w, h = photo_mm
    for x, y in layout.origins_mm:  # photos drawn after the lines: they cover them inside the cell
        pdf.drawImage(image, x * PT_PER_MM, (ph - y - h) * PT_PER_MM, w * PT_PER_MM, h * PT_PER_MM)
    pdf.showPage()
    pdf.save()
    return layout
