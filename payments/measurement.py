"""The post-payment measurement: before paid files go out, re-read what the engine wrote.

Why: the user paid for a photo that a government portal accepts. The engine's report already
says where the head landed against the document's ranges; this re-reads the delivered JPEG itself
(pixels, DPI, file size against the KB window) instead of trusting that the export did its job.
Any finding here means the order is refunded automatically and nothing is delivered.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PIL import Image

DPI_SLACK = 0.5


def findings(report: dict[str, Any], photo: Path) -> list[str]:
    """Why the delivered photo is out of spec (layout keys, "pixels", "dpi", "file_size",
    "audit:<item>"); [] if not."""
    found = [
        name
        for name, item in (report.get("layout") or {}).items()
        if isinstance(item, dict) and item.get("status") == "fail"
    ]
    if report.get("verdict") == "fail":
        found.append("verdict")
    # the engine's artifact audit of this very render (engine/audit.py): a photo with a visible
    # defect (background across the torso, a hole at the ear, a blob of the old background) is
    # never sold, even inside every millimetre
    found += [
        f"audit:{name}"
        for name, item in (report.get("audit") or {}).items()
        if isinstance(item, dict) and item.get("status") == "fail"
    ]
    output = report.get("output") or {}
    with Image.open(photo) as image:
        if image.size != (output.get("width_px"), output.get("height_px")):
            found.append("pixels")
        dpi = image.info.get("dpi")
        wanted = output.get("dpi")
        if wanted and (dpi is None or abs(float(dpi[0]) - wanted) > DPI_SLACK):
            found.append("dpi")
    kb = photo.stat().st_size / 1024
    low, high = (output.get("kb_window") or [None, None])[:2]
    if (low is not None and kb < low) or (high is not None and kb > high):
        found.append("file_size")
    return found


def measure(
    files: dict[str, str], photo_name: str = "photo.jpg", report_name: str = "report.json"
) -> list[str]:
    """`findings` for a render result's files; a missing report or photo is itself a finding."""
    if photo_name not in files or report_name not in files:
        return ["missing_output"]
    report = json.loads(Path(files[report_name]).read_text(encoding="utf-8"))
    return findings(report, Path(files[photo_name]))
