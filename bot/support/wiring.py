"""Builds the process's SupportRelay from the settings and the bot's services (`Turns`) (at start-up,
when the Bot exists); None when SUPPORT_CHAT_ID is not set."""

from __future__ import annotations

from aiogram import Bot
from aiogram.fsm.context import FSMContext

from bot.services.turns import Turns
from bot.support.card import card_text, thumbnail
from bot.support.desk import SupportDesk
from bot.support.outbox import Outgoing
from bot.support.relay import SupportRelay
from bot.support.staff import StaffDirectory
from bot.support.texts import staff_text


def build_relay(bot: Bot, turns: Turns) -> SupportRelay | None:
    settings = turns.settings
    if settings.support_chat_id is None:
        return None
    payments, catalogue, photos = turns.payments, turns.catalogue, turns.photos

    async def card_source(user_id: int, opened_by: str, reason: str) -> list[Outgoing]:
        state = FSMContext(turns.storage, turns.key(bot, user_id))
        session = await state.get_data()
        step = session.get("before_support") or await state.get_state()
        text = await card_text(
            user_id, session, step, payments, catalogue, opened_by=opened_by, reason=reason
        )
        posts = [Outgoing(user_id=user_id, text=text)]
        if (picture := thumbnail(photos, session.get("selfie_key"))) is not None:
            posts.append(Outgoing(user_id=user_id, text=staff_text("card-selfie"), photo=picture))
        return posts

    desk = SupportDesk(payments.db, settings.support_chat_id)
    staff = StaffDirectory(settings.support_chat_id, settings.staff_ids, settings.staff_cache_s)
    return SupportRelay(
        bot,
        desk,
        staff,
        rate=(settings.support_rate_limit, settings.support_rate_window_s),
        card_source=card_source,
    )
