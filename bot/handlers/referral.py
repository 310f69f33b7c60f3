"""/referral: the user's link, how many joined through it and what it earned; and the join itself.

The link is `t.me/<bot>?start=ref_<code>`. Joining happens in /start (handlers/start.py calls
`join`) with the rules in payments/referrals.py; the user hears about the bonus only when one was
given, and nothing at all for a refused code (no hint for someone probing codes). The inviter
hears when a reward lands.
"""

from __future__ import annotations

import logging

from aiogram import Router
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.filters import Command
from aiogram.fsm.storage.base import StorageKey
from aiogram.types import Message

from bot.conversation.turn import Turn
from payments.referrals import CODE_PATTERN, Joined

log = logging.getLogger(__name__)

REF_PREFIX = "ref_"


def referral_code(payload: str | None) -> str | None:
    """The code of a `ref_<code>` /start payload, if it is one and well formed."""
    if not payload or not payload.startswith(REF_PREFIX):
        return None
    code = payload.removeprefix(REF_PREFIX)
    return code if CODE_PATTERN.match(code) else None


async def join(turn: Turn, code: str, *, is_new: bool, consented_before: bool) -> None:
    """A user arrived through a link: link and reward them when the rules allow."""
    outcome, bonus = await turn.payments.join(turn.user.id, code, is_new=is_new and not consented_before)
    if outcome in (Joined.ok, Joined.capped) and bonus:
        await turn.say("referral-welcome", credits=bonus)


async def tell_inviter(turn: Turn, reward: tuple[int, int] | None) -> None:
    """The invitee's first paid order earned the inviter credits: tell the inviter, in their own
    language (from their saved choice; else English). An inviter who blocked the bot is skipped."""
    if reward is None or reward[1] <= 0:
        return
    inviter, credits = reward
    key = StorageKey(bot_id=turn.bot.id, chat_id=inviter, user_id=inviter)
    saved = (await turn.state.storage.get_data(key)).get("lang")
    t = turn.t.i18n.bind(turn.t.i18n.pick(saved, None))
    balance = await turn.payments.balance(inviter)
    try:
        await turn.bot.send_message(inviter, t("referral-earned", credits=credits, balance=balance))
    except (TelegramForbiddenError, TelegramBadRequest) as exc:
        log.info("the inviter could not be told (%s)", type(exc).__name__)


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
