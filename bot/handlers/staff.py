"""The staff's side of the support desk: messages and commands inside users' topics of the forum
supergroup SUPPORT_CHAT_ID.

Only there, and only for staff (bot/support/staff.py): anything from another chat never reaches
these handlers, and a non-staff member of the group gets a refusal. The user is found from the
topic through the database (SupportDesk.user_of_thread), never from anything the sender typed, so
a forged or foreign thread id reaches nobody. Plain messages go to the user as the bot (staff
stay anonymous) and open the ticket if it was closed: staff may step in at any time. Commands act
on the topic's user under that user's lock (Turns.locked, bot/services/turns.py); each one is written to
the audit log with the staff member's id.
"""

from __future__ import annotations

import logging
from typing import Any

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.config import Settings
from bot.conversation.states import Support
from bot.services.delivery import DeliveryService
from bot.services.refunds import refund_order
from bot.services.turns import Turns
from bot.steps import support as user_side
from bot.support.off import SupportService
from bot.support.relay import SupportRelay
from bot.support.reprocess import ReprocessError, parse_overrides, reprocess
from bot.support.texts import staff_text
from payments.models import LedgerKind, OrderStatus, PaidWith
from payments.service import PaymentService

log = logging.getLogger(__name__)

REFUNDABLE = (OrderStatus.delivered.value, OrderStatus.failed.value, OrderStatus.paid.value)
SERVICE = (
    F.forum_topic_created | F.forum_topic_edited | F.forum_topic_closed | F.forum_topic_reopened
    | F.pinned_message | F.new_chat_members | F.left_chat_member | F.general_forum_topic_hidden
)  # fmt: skip


async def in_support_chat(message: Message, settings: Settings, support: SupportService) -> bool:
    return (
        support.enabled
        and settings.support_chat_id is not None
        and message.chat.id == settings.support_chat_id
    )


async def reply(message: Message, text: str) -> None:
    """Answer in the same topic (aiogram's answer() keeps the message's thread)."""
    await message.answer(text)


async def acting_staff(message: Message, support: SupportRelay, bot: Bot) -> tuple[int, int] | None:
    """(the topic's user, the staff member) for a command; None (after saying why) when the sender
    is not staff or the topic belongs to no user."""
    if message.from_user is None or not await support.staff.is_staff(bot, message.from_user.id):
        await reply(message, staff_text("not-staff"))
        return None
    user_id = await support.desk.user_of_thread(
        message.message_thread_id if message.is_topic_message else None
    )
    if user_id is None:
        await reply(message, staff_text("no-user"))
        return None
    return user_id, message.from_user.id


async def on_staff_message(message: Message, bot: Bot, support: SupportRelay, turns: Turns) -> None:
    if message.from_user is None or message.from_user.is_bot:
        return
    if not await support.staff.is_staff(bot, message.from_user.id):
        return  # a non-staff member chatting in the group: nothing is relayed
    user_id = await support.desk.user_of_thread(
        message.message_thread_id if message.is_topic_message else None
    )
    if user_id is None:
        return  # the General topic, or a topic that belongs to nobody
    if not await support.is_open(user_id):
        await step_in(bot, turns, support, user_id, message.from_user.id)
    await support.to_user(message, user_id)


async def step_in(bot: Bot, turns: Turns, support: SupportRelay, user_id: int, staff_id: int) -> None:
    """Staff wrote in a closed ticket: open it and pause the user's flow."""
    async with turns.locked(bot, user_id) as turn:
        await user_side.pause_flow(turn)
    await support.open_ticket(user_id, None, actor_id=staff_id, opened_by="staff", reason="staff stepped in")


async def on_staff_edit(message: Message, bot: Bot, support: SupportRelay) -> None:
    if message.from_user is not None and await support.staff.is_staff(bot, message.from_user.id):
        await support.mirror_staff_edit(message)


# --- commands ----------------------------------------------------------------------------------------


async def on_done(message: Message, bot: Bot, support: SupportRelay, turns: Turns) -> None:
    if (acting := await acting_staff(message, support, bot)) is None:
        return
    user_id, staff = acting
    await support.close_ticket(user_id, actor_id=staff, note=staff_text("done", staff=staff))
    async with turns.locked(bot, user_id) as turn:
        if await turn.state.get_state() == Support.talking.state:
            await user_side.hand_back(turn, "support-done")


async def on_refund(
    message: Message, command: CommandObject, bot: Bot, support: SupportRelay, turns: Turns
) -> None:
    if (acting := await acting_staff(message, support, bot)) is None:
        return
    user_id, staff_id = acting
    payments = turns.payments
    order_id = _int(command.args)
    if order_id is None and (command.args or "").strip():  # a typo must not refund the latest order
        await reply(message, staff_text("usage-refund"))
        return
    if order_id is None:
        refundable = [o for o in await payments.orders(user_id) if o.status in REFUNDABLE]
        if not refundable:
            await reply(message, staff_text("no-order"))
            return
        order_id = refundable[0].id
        assert order_id is not None  # a stored order has its id
    order = await payments.order(order_id)
    if order is None or order.user_id != user_id:  # another user's order id typed in this topic
        await reply(message, staff_text("refund-refused", order=order_id, reason="not this user's order"))
        return
    async with turns.locked(bot, user_id) as turn:
        outcome, refused = await refund_order(
            turn, order_id, actor_id=staff_id, reason="staff", tell_refusal=False
        )
    if refused is not None:
        await reply(message, staff_text("refund-refused", order=order_id, reason=refused))
    elif outcome is None:
        await reply(message, staff_text("refund-failed", order=order_id))
    else:
        what = f"{order.stars} ⭐" if order.paid_with == PaidWith.stars else f"{order.credits_spent} credit"
        await reply(message, staff_text("refunded", order=order_id, what=what))


async def on_credit(
    message: Message, command: CommandObject, bot: Bot, support: SupportRelay, turns: Turns
) -> None:
    if (acting := await acting_staff(message, support, bot)) is None:
        return
    user_id, staff_id = acting
    amount, _, reason = (command.args or "").partition(" ")
    credits = _int(amount, signed=True)
    if not credits or not reason.strip():
        await reply(message, staff_text("usage-credit"))
        return
    payments = turns.payments
    await payments.grant(
        user_id,
        credits,
        actor_id=staff_id,
        note=reason.strip()[:200],
        key=f"staff:{message.chat.id}:{message.message_id}",  # a replayed command grants once
        kind=LedgerKind.staff_grant,
    )
    balance = await payments.balance(user_id)
    await reply(message, staff_text("credited", credits=credits, reason=reason.strip(), balance=balance))
    if credits > 0:
        async with turns.locked(bot, user_id) as turn:
            await turn.say("support-credited", credits=credits, balance=balance)


async def on_reprocess(
    message: Message,
    command: CommandObject,
    bot: Bot,
    support: SupportRelay,
    turns: Turns,
    delivery: DeliveryService,
) -> None:
    if (acting := await acting_staff(message, support, bot)) is None:
        return
    user_id, staff_id = acting
    try:
        overrides = parse_overrides(command.args or "", turns.catalogue)
    except ReprocessError as exc:
        await reply(message, f"{staff_text('usage-reprocess')}\n{exc}")
        return
    async with turns.locked(bot, user_id) as turn:
        try:
            what = await reprocess(turn, overrides, delivery)
        except ReprocessError as exc:
            await reply(message, staff_text("reprocess-failed", reason=str(exc)))
            return
    await support.desk.note(user_id, actor_id=staff_id, action="reprocess", overrides=overrides)
    await reply(message, staff_text("reprocessed", what=what))


async def on_note(message: Message, bot: Bot, support: SupportRelay) -> None:
    if (acting := await acting_staff(message, support, bot)) is None:
        return
    user_id, staff_id = acting
    await support.desk.note(user_id, actor_id=staff_id, action="note", length=len(message.text or ""))
    await reply(message, staff_text("noted"))


async def on_ban(
    message: Message, command: CommandObject, bot: Bot, support: SupportRelay, payments: PaymentService
) -> None:
    if (acting := await acting_staff(message, support, bot)) is None:
        return
    user_id, staff_id = acting
    banned = command.command == "ban"
    changed = await payments.set_banned(user_id, banned, actor_id=staff_id)
    await reply(message, staff_text(("banned" if banned else "unbanned") if changed else "unchanged"))


async def on_help(message: Message, bot: Bot, support: SupportRelay) -> None:
    if message.from_user is not None and await support.staff.is_staff(bot, message.from_user.id):
        await reply(message, staff_text("help"))


async def ignore(message: Message) -> None:
    """Topic created, pinned, renamed…: Telegram's own notices are nobody's message to relay."""


def _int(text: str | None, *, signed: bool = False) -> int | None:
    text = (text or "").strip().lstrip("#")
    body = text[1:] if signed and text[:1] in "+-" else text
    return int(text) if body.isdigit() and len(body) < 10 else None


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="staff")
    router.message.filter(in_support_chat)
    router.edited_message.filter(in_support_chat)
    commands: list[tuple[Any, str | tuple[str, ...]]] = [
        (on_done, "done"),
        (on_refund, "refund"),
        (on_credit, "credit"),
        (on_reprocess, "reprocess"),
        (on_note, "note"),
        (on_ban, ("ban", "unban")),
        (on_help, ("help", "start")),
    ]
    for handler, names in commands:
        router.message.register(handler, Command(*([names] if isinstance(names, str) else names)))
    router.message.register(ignore, SERVICE)  # service messages: nothing to relay
    router.message.register(on_staff_message, ~F.text.startswith("/"))
    router.edited_message.register(on_staff_edit)
    return router
