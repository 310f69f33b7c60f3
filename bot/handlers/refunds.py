"""Refund buttons and Telegram's refunded_payment updates; the refunds themselves are in
bot/services/refunds.py."""

from __future__ import annotations

import logging

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message

from bot.conversation.callbacks import OrderAction, OrderCb
from bot.conversation.turn import Turn
from bot.services.refunds import refund_order
from payments.models import SYSTEM

log = logging.getLogger(__name__)


async def on_refund_pressed(query: CallbackQuery, callback_data: OrderCb, turn: Turn) -> None:
    await query.answer()
    await refund_order(
        turn, callback_data.id, actor_id=turn.user.id, reason="delivery_failed", self_service=True
    )


async def on_refunded_payment(message: Message, turn: Turn) -> None:
    refunded = message.refunded_payment
    assert refunded is not None
    outcome = await turn.payments.refund_by_charge(
        refunded.telegram_payment_charge_id, actor_id=SYSTEM, reason="telegram"
    )
    if outcome is not None and outcome.new:
        await turn.say("refund-done", stars=refunded.total_amount, credits=0)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="refunds")
    router.callback_query.register(on_refund_pressed, OrderCb.filter(F.action == OrderAction.refund))
    router.message.register(on_refunded_payment, F.refunded_payment)
    return router
