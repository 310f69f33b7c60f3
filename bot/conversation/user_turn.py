"""A `Turn` for a user outside that user's own update: resuming a paid delivery at start-up, or a
staff command that acts on the user (refund, reprocess, hand back).

It takes the user's per-user lock first (the same one their own updates take), so the staff
action and the user's next tap never interleave, and it speaks the user's language.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiogram import Bot, Dispatcher
from aiogram.types import User

from bot.conversation.turn import Turn


@asynccontextmanager
async def user_turn(bot: Bot, dispatcher: Dispatcher, user_id: int) -> AsyncIterator[Turn]:
    state = dispatcher.fsm.get_context(bot, chat_id=user_id, user_id=user_id)
    async with dispatcher.fsm.events_isolation.lock(state.key):
        i18n = dispatcher["i18n"]
        lang = i18n.pick((await state.get_data()).get("lang"), None)
        yield Turn(
            bot=bot,
            chat_id=user_id,
            user=User(id=user_id, is_bot=False, first_name=""),
            state=state,
            t=i18n.bind(lang),
            catalogue=dispatcher["catalogue"],
            jobs=dispatcher["jobs"],
            photos=dispatcher["photos"],
            settings=dispatcher["settings"],
            payments=dispatcher["payments"],
        )
