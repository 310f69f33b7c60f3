"""The user's money: /balance, /buy (credit packs and the monthly plan), /history with the files
of paid orders again, and Try again for a paid order whose delivery failed.

An order button carries only the order id; the handler loads the order and serves it only to its
owner, so a forged or foreign id gets "no longer active" and nothing else. Files again means a
fresh render of the order's own job, possible while the selfie is kept (retention); a refunded
order has no files any more.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.conversation import checkout_keyboards as checkout_kb
from bot.conversation.callbacks import OrderAction, OrderCb
from bot.conversation.naming import document_name
from bot.conversation.turn import Turn
from bot.middlewares.throttling import PROCESSING
from bot.services.delivery import DeliveryService
from payments.models import Order, OrderStatus, ProductKind

HISTORY_LIMIT = 10


async def on_balance(message: Message, turn: Turn) -> None:
    balance = await turn.payments.balance(turn.user.id)
    await turn.say("balance", balance=balance)


async def on_buy(message: Message, turn: Turn) -> None:
    prices = turn.payments.prices
    products = [*prices.of_kind(ProductKind.credits), *prices.of_kind(ProductKind.subscription)]
    await turn.say("buy-card", checkout_kb.packs(turn.t, products))


def history_line(turn: Turn, order: Order) -> str:
    assert order.id is not None
    document = (
        document_name(turn.catalogue.get(order.doc_id), turn.lang)
        if order.doc_id is not None and order.doc_id in turn.catalogue
        else ""
    )
    return turn.t(
        "history-line",
        order=str(order.id),  # an id, not a quantity: no thousands separator
        date=order.created_at.strftime("%Y-%m-%d"),
        product=turn.t(f"product-{order.product}-title", credits=order.credits_granted),
        document=document,
        status=turn.t(f"order-status-{order.status}"),
        stars=order.stars,
        credits=order.credits_spent,
    )


async def on_history(message: Message, turn: Turn) -> None:
    orders = await turn.payments.orders(turn.user.id, limit=HISTORY_LIMIT)
    if not orders:
        await turn.say("history-empty")
        return
    lines = "\n".join(history_line(turn, order) for order in orders)
    await turn.bot.send_message(
        turn.chat_id,
        f"{turn.t('history-title')}\n\n{lines}",
        reply_markup=checkout_kb.history(turn.t, orders),
    )


async def owned_order(query: CallbackQuery, callback_data: OrderCb, turn: Turn) -> Order | None:
    order = await turn.payments.order(callback_data.id)
    if order is None or order.user_id != turn.user.id or order.request is None:
        await query.answer(turn.t("stale-button"))
        return None
    return order


async def on_files_again(
    query: CallbackQuery, callback_data: OrderCb, turn: Turn, delivery: DeliveryService
) -> None:
    order = await owned_order(query, callback_data, turn)
    if order is None:
        return
    if order.status != OrderStatus.delivered.value:
        key = "order-refunded" if order.status == OrderStatus.refunded.value else "stale-button"
        await query.answer(turn.t(key), show_alert=True)
        return
    await query.answer()
    delivery.files_again(turn, order)


async def on_retry(
    query: CallbackQuery, callback_data: OrderCb, turn: Turn, delivery: DeliveryService
) -> None:
    order = await owned_order(query, callback_data, turn)
    if order is None:
        return
    if order.status not in (OrderStatus.failed.value, OrderStatus.paid.value):
        await query.answer(turn.t("stale-button"))
        return
    await query.answer()
    assert order.id is not None
    delivery.schedule(order.id, turn.bot)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="wallet")
    router.message.register(on_balance, Command("balance"))
    router.message.register(on_buy, Command("buy"))
    router.message.register(on_history, Command("history"))
    router.callback_query.register(
        on_files_again, OrderCb.filter(F.action == OrderAction.files), flags={PROCESSING: True}
    )
    router.callback_query.register(
        on_retry, OrderCb.filter(F.action == OrderAction.retry), flags={PROCESSING: True}
    )
    return router
