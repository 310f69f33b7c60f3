"""Refunds, on the database side: what refunding an order means, and recording that it happened.

A Stars refund is asked of Telegram first (by the bot) and recorded here after; recording is
idempotent per charge, so the `refunded_payment` update Telegram sends for every refund records it
again harmlessly. Recording reverses what the order granted (bundle or pack credits, in their own
bucket), gives back a credit spent on it, and takes back the referral reward it earned. A second
payment of an already paid order ("double") is refunded alone: the order keeps its first payment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from payments import audit, ledger, orders, referrals
from payments.models import LedgerEntry, LedgerKind, Order, OrderStatus, PaidWith, Payment, PaymentRole


class RefundRefused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # not_found | not_paid | refunded | window | delivered


@dataclass(frozen=True)
class RefundPlan:
    order: Order
    charge_id: str | None  # the Stars charge to refund; None: the order was paid with credits


@dataclass(frozen=True)
class RefundOutcome:
    order: Order
    new: bool
    credits_reversed: int = 0
    referral_reversed: int = 0


async def plan(
    session: AsyncSession, order_id: int, now: datetime, *, user_id: int | None, window: timedelta
) -> RefundPlan:
    """What refunding this order means. With `user_id` (self-service) only the user's own
    order whose delivery failed, within the refund window."""
    order = await orders.get(session, order_id)
    if order is None or (user_id is not None and order.user_id != user_id):
        raise RefundRefused("not_found")
    if order.status == OrderStatus.refunded.value:
        raise RefundRefused("refunded")
    if order.status in (OrderStatus.created.value, OrderStatus.cancelled.value):
        raise RefundRefused("not_paid")
    if user_id is not None:
        if order.status != OrderStatus.failed.value:
            raise RefundRefused("delivered")
        if order.paid_at is None or now - order.paid_at > window:
            raise RefundRefused("window")
    payment = await orders.payment_of(session, order_id)
    if order.paid_with == PaidWith.stars.value and (payment is None or payment.refunded_at is not None):
        raise RefundRefused("refunded" if payment else "not_paid")
    return RefundPlan(
        order, payment.charge_id if payment and order.paid_with == PaidWith.stars.value else None
    )


async def record(
    session: AsyncSession, order_id: int, now: datetime, *, actor_id: int, reason: str, charge_id: str | None
) -> RefundOutcome:
    """The order's money (or credit) went back: mark it, reverse what it granted, once."""
    order = await orders.get(session, order_id)
    if order is None or order.id is None:
        raise RefundRefused("not_found")
    await ledger.lock_account(session, order.user_id)
    payment = (
        await orders.payment_by_charge(session, charge_id)
        if charge_id
        else await orders.payment_of(session, order_id)
    )
    payment_new = payment is not None and payment.refunded_at is None
    if payment is not None and payment_new:
        payment.refunded_at = now
        session.add(payment)
    if payment is not None and payment.role == PaymentRole.double.value:  # the order keeps its first payment
        if payment_new:
            await _log(session, now, order, payment, actor_id=actor_id, reason=reason, credits=0)
        return RefundOutcome(order, new=payment_new)
    if order.status == OrderStatus.refunded.value and not payment_new:
        return RefundOutcome(order, new=False)
    credits = 0
    if payment is not None:
        credits += await ledger.reverse(
            session,
            f"purchase:{payment.charge_id}",
            f"refund:{payment.charge_id}",
            LedgerKind.refund,
            now,
            note=reason,
        )
    if order.paid_with == "credits":
        credits += await _return_spent_credits(session, order, now, reason)
    referral = await referrals.reverse_reward(session, order, now)
    order.status = OrderStatus.refunded.value
    order.refunded_at = now
    session.add(order)
    await _log(session, now, order, payment, actor_id=actor_id, reason=reason, credits=credits)
    return RefundOutcome(order, new=True, credits_reversed=credits, referral_reversed=referral)


async def _log(
    session: AsyncSession,
    now: datetime,
    order: Order,
    payment: Payment | None,
    *,
    actor_id: int,
    reason: str,
    credits: int,
) -> None:
    """One audit entry per refunded charge (or per credit-paid order)."""
    await audit.record(
        session,
        "refund",
        now,
        actor_id=actor_id,
        user_id=order.user_id,
        order_id=order.id,
        key=f"refund:{order.id}:{payment.charge_id if payment else 'credits'}",
        reason=reason,
        stars=payment.stars if payment else 0,
        credits=credits,
    )


async def _return_spent_credits(session: AsyncSession, order: Order, now: datetime, reason: str) -> int:
    spent = await session.exec(
        select(LedgerEntry.key)
        .where(LedgerEntry.order_id == order.id, LedgerEntry.kind == LedgerKind.spend.value)
        .order_by(col(LedgerEntry.id))
    )
    first = spent.first()
    if first is None:
        return 0
    return await ledger.reverse(
        session, first, f"refund:order:{order.id}", LedgerKind.refund, now, note=reason
    )
