"""Referral: reading a `ref_<code>` /start payload and joining the inviter (rules in
payments/referrals.py)."""

from __future__ import annotations

from bot.conversation.turn import Turn
from payments.referrals import CODE_PATTERN, Joined

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
