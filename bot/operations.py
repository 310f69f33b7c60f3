"""The bot process's operations server: what /readyz checks and what /metrics refreshes.

Ready means the bot can do its work now: Redis answers (when REDIS_URL is set), the database
answers a `SELECT 1`, and, in embedded mode where this process runs the engine, the required
model files are in IDPHOTO_MODEL_DIR (the engine loads them on the first photo; a missing file
would fail every user). In Redis mode the models are the workers' concern (their own /readyz).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from bot.config import Settings
from bot.jobs.client import EngineJobs
from bot.jobs.queues import publish_queue_gauges
from bot.observability.server import Check, OpsServer
from payments.service import PaymentService


def bot_ops(settings: Settings, jobs: EngineJobs, payments: PaymentService) -> OpsServer:
    assert settings.metrics_port is not None

    async def database() -> None:
        async with payments.db.reading() as session:
            await session.exec(text("SELECT 1"))  # type: ignore[call-overload]

    async def models() -> None:
        missing_models(settings.model_dir)

    async def queues() -> None:
        publish_queue_gauges(await jobs.queue_states())

    checks: dict[str, Check] = {"database": database}
    if settings.redis_url:
        checks["redis"] = jobs.ping
    else:
        checks["models"] = models
    return OpsServer(settings.metrics_host, settings.metrics_port, checks, [queues])


def missing_models(model_dir: Path | None) -> None:
    """Raise ModelMissing for the first required weights file that is not there."""
    from engine.models import model_path, registry

    for entry in registry():
        if entry.required:
            model_path(entry.path, model_dir)
