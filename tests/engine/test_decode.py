"""Stage 1, decode and sanitise: every accepted format, every colour path, every refusal.

Inputs are made in memory from real photos (the astronaut, Grace Hopper and the selfie samples);
expected pixels are computed independently with numpy wherever the decoder's answer is not a
plain round trip.
"""

from __future__ import annotations

import io
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageCms, ImageFile

from engine.context import DecodedImage
from engine.decode import MAX_PIXELS, DecodeRefusal, decode, decode_path
from engine.errors import BadInput, ErrorKind
from tests import images as T

# ------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def upright(astronaut: np.ndarray) -> np.ndarray:
    """A portrait (400 high × 300 wide) crop, so any wrong rotation changes the shape."""
    return np.ascontiguousarray(astronaut[20:420, 100:400])


def refusal(data: bytes, **kwargs: object) -> BadInput:
    with pytest.raises(BadInput) as caught:
        decode(data, **kwargs)  # type: ignore[arg-type]
    error = caught.value
    assert isinstance(error.code, DecodeRefusal)
    assert error.kind is ErrorKind.bad_input
    return error


def mean_difference(a: np.ndarray, b: np.ndarray) -> float:
    assert a.shape == b.shape
    return float(np.abs(a.astype(np.int16) - b.astype(np.int16)).mean())


def plain_pillow_rgb(data: bytes) -> np.ndarray:
    """Pixels as stored, no orientation and no colour management: the baseline to compare with."""
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("RGB"))


# ------------------------------------------------------------------------------- a real photo


def test_sample_selfie_decodes_as_is(samples_dir: Path) -> None:
    path = samples_dir / "sample_001.jpg"
    decoded = decode_path(path)
    assert isinstance(decoded, DecodedImage)
    assert decoded.rgb.dtype == np.uint8 and decoded.rgb.ndim == 3 and decoded.rgb.shape[2] == 3
    assert decoded.rgb.flags.c_contiguous
    assert (decoded.width, decoded.height) == (1836, 3264)
    assert decoded.source_format == "JPEG" and decoded.source_mode == "RGB"
    assert decoded.byte_size == path.stat().st_size
    assert decoded.jpeg_quality is not None and 50 <= decoded.jpeg_quality <= 100
    assert decoded.notes == []
    np.testing.assert_array_equal(decoded.rgb, plain_pillow_rgb(path.read_bytes()))


def test_real_phone_photo_with_exif_rotation(samples_dir: Path) -> None:
    data = (samples_dir / "db_20191021_155153.jpg").read_bytes()  # stored sideways, EXIF orientation 8
    decoded = decode(data)
    np.testing.assert_array_equal(decoded.rgb, T.DISPLAY_FROM_STORED[8](plain_pillow_rgb(data)))
    assert decoded.notes == ["turned upright (EXIF orientation 8)"]


def test_real_photo_with_a_display_profile(samples_dir: Path) -> None:
    data = (samples_dir / "db_headPose.jpg").read_bytes()  # carries a non-sRGB "Display" profile
    decoded = decode(data)
    assert decoded.notes == ["converted from RGB to sRGB via the embedded colour profile"]
    assert 0.1 < mean_difference(decoded.rgb, plain_pillow_rgb(data)) < 15  # a near-sRGB monitor profile


def test_grace_hopper_and_format_comes_from_content_not_name(grace_hopper_path: Path, tmp_path: Path) -> None:
    jpeg = grace_hopper_path.read_bytes()
    misnamed = tmp_path / "portrait.png"
    misnamed.write_bytes(jpeg)
    assert decode_path(misnamed).source_format == "JPEG"
    png = T.encode(plain_pillow_rgb(jpeg), "PNG")
    (tmp_path / "photo.jpg").write_bytes(png)
    decoded = decode_path(tmp_path / "photo.jpg")
    assert decoded.source_format == "PNG" and decoded.jpeg_quality is None
    np.testing.assert_array_equal(decoded.rgb, plain_pillow_rgb(jpeg))


def test_exif_and_gps_are_not_kept(upright: np.ndarray) -> None:
    data = T.encode(upright, "JPEG", quality=95, exif=T.exif_with_orientation(1, gps=True))
    decoded = decode(data)
    assert set(vars(decoded)) == {"rgb", "source_format", "source_mode", "byte_size", "jpeg_quality", "notes"}
    assert not any("gps" in note.lower() for note in decoded.notes)
    assert not isinstance(decoded.rgb.base, Image.Image)  # the Pillow image (and its EXIF) is gone


# ---------------------------------------------------------------------------------- orientation


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_gives_the_upright_picture(upright: np.ndarray, orientation: int) -> None:
    stored = np.ascontiguousarray(T.STORED_FROM_DISPLAY[orientation](upright))
    data = T.encode(stored, "JPEG", quality=95, exif=T.exif_with_orientation(orientation))
    decoded = decode(data)
    # exact: the stored pixels as Pillow decodes them, turned by numpy
    expected = T.DISPLAY_FROM_STORED[orientation](plain_pillow_rgb(data))
    np.testing.assert_array_equal(decoded.rgb, expected)
    # and it is the picture the camera saw (up to JPEG loss)
    assert decoded.rgb.shape == upright.shape
    assert mean_difference(decoded.rgb, upright) < 3.0
    assert any("orientation" in note for note in decoded.notes) == (orientation != 1)


@pytest.mark.parametrize(
    ("fmt", "params"),
    [("PNG", {}), ("WEBP", {"lossless": True}), ("TIFF", {})],
)
def test_orientation_is_honoured_in_other_containers(upright: np.ndarray, fmt: str, params: dict) -> None:
    stored = np.ascontiguousarray(T.STORED_FROM_DISPLAY[6](upright))
    data = T.encode(stored, fmt, exif=T.exif_with_orientation(6), **params)
    decoded = decode(data)
    np.testing.assert_array_equal(decoded.rgb, upright)


def test_min_size_is_checked_on_the_upright_picture(upright: np.ndarray) -> None:
    stored = np.ascontiguousarray(T.STORED_FROM_DISPLAY[6](upright))  # stored 400 wide × 300 high
    data = T.encode(stored, "PNG", exif=T.exif_with_orientation(6))
    assert decode(data, min_size=(300, 400)).rgb.shape == (400, 300, 3)
    error = refusal(data, min_size=(400, 300))
    assert error.code is DecodeRefusal.too_small
    assert (error.params["width"], error.params["height"]) == (300, 400)


# ------------------------------------------------------------------------------ other formats


def test_heic_round_trip_with_rotation(upright: np.ndarray) -> None:
    stored = np.ascontiguousarray(T.STORED_FROM_DISPLAY[6](upright))
    data = T.encode(stored, "HEIF", quality=92, exif=T.exif_with_orientation(6))
    decoded = decode(data)
    assert decoded.source_format == "HEIF"
    assert decoded.rgb.shape == upright.shape
    assert mean_difference(decoded.rgb, upright) < 4.0


def test_heif_with_wide_gamut_primaries_says_so(upright: np.ndarray) -> None:
    display_p3 = {"color_primaries": 12, "transfer_characteristics": 13, "matrix_coefficients": 6}
    plain = decode(T.encode(upright, "HEIF", quality=80))
    wide = decode(T.encode(upright, "HEIF", quality=80, nclx_profile={**display_p3, "full_range_flag": 1}))
    assert not any("wide-gamut" in note for note in plain.notes)
    assert any("wide-gamut" in note for note in wide.notes)


def test_heif_support_is_registered_lazily() -> None:
    code = "import sys, engine.decode; sys.exit('pillow_heif' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize(
    ("fmt", "params", "tolerance"),
    [
        ("WEBP", {"lossless": True}, 0.0),
        ("WEBP", {"quality": 90}, 4.0),
        ("BMP", {}, 0.0),
        ("TIFF", {"compression": "tiff_lzw"}, 0.0),
        ("TIFF", {"compression": "jpeg"}, 4.0),
    ],
)
def test_webp_bmp_tiff(upright: np.ndarray, fmt: str, params: dict, tolerance: float) -> None:
    decoded = decode(T.encode(upright, fmt, **params))
    assert decoded.source_format == fmt
    assert mean_difference(decoded.rgb, upright) <= tolerance


def test_gif_gives_its_first_frame(upright: np.ndarray) -> None:
    first = Image.fromarray(upright).quantize(128)
    second = Image.fromarray(255 - upright).quantize(128)
    buffer = io.BytesIO()
    first.save(buffer, "GIF", save_all=True, append_images=[second], duration=100, loop=0)
    decoded = decode(buffer.getvalue())
    assert decoded.source_format == "GIF" and decoded.source_mode in ("P", "L")
    np.testing.assert_array_equal(decoded.rgb, np.asarray(first.convert("RGB")))
    assert any("first" in note for note in decoded.notes)


# ---------------------------------------------------------------------- modes and bit depths


def test_greyscale_becomes_three_equal_channels(upright: np.ndarray) -> None:
    grey = np.asarray(Image.fromarray(upright).convert("L"))
    decoded = decode(T.encode(grey, "PNG"))
    assert decoded.source_mode == "L"
    for channel in range(3):
        np.testing.assert_array_equal(decoded.rgb[:, :, channel], grey)


@pytest.mark.parametrize("fmt", ["png", "tiff"])
def test_16_bit_rgb(upright: np.ndarray, fmt: str) -> None:
    deep = upright.astype(np.uint16) * 257  # 8-bit value v is 16-bit v·257
    ok, encoded = cv2.imencode(f".{fmt}", np.ascontiguousarray(deep[:, :, ::-1]))
    assert ok
    decoded = decode(encoded.tobytes())
    np.testing.assert_array_equal(decoded.rgb, upright)
    assert any("16 bits" in note for note in decoded.notes)


@pytest.mark.parametrize("fmt", ["PNG", "TIFF"])
def test_16_bit_greyscale_is_scaled_not_clipped(upright: np.ndarray, fmt: str) -> None:
    deep = (upright[:, :, 1].astype(np.uint16) * 256 + 100).astype(np.uint16)  # not multiples of 257
    decoded = decode(T.encode(Image.fromarray(deep), fmt))
    assert decoded.source_mode.startswith("I;16")
    expected = np.rint(deep / 257.0).astype(np.uint8)
    assert np.abs(decoded.rgb[:, :, 0].astype(int) - expected).max() <= 1
    assert mean_difference(decoded.rgb[:, :, 0], upright[:, :, 1]) < 1.0


def test_float_tiff_in_unit_range(upright: np.ndarray) -> None:
    values = upright[:, :, 0].astype(np.float32) / 255.0
    decoded = decode(T.encode(Image.fromarray(values), "TIFF"))
    assert decoded.source_mode == "F"
    np.testing.assert_array_equal(decoded.rgb[:, :, 2], upright[:, :, 0])


def test_palette_with_transparent_index_becomes_white(upright: np.ndarray) -> None:
    palette_image = Image.fromarray(upright).quantize(64)
    indices = np.asarray(palette_image)
    transparent = int(indices[0, 0])
    palette_image.info["transparency"] = transparent
    palette = np.array(palette_image.getpalette()[: 64 * 3], dtype=np.uint8).reshape(-1, 3)
    expected = palette[indices]
    expected[indices == transparent] = 255
    for fmt in ("PNG", "GIF"):
        decoded = decode(T.encode(palette_image, fmt, transparency=transparent))
        assert decoded.source_mode == "P"
        np.testing.assert_array_equal(decoded.rgb, expected)
        assert "transparent areas placed on white" in decoded.notes


def test_rgba_transparency_is_composited_on_white(upright: np.ndarray) -> None:
    height, width, _ = upright.shape
    alpha = np.full((height, width), 255, np.uint8)
    alpha[:, : width // 3] = 0
    alpha[:, width // 3 : 2 * width // 3] = 128
    rgba = np.dstack([upright, alpha])
    decoded = decode(T.encode(Image.fromarray(rgba), "PNG"))
    assert decoded.source_mode == "RGBA"
    third = width // 3
    assert (decoded.rgb[:, :third] == 255).all()
    half = (upright[:, third : 2 * third].astype(int) * 128 + 255 * 127) / 255
    assert np.abs(decoded.rgb[:, third : 2 * third] - half).max() <= 1
    np.testing.assert_array_equal(decoded.rgb[:, 2 * third + 1 :], upright[:, 2 * third + 1 :])


def test_grey_with_alpha(upright: np.ndarray) -> None:
    grey = np.asarray(Image.fromarray(upright).convert("L"))
    alpha = (
        np.where(np.arange(grey.shape[1]) < 100, 0, 255).astype(np.uint8)[None, :].repeat(grey.shape[0], 0)
    )
    decoded = decode(T.encode(Image.fromarray(np.dstack([grey, alpha])), "PNG"))
    assert decoded.source_mode == "LA"
    assert (decoded.rgb[:, :100] == 255).all()
    np.testing.assert_array_equal(decoded.rgb[:, 100:, 0], grey[:, 100:])


def test_opaque_alpha_adds_no_note(upright: np.ndarray) -> None:
    decoded = decode(T.encode(Image.fromarray(upright).convert("RGBA"), "PNG"))
    np.testing.assert_array_equal(decoded.rgb, upright)
    assert decoded.notes == []


# ------------------------------------------------------------------------------ colour profiles


def cmyk_of(rgb: np.ndarray) -> Image.Image:
    return Image.fromarray(rgb).convert("CMYK")


def test_cmyk_jpeg_without_profile(upright: np.ndarray) -> None:
    data = T.encode(cmyk_of(upright), "JPEG", quality=95)
    decoded = decode(data)
    assert decoded.source_mode == "CMYK"
    assert mean_difference(decoded.rgb, upright) < 3.0
    assert any("CMYK without a colour profile" in note for note in decoded.notes)


def test_cmyk_jpeg_with_profile_goes_through_the_profile(upright: np.ndarray) -> None:
    data = T.encode(cmyk_of(upright), "JPEG", quality=95, icc_profile=T.swapped_ink_cmyk_profile())
    decoded = decode(data)
    with Image.open(io.BytesIO(data)) as raw:
        stored_cmyk = np.asarray(raw) / 255.0  # what the file holds, profile not applied
    expected = np.rint(T.swapped_ink_rgb(stored_cmyk) * 255)
    assert mean_difference(decoded.rgb, expected) < 1.5
    naive = plain_pillow_rgb(data)  # the formula Pillow uses without a profile
    assert mean_difference(decoded.rgb, naive) > 10
    assert "converted from CMYK to sRGB via the embedded colour profile" in decoded.notes


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_adobe_rgb_profile_is_converted_to_srgb(upright: np.ndarray, fmt: str) -> None:
    data = T.encode(
        upright, fmt, icc_profile=T.adobe_rgb_like_profile(), **({"quality": 95} if fmt == "JPEG" else {})
    )
    decoded = decode(data)
    expected = T.adobe_rgb_to_srgb(plain_pillow_rgb(data))  # done by hand with numpy
    assert np.abs(decoded.rgb.astype(int) - expected).max() <= 1
    assert mean_difference(decoded.rgb, plain_pillow_rgb(data)) > 2  # it did change colours
    assert "converted from RGB to sRGB via the embedded colour profile" in decoded.notes


def test_linear_grey_profile(upright: np.ndarray) -> None:
    grey = np.asarray(Image.fromarray(upright).convert("L"))
    decoded = decode(T.encode(grey, "PNG", icc_profile=T.linear_grey_profile()))
    expected = np.rint(T.srgb_encode(grey / 255.0) * 255)
    lit = grey >= 8  # lcms's 8-bit shortcut is a few levels off in the deepest shadows only
    assert np.abs(decoded.rgb[:, :, 1] - expected)[lit].max() <= 1
    assert mean_difference(decoded.rgb[:, :, 1], grey) > 20  # linear light looks much brighter in sRGB


def test_srgb_profile_is_left_alone(upright: np.ndarray) -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    decoded = decode(T.encode(upright, "PNG", icc_profile=srgb))
    np.testing.assert_array_equal(decoded.rgb, upright)
    assert decoded.notes == []


@pytest.mark.parametrize(
    ("profile", "note"),
    [
        (lambda: ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")).tobytes(), "does not fit"),
        (lambda: T.swapped_ink_cmyk_profile(grid=2), "does not fit"),
        (lambda: b"acsp" * 40, "unreadable"),
    ],
)
def test_unusable_profiles_are_ignored(upright: np.ndarray, profile, note: str) -> None:
    decoded = decode(T.encode(upright, "PNG", icc_profile=profile()))
    np.testing.assert_array_equal(decoded.rgb, upright)
    assert any(note in entry for entry in decoded.notes)


# --------------------------------------------------------------------------------- JPEG quality


@pytest.mark.parametrize("quality", [5, 10, 25, 50, 75, 90, 95, 100])
def test_jpeg_quality_is_recovered(upright: np.ndarray, quality: int) -> None:
    assert decode(T.encode(upright, "JPEG", quality=quality)).jpeg_quality == quality


# ------------------------------------------------------------------------------------ refusals


def test_empty_file() -> None:
    assert refusal(b"").code is DecodeRefusal.empty_file


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo.txt", "not a photo " * 50)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (lambda: b"Dear consulate,\nplease find my photo attached.\n" * 20, "text"),
        (lambda: b"<!doctype html><html><body><img src='me.jpg'></body></html>", "text"),
        (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 5, "pdf"),
        (_zip, "archive"),
        (lambda: b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + bytes(400), "video"),
        (lambda: np.random.default_rng(7).bytes(5000), "unknown"),
        (lambda: b"BMW 320d, one careful owner", "text"),  # starts like a BMP
    ],
)
def test_not_an_image(make, kind: str) -> None:
    error = refusal(make())
    assert error.code is DecodeRefusal.not_an_image
    assert error.params["kind"] == kind
    assert error.to_dict()["code"] == "not_an_image"


@pytest.mark.parametrize(
    ("make", "name"),
    [
        (lambda im: T.encode(im, "EPS"), "EPS"),
        (lambda im: T.encode(im, "ICO"), "ICO"),
        (lambda im: T.encode(im, "TGA"), "TGA"),
        (lambda im: T.encode(im, "PPM"), "PPM"),
        (lambda im: T.encode(im, "QOI"), "QOI"),
        (lambda im: T.encode(im, "JPEG2000"), "JPEG2000"),
        (lambda im: T.encode(im, "AVIF"), "AVIF"),
        (lambda im: T.minimal_psd(*im.size), "PSD"),
        (lambda im: T.encode(im, "TIFF", tiffinfo={50706: b"\x01\x04\x00\x00"}), "camera RAW"),
        (lambda im: b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', "SVG"),
    ],
)
def test_unsupported_formats(upright: np.ndarray, make, name: str) -> None:
    error = refusal(make(Image.fromarray(upright[:256, :256])))
    assert error.code is DecodeRefusal.unsupported_format
    assert error.params["format"] == name


def _flip_byte(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x55]) + data[index + 1 :]


@pytest.fixture(scope="module")
def encoded(upright: np.ndarray) -> dict[str, bytes]:
    """One valid file per accepted format, from the same photo."""
    palette = Image.fromarray(upright).quantize(200)
    return {
        "JPEG": T.encode(upright, "JPEG", quality=90),
        "PNG": T.encode(upright, "PNG"),
        "WEBP": T.encode(upright, "WEBP", quality=80),
        "HEIF": T.encode(upright, "HEIF", quality=80),
        "TIFF": T.encode(upright, "TIFF"),
        "BMP": T.encode(upright, "BMP"),
        "GIF": T.encode(palette, "GIF"),
    }


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "HEIF", "TIFF", "BMP", "GIF"])
def test_truncated_files_are_corrupt(encoded: dict[str, bytes], fmt: str) -> None:
    data = encoded[fmt]
    error = refusal(data[: int(len(data) * 0.6)])
    assert error.code is DecodeRefusal.corrupt_image
    assert error.params["format"] == fmt


def test_corrupt_headers_and_checksums(encoded: dict[str, bytes]) -> None:
    broken_jpeg = b"\xff\xd8\xff\xe0" + np.random.default_rng(3).bytes(3000)
    assert refusal(broken_jpeg).code is DecodeRefusal.corrupt_image
    png = encoded["PNG"]
    idat = png.index(b"IDAT")
    error = refusal(_flip_byte(png, idat + 500))  # pixel data no longer matches its CRC
    assert (error.code, error.params["reason"]) == (DecodeRefusal.corrupt_image, "checksum")


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "HEIF", "TIFF", "BMP", "GIF"])
def test_truncation_refused_even_when_pillow_is_told_to_accept_it(
    encoded: dict[str, bytes], fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)  # as some other library might
    data = encoded[fmt]
    assert decode(data).rgb.shape == (400, 300, 3)  # whole files still decode
    assert refusal(data[: int(len(data) * 0.6)]).code is DecodeRefusal.corrupt_image


@pytest.mark.parametrize("size", [(100_000, 100_000), (10_000, 10_000), (60_000, 1_000)])
def test_lying_png_header_is_refused_before_decoding(size: tuple[int, int]) -> None:
    data = T.png_from_parts(*size, idat=b"\x78\x9c\x03\x00\x00\x00\x00\x01")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Pillow's DecompressionBombWarning would now raise
        error = refusal(data)
    assert error.code is DecodeRefusal.too_many_pixels
    assert (error.params["width"], error.params["height"]) == size


def test_lying_header_below_the_limit_is_corrupt() -> None:
    data = T.png_from_parts(4000, 3000, idat=b"\x78\x9c\x63\x60\x00\x00\x00\x02\x00\x01")
    assert refusal(data).code is DecodeRefusal.corrupt_image


def test_huge_but_valid_png_is_refused_from_its_header() -> None:
    side = 7072  # 50.01 MP of black, a ~50 kB file: a small decompression bomb
    data = T.blank_grey_png(side, side)
    assert len(data) < 200_000 and side * side > MAX_PIXELS
    error = refusal(data)
    assert error.code is DecodeRefusal.too_many_pixels
    assert error.params["pixels"] == side * side


def test_jpeg_with_lying_frame_header(encoded: dict[str, bytes]) -> None:
    error = refusal(T.with_jpeg_size(encoded["JPEG"], 9000, 9000))
    assert error.code is DecodeRefusal.too_many_pixels


@pytest.mark.parametrize(
    ("size", "code"),
    [
        ((1000, 240), DecodeRefusal.extreme_aspect),  # 4.17 : 1
        ((240, 1000), DecodeRefusal.extreme_aspect),
        ((150, 180), DecodeRefusal.too_small),
        ((600, 199), DecodeRefusal.too_small),
    ],
)
def test_bad_shapes(upright: np.ndarray, size: tuple[int, int], code: DecodeRefusal) -> None:
    picture = Image.fromarray(upright).resize(size)
    error = refusal(T.encode(picture, "PNG"))
    assert error.code is code
    assert (error.params["width"], error.params["height"]) == size


def test_shapes_at_the_limits_pass(upright: np.ndarray) -> None:
    assert decode(T.encode(Image.fromarray(upright).resize((800, 200)), "PNG")).width == 800  # exactly 4 : 1
    small = T.encode(Image.fromarray(upright).resize((200, 250)), "PNG")
    assert decode(small).height == 250
    assert refusal(small, min_size=(600, 750)).params["min_width"] == 600
    assert decode(small, min_size=(200, 250)).width == 200


# ------------------------------------------------------------------------------ nothing escapes


@pytest.mark.filterwarnings("error")  # even Pillow's warnings turned into errors must not escape
def test_damaged_files_only_ever_raise_bad_input(encoded: dict[str, bytes]) -> None:
    rng = np.random.default_rng(11)
    outcomes = {"decoded": 0, "refused": 0}
    for data in encoded.values():
        variants = [data[:cut] for cut in (1, 8, 40, 300, len(data) // 3, len(data) - 1)]
        for _ in range(4):
            damaged = bytearray(data)
            for index in rng.integers(0, len(data), 6):
                damaged[index] ^= int(rng.integers(1, 256))
            variants.append(bytes(damaged))
        for variant in variants:
            try:
                decode(variant)
            except BadInput as error:
                assert isinstance(error.code, DecodeRefusal)
                outcomes["refused"] += 1
            else:
                outcomes["decoded"] += 1
    assert outcomes["refused"] > 40
