"""The credits ledger: append-only entries, the balance is their sum.

Buckets: every entry names the bucket it moves credits in by `expires_at` (None: bought or
granted credits, which never expire; a date: one subscription period's credits). Spending takes
the earliest-expiring live bucket first, so subscription credits go before bought ones; a bucket
past its date is closed by one `expiry` entry that takes what is left in it.

Exactly once: each operation has a key; a second call with the same key changes nothing.
Concurrency: callers run inside `Database.transaction()`; `lock_account` makes the
read-balance-then-write sequence exclusive per user (row lock on PostgreSQL; on SQLite every
transaction already holds the write lock, see payments/database.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from payments.models import LedgerEntry, LedgerKind
from store.models import User


class InsufficientCredits(Exception):
    def __init__(self, balance: int, needed: int) -> None:
        super().__init__(f"balance {balance} < {needed}")
        self.balance = balance
        self.needed = needed


@dataclass(frozen=True)
class Bucket:
    expires_at: datetime | None
    amount: int

    def live(self, now: datetime) -> bool:
        return self.expires_at is None or self.expires_at > now


async def lock_account(session: AsyncSession, user_id: int) -> User:
    """The user's row, locked until the transaction ends (PostgreSQL); it must exist."""
    user = (await session.exec(select(User).where(User.id == user_id).with_for_update())).one_or_none()
    if user is None:
        raise LookupError(f"no account {user_id}")
    return user


async def buckets(session: AsyncSession, user_id: int) -> list[Bucket]:
    rows = await session.exec(
        select(LedgerEntry.expires_at, func.sum(LedgerEntry.delta))
        .where(LedgerEntry.user_id == user_id)
        .group_by(col(LedgerEntry.expires_at))
    )
    return [Bucket(expires_at, int(total or 0)) for expires_at, total in rows.all()]


def available(all_buckets: list[Bucket], now: datetime) -> int:
    """What can be spent now: live buckets, plus any debt an expired bucket still carries (a
    refund that reversed credits already spent)."""
    return sum(b.amount if b.live(now) else min(b.amount, 0) for b in all_buckets)


async def balance(session: AsyncSession, user_id: int, now: datetime) -> int:
    return available(await buckets(session, user_id), now)


async def has_entry(session: AsyncSession, key: str) -> bool:
    found = await session.exec(select(LedgerEntry.id).where(LedgerEntry.key == key))
    return found.first() is not None


async def entries(session: AsyncSession, user_id: int, *, limit: int = 50) -> list[LedgerEntry]:
    rows = await session.exec(
        select(LedgerEntry)
        .where(LedgerEntry.user_id == user_id)
        .order_by(LedgerEntry.id.desc())  # type: ignore[union-attr]
        .limit(limit)
    )
    return list(rows.all())


async def append(
    session: AsyncSession,
    user_id: int,
    delta: int,
    kind: LedgerKind,
    key: str,
    now: datetime,
    *,
    order_id: int | None = None,
    expires_at: datetime | None = None,
    actor_id: int | None = None,
    note: str | None = None,
) -> bool:
    """Add one entry unless `key` was used before; True when it was added."""
    if await has_entry(session, key):
        return False
    session.add(
        LedgerEntry(
            user_id=user_id,
            delta=delta,
            kind=kind.value,
            key=key,
            order_id=order_id,
            expires_at=expires_at,
            actor_id=actor_id,
            note=note,
            created_at=now,
        )
    )
    await session.flush()
    return True


async def expire(session: AsyncSession, user_id: int, now: datetime) -> int:
    """Close every bucket past its date that still holds credits; returns how many expired."""
    expired = 0
    for bucket in await buckets(session, user_id):
        if bucket.live(now) or bucket.amount <= 0:
            continue
        assert bucket.expires_at is not None
        key = f"expiry:{user_id}:{bucket.expires_at.isoformat()}"
        if await append(
            session, user_id, -bucket.amount, LedgerKind.expiry, key, now, expires_at=bucket.expires_at
        ):
            expired += bucket.amount
    return expired


async def spend(
    session: AsyncSession, user_id: int, amount: int, key: str, now: datetime, *, order_id: int | None
) -> bool:
    """Take `amount` credits, earliest-expiring first; False when `key` was already spent.

    Raises InsufficientCredits (and writes nothing) when the balance is short. The caller must
    hold `lock_account` for the user.
    """
    if amount < 1:
        raise ValueError("spend at least one credit")
    if await has_entry(session, key):
        return False
    await expire(session, user_id, now)
    live = sorted(
        (b for b in await buckets(session, user_id) if b.live(now) and b.amount > 0),
        key=lambda b: (b.expires_at is None, b.expires_at or now),
    )
    total = await balance(session, user_id, now)
    if total < amount:
        raise InsufficientCredits(total, amount)
    remaining = amount
    for part, bucket in enumerate(live):
        take = min(bucket.amount, remaining)
        part_key = key if part == 0 else f"{key}/{part}"
        await append(
            session,
            user_id,
            -take,
            LedgerKind.spend,
            part_key,
            now,
            order_id=order_id,
            expires_at=bucket.expires_at,
        )
        remaining -= take
        if remaining == 0:
            break
    return True


async def reverse(
    session: AsyncSession, original_key: str, key: str, kind: LedgerKind, now: datetime, *, note: str
) -> int:
    """Undo the entry (and the parts of a split spend) written under `original_key`, once.

    Returns the credits moved (the negated sum), 0 when there was nothing to undo or it was
    undone before. The reversal lands in the same bucket as the original.
    """
    if await has_entry(session, key):
        return 0
    rows = await session.exec(
        select(LedgerEntry).where(
            (col(LedgerEntry.key) == original_key)
            | col(LedgerEntry.key).startswith(f"{original_key}/", autoescape=True)
        )
    )
    originals = list(rows.all())
    moved = 0
    for part, entry in enumerate(originals):
        part_key = key if part == 0 else f"{key}/{part}"
        await append(
            session,
            entry.user_id,
            -entry.delta,
            kind,
            part_key,
            now,
            order_id=entry.order_id,
            expires_at=entry.expires_at,
            note=note,
        )
        moved -= entry.delta
    return moved
