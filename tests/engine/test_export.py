"""Export and print sheets: exact pixels, metadata, KB windows and physical sizes, read back
from the written files."""

from __future__ import annotations

import base64
import io
import re
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageCms

from engine.decode import decode
from engine.errors import EngineError
from engine.export import byte_window, encode_photo, write_photo
from engine.print_layout import PAPERS, plan_sheet, write_sheet_jpeg, write_sheet_pdf
from specs.schema import MM_PER_INCH


@pytest.fixture(scope="module")
def photo(samples_dir) -> np.ndarray:
    rgb = np.asarray(Image.open(samples_dir / "sample_003.jpg").convert("RGB"))
    return np.ascontiguousarray(cv2.resize(rgb, (600, 600), interpolation=cv2.INTER_AREA))


def cell(photo: np.ndarray, mm: tuple[float, float]) -> np.ndarray:
    size = (round(mm[0] / MM_PER_INCH * 300), round(mm[1] / MM_PER_INCH * 300))
    return np.ascontiguousarray(cv2.resize(photo, size, interpolation=cv2.INTER_AREA))


def test_metadata_is_dpi_and_srgb_only_even_from_a_gps_tagged_selfie(photo, tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0xA431] = "SERIAL123"  # body serial number
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 30.0)}  # GPS IFD
    tagged = io.BytesIO()
    Image.fromarray(photo).save(tagged, "JPEG", exif=exif)
    assert 0x8825 in Image.open(io.BytesIO(tagged.getvalue())).getexif()

    rgb = decode(tagged.getvalue()).rgb
    path = write_photo(tmp_path / "photo.jpg", np.ascontiguousarray(rgb), dpi=300)
    data = path.read_bytes()
    with Image.open(path) as im:
        assert im.size == (600, 600)
        assert im.info["jfif_density"] == (300, 300) and im.info["jfif_unit"] == 1
        tags = dict(im.getexif())
        assert set(tags) == {0x0128, 0x011A, 0x011B}  # unit, x and y resolution: nothing else
        assert float(tags[0x011A]) == 300.0
        profile = ImageCms.ImageCmsProfile(io.BytesIO(im.info["icc_profile"]))
        assert "sRGB" in ImageCms.getProfileDescription(profile)
    assert b"PhoneMaker" not in data and b"SERIAL123" not in data


@pytest.mark.parametrize(
    ("size", "kb_min", "kb_max"),
    [((354, 472), 40, 120), ((600, 600), None, 240), ((600, 600), 54, None), ((413, 531), 300, 400)],
)
def test_kb_window_is_hit(photo, size, kb_min, kb_max) -> None:
    rgb = np.ascontiguousarray(cv2.resize(photo, size, interpolation=cv2.INTER_AREA))
    data = encode_photo(rgb, dpi=300, kb_min=kb_min, kb_max=kb_max)
    if kb_min is not None:  # above the floor whether the portal counts 1000 or 1024 bytes per KB
        assert len(data) >= kb_min * 1024
    if kb_max is not None:  # under the cap under both readings too
        assert len(data) <= kb_max * 1000
    assert data[6:11] == b"JFIF\x00"  # APP0 stays first even when padded
    with Image.open(io.BytesIO(data)) as im:
        im.load()  # still a valid JPEG after padding
        assert im.size == size
        assert im.info["jfif_density"] == (300, 300)


@pytest.mark.parametrize(
    ("sample", "size", "kb_max"),
    [
        ("db_004.jpg", (1200, 1200), 240),
        ("rot_001_L2.jpg", (1200, 1200), 240),
        ("db_headPose.jpg", (600, 600), 60),
    ],
)
def test_cap_holds_when_a_kb_is_1000_bytes(samples_dir, sample, size, kb_max) -> None:
    """Photos whose best fit under kb_max × 1024 bytes lands above kb_max × 1000: a portal that
    counts 1000 bytes per KB would refuse them, so the encoder must settle lower."""
    rgb = np.asarray(Image.open(samples_dir / sample).convert("RGB"))
    rgb = np.ascontiguousarray(cv2.resize(rgb, size, interpolation=cv2.INTER_AREA))
    assert len(encode_photo(rgb, dpi=300, kb_max=kb_max * 1.024)) > kb_max * 1000  # the case is real
    assert len(encode_photo(rgb, dpi=300, kb_max=kb_max)) <= kb_max * 1000


def test_large_padding_spans_several_comment_segments(photo) -> None:
    data = encode_photo(photo, dpi=300, kb_min=400, kb_max=600)  # ~85 KB of pixels, 330 KB of comments
    assert len(data) == 400 * 1024  # padded exactly to the floor
    assert data.count(b"\xff\xfe") >= 5  # more than one 64 KB COM segment
    plain = encode_photo(photo, dpi=300, kb_min=None, kb_max=None)
    with Image.open(io.BytesIO(data)) as padded, Image.open(io.BytesIO(plain)) as reference:
        assert np.array_equal(np.asarray(padded), np.asarray(reference))  # comments change no pixel


def test_same_pixels_give_the_same_bytes(photo) -> None:
    """No timestamp anywhere (the ICC profile's build date is fixed), so output is reproducible."""
    data = encode_photo(photo, dpi=300, kb_min=None, kb_max=None)
    icc = Image.open(io.BytesIO(data)).info["icc_profile"]
    assert icc[24:36] == bytes.fromhex("07d000010001000000000000")
    assert data == encode_photo(photo.copy(), dpi=300, kb_min=None, kb_max=None)


def test_unreachable_window_is_an_error(photo) -> None:
    with pytest.raises(EngineError) as info:
        encode_photo(photo, dpi=300, kb_max=3)
    assert info.value.code == "file_size_unreachable"


def _photo_rectangles(sheet: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Bounding boxes of the non-paper regions (photos) in a rendered sheet."""
    ink = (np.abs(sheet.astype(int) - 255).sum(axis=2) > 300).astype(np.uint8)  # cut lines: 255
    ink = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))  # drop 1-px cut lines
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink)
    return [tuple(stats[i, :4]) for i in range(1, count) if stats[i, 4] > 1000]


@pytest.mark.parametrize("paper", sorted(PAPERS))
@pytest.mark.parametrize("mm", [(35.0, 45.0), (50.8, 50.8), (50.0, 70.0)])
def test_sheet_copies_are_exact_size(photo, tmp_path: Path, paper: str, mm: tuple[float, float]) -> None:
    tile = (cell(photo, mm) // 2).astype(np.uint8)  # darker than the paper everywhere, to find it again
    path = tmp_path / "sheet.jpg"
    layout = write_sheet_jpeg(path, tile, paper, mm)
    sheet = np.asarray(Image.open(path).convert("RGB"))
    page = PAPERS[paper]
    expected_page = {round(page.width_mm / MM_PER_INCH * 300), round(page.height_mm / MM_PER_INCH * 300)}
    assert set(sheet.shape[:2]) == expected_page
    boxes = _photo_rectangles(sheet)
    assert len(boxes) == layout.count >= 1
    for _, _, w, h in boxes:
        assert (w, h) == tile.shape[1::-1]
    # the other orientation never holds more copies
    for landscape in (False, True):
        pw, ph = (page.height_mm, page.width_mm) if landscape else (page.width_mm, page.height_mm)
        fits = int((pw - 6 + 2) // (mm[0] + 2)) * int((ph - 6 + 2) // (mm[1] + 2))
        assert layout.count >= fits


def test_known_counts() -> None:
    assert plan_sheet("4x6", (35.0, 45.0)).count == 8  # 4×2, as photo-rules.md §4 counts it
    assert plan_sheet("4x6", (50.8, 50.8)).count == 2
    assert plan_sheet("a4", (35.0, 45.0)).count == 30


def _pdf_streams(data: bytes) -> list[bytes]:
    """Every stream, undoing reportlab's ASCII85 + Flate filters where they apply."""
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = match.group(1).strip()
        for undo in (lambda b: zlib.decompress(base64.a85decode(b.strip(), adobe=True)), zlib.decompress):
            try:
                raw = undo(raw)
                break
            except (ValueError, zlib.error):
                continue
        out.append(raw)
    return out


@pytest.mark.parametrize(("paper", "points"), [("a4", (595.28, 841.89)), ("letter", (612.0, 792.0))])
def test_pdf_page_and_cells_are_physical_sizes(photo, tmp_path: Path, paper: str, points) -> None:
    mm = (35.0, 45.0)
    path = tmp_path / "sheet.pdf"
    layout = write_sheet_pdf(path, cell(photo, mm), paper, mm)
    data = path.read_bytes()
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert box is not None
    width, height = float(box.group(1)), float(box.group(2))
    expected = points if not layout.landscape else points[::-1]
    assert abs(width - expected[0]) < 0.05 and abs(height - expected[1]) < 0.05
    content = b"".join(s for s in _pdf_streams(data) if b" Do" in s)
    placements = re.findall(rb"([\d.]+) 0 0 ([\d.]+) [\d.\-]+ [\d.\-]+ cm\s*/\S+ Do", content)
    assert len(placements) == layout.count
    for w, h in placements:
        assert abs(float(w) - 35 * 72 / 25.4) < 0.01 and abs(float(h) - 45 * 72 / 25.4) < 0.01
    assert data.count(b"/Subtype /Image") == 1  # the photo is embedded once, drawn many times


def test_a_window_too_narrow_for_both_readings_falls_back_to_the_loose_one(photo) -> None:
    assert byte_window(100, 101) == (100_000, 103_424)  # 100 × 1024 > 101 × 1000: no strict room
    data = encode_photo(photo, dpi=300, kb_min=100, kb_max=101)
    assert 100_000 <= len(data) <= 103_424


def test_tight_cap_trades_chroma_resolution_before_quality(photo) -> None:
    from PIL import JpegImagePlugin

    from engine.export import FULL_CHROMA_MIN_QUALITY
    from engine.jpeg_quality import estimate_jpeg_quality

    full_chroma = io.BytesIO()
    Image.fromarray(photo).save(full_chroma, "JPEG", quality=FULL_CHROMA_MIN_QUALITY, subsampling=0)
    cap_kb = (len(full_chroma.getvalue()) - 2000) / 1000  # 4:4:4 no longer fits at the quality floor
    data = encode_photo(photo, dpi=300, kb_max=cap_kb)
    assert len(data) <= cap_kb * 1000
    with Image.open(io.BytesIO(data)) as im:
        assert JpegImagePlugin.get_sampling(im) == 2  # 4:2:0
        assert estimate_jpeg_quality(im.quantization[0]) > FULL_CHROMA_MIN_QUALITY
