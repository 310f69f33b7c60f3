"""`idphoto worker`: one process that loads the models once and runs engine jobs from Redis.

The receiver is taskiq's, run in this process (no `taskiq worker` CLI, no forked children): it
reads one job at a time from the stream, runs it on the engine thread and acknowledges the
stream entry only after the result is saved (AcknowledgeType.WHEN_SAVED), so a worker killed
mid-job leaves the entry pending for another worker to reclaim. SIGTERM/SIGINT stop reading new
jobs and let the running one finish (at most SHUTDOWN_GRACE_S; a job still running then is left
unacknowledged, so another worker reclaims it: the process ends at once), then it exits 0.

With METRICS_PORT the worker serves /metrics (its jobs, and the queue depth and oldest waiting
age per priority read from Redis at each scrape), /healthz and /readyz (Redis answers, the
models are loaded) on that port.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from concurrent.futures import ThreadPoolExecutor

from taskiq import AcknowledgeType, AsyncBroker, TaskiqEvents, TaskiqState
from taskiq.receiver import Receiver

from bot.config import ConfigError, RuntimeSettings
from bot.jobs.broker import ReclaimingStreamBroker, make_broker, make_ledger
from bot.jobs.engine_host import EngineHost
from bot.jobs.queues import publish_queue_gauges
from bot.jobs.tasks import JobRuntime, register_tasks
from bot.observability.server import OpsServer
from bot.photos import PhotoStore

log = logging.getLogger(__name__)


async def run_worker(settings: RuntimeSettings, stop: asyncio.Event | None = None) -> None:
    """Run until `stop` is set or SIGTERM/SIGINT arrives (a job past the grace ends the process)."""
    if not settings.redis_url:
        raise ConfigError(
            "REDIS_URL is not set: `idphoto worker` takes jobs from Redis. Without Redis the bot "
            "runs the engine in its own process and needs no worker."
        )
    from specs import load_catalogue

    stop = stop or asyncio.Event()
    broker = make_broker(settings)
    ledger = make_ledger(settings, broker)
    from engine.onnx_runtime import use_batching, use_device

    use_device(settings.engine_device)  # "cuda" without the CUDA provider fails here, before any job
    use_batching(settings.engine_batch)
    host = EngineHost(
        settings.model_dir,
        settings.engine_threads,
        promote_s=settings.job_promote_s,
        concurrency=settings.engine_batch,
    )
    photos = PhotoStore(settings.data_dir, settings.retention)
    register_tasks(broker, JobRuntime(host=host, photos=photos, catalogue=load_catalogue(), ledger=ledger))

    async def load_models(state: TaskiqState) -> None:
        await host.warm_up()  # before the first job is read: a fresh worker never stalls a user
        await ledger.count("worker.ready")  # visible to operators (and tests) in the stats hash
        if ops is not None:
            ops.started.set()

    broker.add_event_handler(TaskiqEvents.WORKER_STARTUP, load_models)
    broker.is_worker_process = True
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    ops = worker_ops(settings, broker, host) if settings.metrics_port is not None else None
    try:
        if ops is not None:
            await ops.start()
        with ThreadPoolExecutor(max_workers=1) as executor:  # taskiq's, for sync tasks (we have none)
            receiver = Receiver(
                broker,
                executor=executor,
                run_startup=True,
                max_async_tasks=settings.engine_batch,  # one job per engine thread
                max_prefetch=0,
                ack_type=AcknowledgeType.WHEN_SAVED,
                wait_tasks_timeout=settings.shutdown_grace_s,
            )
            log.info("worker started")
            await receiver.listen(stop)
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
        if ops is not None:
            await ops.stop()
        await broker.shutdown()
        await ledger.close()
        if host.busy:
            # The engine thread is still on a job past the grace. Ending the process now is the
            # only clean way out: returning would let asyncio cancel the job's task, and taskiq
            # would store the cancellation as the job's result and acknowledge it; closing the
            # engine would wait for the job. Killed here, its entry stays pending for another worker.
            log.warning("stopping with a job still running: it stays unacknowledged for another worker")
            logging.shutdown()
            os._exit(0)
        host.close()
        log.info("worker stopped")


def worker_ops(settings: RuntimeSettings, broker: AsyncBroker, host: EngineHost) -> OpsServer:
    """/metrics with the queue gauges, /readyz: Redis answers and the models are loaded."""
    assert isinstance(broker, ReclaimingStreamBroker) and settings.metrics_port is not None

    async def models() -> None:
        if host.loads < 1:
            raise ModelsNotLoaded("the engine's models are not loaded yet")

    async def queues() -> None:
        publish_queue_gauges(await broker.queue_states())

    return OpsServer(
        settings.metrics_host, settings.metrics_port, {"redis": broker.ping, "models": models}, [queues]
    )


class ModelsNotLoaded(RuntimeError):
    pass
