"""The money tables: orders, payments, the credits ledger, referrals, audit.

The tables that are not money (users, the support desk's topics and relayed messages) are in
store/models.py; both live in one database, and the alembic migrations
(payments/migrations/versions) create exactly the tables of both. Telegram ids exceed 32 bits,
hence BigInteger. Times are aware UTC (payments/clock.py). Nothing here holds a face, a name or a
file; an order keeps the render parameters (ids and numbers) so that the paid files can be made
again within the retention period.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlmodel import Field, SQLModel


class OrderStatus(StrEnum):
    created = "created"  # invoice sent (or about to be paid with credits)
    paid = "paid"  # money or credits taken; files not delivered yet
    delivering = "delivering"  # a bot process holds the delivery (claimed_by) until lease_until
    delivered = "delivered"
    failed = "failed"  # delivery failed after payment: retry or self-service refund
    refunded = "refunded"
    cancelled = "cancelled"  # superseded by a newer invoice before payment


class PaidWith(StrEnum):
    stars = "stars"
    credits = "credits"


class PaymentRole(StrEnum):
    order = "order"  # paid the order
    renewal = "renewal"  # a subscription's next period
    double = "double"  # a second payment of a paid order: sent back


class ProductKind(StrEnum):
    document = "document"  # the files of the previewed document (plus any bundled credits)
    credits = "credits"  # a credit pack
    subscription = "subscription"  # monthly credits that expire with the period


class LedgerKind(StrEnum):
    purchase = "purchase"
    spend = "spend"
    signup_bonus = "signup_bonus"
    referral_bonus = "referral_bonus"
    refund = "refund"
    staff_grant = "staff_grant"
    expiry = "expiry"


def _user_fk(*, nullable: bool = False, index: bool = True) -> Column[int]:
    return Column(BigInteger, ForeignKey("users.id"), nullable=nullable, index=index)


class ReferralCode(SQLModel, table=True):
    __tablename__ = "referral_codes"

    code: str = Field(sa_column=Column(String(32), primary_key=True))
    user_id: int = Field(sa_column=Column(BigInteger, ForeignKey("users.id"), nullable=False, unique=True))
    created_at: datetime


class ReferralRedemption(SQLModel, table=True):
    """One per invitee (the primary key): one inviter per user, for good."""

    __tablename__ = "referral_redemptions"

    invitee_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("users.id"), primary_key=True, autoincrement=False)
    )
    inviter_id: int = Field(sa_column=_user_fk())
    code: str = Field(max_length=32)
    created_at: datetime
    invitee_bonus: int = 0  # credits the invitee got (0: the inviter's daily cap was reached)
    rewarded_order_id: int | None = None  # the invitee's first paid order that earned the inviter's bonus
    rewarded_at: datetime | None = None
    inviter_bonus: int = 0


class Order(SQLModel, table=True):
    __tablename__ = "orders"

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    user_id: int = Field(sa_column=_user_fk())
    product: str = Field(max_length=32)
    kind: str = Field(max_length=16)  # ProductKind
    stars: int  # the price at order time (0 when paid with credits)
    credits_granted: int = 0  # credits the order adds to the balance once paid
    credits_spent: int = 0  # credits it took instead of Stars
    doc_id: str | None = Field(default=None, max_length=64)
    request: str | None = None  # the RenderRequest JSON of the files it pays for
    status: str = Field(default=OrderStatus.created, max_length=16, index=True)
    paid_with: str | None = Field(default=None, max_length=8)  # PaidWith
    created_at: datetime
    expires_at: datetime | None = None  # the invoice's payload stops being accepted
    paid_at: datetime | None = None
    claimed_at: datetime | None = None
    # The delivery lease: the process delivering this order (claimed_by) renews lease_until while it
    # works; past it, the process counts as gone and another one takes over. On a paid order waiting
    # for another try, lease_until is the earliest time of that try.
    claimed_by: str | None = Field(default=None, max_length=64)
    lease_until: datetime | None = None
    attempts: int = 0  # delivery attempts claimed so far; past the limit the order is refunded
    files_sent: int = 0  # files of this delivery already sent (a takeover sends only the rest)
    delivered_at: datetime | None = None
    refunded_at: datetime | None = None
    failure: str | None = Field(default=None, max_length=64)  # why delivery failed (an error code)


class Payment(SQLModel, table=True):
    """One Telegram Stars charge; the charge id is unique, so a replayed update stores nothing."""

    __tablename__ = "payments"

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    charge_id: str = Field(sa_column=Column(String(128), nullable=False, unique=True))
    provider_charge_id: str | None = Field(default=None, max_length=128)
    user_id: int = Field(sa_column=_user_fk())
    order_id: int = Field(foreign_key="orders.id", index=True)
    stars: int
    currency: str = Field(max_length=8)
    created_at: datetime
    refunded_at: datetime | None = None
    recurring: bool = False
    subscription_expires_at: datetime | None = None
    role: str = Field(default=PaymentRole.order, max_length=8)  # PaymentRole


class LedgerEntry(SQLModel, table=True):
    """Append-only (a database trigger refuses UPDATE and DELETE); the balance is the sum.

    `expires_at` names the bucket: None for credits that never expire, the period end for
    subscription credits. Spends draw from the earliest-expiring bucket first and say which.
    `key` makes every operation happen once: "purchase:<charge id>", "spend:order:<id>", ….
    """

    __tablename__ = "ledger_entries"
    __table_args__ = (Index("ix_ledger_user_bucket", "user_id", "expires_at"),)

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    user_id: int = Field(sa_column=_user_fk(index=False))
    delta: int
    kind: str = Field(max_length=16)  # LedgerKind
    key: str = Field(sa_column=Column(String(160), nullable=False, unique=True))
    order_id: int | None = Field(default=None, foreign_key="orders.id")
    expires_at: datetime | None = None
    actor_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    note: str | None = Field(default=None, max_length=200)
    created_at: datetime


class AuditEntry(SQLModel, table=True):
    """Who did what to whose money or account: payments, refunds, grants, staff actions."""

    __tablename__ = "audit_log"
    __table_args__ = (UniqueConstraint("key", name="uq_audit_key"),)

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    at: datetime
    actor_id: int = Field(sa_column=Column(BigInteger, nullable=False))  # 0: the system; else a person
    action: str = Field(max_length=32, index=True)
    user_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True, index=True))
    order_id: int | None = None
    key: str | None = Field(default=None, max_length=160)  # set where the action must be logged once
    details: str = "{}"  # JSON: amounts, reasons; never a name, a face or a message text


SYSTEM = 0  # AuditEntry.actor_id of automatic actions
