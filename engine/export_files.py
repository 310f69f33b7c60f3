"""Writes everything `idphoto make` promises into one folder: photo.jpg, the print sheets and the
compliance report. Print sheets exist only for specs with a physical print size."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np

from engine.context import Context
from engine.export import write_photo
from engine.print_layout import write_sheet_jpeg, write_sheet_pdf
from engine.report import write_report
from specs.schema import MM_PER_INCH

SHEET_DPI = 300
PDF_PAPERS = {"a4", "letter"}


def export_all(ctx: Context, out_dir: Path, papers: Sequence[str], report_only: bool = False) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    if not report_only:
        assert ctx.photo is not None
        spec = ctx.spec
        ctx.outputs["photo"] = write_photo(
            out_dir / "photo.jpg",
            ctx.photo,
            dpi=spec.output_dpi,
            kb_min=spec.file.kb_min,
            kb_max=spec.file.kb_max,
        )
        if spec.print_mm is not None:
            mm = (spec.print_mm.width, spec.print_mm.height)
            cell = print_cell(ctx.photo, mm)
            for paper in papers:
                if paper in PDF_PAPERS:
                    path = out_dir / f"sheet_{paper}.pdf"
                    write_sheet_pdf(path, cell, paper, mm)
                else:
                    path = out_dir / f"sheet_{paper}.jpg"
                    write_sheet_jpeg(path, cell, paper, mm, dpi=SHEET_DPI)
                ctx.outputs[f"sheet_{paper}"] = path
    json_path, text_path = write_report(ctx, out_dir)
    ctx.outputs["report"] = json_path
    ctx.outputs["report_text"] = text_path


def print_cell(photo: np.ndarray, mm: tuple[float, float], dpi: int = SHEET_DPI) -> np.ndarray:
    """The photo at its exact printed size in pixels at `dpi` (same framing, resampled)."""
    size = (round(mm[0] / MM_PER_INCH * dpi), round(mm[1] / MM_PER_INCH * dpi))
    if (photo.shape[1], photo.shape[0]) == size:
        return photo
    shrink = size[0] < photo.shape[1]
    return cv2.resize(photo, size, interpolation=cv2.INTER_AREA if shrink else cv2.INTER_LANCZOS4)
