"""Checkout: the offer (a credit or Stars products), invoices and the subscription link. The
payment itself is recorded by the handler and delivered by bot/services/delivery.py."""

from __future__ import annotations

import html
from typing import Any

from aiogram import Bot
from aiogram.types import LabeledPrice

from bot.conversation import checkout_keyboards as checkout_kb
from bot.conversation.naming import document_name, papers_for
from bot.conversation.session import render_request
from bot.conversation.states import Flow
from bot.conversation.texts import Translator
from bot.conversation.turn import Turn
from bot.services.delivery import DeliveryService
from payments.models import Order, ProductKind
from payments.products import SUBSCRIPTION_PERIOD_S
from payments.service import CURRENCY
from specs import DocumentSpec


async def offer(turn: Turn, spec: DocumentSpec, delivery: DeliveryService) -> None:
    """The checkout card after "Get my files": credits if any, else (and also) Stars products."""
    await turn.state.set_state(Flow.checkout)
    if turn.settings.free_mode:
        await delivery.deliver_free(turn, spec)
        return
    balance = await turn.payments.balance(turn.user.id)
    products = turn.payments.prices.of_kind(ProductKind.document)
    await turn.say(
        "checkout-card",
        checkout_kb.checkout(turn.t, spec.id, products, balance),
        document=document_name(spec, turn.lang),
        balance=balance,
    )


async def send_invoice(turn: Turn, product_id: str, spec: DocumentSpec | None) -> None:
    """A new order for `product_id` (with the session's render job for document products) and
    its invoice."""
    request = None
    if spec is not None:
        session = await turn.session()
        papers = papers_for(turn.user.language_code, turn.lang)
        request = render_request(session, preview=False, papers=papers).model_dump_json()
    checkout = await turn.payments.create_order(
        turn.user.id, product_id, request=request, doc_id=spec.id if spec else None
    )
    await invoice_for(turn, checkout.order, checkout.payload, spec)


async def invoice_for(turn: Turn, order: Order, payload: str, spec: DocumentSpec | None) -> None:
    document = document_name(spec, turn.lang) if spec is not None else ""
    await send_order_invoice(turn.bot, turn.chat_id, turn.t, order, payload, document)


def invoice_fields(t: Translator, order: Order, document: str = "") -> dict[str, Any]:
    """What sendInvoice and createInvoiceLink share: the product's translated title and
    description (plain text, so not HTML-escaped; cut to Telegram's 32 and 255), XTR, one price."""
    title = html.unescape(t(f"product-{order.product}-title", credits=order.credits_granted))[:32]
    description = t(f"product-{order.product}-description", document=document, credits=order.credits_granted)
    return {
        "title": title,
        "description": html.unescape(description)[:255],
        "currency": CURRENCY,
        "prices": [LabeledPrice(label=title, amount=order.stars)],
    }


async def send_order_invoice(
    bot: Bot, chat_id: int, t: Translator, order: Order, payload: str, document: str
) -> None:
    await bot.send_invoice(chat_id, payload=payload, **invoice_fields(t, order, document))


async def send_subscription_link(turn: Turn, product_id: str) -> None:
    """Stars subscriptions are paid through an invoice link (30-day period), not sendInvoice."""
    t = turn.t
    checkout = await turn.payments.create_order(turn.user.id, product_id)
    url = await turn.bot.create_invoice_link(
        payload=checkout.payload,
        subscription_period=SUBSCRIPTION_PERIOD_S,
        **invoice_fields(t, checkout.order),
    )
    await turn.say(
        "subscription-offer",
        checkout_kb.subscription_link(t, url),
        stars=checkout.order.stars,
        credits=checkout.order.credits_granted,
    )
