"""Refunds: ask Telegram first (refundStarPayment), then record it once (payments.service).

Three ways in: the user's own Refund button on an order whose delivery failed (within the
window, checked by the service), the automatic refund when our measurement finds a paid photo
out of spec, and the support desk's /refund. A `refunded_payment` update (Telegram reports every
refund, including ones started outside the bot) records the same refund again, harmlessly, so a
bot that stopped between Telegram's "ok" and its own write still ends up consistent.
"""

from __future__ import annotations

import logging

from aiogram import F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, Message

from bot.conversation.callbacks import OrderAction, OrderCb
from bot.conversation.turn import Turn
from payments.models import SYSTEM
from payments.refunds import RefundOutcome, RefundRefused

log = logging.getLogger(__name__)

ALREADY_REFUNDED = "CHARGE_ALREADY_REFUNDED"


async def refund_order(
    turn: Turn,
    order_id: int,
    *,
    actor_id: int,
    reason: str,
    notify_key: str = "refund-done",
    self_service: bool = False,
    tell_refusal: bool = True,
) -> tuple[RefundOutcome | None, str | None]:
    """Refund one order of `turn.user` and tell them: (outcome, None), or (None, why it was
    refused) — told to the user unless `tell_refusal` is off (staff hear it instead) — or
    (None, None) when Telegram refused the refund."""
    try:
        plan = await turn.payments.plan_refund(order_id, user_id=turn.user.id if self_service else None)
    except RefundRefused as refused:
        if tell_refusal:
            await turn.say(f"refund-refused-{refused.reason}")
        return None, refused.reason
    if plan.charge_id is not None and not await _refund_on_telegram(turn, plan.order.user_id, plan.charge_id):
        await turn.say("refund-failed")
        return None, None
    outcome = await turn.payments.record_refund(
        order_id, actor_id=actor_id, reason=reason, charge_id=plan.charge_id
    )
    if outcome.new:
        await turn.say(notify_key, stars=plan.order.stars, credits=plan.order.credits_spent)
    return outcome, None


async def _refund_on_telegram(turn: Turn, user_id: int, charge_id: str) -> bool:
    try:
        await turn.bot.refund_star_payment(user_id=user_id, telegram_payment_charge_id=charge_id)
    except TelegramBadRequest as exc:
        if ALREADY_REFUNDED in exc.message:
            return True
        log.warning("refundStarPayment failed: %s", exc.message)
        return False
    return True


async def refund_payment(turn: Turn, charge_id: str, why: str) -> None:
    """Money that must not be kept (a second payment of a paid order, or one that matches no
    order): straight back to the payer."""
    if not await _refund_on_telegram(turn, turn.user.id, charge_id):
        await turn.say("refund-failed")
        return
    if why == "double":
        await turn.payments.record_double_refunded(charge_id)
    await turn.say(f"payment-returned-{why}")


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
