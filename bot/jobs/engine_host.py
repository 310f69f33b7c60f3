"""One Engine per process, used from one dedicated thread.

Why a single thread: the engine's model sessions (MediaPipe, onnxruntime) are built for one
caller at a time and already use several cores inside each call, so a worker gains nothing from
running two photos at once on a small box; what matters is that the asyncio loop (Redis, the
bot's updates in embedded mode) never blocks on CPU work. Why lazy: the embedded bot should start
in a blink and pay the ~2 s model load on the first photo; the worker calls `warm_up()` at start.
Why a gate in front of the thread: jobs wait for it in priority order (bot/jobs/admission.py), not
first-come, so a paying user's job is the next one to run.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from bot.jobs.admission import PriorityGate
from bot.jobs.priority import Priority

if TYPE_CHECKING:
    from engine.pipeline import Engine

log = logging.getLogger(__name__)

T = TypeVar("T")


class EngineHost:
    """`concurrency` > 1 (a GPU worker's `--batch`): that many engine threads, each with its own
    Engine (MediaPipe is per thread) over the process's shared ONNX sessions, whose concurrent
    calls are batched (engine/onnx_runtime.py use_batching); the gate then lets that many jobs in."""

    def __init__(
        self,
        model_dir: Path | None = None,
        threads: int | None = None,
        *,
        promote_s: float = 30.0,
        concurrency: int = 1,
    ) -> None:
        self.model_dir = model_dir
        self.threads = threads
        self.concurrency = max(1, concurrency)
        self.gate = PriorityGate(promote_s, capacity=self.concurrency)
        self._local = threading.local()
        self._engines: list[Engine] = []
        self._executor = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="engine")
        self.loads = 0  # how many times models were loaded (once per engine thread for the process)
        self._lock = threading.Lock()
        self._closed = False

    def _get(self) -> Engine:
        """Called on an engine thread only: each thread keeps its own Engine."""
        engine: Engine | None = getattr(self._local, "engine", None)
        if engine is None:
            from engine.pipeline import Engine

            engine = Engine(self.model_dir, self.threads)
            self._local.engine = engine
            with self._lock:
                self._engines.append(engine)
                self.loads += 1
            log.info("engine models loaded")
        return engine

    async def run(self, fn: Callable[..., T], *args: object, priority: Priority = Priority.FREE) -> T:
        """`fn(engine, *args)` on an engine thread once the gate lets this `priority` in; the
        caller's loop stays free meanwhile."""
        loop = asyncio.get_running_loop()
        async with self.gate.turn(priority):
            return await loop.run_in_executor(self._executor, lambda: fn(self._get(), *args))

    @property
    def busy(self) -> bool:
        """A job holds the engine (or waits for it)."""
        return self.gate.busy

    async def warm_up(self) -> None:
        """Load the models on every engine thread (before the first job is read)."""
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, self._on_every_thread, self._get)

    def _on_every_thread(self, fn: Callable[[], object]) -> None:
        """`fn()` once on each engine thread: the tasks wait for each other, so none can take two."""
        barrier = threading.Barrier(self.concurrency)

        def task() -> None:
            fn()
            barrier.wait()

        for future in [self._executor.submit(task) for _ in range(self.concurrency)]:
            future.result()

    def close(self) -> None:
        """Release the models and the threads; safe to call twice."""
        if self._closed:
            return
        self._closed = True

        def close_engine() -> None:
            engine: Engine | None = getattr(self._local, "engine", None)
            if engine is not None:
                engine.close()
                self._local.engine = None

        # queued behind any running job, then awaited: MediaPipe must be torn down on its own
        # thread, never later by the garbage collector on another one (that deadlocks)
        self._on_every_thread(close_engine)
        self._executor.shutdown(wait=True)
