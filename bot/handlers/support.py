"""The user's side of the support desk: /support and "Talk to a person" open a ticket; while it is
open everything the user sends goes to their staff topic, edits follow, and the automated flow
waits (state Support.talking, in the shared FSM storage). "Back to the bot" or the staff's /done
returns the user to the step they were on.

Still handled while talking to a person: /delete (privacy never waits), payments (a payment
must never be relayed instead of recorded), and "Back to the bot".
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.conversation.callbacks import Nav, NavCb
from bot.conversation.states import Support
from bot.conversation.turn import Turn
from bot.steps.support import hand_back, open_ticket
from bot.support.off import SupportService
from bot.support.relay import SupportRelay
from bot.support.texts import staff_text

NOT_RELAYED = ~F.successful_payment & ~F.refunded_payment


async def on_support_command(message: Message, turn: Turn, support: SupportService) -> None:
    await open_ticket(turn, support, "/support")


async def on_support_button(query: CallbackQuery, turn: Turn, support: SupportService) -> None:
    await query.answer()
    await open_ticket(turn, support, "button")


async def on_back_to_bot(query: CallbackQuery, turn: Turn, support: SupportService) -> None:
    await query.answer()
    await support.close_ticket(turn.user.id, actor_id=turn.user.id, note=staff_text("user-left"))
    await hand_back(turn, "support-back")


async def on_message_while_talking(message: Message, turn: Turn, support: SupportService) -> None:
    if not isinstance(support, SupportRelay) or not await support.is_open(turn.user.id):
        await hand_back(turn, "support-back")  # closed meanwhile: back to the bot
        return
    support.from_user(message)


async def on_edited(message: Message, support: SupportService) -> None:
    await support.mirror_user_edit(message)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="support")
    router.message.register(on_support_command, Command("support"))
    router.callback_query.register(on_support_button, NavCb.filter(F.to == Nav.support))
    router.callback_query.register(on_back_to_bot, NavCb.filter(F.to == Nav.back_to_bot), Support.talking)
    router.message.register(on_message_while_talking, Support.talking, NOT_RELAYED, ~Command("delete"))
    router.edited_message.register(on_edited)
    return router
