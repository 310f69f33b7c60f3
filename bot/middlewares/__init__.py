"""Middlewares only add keys to the handler data (`lang`, `t`, `turn`, `account_new`) or stop
floods (throttling)."""

from bot.middlewares.account import AccountMiddleware
from bot.middlewares.locale import LocaleMiddleware
from bot.middlewares.throttling import PROCESSING, ThrottlingMiddleware
from bot.middlewares.turn import TurnMiddleware

__all__ = ["PROCESSING", "AccountMiddleware", "LocaleMiddleware", "ThrottlingMiddleware", "TurnMiddleware"]
