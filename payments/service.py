"""`PaymentService`: what the bot (and the support desk) may do with money, one transaction each.

Why one facade: every operation needs the same four things (the database, the price table, the
payload secret, the clock) and the same discipline (lock the account, check the idempotency key,
write the ledger and the audit log in the same transaction). Handlers call a verb here and
translate the outcome; they never touch tables. Telegram calls (sendInvoice, refundStarPayment)
stay in the bot: a refund is asked of Telegram first and recorded here after, and the
`refunded_payment` update records it again harmlessly if the bot stopped in between.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col, select

from payments import audit, ledger, migrate, orders, referrals, refunds, tokens
from payments.clock import Clock, from_unix, to_unix, utcnow
from payments.database import Database
from payments.models import (
    SYSTEM,
    LedgerEntry,
    LedgerKind,
    Order,
    OrderStatus,
    PaidWith,
    Payment,
    PaymentRole,
    ProductKind,
)
from payments.products import PriceTable, Product
from payments.referrals import Joined
from payments.refunds import RefundOutcome, RefundPlan
from store.models import User

CURRENCY = "XTR"
KNOWN_ACCOUNTS = 100_000  # user ids remembered per process as already having a row
BANNED_REFRESH_S = 10.0  # how stale this process's list of banned users may be


class Decline(StrEnum):
    """Why a pre-checkout query is refused; the bot shows `checkout-decline-<value>`."""

    invalid = "invalid"  # not our payload, altered, or not this user's
    expired = "expired"
    price = "price"  # the price table changed since the invoice: a fresh invoice follows
    state = "state"  # the order was paid, refunded or replaced already
    banned = "banned"


@dataclass(frozen=True)
class Checkout:
    order: Order
    product: Product
    payload: str


@dataclass(frozen=True)
class PaymentOutcome:
    order: Order | None
    new: bool  # False: this charge was recorded before (a replayed or duplicated update)
    credits: int = 0  # credits this payment added
    refund_needed: str | None = None  # the money arrived but must go back: "unmatched" | "double"
    reward: tuple[int, int] | None = None  # (inviter, credits) when it completed a referral


def payload_secret(explicit: str | None, bot_token: str) -> bytes:
    """PAYMENT_SECRET, or a key derived from the bot token (invoices die with a revoked token)."""
    if explicit:
        return explicit.encode()
    return hmac.new(bot_token.encode(), b"idphoto invoice payload key", hashlib.sha256).digest()


class PaymentService:
    def __init__(self, db: Database, prices: PriceTable, secret: bytes, *, clock: Clock = utcnow) -> None:
        self.db = db
        self.prices = prices
        self.secret = secret
        self.clock = clock
        self._known: OrderedDict[int, None] = OrderedDict()
        self._banned: frozenset[int] = frozenset()
        self._banned_at = -math.inf  # time.monotonic() of the last snapshot of banned ids
        self.banned_refresh_s = BANNED_REFRESH_S

    async def start(self) -> None:
        """Bring the schema up to date (every start; a no-op when it is)."""
        await migrate.upgrade(self.db)

    async def close(self) -> None:
        await self.db.close()

    # --- accounts -------------------------------------------------------------------------------

    async def open_account(self, user_id: int) -> bool:
        """Make sure the user has a row; True when this call created it (a brand-new user)."""
        if user_id in self._known:
            self._known.move_to_end(user_id)
            return False
        insert = pg_insert if not self.db.is_sqlite else sqlite_insert
        statement = (
            insert(User).values(id=user_id, created_at=self.clock(), banned=False).on_conflict_do_nothing()
        )
        async with self.db.transaction() as session:
            created = bool((await session.exec(statement)).rowcount)
        self._known[user_id] = None
        if len(self._known) > KNOWN_ACCOUNTS:
            self._known.popitem(last=False)
        return created

    async def balance(self, user_id: int) -> int:
        async with self.db.reading() as session:
            return await ledger.balance(session, user_id, self.clock())

    async def is_member(self, user_id: int) -> bool:
        """Credits to spend or a subscription period still running (even with its credits spent):
        such users' engine jobs go before free users' (bot/jobs/priority.py)."""
        now = self.clock()
        async with self.db.reading() as session:
            held = await ledger.buckets(session, user_id)
        running = any(b.expires_at is not None and b.live(now) for b in held)
        return running or ledger.available(held, now) > 0

    async def ledger(self, user_id: int, *, limit: int = 50) -> list[LedgerEntry]:
        async with self.db.reading() as session:
            return await ledger.entries(session, user_id, limit=limit)

    async def grant(
        self, user_id: int, credits: int, *, actor_id: int, note: str, key: str, kind: LedgerKind
    ) -> bool:
        """Add (or, negative, take) credits outside a purchase: a staff grant; once per key."""
        now = self.clock()
        async with self.db.transaction() as session:
            await ledger.lock_account(session, user_id)
            added = await ledger.append(
                session, user_id, credits, kind, key, now, actor_id=actor_id, note=note
            )
            if added:
                await audit.record(
                    session,
                    "grant",
                    now,
                    actor_id=actor_id,
                    user_id=user_id,
                    credits=credits,
                    kind=kind.value,
                )
            return added

    async def referred_by(self, user_id: int) -> int | None:
        async with self.db.reading() as session:
            user = await session.get(User, user_id)
            return None if user is None else user.referred_by

    async def is_banned(self, user_id: int) -> bool:
        """Asked on every update, so answered from a snapshot of the banned ids, refreshed every
        BANNED_REFRESH_S (one query for everyone, not one per update). A ban made here takes effect
        at once; one made by another replica within the refresh period."""
        if time.monotonic() - self._banned_at >= self.banned_refresh_s:
            async with self.db.reading() as session:
                rows = await session.exec(select(User.id).where(col(User.banned).is_(True)))
                self._banned = frozenset(rows.all())
            self._banned_at = time.monotonic()
        return user_id in self._banned

    async def set_banned(self, user_id: int, banned: bool, *, actor_id: int) -> bool:
        """Ban or unban (support desk /ban, /unban); False when it already was so."""
        async with self.db.transaction() as session:
            result = await session.exec(
                update(User)
                .where(col(User.id) == user_id, col(User.banned).is_(not banned))
                .values(banned=banned)
            )
            if not result.rowcount:
                return False
            action = "ban" if banned else "unban"
            await audit.record(session, action, self.clock(), actor_id=actor_id, user_id=user_id)
        self._banned_at = -math.inf  # the next check reads the list again
        return True

    # --- referrals ------------------------------------------------------------------------------

    async def referral_code(self, user_id: int) -> str:
        async with self.db.transaction() as session:
            return await referrals.code_of(session, user_id, self.clock())

    async def join(self, invitee_id: int, code: str, *, is_new: bool) -> tuple[Joined, int]:
        async with self.db.transaction() as session:
            return await referrals.join(
                session, invitee_id, code, is_new=is_new, rules=self.prices.referral, now=self.clock()
            )

    async def referral_stats(self, user_id: int) -> tuple[int, int]:
        async with self.db.reading() as session:
            return await referrals.stats(session, user_id)

    # --- checkout -------------------------------------------------------------------------------

    async def create_order(
        self,
        user_id: int,
        product_id: str,
        *,
        request: str | None = None,
        doc_id: str | None = None,
        replaces: int | None = None,
    ) -> Checkout:
        """A new order at today's price and its signed invoice payload. `replaces`: an unpaid order
        of the same user this one supersedes (re-priced); its invoice is then refused as closed."""
        product = self.prices.get(product_id)
        if product is None:
            raise KeyError(product_id)
        if product.kind is ProductKind.document and request is None:
            raise ValueError("a document order needs the render request it pays for")
        now = self.clock()
        subscription = product.kind is ProductKind.subscription
        expires = None if subscription else now + timedelta(minutes=self.prices.checkout.invoice_ttl_minutes)
        order = Order(
            user_id=user_id,
            product=product.id,
            kind=product.kind.value,
            stars=product.stars,
            credits_granted=product.credits,
            doc_id=doc_id,
            request=request,
            created_at=now,
            expires_at=expires,
        )
        async with self.db.transaction() as session:
            if replaces is not None:
                await session.exec(
                    update(Order)
                    .where(
                        col(Order.id) == replaces,
                        col(Order.user_id) == user_id,
                        col(Order.status) == OrderStatus.created.value,
                    )
                    .values(status=OrderStatus.cancelled.value)
                )
            session.add(order)
            await session.flush()
        assert order.id is not None
        token = tokens.OrderToken(
            order.id, user_id, product.stars, 0 if expires is None else to_unix(expires)
        )
        return Checkout(order, product, tokens.sign(token, self.secret))

    def _token(self, payload: str, user_id: int, *, check_expiry: bool) -> tokens.OrderToken:
        token = tokens.verify(payload, self.secret, now=to_unix(self.clock()) if check_expiry else 0)
        if token.user_id != user_id:
            raise tokens.TokenError("user")
        return token

    async def order_of_payload(self, payload: str, user_id: int) -> Order | None:
        """The order an authentic payload of this user names (expired or not); None otherwise."""
        try:
            token = self._token(payload, user_id, check_expiry=False)
        except tokens.TokenError:
            return None
        order = await self.order(token.order_id)
        return order if order is not None and order.user_id == user_id else None

    async def pre_checkout(self, user_id: int, payload: str, currency: str, total: int) -> Decline | None:
        """Answer Telegram's "may this user pay this?" within its 10 s: None means yes."""
        try:
            token = self._token(payload, user_id, check_expiry=True)
        except tokens.TokenError as exc:
            return Decline.expired if exc.reason == "expired" else Decline.invalid
        if currency != CURRENCY or total != token.stars:
            return Decline.invalid
        async with self.db.reading() as session:
            order = await orders.get(session, token.order_id)
            user = await session.get(User, user_id)
        if order is None or order.user_id != user_id or order.stars != total:
            return Decline.invalid
        if user is not None and user.banned:
            return Decline.banned
        if order.status != OrderStatus.created.value:
            return Decline.state
        product = self.prices.get(order.product)
        if product is None or product.stars != order.stars:
            return Decline.price
        return None

    async def record_payment(
        self,
        user_id: int,
        *,
        payload: str,
        currency: str,
        total: int,
        charge_id: str,
        provider_charge_id: str | None = None,
        subscription_expires: int | None = None,
    ) -> PaymentOutcome:
        """Store a successful payment once and mark its order paid.

        A charge id seen before changes nothing (new=False). Money that cannot belong to the order
        (foreign or altered payload, other amount) or pays an order a second time is flagged
        `refund_needed`, so the bot gives it back instead of keeping or delivering it; either is
        recorded under the charge id too (audit log), so a replay does not send it back twice.
        """
        now = self.clock()
        async with self.db.transaction() as session:
            if await audit.seen(session, f"pay:{charge_id}"):
                order = await self._order_of_charge(session, charge_id)
                return PaymentOutcome(order, new=False)
            try:
                token = self._token(
                    payload, user_id, check_expiry=False
                )  # paid in time: pre-checkout said so
            except tokens.TokenError:
                token = None
            order = None if token is None else await orders.get(session, token.order_id)
            matched = (
                order is not None
                and order.user_id == user_id
                and currency == CURRENCY
                and total == order.stars
            )
            if not matched or order is None:
                await audit.record(
                    session,
                    "payment_unmatched",
                    now,
                    actor_id=SYSTEM,
                    user_id=user_id,
                    key=f"pay:{charge_id}",
                    stars=total,
                    currency=currency,
                )
                return PaymentOutcome(None, new=True, refund_needed="unmatched")
            assert order.id is not None
            await ledger.lock_account(session, user_id)
            if await orders.payment_by_charge(session, charge_id) is not None:  # stored meanwhile
                return PaymentOutcome(await self._order_of_charge(session, charge_id), new=False)
            await session.refresh(order)  # read again under the lock: a racing charge may have paid it
            renewal = (
                order.kind == ProductKind.subscription.value and order.status != OrderStatus.created.value
            )
            if order.status != OrderStatus.created.value and not renewal:
                session.add(
                    self._payment(
                        order,
                        charge_id,
                        provider_charge_id,
                        total,
                        currency,
                        now,
                        None,
                        PaymentRole.double.value,
                    )
                )
                await audit.record(
                    session,
                    "payment_double",
                    now,
                    actor_id=SYSTEM,
                    user_id=user_id,
                    order_id=order.id,
                    key=f"pay:{charge_id}",
                    stars=total,
                )
                return PaymentOutcome(order, new=True, refund_needed="double")
            expires = from_unix(subscription_expires) if subscription_expires else None
            role = PaymentRole.renewal.value if renewal else PaymentRole.order.value
            session.add(
                self._payment(order, charge_id, provider_charge_id, total, currency, now, expires, role)
            )
            if not renewal:
                order.status = OrderStatus.paid.value
                order.paid_with = PaidWith.stars.value
                order.paid_at = now
            credits = order.credits_granted
            if credits:
                await ledger.append(
                    session,
                    user_id,
                    credits,
                    LedgerKind.purchase,
                    f"purchase:{charge_id}",
                    now,
                    order_id=order.id,
                    expires_at=expires,
                )
            if order.kind != ProductKind.document.value and not renewal:
                order.status = OrderStatus.delivered.value  # credits are the delivery
                order.delivered_at = now
            session.add(order)
            await audit.record(
                session,
                "payment",
                now,
                actor_id=SYSTEM,
                user_id=user_id,
                order_id=order.id,
                key=f"pay:{charge_id}",
                stars=total,
                credits=credits,
                renewal=renewal,
            )
            reward = None
            if order.status == OrderStatus.delivered.value and not renewal:
                reward = await referrals.reward_inviter(session, order, rules=self.prices.referral, now=now)
            await session.flush()
            return PaymentOutcome(order, new=True, credits=credits, reward=reward)

    @staticmethod
    def _payment(
        order: Order,
        charge_id: str,
        provider_charge_id: str | None,
        total: int,
        currency: str,
        now: datetime,
        expires: datetime | None,
        role: str,
    ) -> Payment:
        assert order.id is not None
        return Payment(
            charge_id=charge_id,
            provider_charge_id=provider_charge_id or None,
            user_id=order.user_id,
            order_id=order.id,
            stars=total,
            currency=currency,
            created_at=now,
            recurring=expires is not None,
            subscription_expires_at=expires,
            role=role,
        )

    async def _order_of_charge(self, session, charge_id: str) -> Order | None:  # type: ignore[no-untyped-def]
        payment = await orders.payment_by_charge(session, charge_id)
        return None if payment is None else await orders.get(session, payment.order_id)

    async def pay_with_credits(self, user_id: int, *, request: str, doc_id: str) -> Order:
        """Spend one credit on the files of `request`; the same request never costs twice (a
        double tap returns the order already paid). Raises ledger.InsufficientCredits."""
        now = self.clock()
        key = f"spend:{user_id}:{hashlib.sha256(request.encode()).hexdigest()[:24]}"
        async with self.db.transaction() as session:
            await ledger.lock_account(session, user_id)
            latest = (
                await session.exec(
                    select(LedgerEntry)
                    .where((col(LedgerEntry.key) == key) | col(LedgerEntry.key).startswith(f"{key}:"))
                    .order_by(col(LedgerEntry.id).desc())
                )
            ).first()
            if latest is not None:
                existing = None if latest.order_id is None else await orders.get(session, latest.order_id)
                if existing is not None and existing.status != OrderStatus.refunded.value:
                    return existing
            order = Order(
                user_id=user_id,
                product="document",
                kind=ProductKind.document.value,
                stars=0,
                credits_spent=1,
                doc_id=doc_id,
                request=request,
                status=OrderStatus.paid.value,
                paid_with=PaidWith.credits.value,
                created_at=now,
                paid_at=now,
            )
            session.add(order)
            await session.flush()
            if latest is not None:
                key = f"{key}:{order.id}"  # bought (and refunded) before: this is a new purchase
            await ledger.spend(session, user_id, 1, key, now, order_id=order.id)
            await audit.record(
                session, "spend", now, actor_id=user_id, user_id=user_id, order_id=order.id, credits=1
            )
            return order

    # --- delivery -------------------------------------------------------------------------------

    async def order(self, order_id: int) -> Order | None:
        async with self.db.reading() as session:
            return await orders.get(session, order_id)

    async def orders(self, user_id: int, *, limit: int = 10) -> list[Order]:
        async with self.db.reading() as session:
            return await orders.of_user(session, user_id, limit=limit)

    async def claim_delivery(self, order_id: int, lease: timedelta, owner: str = "") -> bool:
        """Hold the delivery of a paid order for `lease` (see orders.claim_delivery)."""
        async with self.db.transaction() as session:
            return await orders.claim_delivery(session, order_id, self.clock(), owner, lease)

    async def renew_delivery(self, order_id: int, owner: str, lease: timedelta) -> bool:
        async with self.db.transaction() as session:
            return await orders.renew_lease(session, order_id, self.clock(), owner, lease)

    async def delivery_progress(self, order_id: int, owner: str, files_sent: int) -> bool:
        async with self.db.transaction() as session:
            return await orders.record_progress(session, order_id, owner, files_sent)

    async def delivered(self, order_id: int, owner: str | None = None) -> tuple[int, int] | None:
        """The files went out; returns (inviter, credits) when this earned a referral reward."""
        now = self.clock()
        async with self.db.transaction() as session:
            if not await orders.finish_delivery(session, order_id, now, owner=owner):
                return None
            order = await orders.get(session, order_id)
            assert order is not None
            return await referrals.reward_inviter(session, order, rules=self.prices.referral, now=now)

    async def delivery_failed(self, order_id: int, error_code: str, owner: str | None = None) -> None:
        async with self.db.transaction() as session:
            await orders.finish_delivery(
                session, order_id, self.clock(), failure=error_code[:64], owner=owner
            )

    async def retry_delivery_later(
        self, order_id: int, owner: str, error_code: str, delay: timedelta
    ) -> bool:
        """This try failed for a passing reason: paid again, due after `delay`."""
        async with self.db.transaction() as session:
            return await orders.retry_later(session, order_id, owner, self.clock() + delay, error_code[:64])

    async def waiting_for_delivery(self) -> list[Order]:
        async with self.db.reading() as session:
            return await orders.waiting_for_delivery(session, self.clock())

    # --- refunds --------------------------------------------------------------------------------

    async def plan_refund(self, order_id: int, *, user_id: int | None = None) -> RefundPlan:
        """See payments/refunds.py; `user_id` makes it a self-service request."""
        window = timedelta(hours=self.prices.checkout.refund_window_hours)
        async with self.db.reading() as session:
            return await refunds.plan(session, order_id, self.clock(), user_id=user_id, window=window)

    async def record_refund(
        self, order_id: int, *, actor_id: int, reason: str, charge_id: str | None = None
    ) -> RefundOutcome:
        async with self.db.transaction() as session:
            return await refunds.record(
                session, order_id, self.clock(), actor_id=actor_id, reason=reason, charge_id=charge_id
            )

    async def refund_by_charge(self, charge_id: str, *, actor_id: int, reason: str) -> RefundOutcome | None:
        """A refund Telegram reports (refunded_payment), whoever started it; None if unknown."""
        async with self.db.reading() as session:
            payment = await orders.payment_by_charge(session, charge_id)
        if payment is None:
            return None
        return await self.record_refund(
            payment.order_id, actor_id=actor_id, reason=reason, charge_id=charge_id
        )

    async def record_double_refunded(self, charge_id: str) -> RefundOutcome | None:
        """A second payment of an already paid order went back; the order itself stays as it is."""
        return await self.refund_by_charge(charge_id, actor_id=SYSTEM, reason="double")
