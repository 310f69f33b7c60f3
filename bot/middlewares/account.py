"""Opens the user's account (a database row) on every private update; injects `account_new`.

Why here and not in /start: an account must exist before any money moves (a payment can arrive
for a user whose first message was a photo), and "new user" must mean "first time we ever saw
this id", which only the first update can tell. The service remembers ids it has seen, so this
costs one INSERT … ON CONFLICT DO NOTHING per user per process, not one per update. A user whom
staff banned (/ban in the support desk) is dropped here, before any handler.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, User

from payments.service import PaymentService


class AccountMiddleware(BaseMiddleware):
    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        payments: PaymentService | None = data.get("payments")
        data["account_new"] = False
        if user is not None and not user.is_bot and payments is not None:
            data["account_new"] = await payments.open_account(user.id)
            if await payments.is_banned(user.id):
                return None  # banned by staff (/ban): the bot does not answer at all
        return await handler(event, data)
