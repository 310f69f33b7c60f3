"""The support desk's records: each user's topic, whether a ticket is open, relayed messages.

Why in the database and not in memory: every bot replica must agree on which topic belongs to
which user (a staff reply can arrive at any replica), concurrent first messages must create one
topic (the row is claimed with an INSERT before Telegram is asked), and a forged thread id must
map to nobody. Only ids and times are stored; message texts stay in Telegram.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col, select

from payments import audit
from payments.clock import Clock, utcnow
from payments.database import Database
from store.models import RelayedMessage, SupportTopic


class SupportDesk:
    def __init__(self, db: Database, chat_id: int, *, clock: Clock = utcnow) -> None:
        self.db = db
        self.chat_id = chat_id
        self.clock = clock

    # --- topics -----------------------------------------------------------------------------------

    async def claim_topic(self, user_id: int) -> tuple[SupportTopic, bool]:
        """The user's topic row, and True when this call created it (the caller then creates the
        Telegram topic and `set_thread`s it); concurrent callers get False and the same row."""
        insert = sqlite_insert if self.db.is_sqlite else pg_insert
        statement = (
            insert(SupportTopic)
            .values(user_id=user_id, chat_id=self.chat_id, created_at=self.clock())
            .on_conflict_do_nothing()
        )
        async with self.db.transaction() as session:
            created = bool((await session.exec(statement)).rowcount)
            topic = await session.get(SupportTopic, user_id)
            assert topic is not None
            return topic, created

    async def topic(self, user_id: int) -> SupportTopic | None:
        async with self.db.reading() as session:
            return await session.get(SupportTopic, user_id)

    async def set_thread(self, user_id: int, thread_id: int | None) -> None:
        async with self.db.transaction() as session:
            await session.exec(
                update(SupportTopic).where(col(SupportTopic.user_id) == user_id).values(thread_id=thread_id)
            )

    async def user_of_thread(self, thread_id: int | None) -> int | None:
        """Whose topic this is; None for the General topic, a deleted topic or a forged id."""
        if thread_id is None:
            return None
        async with self.db.reading() as session:
            found = await session.exec(
                select(SupportTopic.user_id).where(
                    SupportTopic.thread_id == thread_id, SupportTopic.chat_id == self.chat_id
                )
            )
            return found.first()

    async def open(self, user_id: int, *, actor_id: int, reason: str) -> bool:
        """Open a ticket (the relay starts, the flow pauses); False when one is open already."""
        now = self.clock()
        async with self.db.transaction() as session:
            result = await session.exec(
                update(SupportTopic)
                .where(col(SupportTopic.user_id) == user_id, col(SupportTopic.open_since).is_(None))
                .values(open_since=now, closed_at=None)
            )
            if not result.rowcount:
                return False
            await audit.record(session, "ticket_open", now, actor_id=actor_id, user_id=user_id, reason=reason)
            return True

    async def close(self, user_id: int, *, actor_id: int) -> bool:
        now = self.clock()
        async with self.db.transaction() as session:
            result = await session.exec(
                update(SupportTopic)
                .where(col(SupportTopic.user_id) == user_id, col(SupportTopic.open_since).is_not(None))
                .values(open_since=None, closed_at=now)
            )
            if not result.rowcount:
                return False
            await audit.record(session, "ticket_close", now, actor_id=actor_id, user_id=user_id)
            return True

    async def forget(self, user_id: int) -> SupportTopic | None:
        """Drop the user's topic and relay records (/delete, or retention); returns what was there."""
        async with self.db.transaction() as session:
            topic = await session.get(SupportTopic, user_id)
            await session.exec(delete(RelayedMessage).where(col(RelayedMessage.user_id) == user_id))
            if topic is not None:
                await session.delete(topic)
            return topic

    async def expired_topics(self, retention: timedelta) -> list[SupportTopic]:
        """Closed topics whose retention ran out (their Telegram topic is deleted next)."""
        async with self.db.reading() as session:
            rows = await session.exec(
                select(SupportTopic).where(
                    col(SupportTopic.open_since).is_(None),
                    col(SupportTopic.closed_at) <= self.clock() - retention,
                )
            )
            return list(rows.all())

    async def forget_old_messages(self, retention: timedelta) -> None:
        async with self.db.transaction() as session:
            await session.exec(
                delete(RelayedMessage).where(col(RelayedMessage.created_at) < self.clock() - retention)
            )

    # --- relayed messages --------------------------------------------------------------------------

    async def remember(
        self, user_id: int, user_message_id: int, staff_message_id: int, *, from_user: bool
    ) -> None:
        async with self.db.transaction() as session:
            session.add(
                RelayedMessage(
                    user_id=user_id,
                    user_message_id=user_message_id,
                    chat_id=self.chat_id,
                    staff_message_id=staff_message_id,
                    from_user=from_user,
                    created_at=self.clock(),
                )
            )

    async def staff_copy(self, user_id: int, user_message_id: int) -> int | None:
        """The topic's copy of a message the user wrote (for mirroring the user's edits)."""
        async with self.db.reading() as session:
            found = await session.exec(
                select(RelayedMessage.staff_message_id).where(
                    RelayedMessage.user_id == user_id,
                    RelayedMessage.user_message_id == user_message_id,
                    col(RelayedMessage.from_user).is_(True),
                )
            )
            return found.first()

    async def user_copy(self, staff_message_id: int) -> tuple[int, int] | None:
        """(user id, message id in the user's chat) of a staff message's copy (staff edits)."""
        async with self.db.reading() as session:
            found = await session.exec(
                select(RelayedMessage.user_id, RelayedMessage.user_message_id).where(
                    RelayedMessage.chat_id == self.chat_id,
                    RelayedMessage.staff_message_id == staff_message_id,
                    col(RelayedMessage.from_user).is_(False),
                )
            )
            row = found.first()
            return None if row is None else (int(row[0]), int(row[1]))

    # --- staff actions -----------------------------------------------------------------------------

    async def note(self, user_id: int, *, actor_id: int, action: str, **details: Any) -> None:
        """A staff action without money (a note, a reprocess) for the audit log."""
        async with self.db.transaction() as session:
            await audit.record(session, action, self.clock(), actor_id=actor_id, user_id=user_id, **details)
