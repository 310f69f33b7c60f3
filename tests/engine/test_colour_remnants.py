"""A patch of the old wall that the matte keeps beside the hair is cut by its colour (issue 16).

g042 stands before a saturated yellow wall; the person model takes a patch of that wall beside her
hair for her, and before this step it stayed in the photo. The test watches the step inside the
real pipeline: pixels of the wall's own colour are in the matte it receives (so the test cannot
pass by the photo being easy) and gone from the matte it returns; on clean selfies it cuts nothing.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from engine.context import Options
from engine.geometry import FaceInFrame
from specs import load_catalogue


def _wall_colour(rgb: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """Median Lab of the old wall right around the person (a plain wall: one colour)."""
    lab = cv2.cvtColor(rgb, cv2.COLOR_RGB2LAB).astype(np.float32)
    near = cv2.dilate((alpha > 0.5).astype(np.uint8), np.ones((41, 41), np.uint8)).astype(bool)
    colour: np.ndarray = np.median(lab[near & (alpha < 0.02)], axis=0)
    return colour


def _wall_beside_head(rgb: np.ndarray, alpha: np.ndarray, frame: FaceInFrame, wall: np.ndarray) -> int:
    """Person pixels beside the head, above the chin, within ΔE 10 of the wall's colour."""
    lab = cv2.cvtColor(rgb, cv2.COLOR_RGB2LAB).astype(np.float32)
    h, w = alpha.shape
    ys, xs = np.mgrid[0:h, 0:w]
    beside = (np.abs(xs - frame.chin[0]) > 0.6 * frame.face_w) & (ys < frame.chin[1])
    like_wall = np.linalg.norm(lab - wall, axis=2) < 10
    return int((like_wall & beside & (alpha > 0.5)).sum())


def _watch(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    import engine.pipeline as pipeline

    calls: list[dict] = []
    original = pipeline.drop_colour_remnants

    def watch(alpha, rgb, inside, frame, parse):  # type: ignore[no-untyped-def]
        result, cut = original(alpha, rgb, inside, frame, parse)
        wall = _wall_colour(rgb, alpha)
        calls.append(
            {
                "before": _wall_beside_head(rgb, alpha, frame, wall),
                "after": _wall_beside_head(rgb, result, frame, wall),
                "cut": cut,
            }
        )
        return result, cut

    monkeypatch.setattr(pipeline, "drop_colour_remnants", watch)
    return calls


def test_a_wall_patch_beside_the_hair_is_cut(
    engine, gallery_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "g042"
    calls = _watch(monkeypatch)
    ctx = engine.analyze(
        next(gallery_dir.glob(f"{name}_*.jpg")).read_bytes(),
        load_catalogue().get("us_passport"),
        Options(least_edit=False),
    )
    engine.render(ctx)
    before, after = calls[0]["before"], calls[0]["after"]
    print(f"\n{name}: wall-coloured matte beside the head: {before} px before the step, {after} after")
    assert before > 1000, "the matte must hold the wall patch for this test to mean anything"
    assert after < 0.25 * before  # what is left: hair lit by the wall, the patch's paler core


@pytest.mark.parametrize("name", ["sample_001", "sample_005", "sample_006", "sample_009", "db_004"])
def test_clean_selfies_lose_nothing(
    engine, samples_dir: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    calls = _watch(monkeypatch)
    ctx = engine.analyze(
        (samples_dir / f"{name}.jpg").read_bytes(),
        load_catalogue().get("us_passport"),
        Options(least_edit=False),
    )
    engine.render(ctx)
    assert calls and calls[0]["cut"] == 0
