"""The taskiq tasks `idphoto.analyze`, `idphoto.render` and `idphoto.outfit_sheet`, registered on
a broker at run time.

Why a registration function and not module-level `@broker.task`: the broker is built from
settings (Redis or in-memory), and the tasks close over a `JobRuntime` (the engine host, the
photo store, the catalogue) that only exists once a process decided to run jobs. The bot in
Redis mode never registers them: it kicks by name (client.py) and needs no engine.

A task first looks for a stored result under its own id: a duplicate delivery (a job reclaimed
from a worker that died after saving, or queued twice) is acknowledged without running again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from taskiq import AsyncBroker, Context, TaskiqDepends
from taskiq.exceptions import NoResultError

from bot.jobs import work
from bot.jobs.engine_host import EngineHost
from bot.jobs.ledger import JobLedger
from bot.jobs.priority import LABEL, QUEUED_AT, Priority
from bot.jobs.protocol import (
    INTERNAL,
    AnalyzeResult,
    OutfitSheetRequest,
    OutfitSheetResult,
    RenderRequest,
    RenderResult,
)
from bot.observability import metrics
from bot.photos import PhotoStore
from specs.catalogue import Catalogue

log = logging.getLogger(__name__)

ANALYZE = "idphoto.analyze"
RENDER = "idphoto.render"
OUTFIT_SHEET = "idphoto.outfit_sheet"
AUDIT_CHECK = "cutout"  # engine/audit.py's blocking check

Job = TypeVar("Job", AnalyzeResult, RenderResult, OutfitSheetResult)


@dataclass
class JobRuntime:
    """What the tasks need in the process that runs them."""

    host: EngineHost
    photos: PhotoStore
    catalogue: Catalogue
    ledger: JobLedger


def register_tasks(broker: AsyncBroker, runtime: JobRuntime) -> None:
    async def already_done(context: Context, name: str) -> bool:
        if await context.broker.result_backend.is_result_ready(context.message.task_id):
            await runtime.ledger.count(f"{name}.skipped")
            return True
        return False

    async def run(kind: str, context: Context, fn: Callable[..., Job], *args: object) -> Job:
        """Run `fn` on the engine at the message's priority, counted and timed for operators."""
        if await already_done(context, kind):
            raise NoResultError  # acknowledged, result left as it is
        labels = context.message.labels
        priority = Priority.parse(labels.get(LABEL))
        tags = {"kind": kind, "priority": priority.label}
        await runtime.ledger.count(f"{kind}.started")
        metrics.JOBS_STARTED.labels(**tags).inc()
        queued_at = _float(labels.get(QUEUED_AT))
        if queued_at is not None:
            metrics.JOB_WAIT_SECONDS.labels(**tags).observe(max(0.0, time.time() - queued_at))
        started = time.perf_counter()
        try:
            result = await runtime.host.run(fn, *args, priority=priority)
        except Exception:
            metrics.JOBS_FAILED.labels(**tags).inc()
            raise
        metrics.JOB_SECONDS.labels(**tags).observe(time.perf_counter() - started)
        if result.error_code == INTERNAL:
            metrics.JOBS_FAILED.labels(**tags).inc()
        else:
            metrics.JOBS_DONE.labels(**tags, outcome="ok" if result.ok else "refused").inc()
        if _audit_failed(result):
            metrics.AUDIT_FAILURES.labels(**tags).inc()
        await runtime.ledger.count(f"{kind}.done")
        return result

    @broker.task(task_name=ANALYZE)
    async def analyze(
        selfie_key: str, doc_id: str, context: Annotated[Context, TaskiqDepends()]
    ) -> dict[str, Any]:
        result = await run(
            "analyze", context, work.analyze, runtime.catalogue, runtime.photos, selfie_key, doc_id
        )
        return result.model_dump(mode="json")

    @broker.task(task_name=RENDER)
    async def render(request: dict[str, Any], context: Annotated[Context, TaskiqDepends()]) -> dict[str, Any]:
        parsed = RenderRequest.model_validate(request)
        out_dir = runtime.photos.result_dir(context.message.task_id)
        result = await run("render", context, work.render, runtime.catalogue, runtime.photos, parsed, out_dir)
        return result.model_dump(mode="json")

    @broker.task(task_name=OUTFIT_SHEET)
    async def outfit_sheet(
        request: dict[str, Any], context: Annotated[Context, TaskiqDepends()]
    ) -> dict[str, Any]:
        parsed = OutfitSheetRequest.model_validate(request)
        out_dir = runtime.photos.result_dir(context.message.task_id)
        result = await run(
            "outfit_sheet", context, work.outfit_sheet, runtime.catalogue, runtime.photos, parsed, out_dir
        )
        return result.model_dump(mode="json")


def _float(value: object) -> float | None:
    try:
        return float(str(value)) if value is not None else None
    except ValueError:
        return None


def _audit_failed(result: AnalyzeResult | RenderResult | OutfitSheetResult) -> bool:
    """A render the engine's own cut-out audit refused (the blocking `cutout` check)."""
    checks = getattr(result, "checks", [])
    return any(c.id == AUDIT_CHECK and c.status == "fail" for c in checks)
