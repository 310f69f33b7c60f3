"""`idphoto models pull` and `idphoto models list`: fetch and check the weights files.

Both exit 0 only when every *required* file verifies, so a deployment script can run
`idphoto models pull && start-the-bot` and a health check can run `idphoto models list`.
The engine is imported inside the commands to keep `idphoto --help` fast (see idphoto/cli.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

DIR_HELP = "Model directory (default: IDPHOTO_MODEL_DIR or the user cache dir)."


def _directory(given: Path | None) -> Path:
    from engine.models import model_dir

    return given if given is not None else model_dir()


@click.group()
def models() -> None:
    """Fetch and verify model weights."""


@models.command()
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path), help=DIR_HELP)
@click.option(
    "--mirror",
    envvar="IDPHOTO_MODELS_MIRROR",
    metavar="URL",
    help="Fetch every file from URL/<path> instead of its listed url (env IDPHOTO_MODELS_MIRROR).",
)
@click.option("--all", "include_optional", is_flag=True, help="Also fetch the optional models.")
def pull(directory: Path | None, mirror: str | None, include_optional: bool) -> None:
    """Download missing or corrupt weights, checking each file's sha256 before it is used."""
    from engine.model_pull import pull as pull_models

    target = _directory(directory)
    click.echo(f"Model directory: {target}", err=True)
    results = pull_models(
        target,
        mirror=mirror or None,
        include_optional=include_optional,
        progress=lambda line: click.echo(line, err=True),
    )
    missing = [r.entry.path for r in results if r.entry.required and not r.usable]
    fetched = sum(r.status == "downloaded" for r in results)
    present = sum(r.status == "present" for r in results)
    click.echo(
        f"{fetched} downloaded, {present} already present, {len(results) - fetched - present} not available."
    )
    if missing:
        click.echo(f"Required files not available: {', '.join(missing)}", err=True)
        sys.exit(1)


@models.command("list")
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path), help=DIR_HELP)
def list_models(directory: Path | None) -> None:
    """Show each weights file with its size, licence and whether it is present and intact."""
    from engine.model_pull import verify

    target = _directory(directory)
    click.echo(f"Model directory: {target}")
    rows = verify(target)
    width = max(len(entry.path) for entry, _ in rows)
    click.echo(f"{'path':<{width}}  {'size':>8}  {'licence':<10}  {'required':<8}  status")
    for entry, status in rows:
        size = f"{entry.bytes / 1e6:.1f} MB"
        required = "yes" if entry.required else "no"
        click.echo(f"{entry.path:<{width}}  {size:>8}  {entry.licence:<10}  {required:<8}  {status}")
    broken = [entry.path for entry, status in rows if entry.required and status != "ok"]
    if broken:
        click.echo(f"{len(broken)} required file(s) missing or corrupt: run `idphoto models pull`.", err=True)
        sys.exit(1)
