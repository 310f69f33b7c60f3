"""Image facts the way Telegram reports them: photo dimensions, the PhotoSize ladder Telegram generates for
every photo (several downscaled copies plus the real image as the largest), and small synthetic media."""

from __future__ import annotations

import io
from functools import cache

from PIL import Image, ImageOps, UnidentifiedImageError

from .errors import bad_request

# Telegram keeps thumbnails of roughly these long sides next to the full-size photo.
PHOTO_LADDER = (90, 320, 800)


def image_size(data: bytes) -> tuple[int, int] | None:
    """Displayed (EXIF-rotated) width and height, or None when the bytes are not an image Pillow reads."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            orientation = image.getexif().get(0x0112, 1)
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def check_photo(data: bytes) -> tuple[int, int]:
    """Telegram's own checks on an uploaded photo; returns its size."""
    if len(data) > 10 * 1024 * 1024:
        raise bad_request("file is too big")
    size = image_size(data)
    if size is None:
        raise bad_request("IMAGE_PROCESS_FAILED")
    width, height = size
    if width + height > 10000 or max(width, height) > 20 * min(width, height):
        raise bad_request("PHOTO_INVALID_DIMENSIONS")
    return size


def downscaled(data: bytes) -> list[tuple[bytes, int, int]]:
    """JPEG copies of the photo for each ladder step smaller than the photo, smallest first.

    One decode (JPEG draft mode) serves every step so a 12 MP selfie costs tens of milliseconds.
    """
    with Image.open(io.BytesIO(data)) as opened:
        opened.draft("RGB", (PHOTO_LADDER[-1], PHOTO_LADDER[-1]))
        image = ImageOps.exif_transpose(opened).convert("RGB")
    full = image_size(data) or image.size
    copies = []
    for side in reversed(PHOTO_LADDER):
        if max(full) <= side:
            continue
        image.thumbnail((side, side))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=80)
        copies.append((buffer.getvalue(), image.width, image.height))
    return list(reversed(copies))


@cache
def sticker_webp() -> bytes:
    """A 512×512 WebP like every static sticker."""
    buffer = io.BytesIO()
    Image.new("RGBA", (512, 512), (255, 200, 0, 255)).save(buffer, "WEBP")
    return buffer.getvalue()


def fake_video() -> bytes:
    """Bytes that start like an MP4; nothing in the bot should ever decode a video."""
    return b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(2048)


def fake_voice() -> bytes:
    """Bytes that start like an Ogg/Opus voice note."""
    return b"OggS\x00\x02" + bytes(1024)
