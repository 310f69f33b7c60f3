"""Builders for decoder test inputs: encoded files, hand-made PNG chunks and tiny ICC profiles.

Why hand-made ICC profiles: the test machines carry no .icc files and Pillow can only create
sRGB/LAB/XYZ profiles, but the decoder's interesting paths are Adobe-RGB-like photos and
Photoshop CMYK JPEGs. A v2 matrix/TRC profile and a lut16 CMYK profile are a few hundred lines of
spec but a few dozen of struct packing.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable, Iterable

import numpy as np
from PIL import Image

D50 = (0.9642, 1.0, 0.8249)
# Adobe RGB (1998) colorants adapted to D50, as in Adobe's own profile, and its 563/256 gamma.
ADOBE_RGB_COLORANTS = (
    (0.60974, 0.31111, 0.01947),
    (0.20528, 0.62567, 0.06087),
    (0.14919, 0.06322, 0.74457),
)
ADOBE_RGB_GAMMA = 563 / 256
# sRGB colorants adapted to D50 (columns of the linear-sRGB -> XYZ(D50) matrix).
SRGB_COLORANTS = (
    (0.436065673828125, 0.2224884033203125, 0.013916015625),
    (0.3851470947265625, 0.7168731689453125, 0.0970611572265625),
    (0.14306640625, 0.0606079101562500, 0.7140960693359375),
)

# Orientation o: how EXIF says stored pixels must be turned for display, done with plain numpy.
DISPLAY_FROM_STORED: dict[int, Callable[[np.ndarray], np.ndarray]] = {
    1: lambda a: a,
    2: lambda a: a[:, ::-1],
    3: lambda a: a[::-1, ::-1],
    4: lambda a: a[::-1, :],
    5: lambda a: a.transpose(1, 0, 2),
    6: lambda a: np.rot90(a, k=-1),  # 90° clockwise
    7: lambda a: np.rot90(a, k=2).transpose(1, 0, 2),
    8: lambda a: np.rot90(a, k=1),  # 90° counter-clockwise
}
# ...and the inverse: what a camera stores for an upright scene.
STORED_FROM_DISPLAY: dict[int, Callable[[np.ndarray], np.ndarray]] = {
    **DISPLAY_FROM_STORED,
    6: lambda a: np.rot90(a, k=1),
    8: lambda a: np.rot90(a, k=-1),
}


def encode(image: Image.Image | np.ndarray, fmt: str, **params: object) -> bytes:
    """Save with Pillow (or pillow-heif for "HEIF") into bytes."""
    if isinstance(image, np.ndarray):
        image = Image.fromarray(image)
    buffer = io.BytesIO()
    if fmt == "HEIF":
        from pillow_heif import register_heif_opener

        register_heif_opener()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def exif_with_orientation(orientation: int, *, gps: bool = False) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    if gps:
        exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)}
    return exif.tobytes()


# --- PNG crafting --------------------------------------------------------------------------------


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png_from_parts(
    width: int, height: int, idat: bytes, *, bit_depth: int = 8, colour_type: int = 0
) -> bytes:
    """A PNG whose IHDR says whatever we like, with correct CRCs (the "lying header" case)."""
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")
    )


def blank_grey_png(width: int, height: int) -> bytes:
    """A genuinely valid all-black greyscale PNG, compressed row by row: tiny file, huge picture."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (width + 1)  # filter byte + pixels
    rows_per_step = max(1, (1 << 22) // len(row))
    parts = []
    for start in range(0, height, rows_per_step):
        parts.append(compressor.compress(row * min(rows_per_step, height - start)))
    parts.append(compressor.flush())
    return png_from_parts(width, height, b"".join(parts))


def with_jpeg_size(jpeg: bytes, width: int, height: int) -> bytes:
    """Rewrite the frame header (SOF) size of a JPEG: the header now lies about the pixels."""
    index = 2
    while index < len(jpeg):
        marker = jpeg[index + 1]
        length = struct.unpack(">H", jpeg[index + 2 : index + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            start = index + 5  # after marker, length and precision
            return jpeg[:start] + struct.pack(">HH", height, width) + jpeg[start + 4 :]
        index += 2 + length
    raise ValueError("no SOF marker")


def minimal_psd(width: int, height: int) -> bytes:
    """An uncompressed 8-bit RGB Photoshop file, which Pillow can read."""
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, height, width, 8, 3)
    return header + struct.pack(">IIIH", 0, 0, 0, 0) + bytes(width * height * 3)


# --- ICC profiles ----------------------------------------------------------------------------------


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz_tag(xyz: Iterable[float]) -> bytes:
    return b"XYZ \x00\x00\x00\x00" + b"".join(_s15(v) for v in xyz)


def _gamma_tag(gamma: float) -> bytes:
    return b"curv\x00\x00\x00\x00" + struct.pack(">IH", 1, round(gamma * 256)) + b"\x00\x00"


def _desc_tag(text: str) -> bytes:
    ascii_text = text.encode("ascii") + b"\x00"
    return (
        b"desc\x00\x00\x00\x00"
        + struct.pack(">I", len(ascii_text))
        + ascii_text
        + struct.pack(">II", 0, 0)
        + struct.pack(">HB", 0, 0)
        + b"\x00" * 67
    )


def _profile(device_class: bytes, colour_space: bytes, tags: dict[bytes, bytes]) -> bytes:
    """Assemble an ICC v2.1 profile with PCS XYZ from raw tag payloads."""
    table = b""
    data = b""
    offset = 128 + 4 + 12 * len(tags)
    for signature, payload in tags.items():
        padded = payload + b"\x00" * (-len(payload) % 4)
        table += signature + struct.pack(">II", offset + len(data), len(payload))
        data += padded
    size = offset + len(data)
    header = (
        struct.pack(">I", size)
        + b"\x00\x00\x00\x00"
        + struct.pack(">I", 0x02100000)
        + device_class
        + colour_space
        + b"XYZ "
        + struct.pack(">6H", 2024, 1, 1, 0, 0, 0)
        + b"acsp"
        + b"\x00" * 24
        + struct.pack(">I", 0)
        + b"".join(_s15(v) for v in D50)
        + b"\x00" * 48
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + data


def adobe_rgb_like_profile() -> bytes:
    """A matrix/TRC RGB profile with Adobe RGB (1998) primaries and gamma."""
    red, green, blue = ADOBE_RGB_COLORANTS
    return _profile(
        b"mntr",
        b"RGB ",
        {
            b"desc": _desc_tag("Adobe RGB like (test)"),
            b"wtpt": _xyz_tag(D50),
            b"rXYZ": _xyz_tag(red),
            b"gXYZ": _xyz_tag(green),
            b"bXYZ": _xyz_tag(blue),
            b"rTRC": _gamma_tag(ADOBE_RGB_GAMMA),
            b"gTRC": _gamma_tag(ADOBE_RGB_GAMMA),
            b"bTRC": _gamma_tag(ADOBE_RGB_GAMMA),
        },
    )


def linear_grey_profile() -> bytes:
    """A greyscale profile with gamma 1.0: stored values are linear light."""
    return _profile(
        b"mntr",
        b"GRAY",
        {b"desc": _desc_tag("Linear grey (test)"), b"wtpt": _xyz_tag(D50), b"kTRC": _gamma_tag(1.0)},
    )


def srgb_encode(linear: np.ndarray) -> np.ndarray:
    linear = np.clip(linear, 0.0, 1.0)
    return np.where(linear <= 0.0031308, 12.92 * linear, 1.055 * np.power(linear, 1 / 2.4) - 0.055)


def srgb_decode(encoded: np.ndarray) -> np.ndarray:
    return np.where(encoded <= 0.04045, encoded / 12.92, np.power((encoded + 0.055) / 1.055, 2.4))


def swapped_ink_rgb(cmyk: np.ndarray) -> np.ndarray:
    """What our test CMYK profile says inks look like, as sRGB 0..1: cyan ink absorbs *green*,
    magenta absorbs *red* (swapped against real inks, so a naive CMYK->RGB formula is visibly wrong)."""
    c, m, y, k = (cmyk[..., i] for i in range(4))
    return np.stack([(1 - m) * (1 - k), (1 - c) * (1 - k), (1 - y) * (1 - k)], axis=-1)


def swapped_ink_cmyk_profile(grid: int = 9) -> bytes:
    """A CMYK output-class profile whose A2B0 lut16 encodes `swapped_ink_rgb` in XYZ (D50)."""
    axis = np.linspace(0.0, 1.0, grid)
    c, m, y, k = np.meshgrid(axis, axis, axis, axis, indexing="ij")  # first channel slowest
    rgb = swapped_ink_rgb(np.stack([c, m, y, k], axis=-1))
    matrix = np.array(SRGB_COLORANTS).T  # linear sRGB -> XYZ D50
    xyz = srgb_decode(rgb) @ matrix.T
    clut = np.clip(np.rint(xyz * 32768), 0, 65535).astype(">u2").reshape(-1)
    identity = b"".join(_s15(v) for v in (1, 0, 0, 0, 1, 0, 0, 0, 1))
    curves = struct.pack(">HH", 0, 65535)
    lut = (
        b"mft2\x00\x00\x00\x00"
        + struct.pack(">BBBB", 4, 3, grid, 0)
        + identity
        + struct.pack(">HH", 2, 2)
        + curves * 4
        + clut.tobytes()
        + curves * 3
    )
    return _profile(
        b"prtr",
        b"CMYK",
        {b"desc": _desc_tag("Swapped inks CMYK (test)"), b"wtpt": _xyz_tag(D50), b"A2B0": lut},
    )


def adobe_rgb_to_srgb(rgb8: np.ndarray) -> np.ndarray:
    """Reference conversion done by hand: decode gamma, Adobe primaries -> XYZ -> sRGB, clip."""
    to_xyz = np.array(ADOBE_RGB_COLORANTS).T
    from_xyz = np.linalg.inv(np.array(SRGB_COLORANTS).T)
    linear = np.power(rgb8 / 255.0, ADOBE_RGB_GAMMA)
    return np.rint(srgb_encode(linear @ (from_xyz @ to_xyz).T) * 255).astype(np.uint8)
