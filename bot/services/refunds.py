"""Refunds: ask Telegram first (refundStarPayment), then record it once (payments.service).

Three ways in: the user's own Refund button on an order whose delivery failed (within the
window, checked by the service), the automatic refunds (a paid photo our measurement finds out of
spec, a delivery that failed too often: bot/services/delivery.py), and the support desk's /refund.
A `refunded_payment` update (Telegram reports every refund, including ones started outside the
bot) records the same refund again, harmlessly, so a bot that stopped between Telegram's "ok" and
its own write still ends up consistent.
"""

from __future__ import annotations

import logging

from aiogram.exceptions import TelegramBadRequest
from aiogram.types import InlineKeyboardMarkup

from bot.conversation.turn import Turn
from bot.observability import metrics
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
    markup: InlineKeyboardMarkup | None = None,
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
    if plan.charge_id is not None and not await refund_on_telegram(turn, plan.order.user_id, plan.charge_id):
        metrics.REFUNDS.labels(kind="order", outcome="failed").inc()
        await turn.say("refund-failed")
        return None, None
    outcome = await turn.payments.record_refund(
        order_id, actor_id=actor_id, reason=reason, charge_id=plan.charge_id
    )
    metrics.REFUNDS.labels(kind="order", outcome="refunded" if outcome.new else "replayed").inc()
    if outcome.new:
        await turn.say(notify_key, markup, stars=plan.order.stars, credits=plan.order.credits_spent)
    return outcome, None


async def refund_on_telegram(turn: Turn, user_id: int, charge_id: str) -> bool:
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
    if not await refund_on_telegram(turn, turn.user.id, charge_id):
        metrics.REFUNDS.labels(kind=why, outcome="failed").inc()
        await turn.say("refund-failed")
        return
    metrics.REFUNDS.labels(kind=why, outcome="refunded").inc()
    if why == "double":
        await turn.payments.record_double_refunded(charge_id)
    await turn.say(f"payment-returned-{why}")
