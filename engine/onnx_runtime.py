"""onnxruntime sessions built one way for every model: the device the process chose, with a thread
count the caller controls (1 thread was measured faster than 2 for these small models on the
2-core CPU boxes, see ../shared/models/MANIFEST.md).

Device (`use_device`, or IDPHOTO_DEVICE): "auto" takes CUDA when the GPU build of onnxruntime is
installed (the `gpu` extra) and the CPU otherwise; "cuda" insists on it (a worker started with
`--device cuda` on a machine without it must fail at start, not run slowly); "cpu" never uses it.
MediaPipe's models are not ONNX and stay on the CPU.

Batching (`use_batching`, or IDPHOTO_BATCH=N): sessions are then shared by every engine in the
process (several engine threads, one set of weights), and the models whose first input axis is
dynamic run concurrent callers' inputs as one batch (engine/onnx_batch.py).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import onnxruntime as ort  # type: ignore[import-untyped]  # ships no type hints

from engine.onnx_batch import MicroBatcher, batch_axis_dynamic

DEVICES = ("auto", "cpu", "cuda")
CUDA = "CUDAExecutionProvider"
CPU = "CPUExecutionProvider"
BATCH_WINDOW_S = 0.004  # how long a batch waits for more callers (a few ms: a GPU call is ~ms)

_device = os.environ.get("IDPHOTO_DEVICE", "auto")
_batch = int(os.environ.get("IDPHOTO_BATCH", "1") or 1)
_shared: dict[tuple[str, int | None], Any] = {}
_shared_lock = threading.Lock()


class DeviceUnavailable(RuntimeError):
    """`--device cuda` without onnxruntime's CUDA provider (install the `gpu` extra, CUDA 12)."""


def use_device(device: str) -> None:
    """Choose the device for the sessions built from now on (the worker's `--device`)."""
    global _device
    if device not in DEVICES:
        raise ValueError(f"device must be one of {', '.join(DEVICES)}")
    if device == "cuda" and CUDA not in ort.get_available_providers():
        raise DeviceUnavailable(
            "--device cuda: onnxruntime has no CUDA provider here. Install the GPU build "
            '(pip install -e ".[gpu]", which replaces onnxruntime with onnxruntime-gpu) on a machine '
            "with an NVIDIA driver and CUDA 12."
        )
    _device = device


def use_batching(max_batch: int) -> None:
    """Share sessions across engine threads and batch up to `max_batch` concurrent calls (1: off)."""
    global _batch
    _batch = max(1, max_batch)


def device() -> str:
    return _device


def available_providers() -> list[str]:
    present = set(ort.get_available_providers())
    wanted = {"cpu": [CPU], "cuda": [CUDA, CPU], "auto": [CUDA, CPU]}[_device]
    return [p for p in wanted if p in present]


def new_session(path: Path, threads: int | None = None) -> Any:
    """An InferenceSession (or, with batching on, the process's shared batching one) for `path`."""
    if _batch <= 1:
        return _build(path, threads)
    with _shared_lock:
        key = (str(path), threads)
        if key not in _shared:
            session = _build(path, threads)
            _shared[key] = (
                MicroBatcher(session, _batch, BATCH_WINDOW_S) if batch_axis_dynamic(session) else session
            )
        return _shared[key]


def _build(path: Path, threads: int | None) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads or int(os.environ.get("IDPHOTO_ONNX_THREADS", "1"))
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    # no CPU arena: it keeps every model's largest buffers for the life of the process (u2netp's
    # alone are tens of MB); plain allocations cost nothing measurable at these sizes and the
    # worker's resident size stays at its working set (bench/engine.py: peak RSS)
    options.enable_cpu_mem_arena = False
    return ort.InferenceSession(str(path), sess_options=options, providers=available_providers())
