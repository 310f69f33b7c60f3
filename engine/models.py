"""Where model weights live and how the engine finds them.

Weights are never downloaded at run time: the engine only resolves files under
IDPHOTO_MODEL_DIR (default: the user cache dir) and fails with `ModelMissing` naming the file and
the fix. `idphoto models pull` (engine/model_pull.py) is the one place that fetches them.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from platformdirs import user_cache_dir

from engine.errors import ModelMissing

REGISTRY = Path(__file__).with_name("models.toml")


@dataclass(frozen=True)
class ModelFile:
    path: str
    sha256: str
    bytes: int
    licence: str
    required: bool
    url: str | None = None


@cache
def registry() -> tuple[ModelFile, ...]:
    data = tomllib.loads(REGISTRY.read_text(encoding="utf-8"))
    return tuple(ModelFile(**entry) for entry in data["model"])


def model_dir() -> Path:
    configured = os.environ.get("IDPHOTO_MODEL_DIR")
    return Path(configured).expanduser() if configured else Path(user_cache_dir("idphoto")) / "models"


def model_path(relative: str, directory: Path | None = None) -> Path:
    """Absolute path of a weights file, or `ModelMissing` with the fix in the message."""
    path = (directory or model_dir()) / relative
    if not path.is_file():
        raise ModelMissing(
            f"Model file {relative} not found in {path.parent}. Run `idphoto models pull` "
            "or set IDPHOTO_MODEL_DIR.",
            path=str(path),
        )
    return path
