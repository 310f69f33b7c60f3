"""Quality audit over real photos: what a customer would see, per photo, with contact sheets.

    python bench/quality.py [--docs us_passport schengen_visa] [--out out/quality] [--only g0 ...]
                            [--outfit dark_top] [--no-sheets]

Runs the engine as `idphoto make` does (analyse → checks → render) for each document over the
portrait gallery (`../shared/samples/gallery`, labels in its manifest) and the clean selfies
(`../shared/samples/selfies/sample_*.jpg`). Per photo it prints the refusal reason (blocking
checks, or the bad-input code), the artifact audit of the rendered photo (engine/audit.py:
bottom coverage, holes, detached blobs, colour spill, background ring, shoulders sawn off by a
narrow selfie), the share of the shoulders made up, and the time. Photos the engine refuses are
still rendered (as `--force` would) so the sheets show what the refusal protects the user from.

Totals: defects among the photos the engine would sell (no blocking check), false refusals of
single-person photos as "multiple faces", and whether every `expected: refuse` photo is refused.
Contact sheets (input | photo | photo in one outfit) go to --out; open them and judge them as a
customer would: numbers that pass on a photo you would not pay for mean the numbers are wrong.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path[0] = str(ROOT)  # bench/engine.py would otherwise shadow the `engine` package
SHARED = ROOT.parent / "shared" / "samples"
GALLERY = SHARED / "gallery"
SELFIES = SHARED / "selfies"
AUDIT_IDS = (
    "bottom_coverage",
    "holes",
    "detached_blobs",
    "colour_spill",
    "background_ring",
    "shoulders_sawn",
)
TILE = 300


@dataclass
class Row:
    name: str
    expected: str
    refused: list[str] = field(default_factory=list)
    audit: dict[str, tuple[float, bool]] = field(default_factory=dict)
    invented: float = 0.0
    seconds: float = 0.0

    @property
    def sold(self) -> bool:
        return not self.refused

    def line(self) -> str:
        audit = " ".join(f"{k[:6]}={v:.3g}{'' if ok else '!'}" for k, (v, ok) in self.audit.items())
        refused = ",".join(self.refused) or "-"
        return (
            f"{self.name:36} {self.expected:6} refused={refused:34} "
            f"made_up={self.invented:4.0%} {audit} {self.seconds:.2f}s"
        )


def photos(only: list[str]) -> list[tuple[Path, str]]:
    manifest = json.loads((GALLERY / "manifest.json").read_text(encoding="utf-8"))
    items = [(GALLERY / p["file"], p.get("expected", "accept")) for p in manifest["photos"]]
    items += [(p, "accept") for p in sorted(SELFIES.glob("sample_*.jpg"))]
    if only:
        items = [(p, e) for p, e in items if any(p.name.startswith(o) for o in only)]
    return items


def run(engine, spec, path: Path, expected: str, outfit: str | None):  # type: ignore[no-untyped-def]
    import numpy as np

    from engine.context import Options
    from engine.errors import BadInput

    row = Row(path.stem, expected)
    start = time.perf_counter()
    photo = dressed = None
    try:
        ctx = engine.analyze(path.read_bytes(), spec, Options())
        row.refused = [c.id for c in ctx.blocking]
        engine.render(ctx)
        row.refused += [c.id for c in ctx.blocking if c.id not in row.refused]
        photo = ctx.photo
        row.audit = {a.id: (a.value, a.passed) for a in ctx.audit}
        assert ctx.placement is not None
        row.invented = ctx.placement.body_invented
        if outfit is not None:
            dressed_ctx = engine.analyze(path.read_bytes(), spec, Options(outfit=outfit))
            engine.render(dressed_ctx)
            dressed = dressed_ctx.photo
    except BadInput as exc:
        row.refused = [exc.code]
    except Exception as exc:  # an engine crash is a finding too, never a stop of the audit
        row.refused = [f"crash:{type(exc).__name__}"]
    row.seconds = time.perf_counter() - start
    blank = np.full((spec.output_pixels.height, spec.output_pixels.width, 3), 160, np.uint8)
    return row, photo if photo is not None else blank, dressed


def tile(path: Path, photo, dressed, row: Row):  # type: ignore[no-untyped-def]
    from PIL import Image, ImageDraw, ImageOps

    with Image.open(path) as im:
        source = ImageOps.exif_transpose(im).convert("RGB")
    source.thumbnail((TILE, TILE))
    parts = [source, Image.fromarray(photo)]
    if dressed is not None:
        parts.append(Image.fromarray(dressed))
    scaled = []
    for part in parts:
        factor = TILE / part.height
        scaled.append(part.resize((max(1, round(part.width * factor)), TILE)))
    width = sum(p.width for p in scaled) + 6 * len(scaled)
    out = Image.new("RGB", (width, TILE + 18), (96, 96, 96))
    x = 0
    for part in scaled:
        out.paste(part, (x, 18))
        x += part.width + 6
    failed = [k for k, (_, ok) in row.audit.items() if not ok]
    label = f"{row.name[:28]}  refused: {','.join(row.refused) or '-'}  audit: {','.join(failed) or 'ok'}"
    ImageDraw.Draw(out).text((3, 3), label[:110], fill=(255, 255, 0))
    return out


def sheets(tiles: list, out: Path, doc: str, per_sheet: int = 8) -> list[Path]:  # type: ignore[type-arg]
    from PIL import Image

    paths = []
    for start in range(0, len(tiles), per_sheet):
        chunk = tiles[start : start + per_sheet]
        columns = 2
        cell_w = max(t.width for t in chunk)
        rows = (len(chunk) + columns - 1) // columns
        sheet = Image.new("RGB", (columns * cell_w, rows * (TILE + 24)), (64, 64, 64))
        for i, t in enumerate(chunk):
            sheet.paste(t, ((i % columns) * cell_w, (i // columns) * (TILE + 24)))
        path = out / f"{doc}_{start // per_sheet:02d}.png"
        sheet.save(path)
        paths.append(path)
    return paths


def summarise(doc: str, rows: list[Row]) -> None:
    sold = [r for r in rows if r.sold and r.expected == "accept"]
    print(f"\n{doc}: {len(rows)} photos, {len(sold)} would be sold")
    for item in AUDIT_IDS:
        bad = [r.name for r in sold if item in r.audit and not r.audit[item][1]]
        print(f"  sold with {item:16} failing: {len(bad):3}  {' '.join(bad)}")
    multi = [r.name for r in rows if r.expected == "accept" and "multiple_faces" in r.refused]
    print(f"  single-person photos refused as multiple faces: {len(multi)}  {' '.join(multi)}")
    groups = [r for r in rows if r.expected == "refuse"]
    kept = [r.name for r in groups if not r.refused]
    print(f"  group photos refused: {len(groups) - len(kept)} of {len(groups)}  {' '.join(kept)}")
    reasons: dict[str, int] = {}
    for r in rows:
        for reason in r.refused:
            reasons[reason] = reasons.get(reason, 0) + 1
    print(
        "  refusal reasons: "
        + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items(), key=lambda kv: -kv[1]))
    )
    times = sorted(r.seconds for r in rows)
    print(f"  time per photo: median {times[len(times) // 2]:.2f} s, max {times[-1]:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", nargs="+", default=["us_passport", "schengen_visa"])
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "quality")
    parser.add_argument("--only", nargs="*", default=[], help="file-name prefixes, e.g. g012 sample_003")
    parser.add_argument("--outfit", default="dark_top", help="outfit for the third column ('' for none)")
    parser.add_argument("--no-sheets", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("IDPHOTO_MODEL_DIR", str(ROOT.parent / "shared" / "models"))

    from engine.pipeline import Engine
    from specs import load_catalogue

    catalogue = load_catalogue()
    args.out.mkdir(parents=True, exist_ok=True)
    with Engine() as engine:
        for doc in args.docs:
            spec = catalogue.get(doc)
            rows, tiles = [], []
            for path, expected in photos(args.only):
                row, photo, dressed = run(engine, spec, path, expected, args.outfit or None)
                rows.append(row)
                print(row.line(), flush=True)
                if not args.no_sheets:
                    tiles.append(tile(path, photo, dressed, row))
            summarise(doc, rows)
            if tiles:
                for path in sheets(tiles, args.out, doc):
                    print(f"  sheet: {path}")


if __name__ == "__main__":
    main()
