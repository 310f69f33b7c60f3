"""How every Redis client of the bot and the worker connects: reconnect with backoff, check idle
connections before use.

Why: a Redis restart (a deploy, a failover, an OOM kill) drops every open connection. redis-py's
defaults give up after a few quick retries, so for the seconds Redis is away every update, job
kick and stream read failed, and taskiq's stream listener died for good. With these options a
command retries on connection and timeout errors with jittered exponential backoff for about
RETRY_BUDGET_S, which covers a restart; a connection idle longer than HEALTH_CHECK_S is pinged
before use, so a dead one is replaced instead of failing the first command after a quiet spell.
Longer outages still raise: the callers decide (bot/handlers/errors.py retries the update, the
delivery supervisor retries the order, the worker's listener waits and reads again).
"""

from __future__ import annotations

from typing import Any

from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import BusyLoadingError, ConnectionError, TimeoutError

RETRIES = 12  # with the backoff below: about RETRY_BUDGET_S of trying before an error is raised
BACKOFF_BASE_S = 0.05
BACKOFF_CAP_S = 1.5
RETRY_BUDGET_S = 12.0
HEALTH_CHECK_S = 10  # ping a connection idle longer than this before using it
TRANSIENT = (ConnectionError, TimeoutError, BusyLoadingError)  # Redis away or still loading its AOF


def connection_options() -> dict[str, Any]:
    """Keyword arguments for `Redis.from_url`, a connection pool, or taskiq-redis's brokers and
    result backend (they pass them to their pool). A fresh Retry each call: pools never share one."""
    return {
        "retry": Retry(ExponentialWithJitterBackoff(cap=BACKOFF_CAP_S, base=BACKOFF_BASE_S), RETRIES),
        "retry_on_error": list(TRANSIENT),
        "health_check_interval": HEALTH_CHECK_S,
        "socket_keepalive": True,
    }
