"""`idphoto outfits list` and `idphoto outfits gallery SAMPLES... -o DIR` (review sheets)."""

from __future__ import annotations

import time
from pathlib import Path

import click

from idphoto.commands._engine import engine_errors, load_spec, read_input

LANGUAGES = ["en", "zh", "es", "ru", "hi", "pt"]


@click.group()
def outfits() -> None:
    """Outfits that can replace the clothes in the photo."""


@outfits.command("list")
@click.option("--lang", type=click.Choice(LANGUAGES), default="en", show_default=True, help="Name language.")
def list_outfits(lang: str) -> None:
    """Print every outfit: id, audience, dark clothing or not, and its name."""
    from engine.outfits.catalogue import load_outfits

    for outfit in load_outfits().outfit:
        dark = "dark" if outfit.dark else ""
        click.echo(f"{outfit.id:<20} {outfit.audience.value:<6} {dark:<5} {outfit.names.get(lang)}")


@outfits.command()
@click.argument(
    "samples", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "-o",
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder.",
)
@click.option(
    "--doc", "doc_id", default="us_passport", show_default=True, help="Document the photos are made for."
)
@click.option("--outfit", "outfit_ids", multiple=True, help="Only these outfits (repeatable). Default: all.")
@click.option(
    "--cell-width", type=int, default=300, show_default=True, help="Width of each photo in the sheet."
)
def gallery(
    samples: tuple[Path, ...], out_dir: Path, doc_id: str, outfit_ids: tuple[str, ...], cell_width: int
) -> None:
    """Render every outfit on every SAMPLE: one contact sheet per sample (original first) in DIR."""
    spec = load_spec(doc_id)
    with engine_errors():
        from PIL import Image

        from engine.context import Options
        from engine.outfits.catalogue import load_outfits
        from engine.outfits.sheet import outfit_sheet
        from engine.pipeline import Engine

        ids = list(outfit_ids) or load_outfits().ids
        for outfit_id in ids:
            load_outfits().get(outfit_id)
        out_dir.mkdir(parents=True, exist_ok=True)
        with Engine() as engine:
            for sample in samples:
                ctx = engine.analyze(read_input(sample), spec, Options())
                start = time.perf_counter()
                sheet = outfit_sheet(
                    engine, ctx, ids, columns=5, cell_width=cell_width, include_original=True, captions=True
                )
                seconds = time.perf_counter() - start
                path = out_dir / f"{sample.stem}.png"
                Image.fromarray(sheet.image).save(path)
                click.echo(f"{path}  ({len(ids)} outfits, {seconds:.1f} s)")
