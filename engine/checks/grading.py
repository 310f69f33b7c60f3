"""One way to turn a measurement into pass / warn / fail, shared by every check.

Thresholds are data the check passes in; `blocking=False` (from the spec's policy) turns what
would be a failure into a warning, so the user may continue.
"""

from __future__ import annotations

from collections.abc import Callable

from engine.context import CheckResult, Status


def graded(
    check_id: str,
    title: str,
    value: float | None,
    *,
    warn: float,
    fail: float,
    allowed: str,
    tip: str,
    unit: str = "",
    higher_is_worse: bool = True,
    blocking: bool = True,
    digits: int = 2,
) -> CheckResult:
    if value is None:
        status = Status.passed
    else:
        worse: Callable[[float], bool]
        worse = (lambda limit: value > limit) if higher_is_worse else (lambda limit: value < limit)
        status = Status.fail if worse(fail) else Status.warn if worse(warn) else Status.passed
        if status is Status.fail and not blocking:
            status = Status.warn
    return CheckResult(
        id=check_id,
        title=title,
        status=status,
        measured=None if value is None else round(float(value), digits),
        allowed=allowed,
        tip=tip,
        unit=unit,
    )
