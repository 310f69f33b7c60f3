"""Matting backends behind one interface, chosen by name (config), never by display text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from engine.matting.base import Matte, MattingSession
from engine.matting.rembg_sessions import BiRefNetGeneral, U2NetP
from engine.matting.selfie_cf import SelfieClosedForm

BACKENDS: dict[str, Callable[[Path | None, int | None], MattingSession]] = {
    SelfieClosedForm.name: SelfieClosedForm,
    U2NetP.name: U2NetP,
    BiRefNetGeneral.name: BiRefNetGeneral,
}


def new_session(name: str, model_dir: Path | None = None, threads: int | None = None) -> MattingSession:
    """Build a backend (loads its weights once). Unknown names raise ValueError; absent weights
    raise engine.errors.ModelMissing."""
    try:
        backend = BACKENDS[name]
    except KeyError:
        raise ValueError(f"unknown matting backend {name!r}; known: {', '.join(sorted(BACKENDS))}") from None
    return backend(model_dir, threads)


__all__ = ["BACKENDS", "Matte", "MattingSession", "new_session"]
