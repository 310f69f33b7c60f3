"""Turn any decoded Pillow image into 8-bit sRGB, and say in plain words what had to change.

Why it matters: every later stage (face landmarks, matting, background colour checks, print) assumes
8-bit sRGB. A CMYK JPEG straight out of Photoshop, a Display-P3 phone photo or a 16-bit scan would
otherwise give shifted skin tones or a dark, clipped picture without any error.
"""

from __future__ import annotations

import functools
import io
import logging
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image, ImageCms

if TYPE_CHECKING:  # the type of ImageCmsProfile.profile, which ImageCms does not re-export
    from PIL._imagingcms import CmsProfile

log = logging.getLogger(__name__)

_SIXTEEN_BIT_MODES = frozenset({"I;16", "I;16L", "I;16B", "I;16N"})
_WIDE_MODES = _SIXTEEN_BIT_MODES | {"I", "F"}
# Image mode -> the ICC colour space an embedded profile must describe to apply to it.
_PROFILE_SPACES = {"RGB": "RGB", "CMYK": "CMYK", "L": "GRAY"}
_SRGB_TOLERANCE = 0.002  # on D50 colorant XYZ; Display P3 / Adobe RGB differ by > 0.05


class _ProfileMismatch(ValueError):
    """The embedded profile describes another colour space than the pixels are in."""


def to_srgb(image: Image.Image, icc_profile: bytes | None, notes: list[str]) -> Image.Image:
    """`image` as an 8-bit "RGB" image in sRGB, alpha composited on white; appends to `notes`.

    The input must be loaded and upright. `icc_profile` is the embedded profile, if any.
    """
    if image.mode in _WIDE_MODES:
        image = _to_8bit_grey(image, notes)
    elif image.mode == "1":
        image = image.convert("L")
    if image.mode == "P":
        image = image.convert("RGBA" if image.has_transparency_data else "RGB")
        notes.append("palette picture expanded to full colour")
    if image.has_transparency_data:
        image = _flatten_on_white(image, notes)
    if image.mode not in _PROFILE_SPACES:  # YCbCr, LAB, RGBX, HSV...: Pillow knows the maths
        notes.append(f"converted from {image.mode} to RGB")
        image = image.convert("RGB")
    image = _apply_profile(image, icc_profile, notes)
    if image.mode == "CMYK":
        notes.append("converted from CMYK without a colour profile (colours approximate)")
        image = image.convert("RGB")
    elif image.mode == "L":
        notes.append("greyscale picture")
        image = image.convert("RGB")
    return image


def _to_8bit_grey(image: Image.Image, notes: list[str]) -> Image.Image:
    """16-bit, 32-bit integer or float greyscale to 8-bit.

    Why not `convert("L")`: Pillow clips those modes at 255 instead of scaling, which turns a
    16-bit photo almost white.
    """
    values = np.asarray(image)
    scaled: np.ndarray
    if image.mode in _SIXTEEN_BIT_MODES:
        scaled = (values.astype(np.uint32) + 128) // 257
        notes.append("16-bit greyscale reduced to 8-bit")
    else:
        low, high = float(values.min()), float(values.max())
        if image.mode == "F" and low >= 0.0 and high <= 1.0:
            scaled = np.rint(values * 255.0)
        elif low >= 0.0 and high <= 255.0:
            scaled = np.rint(values)
        elif image.mode == "I" and low >= 0.0 and high <= 65535.0:
            scaled = (values.astype(np.int64) + 128) // 257
        else:  # unknown range: stretch what is there
            scaled = np.rint((values.astype(np.float64) - low) * (255.0 / max(high - low, 1e-12)))
        notes.append(f"{'floating-point' if image.mode == 'F' else '32-bit'} greyscale scaled to 8-bit")
    return Image.fromarray(np.clip(scaled, 0, 255).astype(np.uint8))


def _flatten_on_white(image: Image.Image, notes: list[str]) -> Image.Image:
    """Composite any transparency onto white: ID photo backgrounds are light, black is never right."""
    grey = image.mode in ("LA", "La")
    wanted = "LA" if grey else "RGBA"
    with_alpha = image if image.mode == wanted else image.convert(wanted)  # also unpremultiplies La/RGBa
    alpha = with_alpha.getchannel("A")
    flat = with_alpha.convert("L" if grey else "RGB")
    if alpha.getextrema()[0] == 255:
        return flat  # an alpha channel that is opaque everywhere
    white = Image.new(flat.mode, flat.size, 255 if grey else (255, 255, 255))
    white.paste(flat, mask=alpha)
    notes.append("transparent areas placed on white")
    return white


def _apply_profile(image: Image.Image, icc_profile: bytes | None, notes: list[str]) -> Image.Image:
    if not icc_profile or image.mode not in _PROFILE_SPACES:
        return image
    try:
        transform = _transform_to_srgb(icc_profile, image.mode)
    except _ProfileMismatch:
        notes.append(f"embedded colour profile does not fit a {image.mode} picture; ignored")
        return image
    except Exception as error:  # lcms rejects many broken or exotic profiles
        log.debug("unusable ICC profile: %s", type(error).__name__)
        notes.append("embedded colour profile unreadable; ignored")
        return image
    if transform is None:
        return image  # already sRGB
    try:
        converted = ImageCms.applyTransform(image, transform)
    except Exception as error:
        log.debug("ICC transform failed: %s", type(error).__name__)
        notes.append("embedded colour profile could not be applied; ignored")
        return image
    assert converted is not None  # only None with inPlace=True
    source = {"CMYK": "CMYK", "L": "greyscale"}.get(image.mode, "RGB")
    notes.append(f"converted from {source} to sRGB via the embedded colour profile")
    return converted


@functools.cache
def _srgb_profile() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@functools.lru_cache(maxsize=16)
def _transform_to_srgb(icc_profile: bytes, mode: str) -> ImageCms.ImageCmsTransform | None:
    """A cached lcms transform from the embedded profile to sRGB; None when it is sRGB already.

    Why cache: phones embed the same few profiles in every photo, and building a CMYK transform
    costs ~25 ms (an RGB one ~3 ms).
    """
    profile = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
    space = profile.profile.xcolor_space.strip()
    if space != _PROFILE_SPACES[mode]:
        raise _ProfileMismatch(space)
    if mode == "RGB" and _is_srgb(profile.profile):
        return None
    return ImageCms.buildTransform(
        profile, _srgb_profile(), mode, "RGB", renderingIntent=ImageCms.Intent.PERCEPTUAL
    )


def _is_srgb(profile: CmsProfile) -> bool:
    """Matrix-shaper profile with sRGB's primaries ("sRGB IEC61966-2.1", "sRGB built-in"...).

    Skipping the no-op transform saves ~180 ms on a 12 MP photo, and many phone photos carry one.
    """
    if not profile.is_matrix_shaper:
        return False
    reference = _srgb_profile().profile
    for ours, theirs in (
        (profile.red_colorant, reference.red_colorant),
        (profile.green_colorant, reference.green_colorant),
        (profile.blue_colorant, reference.blue_colorant),
    ):
        if ours is None or theirs is None:
            return False
        if max(abs(a - b) for a, b in zip(ours[0], theirs[0], strict=True)) > _SRGB_TOLERANCE:
            return False
    return True
