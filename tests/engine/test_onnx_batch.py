"""Device selection and micro-batching of ONNX sessions, checked on the CPU with the real YuNet model
and real photos: a batched call gives each caller what the model gives its input alone, inputs of
different shapes never share a batch, and the face detector finds the same faces batched or not.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import onnxruntime as ort  # type: ignore[import-untyped]
import pytest

from engine import onnx_runtime
from engine.decode import decode
from engine.face_detect import MODEL as YUNET
from engine.face_detect import FaceDetector
from engine.models import model_path
from engine.onnx_batch import MicroBatcher, batch_axis_dynamic

PHOTOS = ["sample_009.jpg", "sample_001.jpg", "db_008.jpg", "sample_005.jpg"]


@pytest.fixture(autouse=True)
def restore_session_defaults() -> Iterator[None]:
    yield
    onnx_runtime.use_device("auto")
    onnx_runtime.use_batching(1)
    onnx_runtime._shared.clear()


def blob(path: Path, size: tuple[int, int]) -> np.ndarray:
    """A photo as YuNet's input (BGR 0..255, NCHW) at `size` = (width, height)."""
    rgb = decode(path.read_bytes()).rgb
    small = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA).astype(np.float32)
    return np.ascontiguousarray(small[:, :, ::-1].transpose(2, 0, 1)[None])


def call_together(batcher: MicroBatcher, feeds: list[np.ndarray]) -> list[list[np.ndarray]]:
    """Each input from its own thread, all released at once."""
    results: list[list[np.ndarray]] = [[] for _ in feeds]
    start = threading.Barrier(len(feeds))

    def one(index: int) -> None:
        start.wait()
        results[index] = batcher.run(None, {"input": feeds[index]})

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(feeds))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_a_batched_call_gives_each_caller_its_own_answer(model_dir: Path, samples_dir: Path) -> None:
    session = onnx_runtime.new_session(model_path(YUNET, model_dir))
    assert batch_axis_dynamic(session)
    feeds = [blob(samples_dir / name, (640, 480)) for name in PHOTOS]
    alone = [session.run(None, {"input": f}) for f in feeds]
    batcher = MicroBatcher(session, max_batch=4, window_s=0.5)
    together = call_together(batcher, feeds)
    assert max(batcher.batches) > 1, batcher.batches  # they really ran as one batch
    for mine, reference in zip(together, alone, strict=True):
        for got, want in zip(mine, reference, strict=True):
            assert got.shape == want.shape
            np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)
    # different photos give different answers: the slices are not mixed up
    assert not np.allclose(together[0][0], together[1][0])


def test_inputs_of_different_shapes_never_share_a_batch(model_dir: Path, samples_dir: Path) -> None:
    session = onnx_runtime.new_session(model_path(YUNET, model_dir))
    feeds = [blob(samples_dir / PHOTOS[i], (640, 480) if i % 2 else (480, 640)) for i in range(4)]
    batcher = MicroBatcher(session, max_batch=4, window_s=0.3)
    together = call_together(batcher, feeds)
    assert sum(batcher.batches) == 4 and max(batcher.batches) <= 2, batcher.batches
    for feed, mine in zip(feeds, together, strict=True):
        np.testing.assert_allclose(mine[0], session.run(None, {"input": feed})[0], rtol=1e-4, atol=1e-4)


def test_the_detector_finds_the_same_faces_on_shared_batched_sessions(
    model_dir: Path, samples_dir: Path
) -> None:
    photos = [decode((samples_dir / name).read_bytes()).rgb for name in PHOTOS]
    serial = [FaceDetector(model_dir).detect(rgb) for rgb in photos]
    onnx_runtime.use_batching(4)
    detectors = [FaceDetector(model_dir) for _ in photos]  # one per engine thread ...
    assert len({id(d._session) for d in detectors}) == 1  # ... one shared batching session
    shared = detectors[0]._session
    assert isinstance(shared, MicroBatcher)
    found: list[list[object]] = [[] for _ in photos]
    start = threading.Barrier(len(photos))

    def detect(index: int) -> None:
        start.wait()
        found[index] = list(detectors[index].detect(photos[index]))

    threads = [threading.Thread(target=detect, args=(i,)) for i in range(len(photos))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(shared.batches) == len(photos)
    for mine, reference in zip(found, serial, strict=True):
        assert len(mine) == len(reference) >= 1
        for a, b in zip(mine, reference, strict=True):
            np.testing.assert_allclose(a.box, b.box, atol=0.5)  # type: ignore[attr-defined]


def test_device_choice() -> None:
    onnx_runtime.use_device("cpu")
    assert onnx_runtime.available_providers() == ["CPUExecutionProvider"]
    if "CUDAExecutionProvider" not in ort.get_available_providers():
        with pytest.raises(onnx_runtime.DeviceUnavailable, match="gpu"):
            onnx_runtime.use_device("cuda")
        onnx_runtime.use_device("auto")
        assert onnx_runtime.available_providers() == ["CPUExecutionProvider"]
    else:  # a GPU build: CUDA first, the CPU for the operators CUDA lacks
        onnx_runtime.use_device("cuda")
        assert onnx_runtime.available_providers() == ["CUDAExecutionProvider", "CPUExecutionProvider"]
    with pytest.raises(ValueError):
        onnx_runtime.use_device("tpu")
