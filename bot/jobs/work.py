"""The engine jobs as plain functions: bytes from the PhotoStore in, a protocol model out.

They run on the engine thread (EngineHost) and never raise for anything a user can cause: typed
engine errors become `ok=False` with the engine's code, so the worker stores an answer the bot
can translate. Only bugs end up as `internal`, which the client does not cache.
"""

from __future__ import annotations

import io
import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.jobs.protocol import (
    CHECKS_FAILED,
    INTERNAL,
    SELFIE_MISSING,
    UNKNOWN_DOCUMENT,
    AnalyzeResult,
    CheckView,
    OutfitSheetRequest,
    OutfitSheetResult,
    RenderRequest,
    RenderResult,
)
from bot.photos import PhotoMissing, PhotoStore

if TYPE_CHECKING:
    from engine.context import CheckResult, Options
    from engine.pipeline import Engine
    from specs.catalogue import Catalogue
    from specs.schema import DocumentSpec

log = logging.getLogger(__name__)

PREVIEW_MAX_SIDE = 800  # px: enough to judge framing on a phone, useless as an ID photo
PREVIEW_QUALITY = 85
SHEET_FILE = "outfits.jpg"
SHEET_CELL_WIDTH = 360  # px per outfit: four cells make a ~760 px square, sharp on any phone
SHEET_MAX_SIDE = 1280  # Telegram shows photos up to 1280 px; more is sent but never seen
DEFAULT_PAPERS = ("4x6", "a4", "letter")


def analyze(
    engine: Engine, catalogue: Catalogue, photos: PhotoStore, selfie_key: str, doc_id: str
) -> AnalyzeResult:
    """Decode, find the face, run the checks (the fast step before any rendering)."""
    from engine.context import Options

    try:
        spec = catalogue.get(doc_id)
        ctx = engine.analyze(photos.selfie_bytes(selfie_key), spec, Options())
        keepable = None
        if spec.edits.background_replacement and not ctx.blocking:  # the style step's first offer
            keepable = engine.background_keepable(ctx)
        return AnalyzeResult(ok=True, checks=check_views(ctx.checks), background_keepable=keepable)
    except Exception as exc:
        return AnalyzeResult(**_failure(exc, doc_id))


def render(
    engine: Engine,
    catalogue: Catalogue,
    photos: PhotoStore,
    request: RenderRequest,
    out_dir: Path,
) -> RenderResult:
    """A watermarked downscaled preview, or the final files (`engine.make`) into `out_dir`."""
    from engine.report import edits_applied

    try:
        spec = catalogue.get(request.doc_id)
        data = photos.selfie_bytes(request.selfie_key)
        options = render_options(spec, request)
        if request.preview:
            ctx = engine.analyze(data, spec, options)
            if ctx.blocking:
                return RenderResult(ok=False, error_code=CHECKS_FAILED, checks=check_views(ctx.checks))
            engine.render(ctx)
            if ctx.blocking:  # the render's own audit (a visible cut-out defect): never offered for sale
                return RenderResult(ok=False, error_code=CHECKS_FAILED, checks=check_views(ctx.checks))
            assert ctx.photo is not None
            path = out_dir / "preview.jpg"
            write_preview(ctx.photo, path)
            return RenderResult(
                ok=True,
                files={path.name: str(path)},
                checks=check_views(ctx.checks),
                edits=edits_applied(ctx),
            )
        ctx = engine.make(data, spec, options, out_dir, papers=tuple(request.papers) or DEFAULT_PAPERS)
        files = {path.name: str(path) for path in ctx.outputs.values()}
        if "photo" not in ctx.outputs:  # blocking checks: make wrote the report only
            return RenderResult(
                ok=False, error_code=CHECKS_FAILED, files=files, checks=check_views(ctx.checks)
            )
        return RenderResult(ok=True, files=files, checks=check_views(ctx.checks), edits=edits_applied(ctx))
    except Exception as exc:
        return RenderResult(**_failure(exc, request.doc_id))


def outfit_sheet(
    engine: Engine,
    catalogue: Catalogue,
    photos: PhotoStore,
    request: OutfitSheetRequest,
    out_dir: Path,
) -> OutfitSheetResult:
    """The user's photo in a few outfits as one watermarked contact sheet (one engine call).

    Documents that refuse outfits fail with the engine's own code (`outfit_not_allowed`, ...):
    the bot never offers outfits there, so meeting it means a stale or forged request.
    """
    from engine.outfits.catalogue import Audience
    from engine.outfits.sheet import outfit_sheet as make_sheet
    from engine.outfits.sheet import suggest_outfits

    try:
        spec = catalogue.get(request.doc_id)
        data = photos.selfie_bytes(request.selfie_key)
        style = RenderRequest(**request.style(), preview=True)
        ctx = engine.analyze(data, spec, render_options(spec, style))
        if ctx.blocking:
            return OutfitSheetResult(ok=False, error_code=CHECKS_FAILED)
        chosen = request.outfits or suggest_outfits(
            spec, Audience(request.audience) if request.audience else None
        )
        sheet = make_sheet(engine, ctx, chosen, cell_width=SHEET_CELL_WIDTH)
        path = out_dir / SHEET_FILE
        write_preview(sheet.image, path, max_side=SHEET_MAX_SIDE)
        return OutfitSheetResult(ok=True, files={path.name: str(path)}, outfits=list(sheet.outfit_ids))
    except Exception as exc:
        return OutfitSheetResult(**_failure(exc, request.doc_id))


def render_options(spec: DocumentSpec, request: RenderRequest) -> Options:
    """Same rule as `idphoto make`: no-edit documents are cropped only unless a colour is asked."""
    from engine.context import Adjustments, Options

    return Options(
        background=request.background,
        keep_background=spec.edits.no_edit and request.background is None,
        adjust=Adjustments(shift=request.shift, zoom=request.zoom, brightness=request.brightness),
        watermark=request.preview,
        outfit=request.outfit,
        background_choice=request.background_choice,
        headwear_declared=request.headwear_declared,
    )


def check_views(checks: list[CheckResult]) -> list[CheckView]:
    return [
        CheckView(
            id=c.id,
            status=c.status.value,
            measured=_plain(c.measured),
            unit=c.unit,
            allowed=c.allowed,
        )
        for c in checks
    ]


def write_preview(rgb: Any, path: Path, max_side: int = PREVIEW_MAX_SIDE) -> None:
    """Downscale to ≤ `max_side` px and write a JPEG atomically (the bot may read it at once)."""
    from PIL import Image

    image = Image.fromarray(rgb)
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=PREVIEW_QUALITY, optimize=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".tmp-{path.name}")
    tmp.write_bytes(buffer.getvalue())
    os.replace(tmp, path)


def _failure(exc: Exception, doc_id: str) -> dict[str, Any]:
    from engine.errors import EngineError
    from specs.catalogue import UnknownDocument

    if isinstance(exc, PhotoMissing):
        return {"ok": False, "error_code": SELFIE_MISSING}
    if isinstance(exc, UnknownDocument):
        return {"ok": False, "error_code": UNKNOWN_DOCUMENT, "error_params": {"doc_id": doc_id}}
    if isinstance(exc, EngineError):
        return {"ok": False, "error_code": exc.code, "error_params": _jsonable(exc.params)}
    log.exception("engine job failed")
    return {"ok": False, "error_code": INTERNAL}


def _plain(value: Any) -> float | str | None:
    if value is None or isinstance(value, str):
        return value
    try:
        return float(value)  # numpy scalars included
    except (TypeError, ValueError):
        return str(value)


def _jsonable(params: dict[str, Any]) -> dict[str, Any]:
    jsonable: dict[str, Any] = json.loads(json.dumps(params, default=str))
    return jsonable
