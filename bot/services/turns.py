"""A `Turn` for a user outside that user's own update, in the user's saved language (else English).

`of`: without the per-user update lock, for a delivery running as its own task or a notice (a
delivery may take minutes and must not make the user's own taps wait). `locked`: under the same
lock the user's updates take, for staff commands that act on the user (refund, reprocess, hand
back), so the staff action and the user's next tap never interleave.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from aiogram import Bot
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage, StorageKey
from aiogram.types import User

from bot.config import Settings
from bot.conversation.texts import I18n
from bot.conversation.turn import Turn
from bot.jobs.client import EngineJobs
from bot.photos import PhotoStore
from payments.service import PaymentService
from specs import Catalogue


@dataclass(frozen=True)
class Turns:
    storage: BaseStorage
    i18n: I18n
    catalogue: Catalogue
    jobs: EngineJobs
    photos: PhotoStore
    settings: Settings
    payments: PaymentService
    isolation: BaseEventIsolation

    def key(self, bot: Bot, user_id: int) -> StorageKey:
        """The user's FSM key in their private chat (chat id = user id), as their updates use it."""
        return StorageKey(bot_id=bot.id, chat_id=user_id, user_id=user_id)

    @asynccontextmanager
    async def locked(self, bot: Bot, user_id: int, language_code: str | None = None) -> AsyncIterator[Turn]:
        async with self.isolation.lock(self.key(bot, user_id)):
            yield await self.of(bot, user_id, language_code)

    async def of(self, bot: Bot, user_id: int, language_code: str | None = None) -> Turn:
        """`language_code`: Telegram's, when known (a Mini App's initData), for a user who never
        chose a language, exactly as the locale middleware picks it for their updates."""
        state = FSMContext(self.storage, self.key(bot, user_id))
        lang = self.i18n.pick((await state.get_data()).get("lang"), language_code)
        return Turn(
            bot=bot,
            chat_id=user_id,
            user=User(id=user_id, is_bot=False, first_name=""),
            state=state,
            t=self.i18n.bind(lang),
            catalogue=self.catalogue,
            jobs=self.jobs,
            photos=self.photos,
            settings=self.settings,
            payments=self.payments,
        )
