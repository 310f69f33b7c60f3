"""`idphoto check SELFIE --doc ID`: decode, face analysis and quality checks only (the bot's fast
"fix issues" step)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from idphoto.commands._engine import engine_errors, load_spec, read_input


@click.command()
@click.argument("selfie", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--doc", "doc_id", required=True, help="Document id, e.g. us_passport.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
def check(selfie: Path, doc_id: str, as_json: bool) -> None:
    """Check SELFIE against a document's rules without making the photo."""
    spec = load_spec(doc_id)
    with engine_errors():
        from engine.errors import ExitCode
        from engine.pipeline import Engine
        from engine.report import report_dict, report_text

        with Engine() as engine:
            ctx = engine.analyze(read_input(selfie), spec)
        click.echo(
            json.dumps(report_dict(ctx), ensure_ascii=False, indent=2) if as_json else report_text(ctx)
        )
        if ctx.blocking:
            raise SystemExit(int(ExitCode.checks_failed))
