"""The whole router topology in one place.

`get_routers()` returns one root router for private chats. It carries the middlewares (locale,
then the per-update `turn`, on every event; throttling on engine work) and includes one router per
concern in the order that matters: /start and commands before the step handlers that read free
text, and the catch-all last. Routers are built fresh per call: a router can belong to one
dispatcher only, and tests build several.
"""

from __future__ import annotations

from aiogram import F, Router

from bot.handlers import (
    account,
    capture,
    delivery,
    document,
    errors,
    language,
    outfit,
    preview,
    review,
    start,
    style,
)
from bot.middlewares import LocaleMiddleware, ThrottlingMiddleware, TurnMiddleware

CONCERNS = (start, language, account, document, capture, review, style, outfit, preview, delivery, errors)


def get_routers(throttling: ThrottlingMiddleware | None = None) -> list[Router]:
    root = Router(name="conversation")
    root.message.filter(F.chat.type == "private")
    root.callback_query.filter(F.message.chat.type == "private")
    locale, turn = LocaleMiddleware(), TurnMiddleware()
    limiter = throttling if throttling is not None else ThrottlingMiddleware()
    for observer in (root.message, root.callback_query, root.errors):
        observer.outer_middleware(locale)
    for observer in (root.message, root.callback_query):
        observer.outer_middleware(turn)
        observer.middleware(limiter)
    root.include_routers(*(concern.make_router() for concern in CONCERNS))
    return [root]
