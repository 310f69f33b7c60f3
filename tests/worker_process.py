"""`idphoto worker` as a subprocess for tests: started from settings like in production, killable.

Shared by the job tests and the conversation tests (two bot processes + one worker, a worker
killed mid-job). Readiness is the `worker.ready` counter the worker writes once its models are
loaded, read through `EngineJobs.counts()` of a client on the same Redis prefix.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bot.config import RuntimeSettings
from bot.jobs.client import EngineJobs

READY_TIMEOUT_S = 60.0


def terminate(process: subprocess.Popen[bytes], timeout: float = 20) -> int:
    """SIGTERM, as a deployment does, then SIGKILL if it does not exit in `timeout` s; the exit code."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


class WorkerProcess:
    def __init__(self, env: dict[str, str], folder: Path, name: str = "worker") -> None:
        script = Path(sys.executable).with_name("idphoto")
        command = [str(script)] if script.exists() else [sys.executable, "-m", "idphoto"]
        self.log = folder / f"{name}.log"
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                [*command, "-v", "worker"], env=env, cwd=folder, stdout=out, stderr=subprocess.STDOUT
            )

    def kill(self) -> None:
        """SIGKILL: no cleanup, no acknowledgement, exactly like a crash or an OOM kill."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> int:
        """SIGTERM (the running job finishes first); returns the exit code."""
        return terminate(self.process)

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]


def worker_env(settings: RuntimeSettings, model_dir: Path) -> dict[str, str]:
    """The environment a worker needs to share Redis and the data folder with `settings`."""
    env = {k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "REDIS_URL", "DATA_DIR"}}
    env.update(
        REDIS_URL=str(settings.redis_url),
        REDIS_PREFIX=settings.redis_prefix,
        DATA_DIR=str(settings.data_dir),
        IDPHOTO_MODEL_DIR=str(model_dir),
        JOB_RECLAIM_IDLE_S=str(settings.job_reclaim_idle_s),
        PYTHONUNBUFFERED="1",
    )
    if settings.result_ttl_s is not None:
        env["RESULT_TTL_S"] = str(settings.result_ttl_s)
    return env


async def wait_until_ready(jobs: EngineJobs, count: int, workers: list[WorkerProcess]) -> None:
    """`count` workers in all (on this Redis prefix) have loaded their models and read jobs."""
    deadline = time.monotonic() + READY_TIMEOUT_S
    while (await jobs.counts()).get("worker.ready", 0) < count:
        for worker in workers:
            assert worker.process.poll() is None, f"worker exited:\n{worker.tail()}"
        assert time.monotonic() < deadline, "worker did not start:\n" + "\n".join(w.tail() for w in workers)
        await asyncio.sleep(0.05)
