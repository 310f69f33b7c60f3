"""Black padding bars are trimmed before anything reads the picture (engine/padding.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from engine.padding import padding_box


def _rgb(path: Path) -> np.ndarray:
    with Image.open(path) as im:
        return np.asarray(ImageOps.exif_transpose(im).convert("RGB"))


@pytest.mark.parametrize(
    ("name", "box"),
    [
        ("g001", (28, 36, 399, 416)),  # a face crop padded black on all four sides
        ("g052", (0, 34, 439, 467)),  # letterboxed: bars above and below
    ],
)
def test_padding_bars_are_found(gallery_dir: Path, name: str, box: tuple[int, int, int, int]) -> None:
    assert padding_box(_rgb(next(gallery_dir.glob(f"{name}_*.jpg")))) == box


@pytest.mark.parametrize("name", ["g031", "g032", "g033", "g034", "g046"])
def test_a_dark_or_plain_studio_wall_is_not_padding(gallery_dir: Path, name: str) -> None:
    """Flat black at one or two edges with black hair reaching them (g031–g034), a white paper
    backdrop (g046): the scene itself, never trimmed."""
    rgb = _rgb(next(gallery_dir.glob(f"{name}_*.jpg")))
    assert padding_box(rgb) == (0, 0, rgb.shape[1], rgb.shape[0])


def test_thin_lines_and_noise_are_not_padding() -> None:
    rng = np.random.default_rng(1)
    rgb = rng.integers(40, 200, (400, 300, 3), dtype=np.uint8)
    rgb[:2] = 0  # two black rows: a JPEG edge, not a bar
    rgb[-2:] = 0
    assert padding_box(rgb) == (0, 0, 300, 400)
    rgb[:30] = 0
    rgb[-30:] = 0
    rgb[:30] = rng.integers(0, 30, (30, 300, 3), dtype=np.uint8)  # dark but noisy: a scene
    assert padding_box(rgb) == (0, 0, 300, 400)
    rgb[:30] = 0  # flat black above and below: a letterbox
    assert padding_box(rgb) == (0, 30, 300, 370)


def test_the_engine_works_on_the_picture_inside_the_bars(engine, gallery_dir: Path) -> None:
    from engine.context import Options
    from specs import load_catalogue

    ctx = engine.analyze(
        next(gallery_dir.glob("g052_*.jpg")).read_bytes(), load_catalogue().get("us_passport"), Options()
    )
    assert ctx.image is not None and (ctx.image.width, ctx.image.height) == (439, 433)
    assert any("padding" in note for note in ctx.image.notes)
