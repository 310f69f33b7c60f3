"""Referrals through `PaymentService`, on SQLite and PostgreSQL: the abuse rules of payments/referrals.py.

Proves: a new user arriving through a code gets the invitee bonus once; self-referral, unknown codes,
a second inviter and existing users earn nothing; an inviter's link hands out at most
`invitee_daily_cap` bonuses and earns at most `inviter_daily_cap` rewards per 24 h (a day later it
may again); the inviter is rewarded for the invitee's first Stars order only once it completes (a
document order when delivered, a credit pack at payment), never for a credit-paid order, and loses
the reward when that order is refunded; referral_stats counts joined users and net credits earned.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta

import pytest
from sqlmodel import select

from payments.database import Database
from payments.models import LedgerKind, ReferralRedemption
from payments.products import PriceTable, load_prices
from payments.referrals import Joined
from payments.service import PaymentService
from store.models import User
from tests.payments_clock import SECRET, START, FakeClock

INVITER = 7_300_000_001  # Telegram ids exceed 32 bits
INVITEE = 7_300_000_002
STAFF = 42
STALE = timedelta(minutes=5)
REQUEST = '{"spec": "us-passport", "photo": "abc"}'

MakeService = Callable[..., Awaitable[PaymentService]]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def make_service(database_url: str, clock: FakeClock) -> AsyncIterator[MakeService]:
    """Services over the test's database, with the given referral rules (prices.toml's by default)."""
    made: list[PaymentService] = []

    async def make(**referral: int) -> PaymentService:
        prices = load_prices()
        if referral:
            prices = capped(prices, **referral)
        svc = PaymentService(Database(database_url), prices, SECRET, clock=clock.__call__)
        await svc.start()
        made.append(svc)
        return svc

    yield make
    for svc in made:
        await svc.close()


@pytest.fixture
async def service(make_service: MakeService) -> PaymentService:
    return await make_service()


def capped(prices: PriceTable, **rules: int) -> PriceTable:
    return prices.model_copy(update={"referral": prices.referral.model_copy(update=rules)})


async def inviter_code(service: PaymentService, user_id: int = INVITER) -> str:
    await service.open_account(user_id)
    return await service.referral_code(user_id)


async def arrive(service: PaymentService, user_id: int, code: str) -> tuple[Joined, int]:
    """A /start with a ref_<code> deep link: open the account, join with is_new as it came out."""
    is_new = await service.open_account(user_id)
    return await service.join(user_id, code, is_new=is_new)


async def pay_stars(service: PaymentService, user_id: int, product: str, charge_id: str) -> int:
    """Pay an order in Stars; its id."""
    document = service.prices.products[product].kind == "document"
    checkout = await service.create_order(
        user_id, product, request=REQUEST if document else None, doc_id="doc1" if document else None
    )
    outcome = await service.record_payment(
        user_id, payload=checkout.payload, currency="XTR", total=checkout.order.stars, charge_id=charge_id
    )
    assert outcome.new and outcome.refund_needed is None and checkout.order.id is not None
    return checkout.order.id


async def test_invitee_bonus_once_for_a_new_user(service: PaymentService) -> None:
    code = await inviter_code(service)
    assert code == await service.referral_code(INVITER)  # one code per user, for good
    assert len(code) == 8

    assert await arrive(service, INVITEE, code) == (Joined.ok, 1)
    assert await service.balance(INVITEE) == 1
    assert await service.balance(INVITER) == 0  # the inviter earns only when the invitee pays
    assert await service.join(INVITEE, code, is_new=True) == (Joined.already, 0)
    assert await arrive(service, INVITEE, code) == (Joined.already, 0)
    assert await service.balance(INVITEE) == 1
    assert [e.kind for e in await service.ledger(INVITEE)] == [LedgerKind.signup_bonus]
    async with service.db.transaction() as session:
        invitee = await session.get(User, INVITEE)
        assert invitee is not None and invitee.referred_by == INVITER
    assert await service.referral_stats(INVITER) == (1, 0)


async def test_refused_joins_earn_nothing(service: PaymentService) -> None:
    code = await inviter_code(service)
    other_code = await inviter_code(service, INVITER + 10)

    assert await service.join(INVITER, code, is_new=True) == (Joined.self, 0)
    assert await arrive(service, INVITEE, "NoSuchCo") == (Joined.unknown, 0)
    assert await service.join(INVITEE, "bad code; --", is_new=True) == (Joined.unknown, 0)
    assert await service.join(INVITEE, "", is_new=True) == (Joined.unknown, 0)

    existing = INVITEE + 1
    await service.open_account(existing)
    assert await arrive(service, existing, code) == (Joined.not_new, 0)  # opened before: not new

    assert await service.join(INVITEE, code, is_new=True) == (Joined.ok, 1)
    assert await service.join(INVITEE, other_code, is_new=True) == (Joined.already, 0)  # one inviter

    async with service.db.transaction() as session:
        redemptions = (await session.exec(select(ReferralRedemption))).all()
        users = {u.id: u.referred_by for u in (await session.exec(select(User))).all()}
    assert [(r.invitee_id, r.inviter_id) for r in redemptions] == [(INVITEE, INVITER)]
    assert users[INVITEE] == INVITER and users[existing] is None and users[INVITER] is None
    for user_id in (INVITER, INVITER + 10, existing):
        assert await service.balance(user_id) == 0
    assert await service.balance(INVITEE) == 1
    assert await service.referral_stats(INVITER) == (1, 0)
    assert await service.referral_stats(INVITER + 10) == (0, 0)


async def test_invitee_daily_cap(make_service: MakeService, clock: FakeClock) -> None:
    service = await make_service(invitee_daily_cap=2)
    code = await inviter_code(service)

    outcomes = [await arrive(service, INVITEE + n, code) for n in range(3)]
    assert outcomes == [(Joined.ok, 1), (Joined.ok, 1), (Joined.capped, 0)]
    assert await service.balance(INVITEE + 2) == 0  # linked, but no bonus
    assert await service.referral_stats(INVITER) == (3, 0)

    clock.advance(hours=23)
    assert await arrive(service, INVITEE + 3, code) == (Joined.capped, 0)
    clock.advance(hours=1, seconds=1)  # 24 h after the first two bonuses
    assert await arrive(service, INVITEE + 4, code) == (Joined.ok, 1)
    assert await service.referral_stats(INVITER) == (5, 0)


async def test_inviter_daily_cap(make_service: MakeService, clock: FakeClock) -> None:
    service = await make_service(inviter_daily_cap=1)
    code = await inviter_code(service)
    for n in range(3):
        assert (await arrive(service, INVITEE + n, code))[0] == Joined.ok

    await pay_stars(service, INVITEE, "credits_5", "ch-0")
    assert await service.balance(INVITER) == 1
    await pay_stars(service, INVITEE + 1, "credits_5", "ch-1")
    assert await service.balance(INVITER) == 1  # capped: this invitee's first order earned nothing

    clock.advance(hours=24, seconds=1)
    await pay_stars(service, INVITEE + 2, "credits_5", "ch-2")
    assert await service.balance(INVITER) == 2
    assert await service.referral_stats(INVITER) == (3, 2)


async def test_document_order_rewards_inviter_when_delivered(service: PaymentService) -> None:
    code = await inviter_code(service)
    await arrive(service, INVITEE, code)

    order_id = await pay_stars(service, INVITEE, "document", "ch-1")
    assert await service.balance(INVITER) == 0  # paid, not delivered yet
    assert await service.claim_delivery(order_id, STALE)
    assert await service.delivered(order_id) == (INVITER, 1)
    assert await service.balance(INVITER) == 1
    assert await service.delivered(order_id) is None  # a second "delivered" earns nothing

    second = await pay_stars(service, INVITEE, "document", "ch-2")
    assert await service.claim_delivery(second, STALE)
    assert await service.delivered(second) is None  # only the first order earns
    assert await service.balance(INVITER) == 1
    assert await service.referral_stats(INVITER) == (1, 1)


async def test_failed_delivery_earns_nothing_until_delivered(service: PaymentService) -> None:
    code = await inviter_code(service)
    await arrive(service, INVITEE, code)
    order_id = await pay_stars(service, INVITEE, "document", "ch-1")
    assert await service.claim_delivery(order_id, STALE)
    await service.delivery_failed(order_id, "telegram_error")
    assert await service.balance(INVITER) == 0
    assert await service.claim_delivery(order_id, STALE)
    assert await service.delivered(order_id) == (INVITER, 1)


async def test_credit_pack_rewards_inviter_at_payment(service: PaymentService) -> None:
    code = await inviter_code(service)
    await arrive(service, INVITEE, code)
    await pay_stars(service, INVITEE, "credits_5", "ch-1")
    assert await service.balance(INVITER) == 1
    assert await service.balance(INVITEE) == 1 + 5
    await pay_stars(service, INVITEE, "credits_15", "ch-2")
    assert await service.balance(INVITER) == 1  # only the first Stars order earns


async def test_credit_paid_order_does_not_reward(service: PaymentService) -> None:
    code = await inviter_code(service)
    await arrive(service, INVITEE, code)  # the signup bonus pays for one document

    order = await service.pay_with_credits(INVITEE, request=REQUEST, doc_id="doc1")
    assert order.id is not None
    assert await service.claim_delivery(order.id, STALE)
    assert await service.delivered(order.id) is None
    assert await service.balance(INVITER) == 0

    # the first order paid in Stars still earns the reward
    await pay_stars(service, INVITEE, "credits_5", "ch-1")
    assert await service.balance(INVITER) == 1


async def test_refund_reverses_the_reward(service: PaymentService) -> None:
    code = await inviter_code(service)
    await arrive(service, INVITEE, code)
    order_id = await pay_stars(service, INVITEE, "document", "ch-1")
    assert await service.claim_delivery(order_id, STALE)
    await service.delivered(order_id)
    assert await service.referral_stats(INVITER) == (1, 1)

    plan = await service.plan_refund(order_id)
    outcome = await service.record_refund(order_id, actor_id=STAFF, reason="asked", charge_id=plan.charge_id)
    assert outcome.new and outcome.referral_reversed == -1
    assert await service.balance(INVITER) == 0
    assert await service.referral_stats(INVITER) == (1, 0)

    again = await service.record_refund(order_id, actor_id=STAFF, reason="asked", charge_id=plan.charge_id)
    assert not again.new and again.referral_reversed == 0
    assert await service.balance(INVITER) == 0

    # the reward was for that order; a later order does not earn it again
    second = await pay_stars(service, INVITEE, "credits_5", "ch-2")
    assert second != order_id
    assert await service.balance(INVITER) == 0


async def test_referral_stats_count_joined_and_net_earned(
    make_service: MakeService, clock: FakeClock
) -> None:
    service = await make_service(inviter_credits=2)
    code = await inviter_code(service)
    for n in range(4):
        await arrive(service, INVITEE + n, code)
    await service.grant(INVITER, 7, actor_id=STAFF, note="gift", key="grant:1", kind=LedgerKind.staff_grant)
    assert await service.referral_stats(INVITER) == (4, 0)  # a staff grant is not a referral credit

    await pay_stars(service, INVITEE, "credits_5", "ch-0")
    await pay_stars(service, INVITEE + 1, "credits_5", "ch-1")
    assert await service.referral_stats(INVITER) == (4, 4)
    await service.refund_by_charge("ch-0", actor_id=0, reason="telegram")
    assert await service.referral_stats(INVITER) == (4, 2)
    assert await service.balance(INVITER) == 7 + 2
    assert await service.referral_stats(INVITEE) == (0, 0)
