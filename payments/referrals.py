"""Referral codes: every user has one; a new user arriving through it and the inviter both earn.

Rules (the abuse cases each have a test): the invitee's bonus is paid once, only to a user whose
account is created by that very /start; no self-referral; one inviter per user, for good (the
redemption's primary key is the invitee); an inviter's link hands out at most
`invitee_daily_cap` bonuses and earns at most `inviter_daily_cap` rewards per 24 h; the inviter's
reward comes with the invitee's first order paid in Stars (credits bought nothing) and is
reversed when that order is refunded.
"""

from __future__ import annotations

import re
import secrets
import string
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from payments import audit, ledger
from payments.models import (
    SYSTEM,
    LedgerEntry,
    LedgerKind,
    Order,
    PaidWith,
    ReferralCode,
    ReferralRedemption,
)
from payments.products import ReferralRules

CODE_ALPHABET = string.ascii_letters + string.digits
CODE_LENGTH = 8
CODE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,32}$")  # what a ref_<code> deep link may carry
DAY = timedelta(hours=24)


class Joined(StrEnum):
    ok = "ok"
    capped = "capped"  # linked, but the inviter's link handed out its daily bonuses already
    unknown = "unknown"  # no such code
    self = "self"
    not_new = "not_new"  # existing users cannot be referred
    already = "already"  # this user has an inviter


async def code_of(session: AsyncSession, user_id: int, now: datetime) -> str:
    """The user's code, created on first use (random, 8 letters and digits)."""
    found = await session.exec(select(ReferralCode.code).where(ReferralCode.user_id == user_id))
    code = found.first()
    if code is not None:
        return code
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        taken = await session.exec(select(ReferralCode.code).where(ReferralCode.code == code))
        if taken.first() is None:
            break
    session.add(ReferralCode(code=code, user_id=user_id, created_at=now))
    await session.flush()
    return code


async def owner_of(session: AsyncSession, code: str) -> int | None:
    if not CODE_PATTERN.match(code):
        return None
    return (await session.exec(select(ReferralCode.user_id).where(ReferralCode.code == code))).first()


async def join(
    session: AsyncSession, invitee_id: int, code: str, *, is_new: bool, rules: ReferralRules, now: datetime
) -> tuple[Joined, int]:
    """Link a new user to the code's owner and pay the invitee bonus; (outcome, credits given)."""
    inviter_id = await owner_of(session, code)
    if inviter_id is None:
        return Joined.unknown, 0
    if inviter_id == invitee_id:
        return Joined.self, 0
    if await session.get(ReferralRedemption, invitee_id) is not None:
        return Joined.already, 0
    if not is_new:
        return Joined.not_new, 0
    invitee = await ledger.lock_account(session, invitee_id)
    await ledger.lock_account(session, inviter_id)  # serialises the daily-cap count per inviter
    today = await session.exec(
        select(func.count())
        .select_from(ReferralRedemption)
        .where(
            ReferralRedemption.inviter_id == inviter_id,
            ReferralRedemption.created_at > now - DAY,
            ReferralRedemption.invitee_bonus > 0,
        )
    )
    capped = today.one() >= rules.invitee_daily_cap
    bonus = 0 if capped else rules.invitee_credits
    invitee.referred_by = inviter_id
    session.add(invitee)
    session.add(
        ReferralRedemption(
            invitee_id=invitee_id, inviter_id=inviter_id, code=code, created_at=now, invitee_bonus=bonus
        )
    )
    await session.flush()
    if bonus:
        await ledger.append(session, invitee_id, bonus, LedgerKind.signup_bonus, f"signup:{invitee_id}", now)
    await audit.record(
        session, "referral_join", now, actor_id=SYSTEM, user_id=invitee_id, inviter=inviter_id, bonus=bonus
    )
    return (Joined.capped if capped else Joined.ok), bonus


async def reward_inviter(
    session: AsyncSession, order: Order, *, rules: ReferralRules, now: datetime
) -> tuple[int, int] | None:
    """After an invitee's first Stars order completes: (inviter id, credits) once, or None."""
    if order.paid_with != PaidWith.stars.value or order.id is None:
        return None
    redemption = await session.get(ReferralRedemption, order.user_id)
    if redemption is None or redemption.rewarded_order_id is not None:
        return None
    await ledger.lock_account(session, redemption.inviter_id)
    earned = await session.exec(
        select(func.count())
        .select_from(ReferralRedemption)
        .where(
            ReferralRedemption.inviter_id == redemption.inviter_id,
            col(ReferralRedemption.rewarded_at) > now - DAY,
            ReferralRedemption.inviter_bonus > 0,
        )
    )
    credits = 0 if earned.one() >= rules.inviter_daily_cap else rules.inviter_credits
    redemption.rewarded_order_id = order.id
    redemption.rewarded_at = now
    redemption.inviter_bonus = credits
    session.add(redemption)
    await session.flush()
    if credits:
        await ledger.append(
            session,
            redemption.inviter_id,
            credits,
            LedgerKind.referral_bonus,
            f"referral:{order.user_id}",
            now,
            order_id=order.id,
        )
    await audit.record(
        session,
        "referral_reward",
        now,
        actor_id=SYSTEM,
        user_id=redemption.inviter_id,
        order_id=order.id,
        invitee=order.user_id,
        credits=credits,
    )
    return redemption.inviter_id, credits


async def reverse_reward(session: AsyncSession, order: Order, now: datetime) -> int:
    """The inviter's reward for this order, taken back once (the order was refunded)."""
    redemption = await session.get(ReferralRedemption, order.user_id)
    if redemption is None or redemption.rewarded_order_id != order.id or not redemption.inviter_bonus:
        return 0
    return await ledger.reverse(
        session,
        f"referral:{order.user_id}",
        f"referral-reversal:{order.user_id}",
        LedgerKind.refund,
        now,
        note=f"order {order.id} refunded",
    )


async def stats(session: AsyncSession, user_id: int) -> tuple[int, int]:
    """(users who joined through this user's link, credits earned from them)."""
    joined = await session.exec(
        select(func.count()).select_from(ReferralRedemption).where(ReferralRedemption.inviter_id == user_id)
    )
    earned = await session.exec(
        select(func.coalesce(func.sum(LedgerEntry.delta), 0)).where(
            LedgerEntry.user_id == user_id,
            (col(LedgerEntry.kind) == LedgerKind.referral_bonus.value)
            | col(LedgerEntry.key).startswith("referral-reversal:"),
        )
    )
    return int(joined.one()), int(earned.one())
