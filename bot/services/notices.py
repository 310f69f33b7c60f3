"""Notices to other people than the one whose update (or delivery) this is: the inviter whose
referral reward landed. In their own language (their saved choice; else English); a person who
blocked the bot is skipped."""

from __future__ import annotations

import logging

from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.fsm.storage.base import StorageKey

from bot.conversation.turn import Turn

log = logging.getLogger(__name__)


async def tell_inviter(turn: Turn, reward: tuple[int, int] | None) -> None:
    """The invitee's first paid order earned the inviter credits: tell the inviter, in their own
    language (from their saved choice; else English). An inviter who blocked the bot is skipped."""
    if reward is None or reward[1] <= 0:
        return
    inviter, credits = reward
    key = StorageKey(bot_id=turn.bot.id, chat_id=inviter, user_id=inviter)
    saved = (await turn.state.storage.get_data(key)).get("lang")
    t = turn.t.i18n.bind(turn.t.i18n.pick(saved, None))
    balance = await turn.payments.balance(inviter)
    try:
        await turn.bot.send_message(inviter, t("referral-earned", credits=credits, balance=balance))
    except (TelegramForbiddenError, TelegramBadRequest) as exc:
        log.info("the inviter could not be told (%s)", type(exc).__name__)
