"""`EngineJobs`: what the handlers call to analyze a selfie, render a document or show outfits.

Job ids are content hashes: "<user_id>/<sha256(selfie bytes + canonical options JSON)>". So the
same request is the same job: a stored result is returned without queueing anything, two
simultaneous identical requests queue once (a short claim in the ledger), and a job that a
crashed worker left behind and another worker finished is never run or delivered a second time.
The user id prefix keeps one person's files in their own folder (PhotoStore), which is what
makes /delete complete.

Results that must not be served again are forgotten: internal errors (a retry should really
retry) and render results whose files the retention sweep already removed.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel
from taskiq import AsyncBroker
from taskiq.exceptions import ResultGetError, ResultIsReadyError
from taskiq.kicker import AsyncKicker
from taskiq_redis.exceptions import ResultIsMissingError

from bot.config import RuntimeSettings
from bot.jobs.broker import ReclaimingStreamBroker, make_broker, make_ledger
from bot.jobs.engine_host import EngineHost
from bot.jobs.ledger import JobLedger
from bot.jobs.priority import LABEL, QUEUED_AT, Priority
from bot.jobs.protocol import (
    INTERNAL,
    SELFIE_MISSING,
    AnalyzeResult,
    OutfitSheetRequest,
    OutfitSheetResult,
    RenderRequest,
    RenderResult,
)
from bot.jobs.queues import QueueState
from bot.jobs.tasks import ANALYZE, OUTFIT_SHEET, RENDER, JobRuntime, register_tasks
from bot.observability import metrics
from bot.photos import PhotoMissing, PhotoStore

log = logging.getLogger(__name__)

JOB_SCHEMA = 1  # bump when the same inputs should give different outputs (cached results then miss)
POLL_FIRST_S = 0.02
POLL_MAX_S = 0.25
# A claim is short until its job is queued: a process killed between claiming and queueing (a bot
# restart mid-delivery) must not leave a claim that makes every later request wait for a job that
# was never queued. Waiters look every CLAIM_CHECK_S and queue the job themselves once it lapsed.
KICK_CLAIM_S = 5.0
CLAIM_CHECK_S = 1.0

R = TypeVar("R", AnalyzeResult, RenderResult, OutfitSheetResult)


class JobTimeout(TimeoutError):
    """No result within the caller's timeout. The job may still finish; asking again is safe."""

    def __init__(self, job_id: str, timeout: float) -> None:
        super().__init__(f"engine job did not finish within {timeout:g} s")
        self.job_id = job_id
        self.timeout = timeout


class EngineJobs:
    def __init__(
        self,
        broker: AsyncBroker,
        photos: PhotoStore,
        ledger: JobLedger,
        *,
        runtime: JobRuntime | None = None,
        claim_ttl_s: float = 600,
        owns_host: bool = True,
    ) -> None:
        self.broker = broker
        self.photos = photos
        self.ledger = ledger
        self.runtime = runtime  # set in embedded mode: this process runs the jobs itself
        # How long a queued job stays "ours" without a result: a caller that timed out and asks
        # again waits for that job rather than queueing a twin. It outlasts a reclaim after a
        # worker crash; past it the job counts as lost and is queued again.
        self.claim_ttl_s = claim_ttl_s
        self._owns_host = owns_host
        self._started = False

    @classmethod
    def from_settings(
        cls, settings: RuntimeSettings, photos: PhotoStore, *, host: EngineHost | None = None
    ) -> EngineJobs:
        """Redis → a client of `idphoto worker`; no Redis → embedded (lazy engine, in-process jobs).

        `host` lets several embedded clients share one loaded engine (tests); it is then not
        closed with this client.
        """
        broker = make_broker(settings)
        ledger = make_ledger(settings, broker)
        runtime = None
        if not settings.redis_url:
            from specs import load_catalogue

            engine_host = host or EngineHost(
                settings.model_dir, settings.engine_threads, promote_s=settings.job_promote_s
            )
            runtime = JobRuntime(host=engine_host, photos=photos, catalogue=load_catalogue(), ledger=ledger)
            register_tasks(broker, runtime)
        claim_ttl = settings.job_timeout_s + settings.job_reclaim_idle_s * settings.job_max_deliveries
        return cls(broker, photos, ledger, runtime=runtime, claim_ttl_s=claim_ttl, owns_host=host is None)

    @property
    def embedded(self) -> bool:
        return self.runtime is not None

    async def start(self) -> None:
        if not self._started:
            await self.broker.startup()
            self._started = True

    async def close(self) -> None:
        if self._started:
            await self.broker.shutdown()
            self._started = False
        await self.ledger.close()
        if self.runtime is not None and self._owns_host:
            self.runtime.host.close()

    async def __aenter__(self) -> EngineJobs:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # --- the jobs --------------------------------------------------------------------------

    async def analyze(
        self, selfie_key: str, doc_id: str, *, timeout: float, priority: Priority = Priority.FREE
    ) -> AnalyzeResult:
        try:  # reading and hashing up to 20 MB: off the event loop
            job_id = await asyncio.to_thread(self.job_id, selfie_key, {"task": ANALYZE, "doc_id": doc_id})
        except PhotoMissing:
            return AnalyzeResult(ok=False, error_code=SELFIE_MISSING)
        kwargs = {"selfie_key": selfie_key, "doc_id": doc_id}
        return await self._run(ANALYZE, job_id, kwargs, AnalyzeResult, timeout, priority)

    async def render(
        self, request: RenderRequest, *, timeout: float, priority: Priority = Priority.FREE
    ) -> RenderResult:
        """A preview at the caller's `priority`; final files always at PAID (they are made only for
        a paid order, a re-download of one, or staff)."""
        try:
            job_id = await asyncio.to_thread(self.render_job_id, request)
        except PhotoMissing:
            return RenderResult(ok=False, error_code=SELFIE_MISSING)
        kwargs = {"request": request.model_dump(mode="json")}
        priority = priority if request.preview else Priority.PAID
        return await self._run(RENDER, job_id, kwargs, RenderResult, timeout, priority)

    async def outfit_sheet(
        self, request: OutfitSheetRequest, *, timeout: float, priority: Priority = Priority.FREE
    ) -> OutfitSheetResult:
        """The selfie in a few outfits as one contact-sheet image (`files["outfits.jpg"]`)."""
        try:
            job_id = await asyncio.to_thread(self.outfit_sheet_job_id, request)
        except PhotoMissing:
            return OutfitSheetResult(ok=False, error_code=SELFIE_MISSING)
        kwargs = {"request": request.model_dump(mode="json")}
        return await self._run(OUTFIT_SHEET, job_id, kwargs, OutfitSheetResult, timeout, priority)

    async def queue_states(self) -> list[QueueState]:
        """What waits, per priority: the Redis streams, or the embedded engine's gate."""
        if self.runtime is not None:
            return [
                QueueState(priority, "embedded", waiting, oldest, 0)
                for priority, (waiting, oldest) in self.runtime.host.gate.waiting().items()
            ]
        assert isinstance(self.broker, ReclaimingStreamBroker)
        return await self.broker.queue_states()

    async def ping(self) -> None:
        """Redis answers (readiness); embedded mode has nothing to reach."""
        if isinstance(self.broker, ReclaimingStreamBroker):
            await self.broker.ping()

    async def counts(self) -> dict[str, int]:
        """Executions so far: `analyze.started`, `analyze.done`, `render.skipped`, ..."""
        return await self.ledger.counts()

    # --- ids -------------------------------------------------------------------------------

    def job_id(self, selfie_key: str, options: dict[str, Any]) -> str:
        user_id, _ = PhotoStore.parse_key(selfie_key)
        canonical = json.dumps(
            {"schema": JOB_SCHEMA, **options}, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        )
        digest = hashlib.sha256(self.photos.selfie_bytes(selfie_key))
        digest.update(b"\0" + canonical.encode())
        return PhotoStore.make_key(user_id, digest.hexdigest())

    def render_job_id(self, request: RenderRequest) -> str:
        options = request.model_dump(mode="json", exclude={"selfie_key"})
        options["papers"] = sorted(set(options["papers"]))
        return self.job_id(request.selfie_key, {"task": RENDER, **options})

    def outfit_sheet_job_id(self, request: OutfitSheetRequest) -> str:
        options = request.model_dump(mode="json", exclude={"selfie_key"})  # the outfits' order counts
        return self.job_id(request.selfie_key, {"task": OUTFIT_SHEET, **options})

    # --- queue, wait, cache ----------------------------------------------------------------

    async def _run(
        self,
        task: str,
        job_id: str,
        kwargs: dict[str, Any],
        model: type[R],
        timeout: float,
        priority: Priority = Priority.FREE,
    ) -> R:
        await self.start()
        stored = await self._stored(job_id, model)
        if stored is not None:
            if _usable(stored):
                return stored
            await self.ledger.forget(job_id)  # e.g. files swept away: make them again
        try:
            async with asyncio.timeout(timeout):
                result = await self._queue_unless_claimed(task, job_id, kwargs, model, priority)
                if result is None:
                    result = await self._wait(task, job_id, kwargs, model, priority)
        except TimeoutError:
            # The claim stays: asking again waits for this job instead of running it twice.
            raise JobTimeout(job_id, timeout) from None
        await self.ledger.release(job_id)
        return result

    async def _queue_unless_claimed(
        self, task: str, job_id: str, kwargs: dict[str, Any], model: type[R], priority: Priority
    ) -> R | None:
        """Queue the job unless someone holds its claim; a result stored meanwhile is returned."""
        if not await self.ledger.claim(job_id, KICK_CLAIM_S):
            return None
        stored = await self._stored(job_id, model)
        if stored is not None and _usable(stored):  # finished just before the claim lapsed
            return stored
        labels = {LABEL: int(priority), QUEUED_AT: round(time.time(), 3)}
        await AsyncKicker(task, self.broker, labels).with_task_id(job_id).kiq(**kwargs)
        await self.ledger.extend(job_id, self.claim_ttl_s)
        metrics.JOBS_QUEUED.labels(kind=_kind(task), priority=priority.label).inc()
        return None

    async def _wait(
        self, task: str, job_id: str, kwargs: dict[str, Any], model: type[R], priority: Priority
    ) -> R:
        delay = POLL_FIRST_S
        loop = asyncio.get_running_loop()
        next_check = loop.time() + CLAIM_CHECK_S
        while True:
            result = await self._stored(job_id, model)
            if result is not None:
                return result
            if loop.time() >= next_check:  # its claimer may have died before queueing it
                next_check = loop.time() + CLAIM_CHECK_S
                queued = await self._queue_unless_claimed(task, job_id, kwargs, model, priority)
                if queued is not None:
                    return queued
            await asyncio.sleep(delay)
            delay = min(POLL_MAX_S, delay * 1.5)

    async def _stored(self, job_id: str, model: type[R]) -> R | None:
        backend = self.broker.result_backend
        try:
            if not await backend.is_result_ready(job_id):
                return None
            stored = await backend.get_result(job_id)
        except (ResultIsReadyError, ResultGetError, ResultIsMissingError, LookupError):
            return None  # expired between the two calls
        if stored.is_err:
            log.error("engine job raised %s", type(stored.error).__name__ if stored.error else "an error")
            await self.ledger.forget(job_id)
            return model(ok=False, error_code=INTERNAL)
        result = model.model_validate(stored.return_value)
        if result.error_code == INTERNAL:
            await self.ledger.forget(job_id)  # served once; a retry runs the job again
        return result


def _kind(task: str) -> str:
    return task.removeprefix("idphoto.")


def _usable(result: BaseModel) -> bool:
    files = getattr(result, "files", {})
    return all(Path(path).is_file() for path in files.values())
