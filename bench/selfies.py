"""The frontal sample selfies that pass the US passport checks (`idphoto check`), 4 to 10 MP:
the inputs of the benchmarks that time whole jobs (bench/bot.py, priority.py, gpu.py), so a
refusal never shortens a measured job. The two db_20191021 baby photos left the list when the
hands check learnt to see a parent's hands holding the baby."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples" / "selfies"
MODELS = ROOT.parent / "shared" / "models"
SELFIES = [
    "sample_009.jpg",
    "sample_001.jpg",
    "sample_005.jpg",
    "sample_006.jpg",
    "db_000.jpg",
    "db_008.jpg",
    "db_20191023_100733.jpg",
    "db_1499638930814705792706.jpg",
]
