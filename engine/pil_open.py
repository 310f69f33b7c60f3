"""Open image files with Pillow's format classes directly, header only.

Why not `Image.open`: it runs Pillow's process-wide decompression-bomb check, which emits a
`DecompressionBombWarning` from 89 MP and raises `DecompressionBombError` from 179 MP. We refuse
from 50 MP ourselves, read from the header, so the caller must never see Pillow's warning or error,
and changing `Image.MAX_IMAGE_PIXELS` or the warning filters would touch every other user of Pillow
in the process (not thread-safe either). Instantiating the plugin class parses the header the same
way without that check, and restricts decoding to the format the magic bytes claimed.
"""

from __future__ import annotations

import functools
import io
import logging

from PIL import Image, ImageFile

log = logging.getLogger(__name__)


class RanOutOfData(OSError):
    """The file ended before the picture did."""


class WatchedStream(io.BytesIO):
    """An in-memory file that remembers whether a decoder asked for bytes past its end.

    Why: with `ImageFile.LOAD_TRUNCATED_IMAGES` left False (Pillow's default) a truncated file
    raises during `load()`; but that flag is process-wide and any other library may set it, after
    which Pillow silently fills the missing part grey. A read that comes back empty while loading
    means the data ran out before the picture did, whatever the flag says.
    """

    ran_out = False

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        if not chunk and size != 0:
            self.ran_out = True
        return chunk


@functools.cache
def _heif_class() -> type[ImageFile.ImageFile]:
    """Register pillow-heif once, on the first HEIF file, so importing the engine stays light."""
    from pillow_heif import HeifImageFile, register_heif_opener

    register_heif_opener()
    return HeifImageFile


def _format_class(fmt: str) -> type[ImageFile.ImageFile]:
    if fmt == "HEIF":
        return _heif_class()
    if fmt == "JPEG":
        from PIL.JpegImagePlugin import JpegImageFile

        return JpegImageFile
    if fmt == "PNG":
        from PIL.PngImagePlugin import PngImageFile

        return PngImageFile
    if fmt == "WEBP":
        from PIL.WebPImagePlugin import WebPImageFile

        return WebPImageFile
    if fmt == "TIFF":
        from PIL.TiffImagePlugin import TiffImageFile

        return TiffImageFile
    if fmt == "BMP":
        from PIL.BmpImagePlugin import BmpImageFile

        return BmpImageFile
    if fmt == "GIF":
        from PIL.GifImagePlugin import GifImageFile

        return GifImageFile
    raise ValueError(f"not an accepted format: {fmt}")


def open_as(data: bytes, fmt: str) -> tuple[ImageFile.ImageFile, WatchedStream]:
    """Parse the header of `data` as `fmt` (no pixels decoded yet).

    Raises whatever the plugin raises for a broken header (SyntaxError, OSError, ValueError...);
    the caller turns that into a refusal.
    """
    stream = WatchedStream(data)
    return _format_class(fmt)(stream), stream


def load_pixels(data: bytes, fmt: str) -> Image.Image:
    """Decode the pixels of `data` as `fmt`; raises on any damage, `RanOutOfData` on truncation.

    Why HEIF goes through pillow-heif's own API: its Pillow plugin swallows decode errors and
    returns a blank picture whenever `LOAD_TRUNCATED_IMAGES` is set; `HeifFile` always raises.
    """
    if fmt == "HEIF":
        _heif_class()  # registers the plugin for the rest of the process, once
        from pillow_heif import open_heif

        return open_heif(io.BytesIO(data), convert_hdr_to_8bit=True).to_pillow()
    image, stream = open_as(data, fmt)
    stream.ran_out = False  # only reads while decoding pixels count
    image.load()
    if stream.ran_out:
        raise RanOutOfData(f"{fmt} data ends early")
    return image


def probe_other_format(data: bytes) -> str | None:
    """The Pillow format name if any other Pillow plugin recognises `data`, else None.

    Used only after our accepted formats failed to match, to tell "a picture we do not take"
    (EPS, ICO, PSD, AVIF...) from "not a picture at all".
    """
    Image.init()
    prefix = data[:16]
    for fmt in list(Image.ID):
        factory, accept = Image.OPEN[fmt]
        try:
            verdict = True if accept is None else accept(prefix)
            if not verdict or isinstance(verdict, str):  # a str: "this format, but unreadable"
                continue
            # Pillow types OPEN's factories as taking str | bytes; they take None (ImageFile's default).
            image = factory(io.BytesIO(data), None)  # type: ignore[arg-type]
        except Exception:  # any failure means "not this format"
            continue
        log.debug("probe: unsupported format %s", image.format)
        return str(image.format or fmt)
    return None
