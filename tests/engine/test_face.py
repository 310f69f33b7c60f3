"""Face analysis refusals on real pixels: no face, and a second person beside the subject."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image

from engine.context import Options
from engine.errors import MultipleFaces, NoFace
from specs import load_catalogue


def png(rgb: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, "PNG")
    return buf.getvalue()


def test_photo_without_a_person_is_refused(engine) -> None:
    from skimage import data

    with pytest.raises(NoFace):
        engine.analyze(png(np.ascontiguousarray(data.coffee())), load_catalogue().get("us_passport"))


def test_two_people_side_by_side_are_refused(engine, samples_dir) -> None:
    a = np.asarray(Image.open(samples_dir / "sample_003.jpg").convert("RGB"))
    b = np.asarray(Image.open(samples_dir / "sample_009.jpg").convert("RGB"))
    b = cv2.resize(b, (round(b.shape[1] * a.shape[0] / b.shape[0]), a.shape[0]), interpolation=cv2.INTER_AREA)
    with pytest.raises(MultipleFaces) as info:
        engine.analyze(png(np.hstack([a, b])), load_catalogue().get("us_passport"))
    assert info.value.params["count"] == 2


def test_small_bystander_far_behind_is_tolerated(engine, samples_dir) -> None:
    subject = np.array(Image.open(samples_dir / "sample_003.jpg").convert("RGB"))
    other = np.asarray(Image.open(samples_dir / "sample_009.jpg").convert("RGB"))
    tiny = cv2.resize(other, (other.shape[1] // 8, other.shape[0] // 8), interpolation=cv2.INTER_AREA)
    subject[: tiny.shape[0], : tiny.shape[1]] = tiny  # a far-away face in the corner
    assert len(engine.faces.detector.detect(subject)) == 2  # seen, and judged insignificant
    ctx = engine.analyze(png(subject), load_catalogue().get("us_passport"))
    assert ctx.face is not None and ctx.face.second_face_ratio < 0.25


def test_light_retouch_runs_only_where_the_spec_allows_it(engine, samples_dir) -> None:
    spec = load_catalogue().get("schengen_visa")
    allowed = spec.model_copy(update={"edits": spec.edits.model_copy(update={"retouching": True})})
    data = (samples_dir / "sample_003.jpg").read_bytes()
    plain = engine.render(engine.analyze(data, allowed, Options())).photo
    smooth = engine.render(engine.analyze(data, allowed, Options(retouch="light"))).photo
    assert plain is not None and smooth is not None
    diff = np.abs(plain.astype(int) - smooth.astype(int)).sum(axis=2)
    assert diff.mean() > 0.2  # something changed...
    corners = np.concatenate([diff[:20, :20].ravel(), diff[:20, -20:].ravel()])
    assert corners.max() == 0  # ...on the skin only, never the background
