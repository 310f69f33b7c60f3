"""Engine benchmark: per-stage time, end-to-end median and peak RSS over the sample photos.

    python bench/engine.py [--runs 3] [--threads 1 2] [--mp 12] [--baseline-ref f3e0443]

Each thread count runs in its own child process (so peak RSS belongs to that configuration).
Every photo is first upscaled/cropped to a ~12 MP JPEG (the size of a phone selfie) so the
figures answer the product question "how long does a 12 MP selfie take, warm". As a baseline
measured in the same run, each child also times a plain PIL decode of the same files: the
ratio end-to-end / decode is comparable across machines of different speed. With
--baseline-ref the pipeline of that commit (extracted with `git archive`) runs on the same
inputs in the same run, and the ratio of this tree to it is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Run as `python bench/engine.py`, Python puts bench/ first on sys.path, where this very file
# would shadow the `engine` package; the project root goes there instead.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path[0] = str(ROOT)
SAMPLES = ROOT.parent / "shared" / "samples" / "selfies"
FRONTAL = [
    "sample_001.jpg",
    "sample_005.jpg",
    "sample_006.jpg",
    "sample_009.jpg",
    "db_000.jpg",
    "db_004.jpg",
    "db_008.jpg",
    "db_20191021_155155.jpg",
]
STAGES = [
    "decode",
    "face",
    "checks",
    "least_edit",
    "geometry",
    "matting",
    "completion",
    "despill",
    "enhance",
    "background",
    "audit",
    "export",
]


def make_inputs(directory: Path, megapixels: float) -> list[Path]:
    from PIL import Image, ImageOps

    paths = []
    for name in FRONTAL:
        with Image.open(SAMPLES / name) as im:
            im = ImageOps.exif_transpose(im).convert("RGB")
            factor = (megapixels * 1e6 / (im.width * im.height)) ** 0.5
            im = im.resize((round(im.width * factor), round(im.height * factor)), Image.Resampling.LANCZOS)
            path = directory / f"{Path(name).stem}_{megapixels:g}mp.jpg"
            im.save(path, quality=92)
            paths.append(path)
    return paths


def child(threads: int, runs: int, inputs: list[Path], doc: str) -> dict:
    import cv2

    cv2.setNumThreads(threads)
    from PIL import Image

    from engine.context import Options
    from engine.pipeline import Engine
    from specs import load_catalogue

    spec = load_catalogue().get(doc)
    decode_times, totals, stages = [], [], {s: [] for s in STAGES}
    with Engine(threads=threads) as engine, tempfile.TemporaryDirectory() as out:
        engine.make(inputs[0].read_bytes(), spec, Options(), Path(out) / "warm", papers=("4x6",), force=True)
        for _ in range(runs):
            for path in inputs:
                data = path.read_bytes()
                start = time.perf_counter()
                ctx = engine.make(data, spec, Options(), Path(out) / path.stem, papers=("4x6",), force=True)
                totals.append(time.perf_counter() - start)
                for stage in STAGES:
                    stages[stage].append(ctx.timings.get(stage, 0.0))
    # peak RSS of the engine's work, read before the baseline adds its own allocations
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for _ in range(runs):
        for path in inputs:
            start = time.perf_counter()
            with Image.open(path) as im:
                im.load()
            decode_times.append(time.perf_counter() - start)
    return {
        "threads": threads,
        "photos": len(totals),
        "e2e_median": statistics.median(totals),
        "e2e_p90": sorted(totals)[int(0.9 * (len(totals) - 1))],
        "decode_baseline": statistics.median(decode_times),
        "stages": {s: statistics.median(v) for s, v in stages.items()},
        "peak_rss_mb": rss_mb,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--mp", type=float, default=12.0)
    parser.add_argument("--doc", default="us_passport")
    parser.add_argument(
        "--baseline-ref",
        help="a git ref (e.g. the last release) whose pipeline runs in the same process set, same inputs",
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--inputs", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("IDPHOTO_MODEL_DIR", str(ROOT.parent / "shared" / "models"))

    if args.child is not None:
        print(json.dumps(child(args.child, args.runs, args.inputs, args.doc)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        inputs = make_inputs(Path(tmp), args.mp)
        results = [run_child(ROOT, threads, args, inputs) for threads in args.threads]
        baseline = None
        if args.baseline_ref:
            tree = Path(tmp) / "baseline"
            tree.mkdir()
            archive = subprocess.run(
                ["git", "archive", args.baseline_ref], cwd=ROOT, capture_output=True, check=True
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
            baseline = run_child(tree, args.threads[0], args, inputs)

    base = results[0]
    print(
        f"\nengine benchmark: {len(inputs)} photos × {args.runs} runs at {args.mp:g} MP, doc {args.doc}, warm"
    )
    print(f"{'stage (median ms)':<20}" + "".join(f"{r['threads']} thread(s)".rjust(14) for r in results))
    for stage in STAGES:
        print(f"{stage:<20}" + "".join(f"{r['stages'][stage] * 1000:14.0f}" for r in results))
    print(f"{'end-to-end median':<20}" + "".join(f"{r['e2e_median'] * 1000:14.0f}" for r in results))
    print(f"{'end-to-end p90':<20}" + "".join(f"{r['e2e_p90'] * 1000:14.0f}" for r in results))
    print(f"{'peak RSS MB':<20}" + "".join(f"{r['peak_rss_mb']:14.0f}" for r in results))
    print(f"{'baseline: PIL decode':<20}" + "".join(f"{r['decode_baseline'] * 1000:14.0f}" for r in results))
    print(
        f"{'e2e / decode':<20}" + "".join(f"{r['e2e_median'] / r['decode_baseline']:14.1f}" for r in results)
    )
    print(
        f"{'e2e vs 1st column':<20}"
        + "".join(f"{r['e2e_median'] / base['e2e_median']:14.2f}" for r in results)
    )
    if baseline is not None:
        print(
            f"\nbaseline {args.baseline_ref} ({baseline['threads']} thread(s), same inputs, same run): "
            f"median {baseline['e2e_median'] * 1000:.0f} ms, p90 {baseline['e2e_p90'] * 1000:.0f} ms, "
            f"peak RSS {baseline['peak_rss_mb']:.0f} MB"
        )
        print(
            f"this tree / baseline: median ×{base['e2e_median'] / baseline['e2e_median']:.2f}, "
            f"peak RSS ×{base['peak_rss_mb'] / baseline['peak_rss_mb']:.2f}"
        )
    print("targets: end-to-end median ≤ 800 ms per 12 MP photo warm, peak RSS ≤ 600 MB")


def run_child(tree: Path, threads: int, args: argparse.Namespace, inputs: list[Path]) -> dict:
    """One configuration in its own process (so its peak RSS is its own), from `tree`'s code."""
    env = dict(
        os.environ,
        IDPHOTO_ONNX_THREADS=str(threads),
        NUMBA_NUM_THREADS=str(threads),
        OMP_NUM_THREADS=str(threads),
        PYTHONPATH=str(tree),
    )
    out = subprocess.run(
        [
            sys.executable,
            str(tree / "bench" / "engine.py"),
            "--child",
            str(threads),
            "--runs",
            str(args.runs),
            "--doc",
            args.doc,
            "--inputs",
            *map(str, inputs),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=tree,
    )
    if out.returncode != 0:
        sys.exit(f"benchmark child failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
