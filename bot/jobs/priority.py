"""Job priorities: who waits when the engine is busy, and for how long at most.

Why: image apps sell speed. With one first-come queue, twenty free previews ahead of a paying
user made that user wait for all twenty. So every job carries a priority (the label `priority`)
and workers always start the best waiting one: the final files of a paid order first, then the
jobs of users with credits or a live subscription, then everyone else.

Why promotion: strict priority can starve. A job waiting `promote_s` seconds counts as one class
better, after twice that two classes better; within a class the older job goes first. So a free
job waits at most about `2 × promote_s` plus the jobs that were already older than it, whatever
keeps arriving above it.
"""

from __future__ import annotations

from enum import IntEnum

LABEL = "priority"  # the taskiq message label that carries it (kicker → broker → task)
QUEUED_AT = "queued_at"  # label: the kicker's time.time(), for the queue-wait histogram


class Priority(IntEnum):
    """Lower is served first (it is also the index of the job's stream in read order)."""

    PAID = 0  # the final files of a paid order (also re-downloads and staff re-renders)
    MEMBER = 1  # users with credits or a live subscription: their previews and checks
    FREE = 2  # everyone else

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: object, default: Priority | None = None) -> Priority:
        """From a message label (taskiq may carry it as a string); unknown → `default` or FREE."""
        try:
            return cls(int(str(value)))
        except (TypeError, ValueError):
            return default if default is not None else cls.FREE


def stream_name(prefix: str, priority: Priority) -> str:
    """The Redis stream of one priority. FREE keeps the name of the single stream of old, so a bot
    of the previous release queueing during a rolling upgrade still reaches the new workers."""
    base = f"{prefix}:jobs"
    return base if priority is Priority.FREE else f"{base}:{priority.label}"


def stream_names(prefix: str) -> dict[Priority, str]:
    """Every priority's stream, in read order (best first)."""
    return {priority: stream_name(prefix, priority) for priority in Priority}


def effective_rank(priority: Priority, age_s: float, promote_s: float) -> int:
    """The class a job competes in after waiting `age_s`: one better per `promote_s` waited."""
    steps = int(age_s // promote_s) if promote_s > 0 else 0
    return max(int(Priority.PAID), int(priority) - steps)


def order_key(priority: Priority, age_s: float, promote_s: float) -> tuple[int, float]:
    """Sort key for waiting jobs: effective class, then the older first. Age and not the original
    class breaks ties: a promoted free job must go before paid jobs newer than itself, or a steady
    flow of paid jobs would still starve it."""
    return (effective_rank(priority, age_s, promote_s), -age_s)
