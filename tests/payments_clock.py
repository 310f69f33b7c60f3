"""What the payments tests share: the invoice secret, a fixed start time, and a clock the test
moves by hand (PaymentService takes `clock=`), so expiries and daily caps are tested without
sleeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

SECRET = b"test payload secret"
START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)
