"""The order lifecycle: created → paid → delivering → delivered (or failed), and refunded.

Each transition is one conditional UPDATE or a check under the account lock, so two bot
replicas, a replayed update or a double tap can never move an order twice: `claim_delivery`
succeeds for exactly one caller, `record_payment` stores a charge id once. A delivery is held
under a lease (claimed_by, lease_until) that its process renews; a paid order waiting for another
try keeps its earliest time in lease_until too, so "due" means the same for both.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, or_, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from payments.models import Order, OrderStatus, Payment, PaymentRole

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
        .where(Payment.order_id == order_id, Payment.role != PaymentRole.double.value)
        .order_by(col(Payment.id).desc())
    )
    return rows.first()


async def payment_by_charge(session: AsyncSession, charge_id: str) -> Payment | None:
    return (await session.exec(select(Payment).where(Payment.charge_id == charge_id))).first()


def _due(now: datetime) -> ColumnElement[bool]:
    """No lease, or one that ran out: a paid order's next try is due, a delivering one's owner is gone."""
    return or_(col(Order.lease_until).is_(None), col(Order.lease_until) <= now)


async def claim_delivery(
    session: AsyncSession, order_id: int, now: datetime, owner: str, lease: timedelta
) -> bool:
    """Take the delivery of a paid (or failed) order whose next try is due, or of one whose
    deliverer's lease ran out (that process is gone). Exactly one caller wins; it holds the order
    until now + lease and must renew that while it works."""
    result = await session.exec(
        update(Order)
        .where(
            col(Order.id) == order_id,
            col(Order.status).in_((*DELIVERABLE, OrderStatus.delivering.value)),
            _due(now),
        )
        .values(
            status=OrderStatus.delivering.value,
            claimed_at=now,
            claimed_by=owner,
            lease_until=now + lease,
            attempts=col(Order.attempts) + 1,
        )
    )
    return bool(result.rowcount)


def _held(order_id: int, owner: str | None) -> ColumnElement[bool]:
    """The order is being delivered (by `owner`, when given)."""
    held = (col(Order.id) == order_id) & (col(Order.status) == OrderStatus.delivering.value)
    return held if owner is None else held & (col(Order.claimed_by) == owner)


async def renew_lease(
    session: AsyncSession, order_id: int, now: datetime, owner: str, lease: timedelta
) -> bool:
    """The heartbeat: keep holding the order; False when it is no longer ours."""
    result = await session.exec(update(Order).where(_held(order_id, owner)).values(lease_until=now + lease))
    return bool(result.rowcount)


async def record_progress(session: AsyncSession, order_id: int, owner: str, files_sent: int) -> bool:
    """`files_sent` files of this delivery went out (a takeover sends only the rest)."""
    result = await session.exec(update(Order).where(_held(order_id, owner)).values(files_sent=files_sent))
    return bool(result.rowcount)


async def finish_delivery(
    session: AsyncSession,
    order_id: int,
    now: datetime,
    *,
    failure: str | None = None,
    owner: str | None = None,
) -> bool:
    """delivering → delivered (or → failed with an error code); False if it was not delivering
    (by `owner`, when given)."""
    values: dict[str, object] = (
        {"status": OrderStatus.failed.value, "failure": failure}
        if failure
        else {"status": OrderStatus.delivered.value, "delivered_at": now, "failure": None}
    )
    result = await session.exec(
        update(Order).where(_held(order_id, owner)).values(**values, lease_until=None, claimed_by=None)
    )
    return bool(result.rowcount)


async def retry_later(
    session: AsyncSession, order_id: int, owner: str, not_before: datetime, failure: str
) -> bool:
    """delivering → paid, to be tried again from `not_before` (by whichever process is first)."""
    result = await session.exec(
        update(Order)
        .where(_held(order_id, owner))
        .values(status=OrderStatus.paid.value, failure=failure, lease_until=not_before, claimed_by=None)
    )
    return bool(result.rowcount)


async def waiting_for_delivery(session: AsyncSession, now: datetime) -> list[Order]:
    """Paid document orders nobody is delivering: never started, due for another try, or held by a
    process whose lease ran out (it stopped between payment and files)."""
    rows = await session.exec(
        select(Order).where(
            col(Order.request).is_not(None),
            col(Order.status).in_((OrderStatus.paid.value, OrderStatus.delivering.value)),
            _due(now),
        )
    )
    return list(rows.all())
