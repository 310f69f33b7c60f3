"""/paysupport, which Telegram requires of every bot that takes payments: how to get help with a
payment, what we refund on our own, and the user's latest orders for reference."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from bot.conversation.turn import Turn


async def on_paysupport(message: Message, turn: Turn) -> None:
    await turn.say("paysupport", hours=turn.payments.prices.checkout.refund_window_hours)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="paysupport")
    router.message.register(on_paysupport, Command("paysupport"))
    return router
