"""Operations of real `idphoto worker` and `idphoto bot` processes: /metrics, /healthz and /readyz
read over HTTP on METRICS_PORT, readiness failing when Redis goes away, SIGTERM draining, and
LOG_FORMAT=json logs that carry no personal data.

Each test that stops Redis starts a redis-server of its own (the session's is shared).
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiogram.fsm.storage.memory import MemoryStorage
from prometheus_client.parser import text_string_to_metric_families
from redis.asyncio import Redis

from bot.config import RuntimeSettings
from bot.conversation.texts import I18n
from bot.jobs.client import EngineJobs, JobTimeout
from bot.jobs.priority import stream_names
from bot.jobs.protocol import RenderRequest
from bot.observability.server import PATHS
from bot.photos import PhotoStore
from tests.bot_process import BotProcess, bot_env, webhook_env
from tests.conversation_script import Person, selfie
from tests.fake_telegram import FakeTelegramServer, FakeUser
from tests.local_server import free_port
from tests.redis_server import RedisServer
from tests.worker_process import WorkerProcess, wait_until_ready, worker_env

pytestmark = pytest.mark.e2e  # real processes and servers (some start their own redis-server)

QUICK = "db_008.jpg"
SLOW = "db_004.jpg"  # hk_passport_online final files take ~1.4 s
USER = 5151
SECRET_NAME = "Zebedee"
SECRET_TEXT = "my private words 4711"


@pytest.fixture
def own_redis(tmp_path: Path) -> AsyncIterator[RedisServer]:
    server = RedisServer(tmp_path / "redis").start()
    try:
        yield server  # type: ignore[misc]
    finally:
        server.stop()


async def get(port: int, path: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}{path}") as response:
        return response.status, await response.text()


async def wait_http(
    port: int, path: str, status: int, process: WorkerProcess | BotProcess, timeout: float = 60
) -> str:
    """Poll `path` until it answers `status`; its body."""
    deadline = time.monotonic() + timeout
    last: object = None
    while time.monotonic() < deadline:
        assert process.process.poll() is None, f"process exited:\n{process.tail()}"
        try:
            got, body = await get(port, path)
            if got == status:
                return body
            last = (got, body)
        except aiohttp.ClientError as exc:
            last = exc
        await asyncio.sleep(0.1)
    raise AssertionError(f"{path} never answered {status} (last: {last})\n{process.tail()}")


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a /metrics page: (name, sorted labels) → value."""
    out = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def value(page: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str, **labels: str) -> float:
    return page.get((name, tuple(sorted(labels.items()))), 0.0)


def json_lines(log: Path) -> list[dict[str, object]]:
    lines = [line for line in log.read_text(errors="replace").splitlines() if line.strip()]
    parsed = []
    for line in lines:
        entry = json.loads(line)  # every line is one JSON object
        assert isinstance(entry, dict) and {"time", "level", "logger", "message"} <= set(entry), line
        parsed.append(entry)
    return parsed


def runtime(url: str, prefix: str, data_dir: Path, **extra: object) -> RuntimeSettings:
    return RuntimeSettings(redis_url=url, redis_prefix=prefix, data_dir=data_dir, result_ttl_s=600, **extra)  # type: ignore[arg-type]


# --- the worker ---------------------------------------------------------------------------------


async def test_worker_metrics_health_readiness_and_json_logs(
    own_redis: RedisServer, redis_prefix: str, tmp_path: Path, model_dir: Path, samples_dir: Path
) -> None:
    settings = runtime(own_redis.url, redis_prefix, tmp_path / "data")
    photos = PhotoStore(settings.data_dir, settings.retention)
    port = free_port()
    env = {**worker_env(settings, model_dir), "METRICS_PORT": str(port), "LOG_FORMAT": "json"}
    worker = WorkerProcess(env, tmp_path)
    try:
        async with EngineJobs.from_settings(settings, photos) as jobs:
            assert (await get_or_none(port, "/readyz")) in {None, 503}  # not before the models are loaded
            await wait_until_ready(jobs, 1, [worker])
            body = await wait_http(port, "/readyz", 200, worker)
            assert json.loads(body) == {"ready": True, "checks": {"redis": "ok", "models": "ok"}}
            status, body = await get(port, "/healthz")
            assert status == 200 and json.loads(body)["alive"] is True

            key = photos.put_selfie(USER, selfie(samples_dir, QUICK))
            assert (await jobs.analyze(key, "us_passport", timeout=60)).ok
            final = await jobs.render(
                RenderRequest(selfie_key=key, doc_id="us_passport", preview=False), timeout=60
            )
            assert final.ok, final

            status, text = await get(port, "/metrics")
            assert status == 200
            page = samples(text)
            assert value(page, "idphoto_jobs_started_total", kind="analyze", priority="free") == 1
            assert value(page, "idphoto_jobs_started_total", kind="render", priority="paid") == 1
            assert value(page, "idphoto_jobs_done_total", kind="render", priority="paid", outcome="ok") == 1
            assert value(page, "idphoto_job_duration_seconds_count", kind="render", priority="paid") == 1
            assert value(page, "idphoto_job_duration_seconds_sum", kind="render", priority="paid") > 0
            assert value(page, "idphoto_job_wait_seconds_count", kind="analyze", priority="free") == 1
            for priority in ("paid", "member", "free"):
                assert ("idphoto_queue_depth", (("priority", priority),)) in page
                assert value(page, "idphoto_queue_depth", priority=priority) == 0
                assert value(page, "idphoto_queue_pending", priority=priority) == 0
            assert all(name.startswith("idphoto_") for name, _ in page if not _builtin(name))

            own_redis.stop()  # Redis goes away: not ready, still alive
            body = await wait_http(port, "/readyz", 503, worker, timeout=30)
            checks = json.loads(body)["checks"]
            assert checks["redis"] != "ok" and checks["models"] == "ok", checks
            assert (await get(port, "/healthz"))[0] == 200
    finally:
        assert worker.stop() == 0, worker.tail()
    entries = json_lines(worker.log)
    assert any(e["message"] == "worker started" for e in entries)
    assert any(e["message"] == "worker stopped" for e in entries)


async def get_or_none(port: int, path: str) -> int | None:
    try:
        return (await get(port, path))[0]
    except aiohttp.ClientError:
        return None


def _builtin(name: str) -> bool:
    """prometheus-client's own process and Python collectors."""
    return name.startswith(("process_", "python_"))


# --- SIGTERM --------------------------------------------------------------------------------------


async def test_sigterm_lets_the_running_job_finish_then_the_worker_exits(
    redis_url: str, redis_prefix: str, tmp_path: Path, model_dir: Path, samples_dir: Path
) -> None:
    settings = runtime(redis_url, redis_prefix, tmp_path / "data")
    photos = PhotoStore(settings.data_dir, settings.retention)
    worker = WorkerProcess(worker_env(settings, model_dir), tmp_path)
    redis = Redis.from_url(redis_url)
    try:
        async with EngineJobs.from_settings(settings, photos) as jobs:
            await wait_until_ready(jobs, 1, [worker])
            key = photos.put_selfie(USER, selfie(samples_dir, SLOW))
            request = RenderRequest(selfie_key=key, doc_id="hk_passport_online", preview=False)
            waiting = asyncio.create_task(jobs.render(request, timeout=60))
            await until(lambda c: c.get("render.started", 0) >= 1, jobs, worker)
            assert (await jobs.counts()).get("render.done", 0) == 0, "finished before SIGTERM: proves nothing"
            stopped = time.monotonic()
            assert await asyncio.to_thread(worker.stop) == 0, worker.tail()
            assert time.monotonic() - stopped < 20
            result = await waiting  # the job was finished, its result saved and acknowledged
            assert result.ok and (await jobs.counts())["render.done"] == 1
            assert await pending(redis, redis_prefix) == 0
    finally:
        worker.stop()
        await redis.aclose()


async def test_sigterm_past_the_grace_leaves_the_job_to_another_worker(
    redis_url: str, redis_prefix: str, tmp_path: Path, model_dir: Path, samples_dir: Path
) -> None:
    settings = runtime(redis_url, redis_prefix, tmp_path / "data", job_reclaim_idle_s=1.0)
    photos = PhotoStore(settings.data_dir, settings.retention)
    env = worker_env(settings, model_dir)
    first = WorkerProcess({**env, "SHUTDOWN_GRACE_S": "0.05"}, tmp_path, "first")
    second: WorkerProcess | None = None
    redis = Redis.from_url(redis_url)
    try:
        async with EngineJobs.from_settings(settings, photos) as jobs:
            await wait_until_ready(jobs, 1, [first])
            key = photos.put_selfie(USER, selfie(samples_dir, SLOW))
            request = RenderRequest(selfie_key=key, doc_id="hk_passport_online", preview=False)
            waiting = asyncio.create_task(jobs.render(request, timeout=90))
            await until(lambda c: c.get("render.started", 0) >= 1, jobs, first)
            stopped = time.monotonic()
            assert await asyncio.to_thread(first.stop) == 0, first.tail()
            assert time.monotonic() - stopped < 5, "the worker waited for the job past its grace"
            assert (await jobs.counts()).get("render.done", 0) == 0
            assert await pending(redis, redis_prefix) == 1  # unacknowledged: reclaimable
            second = WorkerProcess(env, tmp_path, "second")
            result = await waiting  # the second worker reclaims and finishes it
            assert result.ok, result
            assert (await jobs.counts())["render.done"] == 1
    finally:
        for worker in (first, second):
            if worker is not None:
                worker.stop()
        await redis.aclose()


async def until(condition: object, jobs: EngineJobs, worker: WorkerProcess, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition(await jobs.counts()):  # type: ignore[operator]
        assert worker.process.poll() is None and time.monotonic() < deadline, worker.tail()
        await asyncio.sleep(0.01)


async def pending(redis: Redis, prefix: str) -> int:
    replies = [await redis.xpending(s, f"{prefix}:workers") for s in stream_names(prefix).values()]
    return sum(int(reply["pending"]) for reply in replies)


# --- the bot ------------------------------------------------------------------------------------


class Stage:
    def __init__(self, server: FakeTelegramServer) -> None:
        self.server = server
        self.i18n = I18n()
        self.storage = MemoryStorage()  # the bot's own state lives in its process; unused here


async def test_bot_metrics_health_readiness_and_json_logs_without_personal_data(
    own_redis: RedisServer, redis_prefix: str, tmp_path: Path, model_dir: Path, samples_dir: Path
) -> None:
    settings = runtime(own_redis.url, redis_prefix, tmp_path / "data")
    port = free_port()
    async with FakeTelegramServer() as server:
        env = bot_env(worker_env(settings, model_dir), server, METRICS_PORT=str(port), LOG_FORMAT="json")
        bot = BotProcess(env, tmp_path)
        try:
            await bot.wait_ready(server)
            body = await wait_http(port, "/readyz", 200, bot)
            assert json.loads(body) == {"ready": True, "checks": {"database": "ok", "redis": "ok"}}

            person = Person(Stage(server), 777)
            person.user = FakeUser(server, 777, first_name=SECRET_NAME, last_name=SECRET_NAME)
            server.fail_next("sendMessage", error_code=429, retry_after=1, chat_id=person.user.chat_id)
            await person.start_and_agree()  # the welcome meets flood control once, then goes out
            await person.expect("sendMessage", "document-prompt")
            await person.user.send_text(SECRET_TEXT)  # a document search
            await person.expect("sendMessage")

            # a job queued while no worker runs: the bot's gauges see it wait
            photos = PhotoStore(settings.data_dir, settings.retention)
            async with EngineJobs.from_settings(settings, photos) as jobs:
                key = photos.put_selfie(USER, selfie(samples_dir, QUICK))
                with pytest.raises(JobTimeout):
                    await jobs.analyze(key, "us_passport", timeout=0.2)
            await asyncio.sleep(0.2)

            status, text = await get(port, "/metrics")
            assert status == 200
            page = samples(text)
            assert value(page, "idphoto_updates_total", type="message", outcome="handled") >= 2
            assert value(page, "idphoto_updates_total", type="callback_query", outcome="handled") >= 1
            assert value(page, "idphoto_handler_seconds_count", type="message") >= 2
            assert value(page, "idphoto_telegram_retry_after_total", method="SendMessage") == 1
            assert value(page, "idphoto_telegram_retry_after_seconds_total", method="SendMessage") == 1
            assert (
                value(page, "idphoto_telegram_errors_total", method="SendMessage", error="TelegramRetryAfter")
                == 1
            )
            assert value(page, "idphoto_queue_depth", priority="free") == 1
            assert value(page, "idphoto_queue_oldest_age_seconds", priority="free") > 0
            assert value(page, "idphoto_queue_depth", priority="paid") == 0

            own_redis.stop()
            body = await wait_http(port, "/readyz", 503, bot, timeout=30)
            checks = json.loads(body)["checks"]
            assert checks["redis"] != "ok" and checks["database"] == "ok", checks
            assert (await get(port, "/healthz"))[0] == 200
        finally:
            bot.stop()
    entries = json_lines(bot.log)
    assert any("handled" in str(e["message"]) for e in entries)
    raw = bot.log.read_text()
    assert SECRET_NAME not in raw and SECRET_TEXT not in raw and "4711" not in raw


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_sigterm_the_bot_finishes_the_running_update_then_exits(
    mode: str, tmp_path: Path, model_dir: Path, samples_dir: Path
) -> None:
    """Embedded bot: the selfie's checks (models load on this first photo: seconds) are running
    when SIGTERM arrives; the user still gets the result, then the process exits 0."""
    secret = "drain_Secret-1"
    hook = webhook_env(free_port(), secret) if mode == "webhook" else {}
    async with FakeTelegramServer() as server:
        plain = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "BOT_TOKEN", "DATA_DIR"}}
        plain.update(DATA_DIR=str(tmp_path / "data"), IDPHOTO_MODEL_DIR=str(model_dir), PYTHONUNBUFFERED="1")
        bot = BotProcess({**bot_env(plain, server), **hook}, tmp_path, webhook=bool(hook))
        try:
            await bot.wait_ready(server)
            if hook:
                server.webhook_mode(str(bot.webhook_url), secret)
            person = Person(Stage(server), 778)
            await person.start_and_agree()
            await person.expect("sendMessage", "document-prompt")
            await person.search("US passport", "us_passport")
            await person.guide("us_passport")
            await person.user.send_photo(selfie(samples_dir))
            status = await person.expect("sendMessage", "checks-running", document="US passport")
            sent = time.monotonic()
            stopping = asyncio.create_task(asyncio.to_thread(bot.stop))
            result = await person.expect("editMessageText", "checks-passed")
            assert result.message_id == status.message_id
            assert await stopping == 0, bot.tail()
            assert time.monotonic() - sent < 25
        finally:
            bot.stop()
    assert "updates still running" not in bot.log.read_text()


def test_the_health_paths_are_the_documented_ones() -> None:
    assert PATHS == ("/metrics", "/healthz", "/readyz")


def test_worker_refuses_cuda_without_the_cuda_provider(
    redis_url: str, tmp_path: Path, model_dir: Path
) -> None:
    """`--device cuda` on a machine without onnxruntime's CUDA provider stops at start, saying how
    to fix it, instead of quietly running on the CPU."""
    import subprocess
    import sys

    import onnxruntime as ort  # type: ignore[import-untyped]

    if "CUDAExecutionProvider" in ort.get_available_providers():
        pytest.skip("this machine has the CUDA provider")
    script = Path(sys.executable).with_name("idphoto")
    env = {
        **os.environ,
        "REDIS_URL": redis_url,
        "DATA_DIR": str(tmp_path),
        "IDPHOTO_MODEL_DIR": str(model_dir),
    }
    done = subprocess.run(
        [str(script), "worker", "--device", "cuda"], env=env, cwd=tmp_path, capture_output=True, timeout=60
    )
    assert done.returncode == 1, done
    assert b"--device cuda" in done.stderr and b".[gpu]" in done.stderr


async def test_a_batch_two_worker_runs_two_jobs_at_once_with_the_same_answers(
    redis_url: str, redis_prefix: str, tmp_path: Path, model_dir: Path, samples_dir: Path
) -> None:
    """`idphoto worker --batch 2`: two engine threads over shared, batching sessions; the checks of
    four selfies come back as a one-at-a-time engine gives them (the embedded engine here)."""
    settings = runtime(redis_url, redis_prefix, tmp_path / "data")
    photos = PhotoStore(settings.data_dir, settings.retention)
    worker = WorkerProcess({**worker_env(settings, model_dir), "ENGINE_BATCH": "2"}, tmp_path)
    names = ["sample_009.jpg", "sample_001.jpg", "db_008.jpg", "sample_005.jpg"]
    try:
        async with EngineJobs.from_settings(settings, photos) as jobs:
            await wait_until_ready(jobs, 1, [worker])
            keys = [photos.put_selfie(USER + i, selfie(samples_dir, name)) for i, name in enumerate(names)]
            batched = await asyncio.gather(*(jobs.analyze(k, "us_passport", timeout=90) for k in keys))
        embedded_settings = RuntimeSettings(redis_url=None, data_dir=tmp_path / "embedded")
        local = PhotoStore(embedded_settings.data_dir, embedded_settings.retention)
        async with EngineJobs.from_settings(embedded_settings, local) as embedded:
            for name, got in zip(names, batched, strict=True):
                key = local.put_selfie(USER, selfie(samples_dir, name))
                alone = await embedded.analyze(key, "us_passport", timeout=90)
                assert got.ok and alone.ok, (name, got.error_code, alone.error_code)
                assert [(c.id, c.status) for c in got.checks] == [(c.id, c.status) for c in alone.checks], (
                    name
                )
    finally:
        assert worker.stop() == 0, worker.tail()
    assert worker.log.read_text().count("engine models loaded") == 2  # one engine per thread
