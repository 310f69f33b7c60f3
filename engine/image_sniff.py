"""Tell what a file is from its first bytes, never from its name.

Why our own magic-byte table instead of letting Pillow try every plugin: users rename files, Telegram
strips names, and Pillow can open formats we do not want (EPS runs Ghostscript, PSD/ICO/TGA are not
photos). Knowing the claimed format up front also lets the decoder tell "a damaged JPEG" (strong
signature, broken body) from "not a picture at all".
"""

from __future__ import annotations

import struct

# Pillow format names, in the order the user-facing messages list them.
ACCEPTED_FORMATS: tuple[str, ...] = ("JPEG", "PNG", "HEIF", "WEBP", "TIFF", "BMP", "GIF")

# ISO-BMFF brands libheif decodes as HEVC-coded HEIF (the same list pillow-heif registers for).
_HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1"}
)
_HEVC_BRANDS = _HEIF_BRANDS - {b"mif1", b"msf1"}  # mif1/msf1 are generic: AVIF uses them too
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_TIFF_SIGNATURES = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")  # classic and BigTIFF


def _ftyp_brands(head: bytes) -> tuple[bytes, frozenset[bytes]] | None:
    """Major brand and compatible brands of an ISO-BMFF file (HEIF, AVIF, MP4, MOV...)."""
    if len(head) < 12 or head[4:8] != b"ftyp":
        return None
    size = struct.unpack(">I", head[:4])[0]
    end = min(size, len(head)) if size >= 16 else 16
    compatible = frozenset(head[i : i + 4] for i in range(16, end - 3, 4))
    return head[8:12], compatible


def accepted_format(head: bytes) -> str | None:
    """The Pillow format name when `head` starts like one of the formats we decode, else None."""
    if head[:3] == b"\xff\xd8\xff":
        return "JPEG"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:4] in _TIFF_SIGNATURES and head[8:10] != b"CR":  # "CR" at 8: Canon CR2 raw
        return "TIFF"
    if head[:2] == b"BM":
        return "BMP"
    brands = _ftyp_brands(head)
    if brands is not None:
        major, compatible = brands
        if major in _HEVC_BRANDS or (major in _HEIF_BRANDS and not compatible & _AVIF_BRANDS):
            return "HEIF"
    return None


def known_unsupported(head: bytes) -> str | None:
    """A name for picture formats Pillow cannot open but users do send (vector, RAW, JPEG XL)."""
    if head[:4] in _TIFF_SIGNATURES and head[8:10] == b"CR":
        return "camera RAW"
    if head[:4] in (b"IIRO", b"IIRS", b"IIU\x00") or head.startswith(b"FUJIFILMCCD-RAW"):
        return "camera RAW"
    if head[:2] == b"\xff\x0a" or head[:12] == b"\x00\x00\x00\x0cJXL \r\n\x87\n":
        return "JPEG XL"
    brands = _ftyp_brands(head)
    if brands is not None:
        major, compatible = brands
        if major in _AVIF_BRANDS or compatible & _AVIF_BRANDS:
            return "AVIF"
        if major == b"crx ":
            return "camera RAW"
    text = head[:1024].lstrip().lower()
    if text.startswith((b"<svg", b"<?xml")) and b"<svg" in text:
        return "SVG"
    return None


def non_image_kind(head: bytes) -> str:
    """What a file that is not a picture most likely is, so the refusal can say so plainly.

    One of "pdf", "archive", "document", "video", "audio", "text" or "unknown".
    """
    if head[:5] == b"%PDF-":
        return "pdf"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06") or head[:4] == b"Rar!" or head[:6] == b"7z\xbc\xaf'\x1c":
        return "archive"
    if head[:2] == b"\x1f\x8b":
        return "archive"
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" or head[:5] == b"{\\rtf":
        return "document"
    if _ftyp_brands(head) is not None or head[:4] == b"\x1aE\xdf\xa3":
        return "video"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "video"
    if (
        head[:4] in (b"OggS", b"fLaC")
        or head[:3] == b"ID3"
        or (head[:4] == b"RIFF" and head[8:12] == b"WAVE")
    ):
        return "audio"
    if _looks_like_text(head):
        return "text"
    return "unknown"


def _looks_like_text(head: bytes) -> bool:
    sample = head[:4096]
    if not sample:
        return False
    try:
        decoded = sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # a multi-byte character cut at the end of the sample is still text
        if error.start < len(sample) - 4:
            return False
        decoded = sample[: error.start].decode("utf-8")
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in decoded)
    return printable >= 0.95 * max(1, len(decoded))
