"""Injects `turn` (bot/conversation/turn.py) into handlers; runs after the locale middleware."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import Chat, TelegramObject, User

from bot.conversation.turn import Turn


class TurnMiddleware(BaseMiddleware):
    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        chat: Chat | None = data.get("event_chat")
        if user is not None and "state" in data:
            data["turn"] = Turn(
                bot=data["bot"],
                chat_id=chat.id if chat is not None else user.id,
                user=user,
                state=data["state"],
                t=data["t"],
                catalogue=data["catalogue"],
                jobs=data["jobs"],
                photos=data["photos"],
                settings=data["settings"],
                payments=data["payments"],
            )
        return await handler(event, data)
