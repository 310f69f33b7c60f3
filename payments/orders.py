"""The order lifecycle: created → paid → delivering → delivered (or failed), and refunded.

Each transition is one conditional UPDATE or a check under the account lock, so two bot
replicas, a replayed update or a double tap can never move an order twice: `claim_delivery`
succeeds for exactly one caller, `record_payment` stores a charge id once.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import or_, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from payments.models import Order, OrderStatus, Payment

DELIVERABLE = (OrderStatus.paid.value, OrderStatus.failed.value)
UNPAID = (OrderStatus.created.value, OrderStatus.cancelled.value)  # never paid: not in /history


async def get(session: AsyncSession, order_id: int) -> Order | None:
    return await session.get(Order, order_id)


async def of_user(session: AsyncSession, user_id: int, *, limit: int = 10) -> list[Order]:
    rows = await session.exec(
        select(Order)
        .where(Order.user_id == user_id, col(Order.status).not_in(UNPAID))
        .order_by(col(Order.id).desc())
        .limit(limit)
    )
    return list(rows.all())


async def payment_of(session: AsyncSession, order_id: int) -> Payment | None:
    """The order's (latest) Stars payment; a second payment that was sent back does not count."""
    rows = await session.exec(
        select(Payment)
        .where(Payment.order_id == order_id, Payment.role != "double")
        .order_by(col(Payment.id).desc())
    )
    return rows.first()


async def payment_by_charge(session: AsyncSession, charge_id: str) -> Payment | None:
    return (await session.exec(select(Payment).where(Payment.charge_id == charge_id))).first()


async def claim_delivery(session: AsyncSession, order_id: int, now: datetime, stale_after: timedelta) -> bool:
    """Take the delivery of a paid (or failed) order, or of one whose claimer went silent."""
    result = await session.exec(  # type: ignore[call-overload]
        update(Order)
        .where(
            col(Order.id) == order_id,
            or_(
                col(Order.status).in_(DELIVERABLE),
                (col(Order.status) == OrderStatus.delivering.value)
                & (col(Order.claimed_at) < now - stale_after),
            ),
        )
        .values(status=OrderStatus.delivering.value, claimed_at=now)
    )
    return bool(result.rowcount)


async def finish_delivery(
    session: AsyncSession, order_id: int, now: datetime, *, failure: str | None = None
) -> bool:
    """delivering → delivered (or → failed with an error code); False if it was not delivering."""
    values: dict[str, object] = (
        {"status": OrderStatus.failed.value, "failure": failure}
        if failure
        else {"status": OrderStatus.delivered.value, "delivered_at": now, "failure": None}
    )
    result = await session.exec(  # type: ignore[call-overload]
        update(Order)
        .where(col(Order.id) == order_id, col(Order.status) == OrderStatus.delivering.value)
        .values(**values)
    )
    return bool(result.rowcount)


async def waiting_for_delivery(session: AsyncSession, now: datetime, stale_after: timedelta) -> list[Order]:
    """Paid orders nobody is delivering: a bot process stopped between payment and files."""
    rows = await session.exec(
        select(Order).where(
            col(Order.request).is_not(None),
            or_(
                col(Order.status) == OrderStatus.paid.value,
                (col(Order.status) == OrderStatus.delivering.value)
                & (col(Order.claimed_at) < now - stale_after),
            ),
        )
    )
    return list(rows.all())
