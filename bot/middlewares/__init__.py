"""Middlewares only add keys to the handler data (`lang`, `t`, `turn`) or stop floods (throttling)."""

from bot.middlewares.locale import LocaleMiddleware
from bot.middlewares.throttling import PROCESSING, ThrottlingMiddleware
from bot.middlewares.turn import TurnMiddleware

__all__ = ["PROCESSING", "LocaleMiddleware", "ThrottlingMiddleware", "TurnMiddleware"]
