"""The credits ledger through `PaymentService`, on SQLite and PostgreSQL: no overdraft, no double spend.

Proves: 50 concurrent spends of one credit each on an account holding 20 succeed exactly 20 times,
the other 30 raise InsufficientCredits, and the ledger never dips below zero (the account lock);
50 concurrent spends for the SAME request cost one credit and return one order (the idempotency
key); a grant happens once per key; subscription credits are spent first and expire at the period
end (balance() ignores the dead bucket at once, the next spend writes the `expiry` entry), while
bought credits never expire; a renewal payment (same payload, new charge) adds a new bucket.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime, timedelta

import pytest
from sqlmodel import col, func, select

from payments.clock import to_unix
from payments.database import Database
from payments.ledger import InsufficientCredits
from payments.models import AuditEntry, LedgerEntry, LedgerKind, Order, OrderStatus, Payment
from payments.products import load_prices
from payments.service import PaymentService
from tests.payments_clock import SECRET, START, FakeClock

USER = 7_100_000_001  # Telegram ids exceed 32 bits
STAFF = 42


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def service(database_url: str, clock: FakeClock) -> AsyncIterator[PaymentService]:
    svc = PaymentService(Database(database_url), load_prices(), SECRET, clock=clock.__call__)
    await svc.start()
    yield svc
    await svc.close()


async def grant(service: PaymentService, user_id: int, credits: int, key: str) -> bool:
    return await service.grant(
        user_id, credits, actor_id=STAFF, note="test", key=key, kind=LedgerKind.staff_grant
    )


async def entries(service: PaymentService, user_id: int) -> list[LedgerEntry]:
    """All of the user's ledger entries, oldest first."""
    async with service.db.transaction() as session:
        rows = await session.exec(
            select(LedgerEntry).where(LedgerEntry.user_id == user_id).order_by(col(LedgerEntry.id))
        )
        return list(rows.all())


async def count(service: PaymentService, model: type, *where: object) -> int:
    async with service.db.transaction() as session:
        return (await session.exec(select(func.count()).select_from(model).where(*where))).one()


async def buy_subscription(
    service: PaymentService, user_id: int, period_end: datetime, charge_id: str, payload: str | None = None
) -> str:
    """Pay the monthly subscription (or renew it, given the first invoice's payload); its payload."""
    if payload is None:
        payload = (await service.create_order(user_id, "monthly")).payload
    outcome = await service.record_payment(
        user_id,
        payload=payload,
        currency="XTR",
        total=service.prices.products["monthly"].stars,
        charge_id=charge_id,
        subscription_expires=to_unix(period_end),
    )
    assert outcome.new and outcome.refund_needed is None
    assert outcome.credits == service.prices.products["monthly"].credits
    return payload


async def test_concurrent_spends_never_overdraw(service: PaymentService) -> None:
    await service.open_account(USER)
    assert await grant(service, USER, 20, "grant:start")

    results = await asyncio.gather(
        *(service.pay_with_credits(USER, request=f'{{"photo": {n}}}', doc_id=f"doc{n}") for n in range(50)),
        return_exceptions=True,
    )

    paid = [r for r in results if isinstance(r, Order)]
    refused = [r for r in results if isinstance(r, InsufficientCredits)]
    assert len(paid) == 20, [r for r in results if not isinstance(r, Order | InsufficientCredits)]
    assert len(refused) == 30
    assert all(r.balance == 0 and r.needed == 1 for r in refused)
    assert len({order.id for order in paid}) == 20
    assert all(o.status == OrderStatus.paid and o.paid_with == "credits" for o in paid)
    assert await service.balance(USER) == 0

    history = await entries(service, USER)
    spends = [e for e in history if e.kind == LedgerKind.spend]
    assert len(spends) == 20
    assert {e.order_id for e in spends} == {o.id for o in paid}
    running = 0
    for entry in history:
        running += entry.delta
        assert running >= 0, "the ledger went negative"
    assert running == 0
    # the refused spends left no order behind
    assert await count(service, Order, Order.user_id == USER) == 20


async def test_concurrent_spends_of_one_request_cost_one_credit(service: PaymentService) -> None:
    await service.open_account(USER)
    assert await grant(service, USER, 20, "grant:start")

    results = await asyncio.gather(
        *(service.pay_with_credits(USER, request='{"photo": 1}', doc_id="doc1") for _ in range(50))
    )

    assert len({order.id for order in results}) == 1
    assert await service.balance(USER) == 19
    assert len([e for e in await entries(service, USER) if e.kind == LedgerKind.spend]) == 1
    assert await count(service, Order, Order.user_id == USER) == 1
    assert await count(service, AuditEntry, AuditEntry.action == "spend") == 1

    # a different request is a different purchase
    other = await service.pay_with_credits(USER, request='{"photo": 2}', doc_id="doc2")
    assert other.id != results[0].id
    assert await service.balance(USER) == 18


async def test_spend_without_credits_is_refused(service: PaymentService) -> None:
    await service.open_account(USER)
    with pytest.raises(InsufficientCredits):
        await service.pay_with_credits(USER, request='{"photo": 1}', doc_id="doc1")
    assert await count(service, Order) == 0
    assert await entries(service, USER) == []


async def test_grant_happens_once_per_key(service: PaymentService) -> None:
    await service.open_account(USER)
    assert await grant(service, USER, 3, "grant:ticket-1")
    assert not await grant(service, USER, 3, "grant:ticket-1")
    assert not await grant(service, USER, 30, "grant:ticket-1")  # the key decides, not the amount
    assert await service.balance(USER) == 3
    assert await grant(service, USER, -1, "grant:ticket-2")  # a negative grant takes credits
    assert await service.balance(USER) == 2
    assert await count(service, AuditEntry, AuditEntry.action == "grant") == 2
    assert [e.delta for e in await service.ledger(USER)] == [-1, 3]


async def test_subscription_credits_go_first_and_expire(service: PaymentService, clock: FakeClock) -> None:
    await service.open_account(USER)
    period_end = START + timedelta(days=30)
    await buy_subscription(service, USER, period_end, "charge-sub-1")
    assert await grant(service, USER, 5, "grant:bought")  # credits that never expire
    assert await service.balance(USER) == 25

    for n in range(3):
        await service.pay_with_credits(USER, request=f'{{"photo": {n}}}', doc_id=f"doc{n}")
    spends = [e for e in await entries(service, USER) if e.kind == LedgerKind.spend]
    assert [e.expires_at for e in spends] == [period_end] * 3  # drawn from the subscription bucket
    assert await service.balance(USER) == 22

    clock.now = period_end - timedelta(seconds=1)
    assert await service.balance(USER) == 22  # still live, to the last second

    clock.now = period_end + timedelta(seconds=1)
    assert await service.balance(USER) == 5  # the 17 left of the period are gone
    assert not [e for e in await entries(service, USER) if e.kind == LedgerKind.expiry]

    await service.pay_with_credits(USER, request='{"photo": 9}', doc_id="doc9")
    history = await entries(service, USER)
    expiries = [e for e in history if e.kind == LedgerKind.expiry]
    assert [(e.delta, e.expires_at) for e in expiries] == [(-17, period_end)]
    assert history[-1].kind == LedgerKind.spend and history[-1].expires_at is None  # a bought credit
    assert await service.balance(USER) == 4

    clock.advance(days=365)  # bought credits never expire
    assert await service.balance(USER) == 4
    await service.pay_with_credits(USER, request='{"photo": 10}', doc_id="doc10")
    assert await service.balance(USER) == 3
    assert len([e for e in await entries(service, USER) if e.kind == LedgerKind.expiry]) == 1


async def test_renewal_adds_a_new_bucket(service: PaymentService, clock: FakeClock) -> None:
    await service.open_account(USER)
    first_end = START + timedelta(days=30)
    second_end = first_end + timedelta(days=30)
    payload = await buy_subscription(service, USER, first_end, "charge-sub-1")
    await service.pay_with_credits(USER, request='{"photo": 1}', doc_id="doc1")
    assert await service.balance(USER) == 19

    clock.now = first_end - timedelta(hours=1)  # Telegram renews shortly before the period ends
    await buy_subscription(service, USER, second_end, "charge-sub-2", payload=payload)
    assert await service.balance(USER) == 39
    assert await count(service, Payment, Payment.user_id == USER) == 2
    async with service.db.transaction() as session:
        subscription_orders = (await session.exec(select(Order).where(Order.user_id == USER))).all()
    assert [(o.product, o.status) for o in subscription_orders if o.product == "monthly"] == [
        ("monthly", OrderStatus.delivered)
    ]

    # spends take the bucket that ends first
    await service.pay_with_credits(USER, request='{"photo": 2}', doc_id="doc2")
    assert (await entries(service, USER))[-1].expires_at == first_end

    clock.now = first_end + timedelta(minutes=1)  # the first period's 18 expire, the renewal's 20 live
    assert await service.balance(USER) == 20
    clock.now = second_end + timedelta(minutes=1)
    assert await service.balance(USER) == 0

    # a replayed renewal update adds nothing
    again = await service.record_payment(
        USER,
        payload=payload,
        currency="XTR",
        total=service.prices.products["monthly"].stars,
        charge_id="charge-sub-2",
        subscription_expires=to_unix(second_end),
    )
    assert not again.new
    assert await count(service, Payment, Payment.user_id == USER) == 2


async def test_members_hold_credits_or_a_running_subscription(
    service: PaymentService, clock: FakeClock
) -> None:
    """Whose engine jobs go before free users' (bot/jobs/priority.py MEMBER)."""
    await service.open_account(USER)
    assert not await service.is_member(USER)
    assert await grant(service, USER, 1, "grant:one")
    assert await service.is_member(USER)
    await service.pay_with_credits(USER, request='{"photo": 0}', doc_id="doc0")
    assert not await service.is_member(USER)  # spent: free again

    period_end = START + timedelta(days=30)
    await buy_subscription(service, USER, period_end, "charge-sub-member")
    monthly = service.prices.products["monthly"].credits
    for n in range(monthly):
        await service.pay_with_credits(USER, request=f'{{"photo": {n + 1}}}', doc_id=f"doc{n + 1}")
    assert await service.balance(USER) == 0
    assert await service.is_member(USER)  # the period still runs, its credits all spent
    clock.now = period_end + timedelta(seconds=1)
    assert not await service.is_member(USER)
