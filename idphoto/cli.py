"""`idphoto` command line: one click group; each subcommand lives in idphoto/commands/<name>.py.

Why lazy registration: `idphoto specs list` must not pay for importing onnxruntime and
mediapipe, so each command module imports the engine only inside its function.
"""

from __future__ import annotations

import importlib
import logging

import click

COMMANDS = {
    "make": "idphoto.commands.make:make",
    "check": "idphoto.commands.check:check",
    "specs": "idphoto.commands.specs:specs",
    "models": "idphoto.commands.models:models",
    "outfits": "idphoto.commands.outfits:outfits",
    "bot": "idphoto.commands.bot:bot",
    "worker": "idphoto.commands.worker:worker",
    "db": "idphoto.commands.db:db",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        return getattr(importlib.import_module(module_name), attr)


@click.group(cls=LazyGroup)
@click.option("-v", "--verbose", is_flag=True, help="Log stage timings to stderr.")
def cli(verbose: bool) -> None:
    """Turn a selfie into an official-grade passport, visa or ID photo."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )


def main() -> None:
    cli()
