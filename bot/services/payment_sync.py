"""Payments Telegram took but the bot never recorded are found in the Stars ledger and recorded.

Why: a `successful_payment` update is delivered once. aiogram confirms an update to Telegram when
it asks for the next ones (polling) or answers the webhook at once, so a bot process killed while
handling the payment update loses it: the user is charged and no order moves. Telegram's own list
of Stars transactions (getStarTransactions) still has the charge, with its invoice payload. Every
PAYMENT_SYNC_S the supervisor reads the transactions it has not read yet, and records each invoice
payment older than PAYMENT_GRACE_S (younger ones are still being handled by their update) through
the same `PaymentService.record_payment`, which stores a charge id once: a payment recorded by its
update changes nothing here. What it records is then delivered, credited or sent back exactly as
the update would have done (bot/handlers/checkout.py).
"""

from __future__ import annotations

import logging
import time

from aiogram import Bot
from aiogram.types import StarTransaction, TransactionPartnerUser

from bot.observability import metrics
from bot.services.delivery import DeliveryService
from bot.services.refunds import refund_payment
from payments.models import ProductKind
from payments.service import CURRENCY

log = logging.getLogger(__name__)

PAGE = 100  # Telegram's largest page


class PaymentSync:
    def __init__(self, delivery: DeliveryService, grace_s: float) -> None:
        self.delivery = delivery
        self.payments = delivery.payments
        self.grace_s = grace_s
        self.offset = 0  # transactions read (oldest first); a young payment holds the cursor back

    async def round(self, bot: Bot) -> int:
        """Read the new transactions; record the unrecorded payments; how many were recorded."""
        recorded = 0
        while True:
            page = (await bot.get_star_transactions(offset=self.offset, limit=PAGE)).transactions
            for transaction in page:
                if transaction.date.timestamp() > time.time() - self.grace_s:
                    return recorded  # its update may still be running: read it again next round
                recorded += await self._record(bot, transaction)
                self.offset += 1
            if len(page) < PAGE:
                return recorded

    async def _record(self, bot: Bot, transaction: StarTransaction) -> int:
        source = transaction.source
        if not isinstance(source, TransactionPartnerUser) or source.transaction_type != "invoice_payment":
            return 0  # a refund, a gift, ads…: nothing of ours to record
        if source.invoice_payload is None:
            return 0
        outcome = await self.payments.record_payment(
            source.user.id,
            payload=source.invoice_payload,
            currency=CURRENCY,
            total=transaction.amount,
            charge_id=transaction.id,
            subscription_expires=(
                int(transaction.date.timestamp()) + source.subscription_period
                if source.subscription_period
                else None
            ),
        )
        metrics.PAYMENTS.labels(outcome=metrics.payment_outcome(outcome), source="sync").inc()
        if not outcome.new:
            return 0
        log.warning("recorded a Stars payment whose update was lost")
        turn = await self.delivery.turns.of(bot, source.user.id)
        if outcome.refund_needed:
            await refund_payment(turn, transaction.id, outcome.refund_needed)
        elif outcome.order is not None and outcome.order.kind == ProductKind.document.value:
            assert outcome.order.id is not None
            await turn.say("payment-thanks")
            self.delivery.schedule(outcome.order.id, bot)
        elif outcome.order is not None:
            balance = await self.payments.balance(source.user.id)
            await turn.say("credits-added", credits=outcome.credits, balance=balance)
        return 1
