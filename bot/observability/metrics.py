"""Every metric the bot and the worker export, in one place, all named `idphoto_…`.

Why module-level objects: prometheus-client's default registry is per process, which is exactly
the scope of a bot replica or a worker; Prometheus adds the instance label when it scrapes.
Labels are small closed sets (update types, job kinds, priorities, outcomes, Bot API method
names, error classes): never user ids or anything personal.
"""

from __future__ import annotations

from typing import Protocol

from prometheus_client import Counter, Gauge, Histogram


class _PaymentOutcome(Protocol):  # payments.service.PaymentOutcome, without importing payments
    @property
    def new(self) -> bool: ...
    @property
    def refund_needed(self) -> str | None: ...


# seconds: an update handled in milliseconds … an engine job of a minute
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
JOB_BUCKETS = (0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120)

UPDATES = Counter("idphoto_updates", "Telegram updates handled", ["type", "outcome"])
HANDLER_SECONDS = Histogram(
    "idphoto_handler_seconds", "Time to handle one update", ["type"], buckets=LATENCY_BUCKETS
)

JOBS_QUEUED = Counter("idphoto_jobs_queued", "Engine jobs queued by this process", ["kind", "priority"])
JOBS_STARTED = Counter("idphoto_jobs_started", "Engine jobs started by this process", ["kind", "priority"])
JOBS_DONE = Counter(
    "idphoto_jobs_done",
    "Engine jobs finished with an answer (outcome ok, or refused: a user-side reason like no face)",
    ["kind", "priority", "outcome"],
)
JOBS_FAILED = Counter(
    "idphoto_jobs_failed", "Engine jobs that crashed (internal errors; not cached)", ["kind", "priority"]
)
JOB_SECONDS = Histogram(
    "idphoto_job_duration_seconds", "Engine time of one job", ["kind", "priority"], buckets=JOB_BUCKETS
)
JOB_WAIT_SECONDS = Histogram(
    "idphoto_job_wait_seconds", "Queued → started, per job", ["kind", "priority"], buckets=JOB_BUCKETS
)
QUEUE_DEPTH = Gauge("idphoto_queue_depth", "Jobs waiting for a worker", ["priority"])
QUEUE_OLDEST = Gauge(
    "idphoto_queue_oldest_age_seconds", "Age of the oldest job waiting (0 when none waits)", ["priority"]
)
QUEUE_PENDING = Gauge(
    "idphoto_queue_pending",
    "Jobs read by a worker and not acknowledged (running or reclaimable)",
    ["priority"],
)
AUDIT_FAILURES = Counter(
    "idphoto_audit_failures", "Renders refused by the engine's cut-out audit", ["kind", "priority"]
)

PAYMENTS = Counter(
    "idphoto_payments",
    "Stars payments seen: recorded, returned (matches no order / pays one twice) or replayed; "
    "source update or sync (found in the Stars transactions)",
    ["outcome", "source"],
)
REFUNDS = Counter(
    "idphoto_refunds",
    "Refunds: kind order, double or unmatched; outcome refunded, replayed, failed",
    ["kind", "outcome"],
)
DELIVERIES = Counter(
    "idphoto_deliveries",
    "Paid delivery attempts: delivered, retried (passing failure), refused (engine), out_of_spec, blocked",
    ["outcome"],
)

TELEGRAM_ERRORS = Counter("idphoto_telegram_errors", "Bot API calls that failed", ["method", "error"])
TELEGRAM_RETRY_AFTER = Counter(
    "idphoto_telegram_retry_after", "Bot API flood-control answers (429 retry_after)", ["method"]
)
TELEGRAM_RETRY_AFTER_SECONDS = Counter(
    "idphoto_telegram_retry_after_seconds", "Seconds Telegram asked us to wait, summed", ["method"]
)

READY = Gauge("idphoto_ready", "1 when the readiness check passed at the last /readyz or scrape", ["check"])


def payment_outcome(outcome: _PaymentOutcome) -> str:
    if not outcome.new:
        return "replayed"
    return "returned" if outcome.refund_needed else "recorded"
