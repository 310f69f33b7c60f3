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
from dataclasses import dataclass
from typing import Annotated, Any

from taskiq import AsyncBroker, Context, TaskiqDepends
from taskiq.exceptions import NoResultError

from bot.jobs import work
from bot.jobs.engine_host import EngineHost
from bot.jobs.ledger import JobLedger
from bot.jobs.protocol import OutfitSheetRequest, RenderRequest
from bot.photos import PhotoStore
from specs.catalogue import Catalogue

log = logging.getLogger(__name__)

ANALYZE = "idphoto.analyze"
RENDER = "idphoto.render"
OUTFIT_SHEET = "idphoto.outfit_sheet"


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

    @broker.task(task_name=ANALYZE)
    async def analyze(
        selfie_key: str, doc_id: str, context: Annotated[Context, TaskiqDepends()]
    ) -> dict[str, Any]:
        if await already_done(context, "analyze"):
            raise NoResultError  # acknowledged, result left as it is
        await runtime.ledger.count("analyze.started")
        result = await runtime.host.run(work.analyze, runtime.catalogue, runtime.photos, selfie_key, doc_id)
        await runtime.ledger.count("analyze.done")
        return result.model_dump(mode="json")

    @broker.task(task_name=RENDER)
    async def render(request: dict[str, Any], context: Annotated[Context, TaskiqDepends()]) -> dict[str, Any]:
        if await already_done(context, "render"):
            raise NoResultError
        await runtime.ledger.count("render.started")
        parsed = RenderRequest.model_validate(request)
        out_dir = runtime.photos.result_dir(context.message.task_id)
        result = await runtime.host.run(work.render, runtime.catalogue, runtime.photos, parsed, out_dir)
        await runtime.ledger.count("render.done")
        return result.model_dump(mode="json")

    @broker.task(task_name=OUTFIT_SHEET)
    async def outfit_sheet(
        request: dict[str, Any], context: Annotated[Context, TaskiqDepends()]
    ) -> dict[str, Any]:
        if await already_done(context, "outfit_sheet"):
            raise NoResultError
        await runtime.ledger.count("outfit_sheet.started")
        parsed = OutfitSheetRequest.model_validate(request)
        out_dir = runtime.photos.result_dir(context.message.task_id)
        result = await runtime.host.run(work.outfit_sheet, runtime.catalogue, runtime.photos, parsed, out_dir)
        await runtime.ledger.count("outfit_sheet.done")
        return result.model_dump(mode="json")
