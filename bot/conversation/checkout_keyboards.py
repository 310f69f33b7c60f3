"""Inline keyboards of the money screens: checkout, credit packs, orders. Builders only.

Prices come from the price table, texts from the catalogue; the Stars sign is part of the
translated button text (`{ $stars } ⭐`), so no builder knows a language or a price.
"""

from __future__ import annotations

from collections.abc import Iterable

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.conversation.callbacks import BuyCb, CreditCb, Nav, NavCb, OrderAction, OrderCb
from bot.conversation.texts import Translator
from payments.models import Order, OrderStatus
from payments.products import Product


def checkout(t: Translator, doc_id: str, products: Iterable[Product], balance: int) -> InlineKeyboardMarkup:
    """Pay with a credit first when the user has one, then each document product in Stars."""
    kb = InlineKeyboardBuilder()
    if balance >= 1:
        kb.button(text=t("button-pay-credit", balance=balance), callback_data=CreditCb(doc=doc_id))
    for product in products:
        kb.button(
            text=t(f"button-buy-{product.id}", stars=product.stars, credits=product.credits),
            callback_data=BuyCb(product=product.id, doc=doc_id),
        )
    kb.adjust(1)
    return kb.as_markup()


def packs(t: Translator, products: Iterable[Product]) -> InlineKeyboardMarkup:
    """Credit packs and the monthly plan, one button each (the plan's press sends its link)."""
    kb = InlineKeyboardBuilder()
    for product in products:
        kb.button(
            text=t(f"button-buy-{product.id}", stars=product.stars, credits=product.credits),
            callback_data=BuyCb(product=product.id),
        )
    kb.adjust(1)
    return kb.as_markup()


def subscription_link(t: Translator, url: str) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("button-subscribe"), url=url)
    return kb.as_markup()


def order_failed(t: Translator, order_id: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("button-try-again"), callback_data=OrderCb(action=OrderAction.retry, id=order_id))
    kb.button(text=t("button-refund"), callback_data=OrderCb(action=OrderAction.refund, id=order_id))
    kb.button(text=t("button-support"), callback_data=NavCb(to=Nav.support))
    kb.adjust(1)
    return kb.as_markup()


def history(t: Translator, orders: Iterable[Order]) -> InlineKeyboardMarkup | None:
    """A "files again" button per delivered document order, "try again" per failed one."""
    kb = InlineKeyboardBuilder()
    count = 0
    for order in orders:
        if order.id is None or order.request is None:
            continue
        if order.status == OrderStatus.delivered.value:
            action, key = OrderAction.files, "button-files-again"
        elif order.status == OrderStatus.failed.value:
            action, key = OrderAction.retry, "button-try-again-order"
        else:
            continue
        kb.button(text=t(key, order=str(order.id)), callback_data=OrderCb(action=action, id=order.id))
        count += 1
    kb.adjust(1)
    return kb.as_markup() if count else None
