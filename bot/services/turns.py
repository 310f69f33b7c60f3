"""A `Turn` for a user outside that user's own update: a delivery running as its own task, a
notice. It speaks the user's saved language (else English) and writes the user's FSM state
directly, without the per-user update lock: a delivery may take minutes and must not make the
user's own taps wait (bot/conversation/user_turn.py is the locked variant staff commands use)."""

from __future__ import annotations

from dataclasses import dataclass

from aiogram import Bot
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import BaseStorage, StorageKey
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

    async def of(self, bot: Bot, user_id: int) -> Turn:
        state = FSMContext(self.storage, StorageKey(bot_id=bot.id, chat_id=user_id, user_id=user_id))
        lang = self.i18n.pick((await state.get_data()).get("lang"), None)
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
