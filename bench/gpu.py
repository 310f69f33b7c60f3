"""GPU worker benchmark: photos/s and per-stage time at batch 1, 8 and 32, the CPU worker measured
in the same run on the same machine.

    python bench/gpu.py [--photos 32] [--batches 1,8,32] [--cpu-batches 1] [--doc us_passport]

"Batch B" is what `idphoto worker --device D --batch B` does: B engine threads (one Engine each,
MediaPipe included) over the process's shared ONNX sessions, whose concurrent calls are merged
into one batch when their inputs have the same shape (engine/onnx_batch.py). Every photo is a
real sample selfie: analysis (decode, face, checks) plus a watermarked preview render, exactly a
preview job's engine work. Printed per device and batch: photos/s, the mean time of each engine
stage per photo (ctx.timings) and the batch sizes the batchable model actually ran.

Part two times the batchable model alone (YuNet, face detection: the only engine model exported
with a dynamic batch axis; the others are batch-1 exports and run one input per call) at batch 1,
8 and 32: milliseconds per call and per image.

Without onnxruntime's CUDA provider (the CPU build, or no NVIDIA GPU) the CUDA rows say "not
measured"; the CPU rows are measured either way.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path[0] = str(ROOT)  # bench/engine.py must not shadow the engine package
from bench.selfies import MODELS, SAMPLES, SELFIES  # noqa: E402  (after the path fix)


def preview(engine: object, data: bytes, spec: object) -> dict[str, float]:
    from engine.context import Options

    ctx = engine.analyze(data, spec, Options(watermark=True))  # type: ignore[attr-defined]
    if not ctx.blocking:
        engine.render(ctx)  # type: ignore[attr-defined]
    return dict(ctx.timings)


async def worker_run(
    device: str, batch: int, photos: list[bytes], doc: str
) -> tuple[float, dict[str, float], list[int]]:
    """photos/s, mean ms per stage per photo, the batch sizes YuNet ran."""
    from bot.jobs.engine_host import EngineHost
    from engine import onnx_runtime
    from engine.onnx_batch import MicroBatcher
    from specs import load_catalogue

    onnx_runtime._shared.clear()
    onnx_runtime.use_device(device)
    onnx_runtime.use_batching(batch)
    spec = load_catalogue().get(doc)
    host = EngineHost(MODELS, concurrency=batch)
    try:
        await host.warm_up()
        await asyncio.gather(*(host.run(preview, data, spec) for data in photos[:batch]))  # first calls
        started = time.perf_counter()
        timings = await asyncio.gather(*(host.run(preview, data, spec) for data in photos))
        elapsed = time.perf_counter() - started
    finally:
        host.close()
    stages: dict[str, list[float]] = defaultdict(list)
    for one in timings:
        for stage, seconds in one.items():
            stages[stage].append(seconds * 1000)
    batches = [b for s in onnx_runtime._shared.values() if isinstance(s, MicroBatcher) for b in s.batches]
    onnx_runtime._shared.clear()
    onnx_runtime.use_batching(1)
    return len(photos) / elapsed, {k: sum(v) / len(photos) for k, v in stages.items()}, batches


def model_run(device: str, batches: list[int], repeats: int = 5) -> dict[int, float]:
    """YuNet alone: ms per call at each batch size (the median of `repeats`)."""
    import numpy as np

    from engine import onnx_runtime
    from engine.face_detect import MODEL

    onnx_runtime.use_device(device)
    session = onnx_runtime._build(MODELS / MODEL, None)
    blob = np.random.default_rng(0).uniform(0, 255, (1, 3, 480, 640)).astype(np.float32)
    out = {}
    for batch in batches:
        feed = {"input": np.repeat(blob, batch, axis=0)}
        session.run(None, feed)  # first call: allocations
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            session.run(None, feed)
            times.append((time.perf_counter() - start) * 1000)
        out[batch] = statistics.median(times)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=32)
    parser.add_argument("--batches", default="1,8,32", help="for the accelerator")
    parser.add_argument("--cpu-batches", default="1", help="the CPU worker (1 = `idphoto worker`)")
    parser.add_argument("--doc", default="us_passport")
    args = parser.parse_args()

    import onnxruntime as ort

    photos = [(SAMPLES / SELFIES[i % len(SELFIES)]).read_bytes() for i in range(args.photos)]
    has_cuda = "CUDAExecutionProvider" in ort.get_available_providers()
    runs = [("cpu", int(b)) for b in args.cpu_batches.split(",")]
    runs += [("cuda", int(b)) for b in args.batches.split(",")]
    providers = ort.get_available_providers()
    print(f"onnxruntime {ort.__version__}, providers {providers}; {args.photos} photos, {args.doc}")
    print("\n| device | batch | photos/s | per photo, ms by stage | YuNet batches |")
    print("|---|---|---|---|---|")
    for device, batch in runs:
        if device == "cuda" and not has_cuda:
            print(f"| cuda | {batch} | not measured (no CUDA provider) | – | – |")
            continue
        rate, stages, batches = asyncio.run(worker_run(device, batch, photos, args.doc))
        stage_text = ", ".join(f"{k} {v:.0f}" for k, v in sorted(stages.items(), key=lambda kv: -kv[1]))
        sizes = f"mean {statistics.mean(batches):.1f}, max {max(batches)}" if batches else "1 (off)"
        print(f"| {device} | {batch} | {rate:.2f} | {stage_text} | {sizes} |")

    print("\nYuNet alone (640×480), ms per call / per image:")
    for device in ("cpu", "cuda"):
        if device == "cuda" and not has_cuda:
            print("  cuda: not measured (no CUDA provider)")
            continue
        sizes = [1, 8, 32]
        timed = model_run(device, sizes)
        print(
            "  " + device + ": " + ", ".join(f"batch {b}: {timed[b]:.1f} / {timed[b] / b:.1f}" for b in sizes)
        )


if __name__ == "__main__":
    main()
