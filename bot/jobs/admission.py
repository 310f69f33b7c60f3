"""`PriorityGate`: one job on the engine thread at a time, the best waiting one next.

Why: in embedded mode (no Redis) taskiq's in-memory broker starts every kicked job at once as an
asyncio task, and they used to line up first-come on the engine's one thread. The gate sits in
front of that thread (EngineHost.run) and, whenever the engine frees up, lets in the waiter with
the best `order_key` (priority, promoted by age; bot/jobs/priority.py), the same rule the Redis
workers apply to their streams. It also knows what waits, for the queue metrics.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from bot.jobs.priority import Priority, order_key


@dataclass
class _Waiter:
    priority: Priority
    since: float
    seq: int
    admitted: asyncio.Future[None] = field(repr=False)


class PriorityGate:
    def __init__(
        self, promote_s: float, clock: Callable[[], float] = time.monotonic, capacity: int = 1
    ) -> None:
        self.promote_s = promote_s
        self.clock = clock
        self.capacity = capacity  # jobs on the engine at once (engine threads)
        self._running = 0
        self._waiting: list[_Waiter] = []
        self._seq = itertools.count()

    @asynccontextmanager
    async def turn(self, priority: Priority) -> AsyncIterator[float]:
        """Hold the engine for one job; yields how long this job waited for it (seconds)."""
        since = self.clock()
        if self._running >= self.capacity or self._waiting:
            waiter = _Waiter(priority, since, next(self._seq), asyncio.get_running_loop().create_future())
            self._waiting.append(waiter)
            try:
                await waiter.admitted
            except BaseException:
                if waiter in self._waiting:
                    self._waiting.remove(waiter)
                elif waiter.admitted.done() and not waiter.admitted.cancelled():
                    self._release()  # admitted and cancelled in the same breath: pass the turn on
                raise
        else:
            self._running += 1
        try:
            yield self.clock() - since
        finally:
            self._release()

    def _release(self) -> None:
        self._running -= 1
        self._waiting = [w for w in self._waiting if not w.admitted.done()]  # cancelled meanwhile
        if not self._waiting:
            return
        now = self.clock()
        best = min(
            self._waiting, key=lambda w: (*order_key(w.priority, now - w.since, self.promote_s), w.seq)
        )
        self._waiting.remove(best)
        self._running += 1  # the turn passes straight to the admitted waiter
        best.admitted.set_result(None)

    @property
    def busy(self) -> bool:
        return self._running > 0 or bool(self._waiting)

    def waiting(self) -> dict[Priority, tuple[int, float | None]]:
        """Per priority: how many jobs wait and the age of the oldest (None when none waits)."""
        now = self.clock()
        out: dict[Priority, tuple[int, float | None]] = {}
        for priority in Priority:
            ages = [now - w.since for w in self._waiting if w.priority is priority]
            out[priority] = (len(ages), max(ages) if ages else None)
        return out
