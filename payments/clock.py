"""One notion of "now" for the money code: aware UTC datetimes, to the second.

sqlmodel's UTCDateTime columns store them as UTC on both backends (PostgreSQL `timestamptz`,
SQLite text without offset) and hand them back aware. Why a function: the service takes a clock,
so tests can move time (subscription credits expiring, invoices running out).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def from_unix(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def to_unix(moment: datetime) -> int:
    return int(moment.timestamp())
