"""Stage 8, export: the JPEG a government portal accepts.

Exact pixels (never resized here), DPI in both the JFIF header and EXIF (portals and print labs
read one or the other), an embedded sRGB ICC profile, and no other metadata at all: the selfie's
GPS position, camera serial and timestamps are personal data and must not leak into the file.

Portals enforce a byte window ("40–120 KB", "≤ 240 KB"). Quality is bisected to the highest
value that fits; a file too small even at the top quality is padded with JPEG comment (COM)
segments, which every decoder ignores. KB limits: the upper bound is read as 1024 bytes per KB
and the lower as 1000, so a file passes whichever convention the portal uses.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageCms

from engine.errors import EngineError

MAX_QUALITY = 95
MIN_QUALITY = 20
DEFAULT_QUALITY = 95
KB_MAX_BYTES = 1024
KB_MIN_BYTES = 1000
COM_CHUNK = 65533  # a COM segment's length field counts itself (2 bytes); max 65535

_TAG_RESOLUTION_UNIT, _TAG_X_RES, _TAG_Y_RES = 0x0128, 0x011A, 0x011B


@cache
def srgb_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _exif(dpi: int) -> bytes:
    exif = Image.Exif()
    exif[_TAG_RESOLUTION_UNIT] = 2  # inches
    exif[_TAG_X_RES] = float(dpi)
    exif[_TAG_Y_RES] = float(dpi)
    return exif.tobytes()


def _encode(image: Image.Image, dpi: int, quality: int, subsampling: int) -> bytes:
    buffer = io.BytesIO()
    image.save(
        buffer,
        "JPEG",
        quality=quality,
        subsampling=subsampling,
        optimize=True,
        dpi=(dpi, dpi),
        icc_profile=srgb_profile(),
        exif=_exif(dpi),
    )
    return buffer.getvalue()


def pad_with_comments(jpeg: bytes, target: int) -> bytes:
    """Grow a JPEG to at least `target` bytes with COM segments placed right after SOI."""
    missing = target - len(jpeg)
    if missing <= 0:
        return jpeg
    segments = bytearray()
    while missing > 0:
        body = min(COM_CHUNK, max(missing - 4, 1))
        segments += b"\xff\xfe" + (body + 2).to_bytes(2, "big") + b"\x00" * body
        missing -= body + 4
    return jpeg[:2] + bytes(segments) + jpeg[2:]


def encode_photo(
    rgb: np.ndarray, *, dpi: int, kb_min: float | None = None, kb_max: float | None = None
) -> bytes:
    if rgb.dtype != np.uint8 or rgb.ndim != 3 or rgb.shape[2] != 3:
        raise ValueError("encode_photo needs an H×W×3 uint8 RGB array")
    image = Image.fromarray(rgb, "RGB")
    low = None if kb_min is None else round(kb_min * KB_MIN_BYTES)
    high = None if kb_max is None else int(kb_max * KB_MAX_BYTES)
    if high is None:
        data = _encode(image, dpi, DEFAULT_QUALITY, 0)
        return data if low is None else pad_with_comments(data, low)

    best: bytes | None = None
    for subsampling in (0, 2):  # 4:4:4 first (sharper), 4:2:0 when the cap is tight
        lo, hi = MIN_QUALITY, MAX_QUALITY
        while lo <= hi:
            quality = (lo + hi) // 2
            data = _encode(image, dpi, quality, subsampling)
            if len(data) <= high:
                best, lo = data, quality + 1
            else:
                hi = quality - 1
        if best is not None:
            break
    if best is None:
        raise EngineError(
            f"The photo cannot be made smaller than {kb_max:g} KB at this size.",
            code="file_size_unreachable",
            kb_max=kb_max,
            width=rgb.shape[1],
            height=rgb.shape[0],
        )
    if low is not None and len(best) < low:
        best = pad_with_comments(best, low)
        if len(best) > high:
            raise EngineError(
                f"No JPEG fits between {kb_min:g} and {kb_max:g} KB.",
                code="file_size_unreachable",
                kb_min=kb_min,
                kb_max=kb_max,
            )
    return best


def write_photo(
    path: Path, rgb: np.ndarray, *, dpi: int, kb_min: float | None = None, kb_max: float | None = None
) -> Path:
    path.write_bytes(encode_photo(rgb, dpi=dpi, kb_min=kb_min, kb_max=kb_max))
    return path
