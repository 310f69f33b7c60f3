"""Who is uploading: Telegram's signed initData, verified with the bot token and its age.

Why both checks: the HMAC (aiogram's `safe_parse_webapp_init_data`, Telegram's algorithm) proves
Telegram produced the data for this bot, but initData is a bearer token the page holds for as
long as it is open, so one copied from a log or a screenshot must stop working after a while.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from aiogram.utils.web_app import WebAppInitData, safe_parse_webapp_init_data

CLOCK_SKEW_S = 60.0  # auth_date this far in the future is still accepted (clocks differ a little)


@dataclass(frozen=True)
class Refused(Exception):
    """initData that does not let anybody in; `reason` is for the log and the page, never a secret."""

    reason: str


def verify(token: str, init_data: str, max_age_s: float, now: float | None = None) -> WebAppInitData:
    """The parsed initData when Telegram signed it for this bot's token less than `max_age_s`
    ago and it names a user; `Refused` otherwise."""
    if not init_data:
        raise Refused("missing")
    try:
        data = safe_parse_webapp_init_data(token, init_data)
    except (ValueError, TypeError):  # a wrong hash, or a field pydantic refuses
        raise Refused("signature") from None
    now = time.time() if now is None else now
    age = now - data.auth_date.timestamp()
    if age > max_age_s:
        raise Refused("expired")
    if age < -CLOCK_SKEW_S:
        raise Refused("future")
    if data.user is None or data.user.id <= 0:
        raise Refused("no user")
    return data
