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
    def __init__(
        self, model_dir: Path | None = None, threads: int | None = None, *, promote_s: float = 30.0
    ) -> None:
        self.model_dir = model_dir
        self.threads = threads
        self.gate = PriorityGate(promote_s)
        self._engine: Engine | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="engine")
        self.loads = 0  # how many times models were loaded (1 for the life of the process)
        self._closed = False

    def _get(self) -> Engine:
        """Only ever called on the engine thread, so no lock is needed."""
        if self._engine is None:
            from engine.pipeline import Engine

            self._engine = Engine(self.model_dir, self.threads)
            self.loads += 1
            log.info("engine models loaded")
        return self._engine

    async def run(self, fn: Callable[..., T], *args: object, priority: Priority = Priority.FREE) -> T:
        """`fn(engine, *args)` on the engine thread once the gate lets this `priority` in; the
        caller's loop stays free meanwhile."""
        loop = asyncio.get_running_loop()
        async with self.gate.turn(priority):
            return await loop.run_in_executor(self._executor, lambda: fn(self._get(), *args))

    @property
    def busy(self) -> bool:
        """A job holds the engine (or waits for it)."""
        return self.gate.busy

    async def warm_up(self) -> None:
        await self.run(lambda engine: None)

    def close(self) -> None:
        """Release the models and the thread; safe to call twice."""
        if self._closed:
            return
        self._closed = True

        def close_engine() -> None:
            if self._engine is not None:
                self._engine.close()
                self._engine = None

        # queued behind any running job, then awaited: MediaPipe must be torn down on this thread,
        # never later by the garbage collector on another one (that deadlocks)
        self._executor.submit(close_engine).result()
        self._executor.shutdown(wait=True)
