"""Shared plumbing of the commands that run the engine: load the spec, read the file, build the
Engine, and turn typed errors into a message on stderr plus the documented exit code."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from specs import UnknownDocument, load_catalogue
from specs.schema import DocumentSpec

log = logging.getLogger("idphoto")


def load_spec(doc_id: str) -> DocumentSpec:
    try:
        return load_catalogue().get(doc_id)
    except UnknownDocument as exc:
        raise click.UsageError(str(exc)) from None


@contextmanager
def engine_errors() -> Iterator[None]:
    """Typed engine errors → message + exit code; anything else → 'internal error' (exit 1)."""
    from engine.errors import EngineError, ExitCode

    try:
        yield
    except EngineError as exc:
        click.echo(f"error [{exc.code}]: {exc.message}", err=True)
        sys.exit(int(exc.exit_code))
    except (click.ClickException, click.exceptions.Exit, SystemExit):
        raise
    except Exception as exc:  # the one place unexpected failures become a clean exit
        log.info("internal error", exc_info=True)  # the traceback shows with -v
        click.echo(f"internal error: {type(exc).__name__}. Run with -v for details.", err=True)
        sys.exit(int(ExitCode.internal))


def read_input(path: Path) -> bytes:
    return path.read_bytes()
