"""The whole router topology in one place.

`get_routers()` returns the staff group's router (handlers/staff.py) and the root router for
private chats. The root carries the middlewares (locale, the account, then the per-update `turn`,
on every event; throttling on engine work) and includes one router per concern in the order that
matters: the support relay first (users talking to a person), /start and commands before the
step handlers that read free text, payment messages before the catch-all, the catch-all last.
Pre-checkout queries (no chat) get the locale only. Routers are built fresh per call: a router
can belong to one dispatcher only, and tests build several.
"""

from __future__ import annotations

from aiogram import F, Router

from bot.handlers import (
    account,
    capture,
    checkout,
    delivery,
    document,
    errors,
    language,
    outfit,
    paysupport,
    preview,
    referral,
    refunds,
    review,
    staff,
    start,
    style,
    support,
    wallet,
)
from bot.middlewares import AccountMiddleware, LocaleMiddleware, ThrottlingMiddleware, TurnMiddleware

CONCERNS = (
    support,
    start,
    language,
    account,
    wallet,
    referral,
    paysupport,
    checkout,
    refunds,
    document,
    capture,
    review,
    style,
    outfit,
    preview,
    delivery,
    errors,
)


def get_routers(throttling: ThrottlingMiddleware | None = None) -> list[Router]:
    root = Router(name="conversation")
    root.message.filter(F.chat.type == "private")
    root.callback_query.filter(F.message.chat.type == "private")
    root.edited_message.filter(F.chat.type == "private")
    locale, account, turn = LocaleMiddleware(), AccountMiddleware(), TurnMiddleware()
    limiter = throttling if throttling is not None else ThrottlingMiddleware()
    for observer in (root.message, root.callback_query, root.pre_checkout_query, root.errors):
        observer.outer_middleware(locale)
    for observer in (root.message, root.callback_query):
        observer.outer_middleware(account)
        observer.outer_middleware(turn)
        observer.middleware(limiter)
    root.include_routers(*(concern.make_router() for concern in CONCERNS))
    return [staff.make_router(), root]
