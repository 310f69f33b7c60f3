"""/paysupport, which Telegram requires of every bot that takes payments: how to get help with a
payment and what we refund on our own; with the support desk configured it also opens a ticket at
once, so a person sees the user's orders and can refund from the topic."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from bot.conversation import keyboards as kb
from bot.conversation.turn import Turn
from bot.steps.support import open_ticket
from bot.support.off import SupportService


async def on_paysupport(message: Message, turn: Turn, support: SupportService) -> None:
    hours = turn.payments.prices.checkout.refund_window_hours
    if not support.enabled:
        await turn.say("paysupport", kb.support_button(turn.t), hours=hours)
        return
    await turn.say("paysupport", hours=hours)
    await open_ticket(turn, support, "/paysupport")


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="paysupport")
    router.message.register(on_paysupport, Command("paysupport"))
    return router
