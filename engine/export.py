"""Stage 8, export: the JPEG a government portal accepts.

Exact pixels (never resized here), DPI in both the JFIF header and EXIF (portals and print labs
read one or the other), an embedded sRGB ICC profile, and no other metadata at all: the selfie's
GPS position, camera serial and timestamps are personal data and must not leak into the file.

Portals enforce a byte window ("40–120 KB", "≤ 240 KB"). Quality is bisected to the highest
value that fits; a file too small even at the top quality is padded with JPEG comment (COM)
segments, which every decoder ignores.

KB limits: portals rarely say whether a KB is 1000 or 1024 bytes, and each side of the window is
safe under a different reading. A file below `kb_max × 1000` bytes is under the cap either way; a
file above `kb_min × 1024` bytes is over the floor either way. So the upper bound is read as 1000
bytes per KB and the lower as 1024. Only when that strict window is empty (a window a few KB wide)
do we fall back to the loose reading (min × 1000 … max × 1024), where one of the two conventions
still holds.
"""

from __future__ import annotations

import io
import math
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageCms

from engine.errors import EngineError

MAX_QUALITY = 95
MIN_QUALITY = 20
FULL_CHROMA_MIN_QUALITY = 75
DEFAULT_QUALITY = 95
KB_MAX_BYTES = 1000  # strict reading of each side: see the module docstring
KB_MIN_BYTES = 1024
COM_CHUNK = 65533  # a COM segment's length field counts itself (2 bytes); max 65535

_TAG_RESOLUTION_UNIT, _TAG_X_RES, _TAG_Y_RES = 0x0128, 0x011A, 0x011B


_ICC_DATE = slice(24, 36)  # ICC header: creation date and time, six big-endian uint16
_ICC_FIXED_DATE = bytes.fromhex("07d000010001000000000000")  # 2000-01-01 00:00:00


@cache
def srgb_profile() -> bytes:
    """LittleCMS stamps the profile with the time it was built; a fixed date keeps identical pixels
    giving identical files and keeps the processing time out of the file. LittleCMS leaves the
    profile ID (an MD5 over the header) at zero, so the edit keeps the profile valid."""
    raw = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    raw[_ICC_DATE] = _ICC_FIXED_DATE
    return bytes(raw)


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
    """Grow a JPEG to at least `target` bytes with COM segments placed after SOI and the APPn
    segments: JFIF requires its APP0 right after SOI, and upload checkers test for "JFIF" there."""
    missing = target - len(jpeg)
    if missing <= 0:
        return jpeg
    segments = bytearray()
    while missing > 0:
        body = min(COM_CHUNK, max(missing - 4, 1))
        segments += b"\xff\xfe" + (body + 2).to_bytes(2, "big") + b"\x00" * body
        missing -= body + 4
    at = _end_of_app_segments(jpeg)
    return jpeg[:at] + bytes(segments) + jpeg[at:]


def _end_of_app_segments(jpeg: bytes) -> int:
    """Offset just past SOI and the APPn segments (JFIF, EXIF, ICC) at the start of a JPEG."""
    if not jpeg.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG stream")
    pos = 2
    while pos + 4 <= len(jpeg) and jpeg[pos] == 0xFF and 0xE0 <= jpeg[pos + 1] <= 0xEF:
        pos += 2 + int.from_bytes(jpeg[pos + 2 : pos + 4], "big")
    return pos


def byte_window(kb_min: float | None, kb_max: float | None) -> tuple[int | None, int | None]:
    """The portal's KB window in bytes, strict on both sides when that leaves room (see above)."""
    if kb_min is not None and kb_max is not None and kb_min >= kb_max:
        raise ValueError(f"kb_min {kb_min:g} must be below kb_max {kb_max:g}")
    low = None if kb_min is None else math.ceil(kb_min * KB_MIN_BYTES)
    high = None if kb_max is None else math.floor(kb_max * KB_MAX_BYTES)
    if low is not None and high is not None and low > high:
        low, high = math.ceil(kb_min * KB_MAX_BYTES), math.floor(kb_max * KB_MIN_BYTES)  # type: ignore[operator]
    return low, high


def encode_photo(
    rgb: np.ndarray, *, dpi: int, kb_min: float | None = None, kb_max: float | None = None
) -> bytes:
    if rgb.dtype != np.uint8 or rgb.ndim != 3 or rgb.shape[2] != 3:
        raise ValueError("encode_photo needs an H×W×3 uint8 RGB array")
    image = Image.fromarray(rgb, "RGB")
    low, high = byte_window(kb_min, kb_max)
    if high is None:
        data = _encode(image, dpi, DEFAULT_QUALITY, 0)
        return data if low is None else pad_with_comments(data, low)

    best: bytes | None = None
    # 4:4:4 while quality stays high; under a tight cap 4:2:0 at a high quality looks far better
    # than 4:4:4 at a low one, so the second pass trades colour resolution before quality.
    for subsampling, floor in ((0, FULL_CHROMA_MIN_QUALITY), (2, MIN_QUALITY)):
        lo, hi = floor, MAX_QUALITY
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
