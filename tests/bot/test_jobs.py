"""Engine jobs end to end: the in-process broker, and Redis Streams with `idphoto worker` processes.

Real photos, the real engine, a real redis-server and real worker subprocesses; executions are
counted by the ledger counters the tasks write (`<task>.started` / `.done` / `.skipped`).
"""

from __future__ import annotations

import asyncio
import io
import shutil
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import get_args

import numpy as np
import pytest
from PIL import Image
from pydantic import ValidationError
from redis.asyncio import Redis

from bot.config import RuntimeSettings
from bot.jobs.client import EngineJobs, JobTimeout
from bot.jobs.engine_host import EngineHost
from bot.jobs.priority import stream_names
from bot.jobs.protocol import SELFIE_MISSING, UNKNOWN_DOCUMENT, Paper, RenderRequest
from bot.photos import PhotoStore
from tests.worker_process import WorkerProcess, wait_until_ready, worker_env

QUICK = "db_008.jpg"  # us_passport: analyze ~0.3 s, render ~0.4 s
SLOW = "db_004.jpg"  # 2 MB; hk_passport_online final files take ~1.4 s: long enough to kill a worker mid-job
USER = 4242
PAPERS = ["4x6", "a4"]


def selfie(samples_dir: Path, name: str) -> bytes:
    return (samples_dir / name).read_bytes()


# --- embedded: InMemoryBroker, the engine in this process -----------------------------------------


@pytest.fixture(scope="module")
def engine_host(model_dir: Path) -> Iterator[EngineHost]:
    """One loaded engine shared by the embedded clients of this module (models load once)."""
    host = EngineHost(model_dir)
    yield host
    host.close()


@pytest.fixture
async def embedded(tmp_path: Path, engine_host: EngineHost) -> AsyncIterator[EngineJobs]:
    settings = RuntimeSettings(redis_url=None, data_dir=tmp_path / "data")
    photos = PhotoStore(settings.data_dir, settings.retention)
    async with EngineJobs.from_settings(settings, photos, host=engine_host) as jobs:
        yield jobs


async def test_embedded_analyze_preview_and_final_files(embedded: EngineJobs, samples_dir: Path) -> None:
    assert embedded.embedded
    key = embedded.photos.put_selfie(USER, selfie(samples_dir, QUICK))

    analysis = await embedded.analyze(key, "uk_passport_online", timeout=30)
    assert analysis.ok, analysis
    ids = {c.id for c in analysis.checks}
    assert {"yaw", "pitch", "blur", "exposure"} <= ids
    assert not analysis.blocking

    preview = await embedded.render(RenderRequest(selfie_key=key, doc_id="uk_passport_online"), timeout=30)
    final = await embedded.render(
        RenderRequest(selfie_key=key, doc_id="uk_passport_online", preview=False), timeout=30
    )
    assert preview.ok and final.ok, (preview, final)
    assert set(preview.files) == {"preview.jpg"}
    assert {"photo.jpg", "report.txt", "report.json"} <= set(final.files)

    preview_job = embedded.render_job_id(RenderRequest(selfie_key=key, doc_id="uk_passport_online"))
    result_dir = embedded.photos.result_dir(preview_job)
    assert Path(preview.files["preview.jpg"]).parent == result_dir
    assert result_dir.is_relative_to(embedded.photos.user_dir(USER))

    with Image.open(preview.files["preview.jpg"]) as image:
        assert image.format == "JPEG"
        assert max(image.size) <= 800  # the document's own photo is 900×1200
        small = np.asarray(image.convert("RGB"), np.float32)
    with Image.open(final.files["photo.jpg"]) as image:
        assert image.size == (900, 1200)
        clean = np.asarray(
            image.convert("RGB").resize(small.shape[1::-1], Image.Resampling.LANCZOS), np.float32
        )
    # the same picture, except for the watermark's light strokes over a few percent of the pixels
    lighter = (small - clean).mean(axis=2)
    assert np.corrcoef(small.ravel(), clean.ravel())[0, 1] > 0.8
    assert (lighter > 10).mean() > 0.02
    assert (lighter < -10).mean() < 0.005


async def test_embedded_print_sheets_and_adjustments(embedded: EngineJobs, samples_dir: Path) -> None:
    key = embedded.photos.put_selfie(USER, selfie(samples_dir, QUICK))
    final = await embedded.render(
        RenderRequest(selfie_key=key, doc_id="us_passport", preview=False, papers=PAPERS), timeout=30
    )
    assert final.ok, final
    assert {"photo.jpg", "sheet_4x6.jpg", "sheet_a4.pdf", "report.txt"} <= set(final.files)
    assert Path(final.files["sheet_a4.pdf"]).read_bytes().startswith(b"%PDF")

    plain = await embedded.render(RenderRequest(selfie_key=key, doc_id="us_passport"), timeout=30)
    bigger = await embedded.render(RenderRequest(selfie_key=key, doc_id="us_passport", zoom=1), timeout=30)
    assert plain.files["preview.jpg"] != bigger.files["preview.jpg"]  # another job, another folder
    assert Path(plain.files["preview.jpg"]).read_bytes() != Path(bigger.files["preview.jpg"]).read_bytes()
    counts = await embedded.counts()
    assert counts["render.done"] == 3
    assert embedded.runtime is not None and embedded.runtime.host.loads == 1  # models loaded once


async def test_event_loop_stays_free_while_the_engine_works(embedded: EngineJobs, samples_dir: Path) -> None:
    """The engine runs on its own thread: a bot's other users keep getting answers meanwhile."""
    key = embedded.photos.put_selfie(USER, selfie(samples_dir, SLOW))
    gaps: list[float] = []

    async def ticker() -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.01)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticking = asyncio.create_task(ticker())
    started = time.perf_counter()
    result = await embedded.render(
        # every print sheet as well: enough work to notice a blocked loop even on a fast machine
        RenderRequest(
            selfie_key=key, doc_id="ru_internal_passport", preview=False, papers=list(get_args(Paper))
        ),
        timeout=30,
    )
    took = time.perf_counter() - started
    ticking.cancel()
    assert result.ok, result
    # A loop blocked by the engine would show one gap about as long as the job itself; a free loop
    # ticks every 10 ms. Half the job is the line (a fast quiet machine finishes it in ~0.6 s).
    assert took > 0.3, f"job took {took:.2f} s: too short to tell a blocked loop"
    assert max(gaps) < min(0.4, took / 2), f"event loop blocked for {max(gaps):.2f} s of {took:.2f} s"


async def test_same_request_runs_once(embedded: EngineJobs, samples_dir: Path) -> None:
    key = embedded.photos.put_selfie(USER, selfie(samples_dir, QUICK))
    again = embedded.photos.put_selfie(USER, selfie(samples_dir, QUICK))
    assert again == key  # the same bytes are the same selfie

    together = await asyncio.gather(*(embedded.analyze(key, "us_passport", timeout=30) for _ in range(3)))
    later = await embedded.analyze(key, "us_passport", timeout=30)
    assert all(result == later for result in together)
    assert (await embedded.counts())["analyze.done"] == 1

    other_doc = await embedded.analyze(key, "de_passport", timeout=30)
    assert other_doc.ok
    assert (await embedded.counts())["analyze.done"] == 2

    request = RenderRequest(selfie_key=key, doc_id="us_passport", papers=["a4", "4x6"], preview=False)
    reordered = request.model_copy(update={"papers": ["4x6", "a4"]})
    assert embedded.render_job_id(request) == embedded.render_job_id(reordered)
    first = await embedded.render(request, timeout=30)
    second = await embedded.render(reordered, timeout=30)
    assert first == second
    assert (await embedded.counts())["render.done"] == 1

    # files swept away behind a stored result: the job runs again instead of serving dead paths
    shutil.rmtree(Path(first.files["photo.jpg"]).parent)
    third = await embedded.render(request, timeout=30)
    assert all(Path(path).is_file() for path in third.files.values())
    assert (await embedded.counts())["render.done"] == 2


async def test_timeout_then_retry_waits_for_the_same_job(embedded: EngineJobs, samples_dir: Path) -> None:
    key = embedded.photos.put_selfie(USER, selfie(samples_dir, SLOW))
    request = RenderRequest(selfie_key=key, doc_id="hk_passport_online", preview=False)
    with pytest.raises(JobTimeout) as caught:
        await embedded.render(request, timeout=0.05)
    assert caught.value.job_id == embedded.render_job_id(request)
    result = await embedded.render(request, timeout=30)
    assert result.ok, result
    counts = await embedded.counts()
    assert counts["render.started"] == counts["render.done"] == 1


async def test_user_errors_come_back_as_codes(embedded: EngineJobs, samples_dir: Path) -> None:
    from engine.decode import decode
    from engine.errors import BadInput

    garbage = b"this is not a picture at all" * 100
    with pytest.raises(BadInput) as refused:
        decode(garbage)
    key = embedded.photos.put_selfie(USER, garbage)
    result = await embedded.analyze(key, "us_passport", timeout=30)
    assert (result.ok, result.error_code) == (False, refused.value.code)

    wall = np.tile(np.linspace(90, 200, 1200, dtype=np.uint8)[:, None, None], (1, 900, 3))
    buffer = io.BytesIO()
    Image.fromarray(wall).save(buffer, "JPEG", quality=92)
    key = embedded.photos.put_selfie(USER, buffer.getvalue())
    result = await embedded.analyze(key, "us_passport", timeout=30)
    assert (result.ok, result.error_code) == (False, "no_face")

    key = embedded.photos.put_selfie(USER, selfie(samples_dir, QUICK))
    result = await embedded.analyze(key, "xx_no_such_document", timeout=30)
    assert (result.ok, result.error_code) == (False, UNKNOWN_DOCUMENT)

    assert embedded.photos.delete_user(USER) >= 3
    result = await embedded.analyze(key, "us_passport", timeout=30)
    assert (result.ok, result.error_code) == (False, SELFIE_MISSING)
    rendered = await embedded.render(RenderRequest(selfie_key=key, doc_id="us_passport"), timeout=30)
    assert (rendered.ok, rendered.error_code) == (False, SELFIE_MISSING)

    with pytest.raises(ValidationError):
        RenderRequest(selfie_key=key, doc_id="us_passport", shift=2)
    with pytest.raises(ValidationError):
        RenderRequest(selfie_key=key, doc_id="us_passport", papers=["a3"])


# --- Redis Streams with `idphoto worker` subprocesses ---------------------------------------------


async def pending(redis: Redis, prefix: str) -> int:
    """Entries read and not acknowledged, over every priority's stream."""
    replies = [await redis.xpending(stream, f"{prefix}:workers") for stream in stream_names(prefix).values()]
    return sum(int(reply["pending"]) for reply in replies)


def redis_settings(url: str, prefix: str, data_dir: Path, reclaim_s: float = 60) -> RuntimeSettings:
    return RuntimeSettings(
        redis_url=url, redis_prefix=prefix, data_dir=data_dir, job_reclaim_idle_s=reclaim_s, result_ttl_s=600
    )


async def test_redis_worker_runs_jobs_once_with_ttl(
    redis_url: str, redis_prefix: str, tmp_path: Path, model_dir: Path, samples_dir: Path
) -> None:
    settings = redis_settings(redis_url, redis_prefix, tmp_path / "data")
    photos = PhotoStore(settings.data_dir, settings.retention)
    redis = Redis.from_url(redis_url)
    worker = None
    try:
        async with EngineJobs.from_settings(settings, photos) as jobs:
            assert not jobs.embedded  # the bot side loads no engine
            worker = WorkerProcess(worker_env(settings, model_dir), tmp_path, "worker")
            await wait_until_ready(jobs, 1, [worker])
            key = photos.put_selfie(USER, selfie(samples_dir, QUICK))

            twice = await asyncio.gather(*(jobs.analyze(key, "us_passport", timeout=30) for _ in range(2)))
            assert twice[0].ok and twice[0] == twice[1], twice
            assert (await jobs.analyze(key, "us_passport", timeout=30)) == twice[0]

            request = RenderRequest(selfie_key=key, doc_id="us_passport", preview=False, papers=PAPERS)
            final = await jobs.render(request, timeout=30)
            assert final.ok, final
            assert {"photo.jpg", "sheet_4x6.jpg", "sheet_a4.pdf"} <= set(final.files)
            assert all(Path(p).is_file() for p in final.files.values())  # written by the worker process
            assert await jobs.render(request, timeout=30) == final

            counts = await jobs.counts()
            assert (counts["analyze.done"], counts["render.done"]) == (1, 1), counts
            assert await pending(redis, redis_prefix) == 0  # every entry acknowledged

            ttl = await redis.ttl(f"{redis_prefix}:result:{jobs.render_job_id(request)}")
            assert 0 < ttl <= 600

            # an identical job already in the stream again (a replay): acknowledged, not re-run
            from taskiq.kicker import AsyncKicker

            await (
                AsyncKicker("idphoto.render", jobs.broker, {})
                .with_task_id(jobs.render_job_id(request))
                .kiq(request=request.model_dump(mode="json"))
            )
            deadline = time.monotonic() + 20
            while (await jobs.counts()).get("render.skipped", 0) < 1:
                assert time.monotonic() < deadline, worker.tail()
                await asyncio.sleep(0.05)
            assert (await jobs.counts())["render.done"] == 1
    finally:
        if worker is not None:
            assert worker.stop() == 0, worker.tail()  # SIGTERM: a clean exit
        await redis.aclose()


async def test_job_times_out_without_a_worker(
    redis_url: str, redis_prefix: str, tmp_path: Path, samples_dir: Path
) -> None:
    settings = redis_settings(redis_url, redis_prefix, tmp_path / "data")
    photos = PhotoStore(settings.data_dir, settings.retention)
    key = photos.put_selfie(USER, selfie(samples_dir, QUICK))
    async with EngineJobs.from_settings(settings, photos) as jobs:
        started = time.monotonic()
        with pytest.raises(JobTimeout):
            await jobs.analyze(key, "us_passport", timeout=0.3)
        assert time.monotonic() - started < 2
        # asking again does not queue a second copy of the job that is still waiting for a worker
        with pytest.raises(JobTimeout):
            await jobs.analyze(key, "us_passport", timeout=0.1)
        redis = Redis.from_url(redis_url)
        try:
            assert await redis.xlen(f"{redis_prefix}:jobs") == 1
        finally:
            await redis.aclose()


async def test_worker_killed_mid_job_is_reclaimed_and_delivered_once(
    redis_url: str, redis_prefix: str, tmp_path: Path, model_dir: Path, samples_dir: Path
) -> None:
    settings = redis_settings(redis_url, redis_prefix, tmp_path / "data", reclaim_s=1.5)
    photos = PhotoStore(settings.data_dir, settings.retention)
    env = worker_env(settings, model_dir)
    redis = Redis.from_url(redis_url)
    workers: list[WorkerProcess] = []
    try:
        async with EngineJobs.from_settings(settings, photos) as jobs:
            workers.append(WorkerProcess(env, tmp_path, "first"))
            await wait_until_ready(jobs, 1, workers)
            key = photos.put_selfie(USER, selfie(samples_dir, SLOW))
            request = RenderRequest(selfie_key=key, doc_id="hk_passport_online", preview=False)
            waiting = asyncio.create_task(jobs.render(request, timeout=60))

            deadline = time.monotonic() + 20
            while (await jobs.counts()).get("render.started", 0) < 1:
                assert time.monotonic() < deadline, workers[0].tail()
                await asyncio.sleep(0.01)
            workers[0].kill()
            counts = await jobs.counts()
            assert counts.get("render.done", 0) == 0, "the job finished before the kill: test proves nothing"
            assert await pending(redis, redis_prefix) == 1  # unacknowledged, owned by the dead worker

            workers.append(WorkerProcess(env, tmp_path, "second"))
            result = await waiting
            assert result.ok, result
            assert all(Path(p).is_file() for p in result.files.values())

            await asyncio.sleep(settings.job_reclaim_idle_s + 1)  # long enough for another reclaim
            counts = await jobs.counts()
            assert counts["render.started"] == 2 and counts["render.done"] == 1, counts
            assert await pending(redis, redis_prefix) == 0
            assert await jobs.render(request, timeout=5) == result  # asking again: the same delivery
            assert (await jobs.counts())["render.done"] == 1
    finally:
        for worker in workers:
            worker.stop()
        await redis.aclose()
