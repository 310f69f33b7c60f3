"""Stage 1: decode and sanitise whatever file the user sent into an upright 8-bit sRGB array.

Why this stage is strict: everything after it measures pixels, so it must get the picture the user
saw on their phone (EXIF rotation applied, colour profile honoured, transparency on white) and it
must refuse early, with a plain reason, anything that would waste seconds or memory or produce a
wrong photo: empty uploads, documents, damaged or half-downloaded files, decompression bombs,
panoramas and thumbnails. Each refusal is a `BadInput` with a stable `code` (see `DecodeRefusal`)
so the bot can ask for a better file in the user's language.

Nothing from the file's metadata survives into `DecodedImage` except what the notes say was done:
EXIF (GPS, camera serials) is read for the orientation only and then dropped with the Pillow image.
"""

from __future__ import annotations

import logging
import time
from enum import StrEnum
from pathlib import Path

import numpy as np
from PIL import ExifTags, Image, ImageFile

from engine.context import DecodedImage
from engine.errors import BadInput
from engine.image_sniff import accepted_format, known_unsupported, non_image_kind
from engine.jpeg_quality import estimate_jpeg_quality
from engine.pil_open import RanOutOfData, load_pixels, open_as, probe_other_format
from engine.to_srgb import to_srgb

log = logging.getLogger(__name__)

MAX_PIXELS = 50_000_000  # 50 MP: above any phone's normal photo; 150 MB as RGB
MAX_ASPECT = 4.0  # long side / short side; panoramas and screenshot strips lie beyond
MIN_SHORT_SIDE = 200  # px when the caller gives no `min_size`; a face needs room to be measured

_FORMAT_LABELS = {
    "JPEG": "JPEG",
    "PNG": "PNG",
    "HEIF": "HEIC/HEIF",
    "WEBP": "WebP",
    "TIFF": "TIFF",
    "BMP": "BMP",
    "GIF": "GIF",
}
_SEND_A_PHOTO = "Send a photo as JPEG, PNG, HEIC or WebP."
_NOT_AN_IMAGE = {
    "pdf": "This is a PDF document, not a photo.",
    "archive": "This is an archive (such as ZIP), not a photo.",
    "document": "This is a document, not a photo.",
    "video": "This is a video, not a photo; send a still photo instead.",
    "audio": "This is a sound recording, not a photo.",
    "text": "This is a text file, not a photo.",
    "unknown": "This file is not a picture.",
}
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_WIDE_MODES = ("I;16", "I", "F")  # prefixes of modes whose bit depth `to_srgb` reports itself


class DecodeRefusal(StrEnum):
    """Stable `BadInput.code` values this stage raises."""

    empty_file = "empty_file"
    not_an_image = "not_an_image"
    corrupt_image = "corrupt_image"
    too_many_pixels = "too_many_pixels"
    extreme_aspect = "extreme_aspect"
    too_small = "too_small"
    unsupported_format = "unsupported_format"


def decode_path(path: Path | str, *, min_size: tuple[int, int] | None = None) -> DecodedImage:
    """`decode` the file at `path`. The name and extension are ignored: content decides."""
    return decode(Path(path).read_bytes(), min_size=min_size)


def decode(data: bytes, *, min_size: tuple[int, int] | None = None) -> DecodedImage:
    """Decode an uploaded picture into an upright H×W×3 uint8 sRGB array (read-only).

    `min_size` is the smallest acceptable (width, height) of the upright picture; without it the
    shorter side must be at least `MIN_SHORT_SIDE` pixels. Raises `BadInput` with a
    `DecodeRefusal` code for anything we cannot or should not use; never Pillow's own errors
    or decompression-bomb warnings.
    """
    started = time.perf_counter()
    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    if not data:
        raise _refusal(DecodeRefusal.empty_file, "The file is empty (0 bytes). Send the photo again.")
    fmt = accepted_format(data[:256])
    if fmt is None:
        raise _not_accepted(data)

    header = _open_header(data, fmt)
    _check_geometry(header.width, header.height, min_size, upright=False)
    if fmt == "TIFF" and _is_camera_raw(header):
        raise _unsupported("camera RAW")
    notes: list[str] = []
    source_mode = header.mode
    icc_profile = header.info.get("icc_profile") or None
    jpeg_quality = _jpeg_quality(header) if fmt == "JPEG" else None
    if _has_16bit_samples(header):
        notes.append("16 bits per channel reduced to 8")
    if _has_more_frames(header):
        notes.append("several frames or pages: the first (primary) one used")
    if icc_profile is None and _has_wide_nclx(header):
        notes.append("wide-gamut HEIF colour description not applied; colours may look slightly flat")

    _verify(data, fmt)
    image = _load(data, fmt)
    image = _upright(image, notes)
    _check_geometry(image.width, image.height, min_size, upright=True)
    image = to_srgb(image, icc_profile, notes)
    rgb = np.asarray(image)  # one copy out of Pillow; read-only, C-contiguous
    if rgb.dtype != np.uint8 or rgb.ndim != 3 or rgb.shape[2] != 3:  # to_srgb guarantees RGB
        raise AssertionError(f"decoder produced {rgb.dtype} {rgb.shape}")
    log.debug(
        "decoded %s %s %dx%d in %.0f ms",
        fmt,
        source_mode,
        rgb.shape[1],
        rgb.shape[0],
        (time.perf_counter() - started) * 1000,
    )
    return DecodedImage(
        rgb=rgb,
        source_format=fmt,
        source_mode=source_mode,
        byte_size=len(data),
        jpeg_quality=jpeg_quality,
        notes=notes,
    )


def _refusal(code: DecodeRefusal, message: str, **params: object) -> BadInput:
    return BadInput(message, code=code, **params)


def _corrupt(fmt: str, reason: str) -> BadInput:
    return _refusal(
        DecodeRefusal.corrupt_image,
        f"The {_FORMAT_LABELS[fmt]} file is damaged or incomplete and cannot be read. "
        "Send the original photo again, not a partly downloaded copy.",
        format=fmt,
        reason=reason,
    )


def _unsupported(name: str) -> BadInput:
    return _refusal(
        DecodeRefusal.unsupported_format,
        f"{name} files are not accepted. Send a photo as JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF.",
        format=name,
    )


def _not_accepted(data: bytes) -> BadInput:
    """Refusal for a file that does not start like any format we take."""
    name = known_unsupported(data[:4096]) or probe_other_format(data)
    if name is not None:
        return _unsupported(name)
    kind = non_image_kind(data[:4096])
    return _refusal(DecodeRefusal.not_an_image, f"{_NOT_AN_IMAGE[kind]} {_SEND_A_PHOTO}", kind=kind)


def _open_header(data: bytes, fmt: str) -> ImageFile.ImageFile:
    try:
        header, _ = open_as(data, fmt)
    except Exception as error:
        log.debug("header of %s unreadable: %s", fmt, type(error).__name__)
        kind = non_image_kind(data[:4096])
        if kind != "unknown":  # e.g. a text file that happens to start with "BM"
            raise _refusal(
                DecodeRefusal.not_an_image, f"{_NOT_AN_IMAGE[kind]} {_SEND_A_PHOTO}", kind=kind
            ) from None
        raise _corrupt(fmt, "header") from None
    if header.width < 1 or header.height < 1:
        raise _corrupt(fmt, "header")
    return header


def _check_geometry(width: int, height: int, min_size: tuple[int, int] | None, *, upright: bool) -> None:
    """Refuse bombs, panoramas and thumbnails; before decoding (`upright=False`) and after.

    Before EXIF rotation is known only rotation-independent tests are exact, so the `min_size`
    test then only refuses what fits neither way round.
    """
    pixels = width * height
    if pixels > MAX_PIXELS:
        raise _refusal(
            DecodeRefusal.too_many_pixels,
            f"The picture is too large: {width}×{height} is {pixels / 1e6:.0f} megapixels, more than "
            f"the {MAX_PIXELS // 1_000_000} allowed. Send a smaller copy, such as the phone's normal "
            "photo size.",
            width=width,
            height=height,
            pixels=pixels,
            max_pixels=MAX_PIXELS,
        )
    short, long = sorted((width, height))
    if long > MAX_ASPECT * short:
        raise _refusal(
            DecodeRefusal.extreme_aspect,
            f"The picture is too long and narrow ({width}×{height}). Send an ordinary photo, "
            "not a panorama or a screenshot strip.",
            width=width,
            height=height,
            ratio=round(long / short, 2),
            max_ratio=MAX_ASPECT,
        )
    if min_size is None:
        if short < MIN_SHORT_SIDE:
            raise _refusal(
                DecodeRefusal.too_small,
                f"The picture is too small ({width}×{height} pixels); its shorter side must be at "
                f"least {MIN_SHORT_SIDE} pixels. Send the original photo, not a thumbnail or preview.",
                width=width,
                height=height,
                min_short_side=MIN_SHORT_SIDE,
            )
        return
    min_width, min_height = min_size
    fits = width >= min_width and height >= min_height
    if not upright:
        fits = fits or (height >= min_width and width >= min_height)
    if not fits:
        raise _refusal(
            DecodeRefusal.too_small,
            f"The picture is too small ({width}×{height} pixels); at least {min_width}×{min_height} "
            "are needed. Send the original photo, not a thumbnail or preview.",
            width=width,
            height=height,
            min_width=min_width,
            min_height=min_height,
        )


def _is_camera_raw(header: ImageFile.ImageFile) -> bool:
    """DNG, NEF, ARW... are TIFF inside; Pillow would show their small embedded preview."""
    tags = getattr(header, "tag_v2", {})
    subfile_type = tags.get(254, 0)
    return 50706 in tags or (isinstance(subfile_type, int) and bool(subfile_type & 1))


def _jpeg_quality(header: ImageFile.ImageFile) -> int | None:
    tables = getattr(header, "quantization", None) or {}
    luminance = tables.get(0)
    return None if luminance is None else estimate_jpeg_quality(luminance)


def _has_16bit_samples(header: ImageFile.ImageFile) -> bool:
    """16-bit RGB(A) PNG/TIFF: Pillow keeps the high byte while decoding; say so."""
    if header.mode.startswith(_WIDE_MODES) or not header.tile:
        return False
    args = header.tile[0].args
    rawmode = args if isinstance(args, str) else args[0] if isinstance(args, tuple) and args else None
    return isinstance(rawmode, str) and ";16" in rawmode


def _has_more_frames(header: ImageFile.ImageFile) -> bool:
    try:
        return bool(getattr(header, "is_animated", False))
    except Exception:  # a broken second frame is no reason to refuse the first
        return False


def _has_wide_nclx(header: ImageFile.ImageFile) -> bool:
    """HEIF may describe colour by primaries ("nclx") instead of an ICC profile; only BT.709/sRGB
    (1) or unspecified (2) primaries are right without conversion. Rare: iPhones embed ICC."""
    nclx = header.info.get("nclx_profile")
    return isinstance(nclx, dict) and nclx.get("color_primaries", 2) not in (1, 2)


def _verify(data: bytes, fmt: str) -> None:
    """Pillow's structural check (PNG chunk CRCs and the like) on a fresh header, as it requires."""
    try:
        image, _ = open_as(data, fmt)
        image.verify()
    except Exception as error:
        log.debug("%s failed verification: %s", fmt, type(error).__name__)
        raise _corrupt(fmt, "checksum") from None


def _load(data: bytes, fmt: str) -> Image.Image:
    """Decode the pixels. A file that runs out early is refused even when another library has set
    Pillow's process-wide `LOAD_TRUNCATED_IMAGES` (which would fill the rest grey)."""
    try:
        return load_pixels(data, fmt)
    except RanOutOfData:
        raise _corrupt(fmt, "truncated") from None
    except Exception as error:
        log.debug("%s pixel data unreadable: %s", fmt, type(error).__name__)
        raise _corrupt(fmt, "data") from None


def _upright(image: Image.Image, notes: list[str]) -> Image.Image:
    """Apply the EXIF orientation with one `Image.transpose`.

    Why not `ImageOps.exif_transpose`: it does the same transpose but also rewrites the EXIF and
    XMP blocks, which we drop anyway and which fail on some odd maker notes.
    """
    try:
        orientation = image.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception:
        notes.append("EXIF data unreadable; orientation not applied")
        return image
    method = _TRANSPOSE.get(orientation) if isinstance(orientation, int) else None
    if method is None:
        return image
    notes.append(f"turned upright (EXIF orientation {orientation})")
    return image.transpose(method)
