"""The audit log: one row per money or account action, with who did it (0 = the system).

Details are amounts, ids and reason codes, never names or message texts (privacy). A `key`
makes an entry unique where the action itself is idempotent (a replayed payment logs once).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from payments.models import AuditEntry


async def record(
    session: AsyncSession,
    action: str,
    now: datetime,
    *,
    actor_id: int,
    user_id: int | None = None,
    order_id: int | None = None,
    key: str | None = None,
    **details: Any,
) -> None:
    if key is not None and await seen(session, key):
        return
    session.add(
        AuditEntry(
            at=now,
            actor_id=actor_id,
            action=action,
            user_id=user_id,
            order_id=order_id,
            key=key,
            details=json.dumps(details, sort_keys=True, default=str),
        )
    )
    await session.flush()


async def seen(session: AsyncSession, key: str) -> bool:
    """Whether an action with this key was logged already."""
    found = await session.exec(select(AuditEntry.id).where(AuditEntry.key == key))
    return found.first() is not None


async def entries(session: AsyncSession, *, user_id: int | None = None, limit: int = 100) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)  # type: ignore[union-attr]
    if user_id is not None:
        query = query.where(AuditEntry.user_id == user_id)
    return list((await session.exec(query)).all())
