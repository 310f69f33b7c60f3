"""Injects `lang` (the user's language code) and `t` (a translator bound to it) into handlers.

Registered as an outer middleware on the conversation's root router, so it runs before filters
and error handlers get the user's language too. The saved choice lives in FSM data ("lang");
the choice itself is made by `I18n.pick`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.fsm.context import FSMContext
from aiogram.types import TelegramObject, User

from bot.conversation.texts import I18n
from bot.redis_options import TRANSIENT


class LocaleMiddleware(BaseMiddleware):
    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        i18n: I18n = data["i18n"]
        user: User | None = data.get("event_from_user")
        state: FSMContext | None = data.get("state")
        try:
            saved = (await state.get_data()).get("lang") if state is not None else None
        except TRANSIENT:  # Redis away: an error handler still answers, in the user's app language
            saved = None
        lang = i18n.pick(saved, user.language_code if user is not None else None)
        data["lang"] = lang
        data["t"] = i18n.bind(lang)
        return await handler(event, data)
