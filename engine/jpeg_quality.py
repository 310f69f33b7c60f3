"""Estimate the quality setting a JPEG was saved with, from its luminance quantisation table.

Why: a photo that was re-saved at low quality (messenger forwards, screenshots of screenshots)
has blocking artefacts that look like skin blemishes and break edge-based checks; the report can
warn about it. Nearly every encoder (libjpeg, libjpeg-turbo, mozjpeg's defaults, Pillow, most
phones) scales the IJG standard table, so the nearest scaled table gives the setting exactly for
those and a fair equivalent for custom tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

# ITU-T T.81 Annex K.1 luminance table, natural (row-major) order, as Pillow reports tables.
_IJG_LUMINANCE = (
    16, 11, 10, 16, 24, 40, 51, 61,
    12, 12, 14, 19, 26, 58, 60, 55,
    14, 13, 16, 24, 40, 57, 69, 56,
    14, 17, 22, 29, 51, 87, 80, 62,
    18, 22, 37, 56, 68, 109, 103, 77,
    24, 35, 55, 64, 81, 104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101,
    72, 92, 95, 98, 112, 100, 103, 99,
)  # fmt: skip


@cache
def _scaled_table(quality: int, ceiling: int) -> tuple[int, ...]:
    """The table libjpeg's `jpeg_set_quality` writes for `quality` (1..100)."""
    scale = 5000 // quality if quality < 50 else 200 - 2 * quality
    return tuple(min(max((value * scale + 50) // 100, 1), ceiling) for value in _IJG_LUMINANCE)


def estimate_jpeg_quality(luminance_table: Sequence[int]) -> int | None:
    """Quality 1..100 whose IJG-scaled table is nearest (sum of absolute differences) to the given one.

    `luminance_table` is table 0 of `JpegImageFile.quantization` (64 values, natural order).
    Ties go to the higher quality. None when the table is not a full 8×8 table.
    """
    table = tuple(int(value) for value in luminance_table)
    if len(table) != 64:
        return None
    ceiling = 255 if max(table) <= 255 else 32767  # baseline files clamp to 8 bits
    best_quality, best_distance = 100, None
    for quality in range(100, 0, -1):
        distance = sum(abs(a - b) for a, b in zip(table, _scaled_table(quality, ceiling), strict=True))
        if best_distance is None or distance < best_distance:
            best_quality, best_distance = quality, distance
            if distance == 0:
                break
    return best_quality
