"""Checkout in Telegram Stars: the offer, the invoice, the pre-checkout answer, the payment.

The preview's "Get my files" shows the offer: one credit (when the user has one) or a document
product from the price table. Buying sends an invoice (XTR, one price, no provider token) whose
payload is the signed order token; the order keeps the exact render job of the preview, so later
changes to the session cannot change what was paid for.

pre_checkout_query is answered here, in the bot process, from the database alone (signature,
expiry, order state, price, user) and never waits behind a user's running job: bot/isolation.py
lets it past the per-user lock. successful_payment is stored once per charge id; a replayed one
changes nothing; money that does not match its order goes straight back (refundStarPayment).
"""

from __future__ import annotations

import logging

from aiogram import Bot, F, Router
from aiogram.types import CallbackQuery, Message, PreCheckoutQuery

from bot.conversation.callbacks import BuyCb, CreditCb
from bot.conversation.naming import document_name, papers_for
from bot.conversation.session import render_request
from bot.conversation.states import Flow
from bot.conversation.texts import Translator
from bot.conversation.turn import Turn
from bot.middlewares.throttling import PROCESSING
from bot.observability import metrics
from bot.services.delivery import DeliveryService
from bot.services.notices import tell_inviter
from bot.services.refunds import refund_payment
from bot.steps.checkout import (
    offer,
    send_invoice,
    send_order_invoice,
    send_subscription_link,
)
from payments.ledger import InsufficientCredits
from payments.models import ProductKind
from payments.service import Decline, PaymentService
from specs import Catalogue

log = logging.getLogger(__name__)


async def on_buy(query: CallbackQuery, callback_data: BuyCb, turn: Turn) -> None:
    product = turn.payments.prices.get(callback_data.product)
    if product is None:
        await query.answer(turn.t("stale-button"))
        return
    if product.kind is ProductKind.subscription:
        await query.answer()
        await send_subscription_link(turn, product.id)
        return
    spec = None
    if product.kind is ProductKind.document:
        spec = await turn.pressed_spec(query, needs_selfie=True, doc=callback_data.doc)
        if spec is None:
            return
    else:
        await query.answer()
    await send_invoice(turn, product.id, spec)


async def on_credit(
    query: CallbackQuery, callback_data: CreditCb, turn: Turn, delivery: DeliveryService
) -> None:
    spec = await turn.pressed_spec(query, needs_selfie=True, doc=callback_data.doc)
    if spec is None:
        return
    session = await turn.session()
    papers = papers_for(turn.user.language_code, turn.lang)
    request = render_request(session, preview=False, papers=papers).model_dump_json()
    try:
        order = await turn.payments.pay_with_credits(turn.user.id, request=request, doc_id=spec.id)
    except InsufficientCredits:
        await turn.say("credits-not-enough")
        await offer(turn, spec, delivery)
        return
    assert order.id is not None
    delivery.schedule(order.id, turn.bot)


# --- Telegram's side of the payment -------------------------------------------------------------------


async def on_pre_checkout(
    query: PreCheckoutQuery,
    bot: Bot,
    payments: PaymentService,
    catalogue: Catalogue,
    t: Translator,
    lang: str,
) -> None:
    decline = await payments.pre_checkout(
        query.from_user.id, query.invoice_payload, query.currency, query.total_amount
    )
    if decline is None:
        await query.answer(ok=True)
        return
    log.info("pre-checkout declined: %s", decline.value)
    await query.answer(ok=False, error_message=t(f"checkout-decline-{decline.value}"))
    if decline is Decline.price:
        old = await payments.order_of_payload(query.invoice_payload, query.from_user.id)
        if old is None:
            return
        checkout = await payments.create_order(
            old.user_id, old.product, request=old.request, doc_id=old.doc_id, replaces=old.id
        )
        document = (
            document_name(catalogue.get(old.doc_id), lang)
            if old.doc_id is not None and old.doc_id in catalogue
            else ""
        )
        await bot.send_message(old.user_id, t("checkout-price-changed"))
        await send_order_invoice(bot, old.user_id, t, checkout.order, checkout.payload, document)


async def on_successful_payment(message: Message, turn: Turn, delivery: DeliveryService) -> None:
    """Record the payment (once per charge id) and schedule the delivery; the files are made in
    the delivery's own task, outside this update (bot/services/delivery.py)."""
    paid = message.successful_payment
    assert paid is not None
    outcome = await turn.payments.record_payment(
        turn.user.id,
        payload=paid.invoice_payload,
        currency=paid.currency,
        total=paid.total_amount,
        charge_id=paid.telegram_payment_charge_id,
        provider_charge_id=paid.provider_payment_charge_id,
        subscription_expires=paid.subscription_expiration_date,
    )
    metrics.PAYMENTS.labels(outcome=metrics.payment_outcome(outcome), source="update").inc()
    if not outcome.new:
        log.info("payment update replayed: nothing to do")  # a first try that broke off is the supervisor's
        return
    if outcome.refund_needed:
        await refund_payment(turn, paid.telegram_payment_charge_id, outcome.refund_needed)
        return
    order = outcome.order
    assert order is not None
    if order.kind == ProductKind.document.value:
        assert order.id is not None
        await turn.say("payment-thanks")  # should this fail, the supervisor finds the paid order
        delivery.schedule(order.id, turn.bot)
        return
    balance = await turn.payments.balance(turn.user.id)
    await turn.say("credits-added", credits=outcome.credits, balance=balance)
    await tell_inviter(turn, outcome.reward)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="checkout")
    router.callback_query.register(on_buy, BuyCb.filter(), flags={PROCESSING: True})
    router.callback_query.register(on_credit, CreditCb.filter(), Flow.checkout, flags={PROCESSING: True})
    router.message.register(on_successful_payment, F.successful_payment)
    router.pre_checkout_query.register(on_pre_checkout)
    return router
