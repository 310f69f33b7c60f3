"""onnxruntime sessions built one way for every model: CUDA first when the GPU build is present,
CPU otherwise, with a thread count the caller controls (1 thread was measured faster than 2 for
these small models on the 2-core CPU boxes, see ../shared/models/MANIFEST.md)."""

from __future__ import annotations

import os
from pathlib import Path

import onnxruntime as ort  # type: ignore[import-untyped]  # ships no type hints


def available_providers() -> list[str]:
    wanted = ["CUDAExecutionProvider", "CPUExecutionProvider"]
    present = set(ort.get_available_providers())
    return [p for p in wanted if p in present]


def new_session(path: Path, threads: int | None = None) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads or int(os.environ.get("IDPHOTO_ONNX_THREADS", "1"))
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return ort.InferenceSession(str(path), sess_options=options, providers=available_providers())
