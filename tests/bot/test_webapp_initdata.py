"""initData verification (bot/webapp/initdata.py): Telegram's HMAC with this bot's token, and an
age limit, on data signed here exactly as Telegram signs it (tests/webapp_stage.py)."""

from __future__ import annotations

import time

import pytest

from bot.webapp import initdata
from tests.webapp_stage import init_data

TOKEN = "123456:TEST-token"


def test_initdata_signed_for_this_bot_and_fresh_is_accepted() -> None:
    data = initdata.verify(TOKEN, init_data(TOKEN, 4242, language_code="de"), max_age_s=60)
    assert data.user is not None and (data.user.id, data.user.language_code) == (4242, "de")


@pytest.mark.parametrize(
    ("forge", "reason"),
    [
        (lambda: init_data("999:other-bot", 4242), "signature"),  # signed with another bot's token
        (lambda: init_data(TOKEN, 4242).replace("4242", "4243"), "signature"),  # user id changed
        (lambda: init_data(TOKEN, 4242) + "&extra=1", "signature"),  # a field added after signing
        (lambda: init_data(TOKEN, 4242, auth_date=time.time() - 61), "expired"),
        (lambda: init_data(TOKEN, 4242, auth_date=time.time() + 600), "future"),
        (lambda: "", "missing"),
        (lambda: "user=%7B%7D&hash=00", "signature"),
    ],
)
def test_initdata_forged_or_stale_is_refused(forge, reason: str) -> None:
    with pytest.raises(initdata.Refused) as refused:
        initdata.verify(TOKEN, forge(), max_age_s=60)
    assert refused.value.reason == reason
