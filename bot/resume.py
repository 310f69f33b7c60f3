"""Paid orders that a stopped bot left undelivered are delivered at the next start.

Why: a payment is recorded before the files are made, and a bot process can die in between (a
deploy, a crash, the machine going away). The order is then "paid" with nobody delivering it, or
"delivering" under a claim nobody renews. At start-up every such order is delivered in its owner's
chat and language, under the owner's per-user lock, through the same `deliver_order` (which claims
it first, so two replicas starting together deliver it once).
"""

from __future__ import annotations

import logging

from aiogram import Bot, Dispatcher

from bot.conversation.user_turn import user_turn
from bot.handlers.delivery import deliver_order, stale_claim

log = logging.getLogger(__name__)


async def resume_deliveries(bot: Bot, dispatcher: Dispatcher) -> int:
    """Deliver every paid order nobody is delivering; returns how many were attempted."""
    waiting = await dispatcher["payments"].waiting_for_delivery(stale_claim(dispatcher["settings"]))
    for order in waiting:
        try:
            async with user_turn(bot, dispatcher, order.user_id) as turn:
                await deliver_order(turn, order)
        except Exception:  # one user's failure (blocked the bot…) must not stop the others
            log.exception("resuming the delivery of order %s failed", order.id)
    if waiting:
        log.info("resumed %d undelivered paid orders", len(waiting))
    return len(waiting)
