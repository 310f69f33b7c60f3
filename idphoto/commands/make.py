"""`idphoto make SELFIE --doc ID -o DIR`: the whole pipeline, files written to DIR."""

from __future__ import annotations

import json
from pathlib import Path

import click

from idphoto.commands._engine import engine_errors, load_spec, read_input

PAPERS = ["4x6", "10x15", "5x7", "a4", "letter", "l"]


@click.command()
@click.argument("selfie", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--doc", "doc_id", required=True, help="Document id, e.g. us_passport (see `idphoto specs list`)."
)
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Output folder.",
)
@click.option(
    "--paper",
    "papers",
    multiple=True,
    type=click.Choice(PAPERS),
    help="Print sheet paper (repeatable). Default: 4x6, a4, letter.",
)
@click.option("--background", help="Background colour name allowed by the document (default: its first).")
@click.option("--keep-background", is_flag=True, help="Crop only; keep the original background (no-edit).")
@click.option("--retouch", type=click.Choice(["none", "light"]), default="none", show_default=True)
@click.option("--matting", default="selfie_cf", show_default=True, help="Matting backend.")
@click.option("--outfit", help="Dress the person in an outfit (ids: `idphoto outfits list`).")
@click.option(
    "--religious-headwear",
    is_flag=True,
    help="The head covering is worn for religious or medical reasons (recorded in the report).",
)
@click.option("--force", is_flag=True, help="Write the photo even when blocking checks fail.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
def make(
    selfie: Path,
    doc_id: str,
    out_dir: Path,
    papers: tuple[str, ...],
    background: str | None,
    keep_background: bool,
    retouch: str,
    matting: str,
    outfit: str | None,
    religious_headwear: bool,
    force: bool,
    as_json: bool,
) -> None:
    """Make the ID photo, print sheets and compliance report from SELFIE."""
    spec = load_spec(doc_id)
    if outfit is not None:
        from engine.outfits import load_outfits
        from engine.outfits.catalogue import UnknownOutfit

        try:
            load_outfits().get(outfit)
        except UnknownOutfit as exc:
            raise click.UsageError(exc.message) from None
    with engine_errors():
        from engine.context import Options
        from engine.errors import ExitCode
        from engine.pipeline import Engine
        from engine.report import report_dict, report_text

        options = Options(
            background=background,
            # no-edit documents are cropped only, unless the user explicitly asks for a new background
            keep_background=keep_background or (spec.edits.no_edit and background is None),
            retouch=retouch,
            matting=matting,  # type: ignore[arg-type]
            outfit=outfit,
            headwear_declared=religious_headwear,
        )
        with Engine() as engine:
            ctx = engine.make(
                read_input(selfie),
                spec,
                options,
                out_dir,
                papers=papers or ("4x6", "a4", "letter"),
                force=force,
            )
        if as_json:
            click.echo(json.dumps(report_dict(ctx), ensure_ascii=False, indent=2))
        else:
            click.echo(report_text(ctx))
            for name, path in ctx.outputs.items():
                click.echo(f"  {name}: {path}")
        if ctx.blocking and not force:
            click.echo("Blocking issues found: no photo written (use --force to write it anyway).", err=True)
            raise SystemExit(int(ExitCode.checks_failed))
