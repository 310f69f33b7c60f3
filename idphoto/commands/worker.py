"""`idphoto worker`: the engine worker (models loaded once, jobs taken from Redis until stopped)."""

from __future__ import annotations

import asyncio
import logging

import click


@click.command()
@click.option(
    "--device",
    type=click.Choice(["auto", "cpu", "cuda"]),
    default=None,
    help="Where the ONNX models run (default ENGINE_DEVICE, auto: CUDA when the gpu extra is installed).",
)
@click.option(
    "--batch",
    type=click.IntRange(1, 64),
    default=None,
    help="Jobs at once, their model calls batched (default ENGINE_BATCH, 1). Worth it on a GPU.",
)
def worker(device: str | None, batch: int | None) -> None:
    """Run engine jobs for the bot from REDIS_URL (SIGTERM finishes the running job, then stops).

    Reads the same settings as the bot except BOT_TOKEN: REDIS_URL, DATA_DIR (shared with the bot),
    IDPHOTO_MODEL_DIR, JOB_RECLAIM_IDLE_S, ...
    """
    from bot.config import ConfigError, RuntimeSettings, load_settings
    from bot.jobs.worker import run_worker
    from bot.observability.logs import configure
    from engine.onnx_runtime import DeviceUnavailable

    try:
        overrides = {
            k: v for k, v in {"engine_device": device, "engine_batch": batch}.items() if v is not None
        }
        settings = load_settings(RuntimeSettings, **overrides)
        configure(logging.getLogger().level, settings.log_format)
        asyncio.run(run_worker(settings))
    except (ConfigError, DeviceUnavailable) as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        pass
