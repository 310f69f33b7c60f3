"""The delivery buttons of the conversation; the deliveries themselves are
bot/services/delivery.py (paid orders, FREE_MODE, files again) and bot/services/files.py."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery

from bot.conversation.callbacks import Nav, NavCb
from bot.conversation.states import Flow
from bot.conversation.turn import Turn
from bot.middlewares.throttling import PROCESSING
from bot.services.delivery import DeliveryService


async def on_retry(query: CallbackQuery, turn: Turn, delivery: DeliveryService) -> None:
    """FREE_MODE's Try again after a failed render."""
    if spec := await turn.pressed_spec(query):
        await delivery.deliver_free(turn, spec)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="delivery")
    router.callback_query.register(
        on_retry, NavCb.filter(F.to == Nav.retry_files), Flow.checkout, flags={PROCESSING: True}
    )
    return router
