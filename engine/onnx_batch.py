"""`MicroBatcher`: concurrent calls to one ONNX session run as one batch.

Why: on a GPU one call with 8 or 32 inputs costs little more than one with a single input, so a
worker running several jobs at once gains most when their model calls meet. Callers on different
threads call `run()` as on an InferenceSession; the first caller of a round waits up to `window_s`
for others (or until `max_batch` are there), then one of them runs the whole batch and everybody
gets their own slice. Only inputs of identical shapes go together (one batch per shape), so a
result is exactly what the model gives for that input alone, up to floating-point summation
order. Sessions whose first input axis is fixed (most of our exports are batch 1) are not wrapped.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np


def batch_axis_dynamic(session: Any) -> bool:
    """Every input's first dimension is symbolic (e.g. 'batch') or unset."""
    inputs = session.get_inputs()
    return bool(inputs) and all(not isinstance(i.shape[0], int) for i in inputs if i.shape)


@dataclass
class _Call:
    feeds: dict[str, np.ndarray]
    done: threading.Event = field(default_factory=threading.Event)
    result: list[np.ndarray] | None = None
    error: BaseException | None = None


class MicroBatcher:
    def __init__(self, session: Any, max_batch: int, window_s: float) -> None:
        self.session = session
        self.max_batch = max_batch
        self.window_s = window_s
        self._lock = threading.Condition()
        self._waiting: dict[tuple[Any, ...], list[_Call]] = {}
        self.batches: list[int] = []  # sizes of the batches run (bench and tests read it)

    def __getattr__(self, name: str) -> Any:  # get_inputs(), get_outputs(), get_providers(), ...
        return getattr(self.session, name)

    def run(
        self, output_names: list[str] | None, feeds: dict[str, np.ndarray], *args: Any
    ) -> list[np.ndarray]:
        if output_names is not None or args or any(v.shape[:1] != (1,) for v in feeds.values()):
            return list(self.session.run(output_names, feeds, *args))  # not a single-item call: as is
        key = tuple(sorted((name, value.shape, value.dtype.str) for name, value in feeds.items()))
        call = _Call(feeds)
        with self._lock:
            group = self._waiting.setdefault(key, [])
            group.append(call)
            leader = len(group) == 1
            if len(group) >= self.max_batch:
                self._lock.notify_all()
        if leader:
            self._lead(key)
        call.done.wait()
        if call.error is not None:
            raise call.error
        assert call.result is not None
        return call.result

    def _lead(self, key: tuple[Any, ...]) -> None:
        with self._lock:
            self._lock.wait_for(lambda: len(self._waiting[key]) >= self.max_batch, timeout=self.window_s)
            calls = self._waiting.pop(key)
        for start in range(0, len(calls), self.max_batch):  # more than max_batch came at once: in turn
            self._run(calls[start : start + self.max_batch])

    def _run(self, calls: list[_Call]) -> None:
        try:
            names = list(calls[0].feeds)
            stacked = {name: np.concatenate([c.feeds[name] for c in calls]) for name in names}
            outputs = self.session.run(None, stacked)
            self.batches.append(len(calls))
            for index, call in enumerate(calls):
                call.result = [out[index : index + 1] for out in outputs]
        except BaseException as exc:
            for call in calls:
                call.error = exc
        finally:
            for call in calls:
                call.done.set()
