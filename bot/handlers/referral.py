"""/referral: the user's link, how many joined through it and what it earned; and the join itself.

The link is `t.me/<bot>?start=ref_<code>`. Joining happens in /start (handlers/start.py calls
`join`) with the rules in payments/referrals.py; the user hears about the bonus only when one was
given, and nothing at all for a refused code (no hint for someone probing codes). The inviter
hears when a reward lands.
"""

from __future__ import annotations

import logging

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from bot.conversation.turn import Turn
from bot.steps.referral import REF_PREFIX

log = logging.getLogger(__name__)


async def on_referral(message: Message, turn: Turn) -> None:
    code = await turn.payments.referral_code(turn.user.id)
    me = await turn.bot.me()
    joined, earned = await turn.payments.referral_stats(turn.user.id)
    rules = turn.payments.prices.referral
    await turn.say(
        "referral-card",
        link=f"https://t.me/{me.username}?start={REF_PREFIX}{code}",
        joined=joined,
        earned=earned,
        invitee=rules.invitee_credits,
        inviter=rules.inviter_credits,
    )


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="referral")
    router.message.register(on_referral, Command("referral"))
    return router
