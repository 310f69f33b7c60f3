"""Stars checkout through `PaymentService`, on SQLite and PostgreSQL: invoices, payments, delivery, refunds.

Proves: the signed invoice payload fits Telegram's 128 bytes; pre-checkout accepts a good invoice
and declines an altered payload, another user's, a wrong total or currency, an expired invoice, a
paid order, a banned user, and an invoice whose price changed since; a payment is recorded once per
charge id (a replay changes nothing), money that matches no order or pays an order twice is
flagged for refund; credit packs are delivered at payment; exactly one of many concurrent delivery
claims wins and a stale claim can be taken over; self-service refunds only for the user's own failed
order within the window; a refund reverses what the order granted (bundle credits, a spent credit),
once; and refunding a duplicate charge leaves the order that was paid properly alone.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlmodel import func, select

from payments import tokens
from payments.clock import to_unix
from payments.database import Database
from payments.ledger import InsufficientCredits
from payments.models import AuditEntry, LedgerKind, Order, OrderStatus, Payment
from payments.products import PriceTable, load_prices
from payments.refunds import RefundRefused
from payments.service import Checkout, Decline, PaymentOutcome, PaymentService
from store.models import User
from tests.payments_clock import SECRET, START, FakeClock

USER = 7_200_000_001  # Telegram ids exceed 32 bits
OTHER = 7_200_000_002
STAFF = 42
REQUEST = '{"spec": "us-passport", "photo": "abc"}'
LEASE = timedelta(minutes=5)  # how long a delivery claim holds without a heartbeat


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def service(database_url: str, clock: FakeClock) -> AsyncIterator[PaymentService]:
    svc = PaymentService(Database(database_url), load_prices(), SECRET, clock=clock.__call__)
    await svc.start()
    await svc.open_account(USER)
    await svc.open_account(OTHER)
    yield svc
    await svc.close()


async def order_for(service: PaymentService, product: str = "document", user_id: int = USER) -> Checkout:
    request = REQUEST if service.prices.products[product].kind == "document" else None
    return await service.create_order(user_id, product, request=request, doc_id="doc1" if request else None)


async def pay(
    service: PaymentService, checkout: Checkout, charge_id: str, *, user_id: int = USER
) -> PaymentOutcome:
    return await service.record_payment(
        user_id, payload=checkout.payload, currency="XTR", total=checkout.order.stars, charge_id=charge_id
    )


async def paid_order(service: PaymentService, product: str = "document", charge_id: str = "ch-1") -> Order:
    checkout = await order_for(service, product)
    outcome = await pay(service, checkout, charge_id)
    assert outcome.new and outcome.refund_needed is None and outcome.order is not None
    return outcome.order


async def deliver(service: PaymentService, order_id: int) -> None:
    assert await service.claim_delivery(order_id, LEASE)
    await service.delivered(order_id)


async def count(service: PaymentService, model: type, *where: object) -> int:
    async with service.db.transaction() as session:
        return (await session.exec(select(func.count()).select_from(model).where(*where))).one()


def with_field(payload: str, index: int, value: str) -> str:
    parts = payload.split(".")
    parts[index] = value
    return ".".join(parts)


def repriced(prices: PriceTable, product: str, stars: int) -> PriceTable:
    changed = prices.products[product].model_copy(update={"stars": stars})
    return prices.model_copy(update={"products": {**prices.products, product: changed}})


# --- invoices and pre-checkout ------------------------------------------------------------------


async def test_payload_fits_telegram_limit(service: PaymentService) -> None:
    for product in service.prices.products:
        checkout = await order_for(service, product, user_id=USER)
        assert len(checkout.payload.encode()) <= 128
        assert checkout.order.status == OrderStatus.created
        assert checkout.order.stars == service.prices.products[product].stars
    subscription = await order_for(service, "monthly")
    assert subscription.order.expires_at is None  # renewals reuse the payload: it never expires
    with pytest.raises(ValueError):
        await service.create_order(USER, "document")  # a document order needs its render request
    with pytest.raises(KeyError):
        await service.create_order(USER, "no-such-product")


async def test_pre_checkout_accepts_a_good_invoice(service: PaymentService) -> None:
    checkout = await order_for(service)
    assert await service.pre_checkout(USER, checkout.payload, "XTR", checkout.order.stars) is None


async def test_pre_checkout_declines_altered_or_foreign_payloads(service: PaymentService) -> None:
    checkout = await order_for(service)
    other = await order_for(service, user_id=OTHER)
    stars = checkout.order.stars
    payload = checkout.payload
    assert other.order.id is not None

    cheaper = with_field(payload, 3, "1")
    assert await service.pre_checkout(USER, cheaper, "XTR", 1) == Decline.invalid
    assert await service.pre_checkout(USER, cheaper, "XTR", stars) == Decline.invalid
    moved = with_field(payload, 1, str(other.order.id))
    assert await service.pre_checkout(USER, moved, "XTR", stars) == Decline.invalid
    rebound = with_field(payload, 2, str(OTHER))
    assert await service.pre_checkout(OTHER, rebound, "XTR", stars) == Decline.invalid
    never_expires = with_field(payload, 4, "0")
    assert await service.pre_checkout(USER, never_expires, "XTR", stars) == Decline.invalid
    assert await service.pre_checkout(USER, "not a payload", "XTR", stars) == Decline.invalid
    forged = tokens.sign(tokens.OrderToken(checkout.order.id or 0, USER, 1, 0), b"guessed secret")
    assert await service.pre_checkout(USER, forged, "XTR", 1) == Decline.invalid

    assert await service.pre_checkout(OTHER, payload, "XTR", stars) == Decline.invalid  # someone else's
    assert await service.pre_checkout(USER, payload, "XTR", stars - 1) == Decline.invalid
    assert await service.pre_checkout(USER, payload, "XTR", stars + 1) == Decline.invalid
    assert await service.pre_checkout(USER, payload, "USD", stars) == Decline.invalid
    # the genuine invoice is still good
    assert await service.pre_checkout(USER, payload, "XTR", stars) is None


async def test_pre_checkout_declines_expired_invoice(service: PaymentService, clock: FakeClock) -> None:
    checkout = await order_for(service)
    ttl = service.prices.checkout.invoice_ttl_minutes
    clock.advance(minutes=ttl - 1)
    assert await service.pre_checkout(USER, checkout.payload, "XTR", checkout.order.stars) is None
    clock.advance(minutes=2)
    assert await service.pre_checkout(USER, checkout.payload, "XTR", checkout.order.stars) == Decline.expired


async def test_pre_checkout_declines_paid_order(service: PaymentService) -> None:
    checkout = await order_for(service)
    await pay(service, checkout, "ch-1")
    assert await service.pre_checkout(USER, checkout.payload, "XTR", checkout.order.stars) == Decline.state


async def test_pre_checkout_declines_banned_user(service: PaymentService) -> None:
    checkout = await order_for(service)
    async with service.db.transaction() as session:
        await session.exec(update(User).where(User.id == USER).values(banned=True))  # type: ignore[call-overload]
    assert await service.pre_checkout(USER, checkout.payload, "XTR", checkout.order.stars) == Decline.banned


async def test_pre_checkout_declines_changed_price(database_url: str, service: PaymentService) -> None:
    checkout = await order_for(service)
    new_prices = repriced(service.prices, "document", checkout.order.stars + 50)
    restarted = PaymentService(Database(database_url), new_prices, SECRET, clock=service.clock)
    try:
        stars = checkout.order.stars
        assert await restarted.pre_checkout(USER, checkout.payload, "XTR", stars) == Decline.price
        fresh = await order_for(restarted)
        assert fresh.order.stars == stars + 50
        assert await restarted.pre_checkout(USER, fresh.payload, "XTR", stars + 50) is None
    finally:
        await restarted.close()


# --- recording payments ---------------------------------------------------------------------------


async def test_payment_is_recorded_once_per_charge(service: PaymentService) -> None:
    checkout = await order_for(service, "family")  # a document plus 2 credits
    first = await pay(service, checkout, "ch-1")
    assert first.new and first.refund_needed is None and first.credits == 2
    assert first.order is not None and first.order.id == checkout.order.id
    assert first.order.status == OrderStatus.paid and first.order.paid_with == "stars"
    assert first.order.paid_at == START
    snapshot = (
        await service.balance(USER),
        await count(service, Payment),
        await count(service, AuditEntry),
        await count(service, Order, Order.status == OrderStatus.paid),
    )
    assert snapshot == (2, 1, 1, 1)

    for _ in range(3):
        again = await pay(service, checkout, "ch-1")
        assert not again.new and again.refund_needed is None and again.credits == 0
        assert again.order is not None and again.order.id == checkout.order.id
    assert (
        await service.balance(USER),
        await count(service, Payment),
        await count(service, AuditEntry),
        await count(service, Order, Order.status == OrderStatus.paid),
    ) == snapshot


async def test_unmatched_payment_needs_refund(service: PaymentService) -> None:
    checkout = await order_for(service)
    stars = checkout.order.stars
    forged = tokens.sign(tokens.OrderToken(checkout.order.id or 0, USER, stars, 0), b"guessed secret")
    cases = {
        "ch-forged": (USER, forged, "XTR", stars),
        "ch-altered": (USER, with_field(checkout.payload, 3, "1"), "XTR", 1),
        "ch-other-user": (OTHER, checkout.payload, "XTR", stars),
        "ch-amount": (USER, checkout.payload, "XTR", stars - 1),
        "ch-currency": (USER, checkout.payload, "USD", stars),
        "ch-garbage": (USER, "garbage", "XTR", stars),
    }
    for charge_id, (user_id, payload, currency, total) in cases.items():
        outcome = await service.record_payment(
            user_id, payload=payload, currency=currency, total=total, charge_id=charge_id
        )
        assert outcome.refund_needed == "unmatched", charge_id
        assert outcome.order is None and outcome.credits == 0
    assert await count(service, Order, Order.status != OrderStatus.created) == 0
    assert await count(service, Payment) == 0
    assert await count(service, AuditEntry, AuditEntry.action == "payment_unmatched") == len(cases)
    # the genuine payment still goes through
    assert (await pay(service, checkout, "ch-good")).refund_needed is None


async def test_second_charge_for_a_paid_order_needs_refund(service: PaymentService) -> None:
    checkout = await order_for(service, "family")
    await pay(service, checkout, "ch-1")
    double = await pay(service, checkout, "ch-2")
    assert double.new and double.refund_needed == "double" and double.credits == 0
    assert double.order is not None and double.order.status == OrderStatus.paid
    assert await service.balance(USER) == 2  # the bundle's credits once
    assert await count(service, Payment) == 2  # stored, so a replay of ch-2 is recognised
    replay = await pay(service, checkout, "ch-2")
    assert not replay.new and replay.refund_needed is None


async def test_refunding_the_duplicate_charge_leaves_the_order_alone(
    service: PaymentService,
) -> None:
    """The bot refunds a "double" charge; Telegram's refunded_payment update for it must not undo the
    order the first charge paid for (its files were delivered, its credits stay)."""
    checkout = await order_for(service, "family")
    await pay(service, checkout, "ch-1")
    assert checkout.order.id is not None
    await deliver(service, checkout.order.id)
    assert (await pay(service, checkout, "ch-2")).refund_needed == "double"

    await service.refund_by_charge("ch-2", actor_id=0, reason="double")
    order = await service.order(checkout.order.id)
    assert order is not None and order.status == OrderStatus.delivered
    assert await service.balance(USER) == 2
    async with service.db.transaction() as session:
        refunded = {p.charge_id: p.refunded_at for p in (await session.exec(select(Payment))).all()}
    assert refunded == {"ch-1": None, "ch-2": START}

    # staff can still refund the real charge, which takes the bundle's credits back
    plan = await service.plan_refund(checkout.order.id)
    assert plan.charge_id == "ch-1"
    outcome = await service.record_refund(checkout.order.id, actor_id=STAFF, reason="asked", charge_id="ch-1")
    assert outcome.new and outcome.credits_reversed == -2
    assert await service.balance(USER) == 0


async def test_concurrent_updates_of_one_payment(
    service: PaymentService,
) -> None:
    """The same successful_payment update handled by several bot replicas at once: stored once."""
    checkout = await order_for(service, "credits_5")
    outcomes = await asyncio.gather(*(pay(service, checkout, "ch-1") for _ in range(10)))
    assert [o.new for o in outcomes].count(True) == 1
    assert all(o.refund_needed is None for o in outcomes)
    assert await service.balance(USER) == 5
    assert await count(service, Payment) == 1


async def test_concurrent_charges_for_one_order(
    service: PaymentService,
) -> None:
    """Two payments of one invoice racing: one pays the order, the others are flagged for refund."""
    checkout = await order_for(service, "credits_5")
    outcomes = await asyncio.gather(*(pay(service, checkout, f"ch-{n}") for n in range(10)))
    assert sorted(str(o.refund_needed) for o in outcomes) == ["None"] + ["double"] * 9
    assert await service.balance(USER) == 5
    assert await count(service, Payment) == 10


async def test_credit_pack_is_delivered_at_payment(service: PaymentService) -> None:
    order = await paid_order(service, "credits_5")
    assert order.status == OrderStatus.delivered and order.delivered_at == START
    assert await service.balance(USER) == 5
    assert order.id is not None
    assert not await service.claim_delivery(order.id, LEASE)  # nothing left to deliver
    assert await service.waiting_for_delivery() == []


# --- delivery -------------------------------------------------------------------------------------


async def test_one_of_many_concurrent_claims_wins(service: PaymentService, clock: FakeClock) -> None:
    order = await paid_order(service)
    assert order.id is not None
    assert [o.id for o in await service.waiting_for_delivery()] == [order.id]

    claims = await asyncio.gather(*(service.claim_delivery(order.id, LEASE) for _ in range(20)))
    assert claims.count(True) == 1
    assert await service.waiting_for_delivery() == []

    clock.advance(minutes=4)
    assert not await service.claim_delivery(order.id, LEASE)  # the claimer may still be at work
    clock.advance(minutes=2)  # its lease ran out: the process is gone
    assert [o.id for o in await service.waiting_for_delivery()] == [order.id]
    retakes = await asyncio.gather(*(service.claim_delivery(order.id, LEASE) for _ in range(10)))
    assert retakes.count(True) == 1  # the claimer went silent: exactly one process takes over

    await service.delivered(order.id)
    delivered = await service.order(order.id)
    assert delivered is not None and delivered.status == OrderStatus.delivered
    clock.advance(hours=1)
    assert not await service.claim_delivery(order.id, LEASE)
    assert await service.delivered(order.id) is None  # a second "delivered" changes nothing


async def test_failed_delivery_can_be_claimed_again(service: PaymentService) -> None:
    order = await paid_order(service)
    assert order.id is not None
    assert await service.claim_delivery(order.id, LEASE)
    await service.delivery_failed(order.id, "telegram_error")
    failed = await service.order(order.id)
    assert failed is not None and failed.status == OrderStatus.failed and failed.failure == "telegram_error"
    assert await service.claim_delivery(order.id, LEASE)


async def test_a_heartbeat_keeps_the_delivery_and_only_its_owner_finishes_it(
    service: PaymentService, clock: FakeClock
) -> None:
    order = await paid_order(service)
    assert order.id is not None
    assert await service.claim_delivery(order.id, LEASE, "bot-a")
    for _ in range(4):  # an hour of work, renewed every 4 minutes: never taken over
        clock.advance(minutes=4)
        assert await service.renew_delivery(order.id, "bot-a", LEASE)
        assert not await service.claim_delivery(order.id, LEASE, "bot-b")
        assert await service.waiting_for_delivery() == []
    assert await service.delivery_progress(order.id, "bot-a", 2)
    assert not await service.renew_delivery(order.id, "bot-b", LEASE)  # not b's to renew
    assert not await service.delivery_progress(order.id, "bot-b", 3)
    assert await service.delivered(order.id, "bot-b") is None  # nor to finish
    assert (await service.order(order.id)).status == OrderStatus.delivering  # type: ignore[union-attr]

    clock.advance(minutes=6)  # a stopped: b takes over where a got to, and a can no longer finish
    assert await service.claim_delivery(order.id, LEASE, "bot-b")
    taken = await service.order(order.id)
    assert taken is not None and (taken.claimed_by, taken.files_sent, taken.attempts) == ("bot-b", 2, 2)
    assert not await service.renew_delivery(order.id, "bot-a", LEASE)
    await service.delivered(order.id, "bot-a")
    assert (await service.order(order.id)).status == OrderStatus.delivering  # type: ignore[union-attr]
    await service.delivered(order.id, "bot-b")
    done = await service.order(order.id)
    assert done is not None and (done.status, done.claimed_by, done.lease_until) == ("delivered", None, None)


async def test_a_passing_failure_waits_for_its_next_try(service: PaymentService, clock: FakeClock) -> None:
    order = await paid_order(service)
    assert order.id is not None
    assert await service.claim_delivery(order.id, LEASE, "bot-a")
    assert await service.retry_delivery_later(order.id, "bot-a", "redis", timedelta(seconds=30))
    waiting = await service.order(order.id)
    assert waiting is not None and (waiting.status, waiting.failure) == ("paid", "redis")
    assert await service.waiting_for_delivery() == []  # not yet due
    assert not await service.claim_delivery(order.id, LEASE, "bot-b")
    clock.advance(seconds=31)
    assert [o.id for o in await service.waiting_for_delivery()] == [order.id]
    assert await service.claim_delivery(order.id, LEASE, "bot-b")
    assert not await service.retry_delivery_later(order.id, "bot-a", "late", timedelta(0))  # a's try is over


# --- refunds --------------------------------------------------------------------------------------


async def test_self_service_refund_rules(service: PaymentService, clock: FakeClock) -> None:
    delivered = await paid_order(service, charge_id="ch-delivered")
    assert delivered.id is not None
    await deliver(service, delivered.id)
    with pytest.raises(RefundRefused) as refused:
        await service.plan_refund(delivered.id, user_id=USER)
    assert refused.value.reason == "delivered"

    failed = await paid_order(service, charge_id="ch-failed")
    assert failed.id is not None
    assert await service.claim_delivery(failed.id, LEASE)
    await service.delivery_failed(failed.id, "render_error")
    with pytest.raises(RefundRefused) as refused:
        await service.plan_refund(failed.id, user_id=OTHER)
    assert refused.value.reason == "not_found"
    with pytest.raises(RefundRefused) as refused:
        await service.plan_refund(10_000, user_id=USER)
    assert refused.value.reason == "not_found"

    clock.advance(hours=service.prices.checkout.refund_window_hours - 1)
    plan = await service.plan_refund(failed.id, user_id=USER)
    assert plan.charge_id == "ch-failed" and plan.order.id == failed.id

    clock.advance(hours=2)
    with pytest.raises(RefundRefused) as refused:
        await service.plan_refund(failed.id, user_id=USER)
    assert refused.value.reason == "window"
    assert (await service.plan_refund(failed.id)).charge_id == "ch-failed"  # staff have no window

    unpaid = await order_for(service)
    assert unpaid.order.id is not None
    with pytest.raises(RefundRefused) as refused:
        await service.plan_refund(unpaid.order.id)
    assert refused.value.reason == "not_paid"


async def test_refund_reverses_bundle_credits_once(service: PaymentService) -> None:
    order = await paid_order(service, "family", charge_id="ch-family")
    assert order.id is not None
    await deliver(service, order.id)
    assert await service.balance(USER) == 2

    plan = await service.plan_refund(order.id)
    assert plan.charge_id == "ch-family"
    outcome = await service.record_refund(order.id, actor_id=STAFF, reason="asked", charge_id=plan.charge_id)
    assert outcome.new and outcome.credits_reversed == -2  # the change to the balance
    assert outcome.order.status == OrderStatus.refunded and outcome.order.refunded_at == START
    assert await service.balance(USER) == 0
    audits = await count(service, AuditEntry)

    again = await service.record_refund(order.id, actor_id=STAFF, reason="asked", charge_id=plan.charge_id)
    assert not again.new and again.credits_reversed == 0
    by_charge = await service.refund_by_charge("ch-family", actor_id=0, reason="telegram")
    assert by_charge is not None and not by_charge.new
    assert await service.balance(USER) == 0
    assert await count(service, AuditEntry) == audits
    with pytest.raises(RefundRefused) as refused:
        await service.plan_refund(order.id)
    assert refused.value.reason == "refunded"


async def test_refund_of_spent_bundle_credits_leaves_a_debt(service: PaymentService) -> None:
    order = await paid_order(service, "family", charge_id="ch-family")
    assert order.id is not None
    await service.pay_with_credits(USER, request='{"photo": 2}', doc_id="doc2")
    assert await service.balance(USER) == 1
    await service.record_refund(order.id, actor_id=STAFF, reason="chargeback", charge_id="ch-family")
    assert await service.balance(USER) == -1
    with pytest.raises(InsufficientCredits):
        await service.pay_with_credits(USER, request='{"photo": 3}', doc_id="doc3")


async def test_refund_returns_a_spent_credit_once(service: PaymentService) -> None:
    await service.grant(USER, 1, actor_id=STAFF, note="gift", key="grant:1", kind=LedgerKind.staff_grant)
    order = await service.pay_with_credits(USER, request=REQUEST, doc_id="doc1")
    assert order.id is not None
    assert await service.balance(USER) == 0

    plan = await service.plan_refund(order.id)
    assert plan.charge_id is None  # nothing to ask of Telegram
    outcome = await service.record_refund(order.id, actor_id=STAFF, reason="bad photo")
    assert outcome.new and outcome.credits_reversed == 1  # the credit comes back
    assert await service.balance(USER) == 1
    again = await service.record_refund(order.id, actor_id=STAFF, reason="bad photo")
    assert not again.new and again.credits_reversed == 0
    assert await service.balance(USER) == 1

    # the same request after a refund is a new purchase
    rebought = await service.pay_with_credits(USER, request=REQUEST, doc_id="doc1")
    assert rebought.id != order.id and rebought.status == OrderStatus.paid
    assert await service.balance(USER) == 0


async def test_double_tap_after_a_refund_costs_once(service: PaymentService, clock: FakeClock) -> None:
    await service.grant(USER, 3, actor_id=STAFF, note="gift", key="grant:1", kind=LedgerKind.staff_grant)
    order = await service.pay_with_credits(USER, request=REQUEST, doc_id="doc1")
    assert order.id is not None
    await service.record_refund(order.id, actor_id=STAFF, reason="bad photo")
    assert await service.balance(USER) == 3

    clock.advance(minutes=10)
    first = await service.pay_with_credits(USER, request=REQUEST, doc_id="doc1")
    clock.advance(seconds=1)
    second = await service.pay_with_credits(USER, request=REQUEST, doc_id="doc1")
    assert first.id != order.id and second.id == first.id
    assert await service.balance(USER) == 2


async def test_refund_by_unknown_charge(service: PaymentService) -> None:
    assert await service.refund_by_charge("no-such-charge", actor_id=0, reason="telegram") is None
    order = await paid_order(service, "credits_5", charge_id="ch-pack")
    outcome = await service.refund_by_charge("ch-pack", actor_id=0, reason="telegram")
    assert outcome is not None and outcome.new and outcome.credits_reversed == -5
    assert outcome.order.id == order.id and outcome.order.status == OrderStatus.refunded
    assert await service.balance(USER) == 0


async def test_renewal_charge_is_not_a_double(service: PaymentService) -> None:
    checkout = await order_for(service, "monthly")
    for n, days in enumerate((30, 60), start=1):
        outcome = await service.record_payment(
            USER,
            payload=checkout.payload,
            currency="XTR",
            total=checkout.order.stars,
            charge_id=f"ch-sub-{n}",
            subscription_expires=to_unix(START + timedelta(days=days)),
        )
        assert outcome.new and outcome.refund_needed is None and outcome.credits == 20
    assert await service.balance(USER) == 40


async def test_a_ban_is_seen_at_once_here_and_within_the_refresh_period_elsewhere(
    service: PaymentService, database_url: str
) -> None:
    """is_banned answers every update from a snapshot: the replica that bans sees it at once, another
    replica when its snapshot is older than `banned_refresh_s`."""
    other = PaymentService(Database(database_url), load_prices(), SECRET)
    try:
        assert not await other.is_banned(USER)  # its snapshot is taken now
        assert await service.set_banned(USER, True, actor_id=STAFF)
        assert not await service.set_banned(USER, True, actor_id=STAFF)  # already banned
        assert await service.is_banned(USER) and not await service.is_banned(OTHER)
        assert not await other.is_banned(USER)  # stale, within the refresh period
        other.banned_refresh_s = 0
        assert await other.is_banned(USER)
        assert await service.set_banned(USER, False, actor_id=STAFF)
        assert not await service.is_banned(USER)
        assert await count(service, AuditEntry, AuditEntry.action == "ban", AuditEntry.actor_id == STAFF) == 1
    finally:
        await other.close()
