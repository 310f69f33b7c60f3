"""Sheet geometry checked independently of the planner's own arithmetic: every cell inside the
page and apart from the others, photos pasted unscaled and untouched, cut marks only outside them."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from engine.print_layout import CUT_GREY, PAPERS, plan_sheet, render_sheet, write_sheet_pdf
from specs.schema import MM_PER_INCH

SIZES_MM = [(35.0, 45.0), (50.8, 50.8), (50.0, 70.0)]


def px(mm: float, dpi: int = 300) -> int:
    return round(mm / MM_PER_INCH * dpi)


@pytest.fixture(scope="module")
def selfie(samples_dir) -> np.ndarray:
    rgb = np.asarray(Image.open(samples_dir / "sample_001.jpg").convert("RGB"))
    return rgb[650:1770, 540:1440]  # head and shoulders of a real selfie


def tile(selfie: np.ndarray, mm: tuple[float, float]) -> np.ndarray:
    return np.ascontiguousarray(cv2.resize(selfie, (px(mm[0]), px(mm[1])), interpolation=cv2.INTER_AREA))


@pytest.mark.parametrize("paper", sorted(PAPERS))
@pytest.mark.parametrize("mm", SIZES_MM)
def test_cells_lie_inside_the_page_and_apart(paper: str, mm: tuple[float, float]) -> None:
    layout = plan_sheet(paper, mm)
    page_w, page_h = layout.page_px
    assert {page_w, page_h} == {px(PAPERS[paper].width_mm), px(PAPERS[paper].height_mm)}
    assert layout.cell_px == (px(mm[0]), px(mm[1]))
    cw, ch = layout.cell_px
    cells = [(x, y, x + cw, y + ch) for x, y in layout.origins_px]
    assert len(cells) == layout.count == layout.columns * layout.rows >= 1
    margin = px(3.0) - 1  # 3 mm, less one pixel of rounding
    for x0, y0, x1, y1 in cells:
        assert margin <= x0 and x1 <= page_w - margin and margin <= y0 and y1 <= page_h - margin
    gap = px(2.0) - 1
    for a, b in itertools.combinations(cells, 2):  # separated by a full gap on at least one axis
        assert a[2] + gap <= b[0] or b[2] + gap <= a[0] or a[3] + gap <= b[1] or b[3] + gap <= a[1]


@pytest.mark.parametrize("paper", ["4x6", "a4", "l"])
@pytest.mark.parametrize("mm", SIZES_MM)
def test_photos_are_pasted_unscaled_and_cut_marks_stay_outside(selfie, paper, mm) -> None:
    photo = tile(selfie, mm)
    layout = plan_sheet(paper, mm)
    sheet = render_sheet(photo, layout)
    assert sheet.shape == (layout.page_px[1], layout.page_px[0], 3)
    cw, ch = layout.cell_px
    covered = np.zeros(sheet.shape[:2], bool)
    for x, y in layout.origins_px:
        assert np.array_equal(sheet[y : y + ch, x : x + cw], photo)  # no mark drawn over a photo
        covered[y : y + ch, x : x + cw] = True
        # marks hug every edge from outside, visible in the margin beyond the block
        assert (sheet[1, x - 1] == CUT_GREY).all() and (sheet[1, x + cw] == CUT_GREY).all()
        assert (sheet[y - 1, 1] == CUT_GREY).all() and (sheet[y + ch, 1] == CUT_GREY).all()
    paper_px = sheet[~covered]
    assert set(np.unique(paper_px)) <= {CUT_GREY, 255}  # white paper and grey marks only


def test_a_photo_of_the_wrong_size_is_refused(selfie, tmp_path: Path) -> None:
    photo = tile(selfie, (35.0, 45.0))
    with pytest.raises(ValueError):
        render_sheet(photo[:-1], plan_sheet("4x6", (35.0, 45.0)))
    with pytest.raises(ValueError):
        write_sheet_pdf(tmp_path / "sheet.pdf", photo, "4x6", (50.8, 50.8))


def test_pdf_carries_only_a_neutral_title(selfie, tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    write_sheet_pdf(path, tile(selfie, (35.0, 45.0)), "a4", (35.0, 45.0))
    data = path.read_bytes()
    assert re.search(rb"/Title \(ID photo sheet\)", data)
    author = re.search(rb"/Author \((.*?)\)", data)
    assert author is None or author.group(1) == b""
