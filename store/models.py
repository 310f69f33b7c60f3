"""Users, support topics and relayed messages (see store/__init__.py). Telegram ids exceed 32 bits,
hence BigInteger; times are aware UTC."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel


def _user_fk(*, nullable: bool = False, index: bool = True) -> Column[int]:
    return Column(BigInteger, ForeignKey("users.id"), nullable=nullable, index=index)


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    created_at: datetime
    referred_by: int | None = Field(default=None, sa_column=_user_fk(nullable=True))
    banned: bool = False


class SupportTopic(SQLModel, table=True):
    """The user's topic in the staff forum: one per user, reused by every ticket of theirs.

    `thread_id` is None while one bot process creates the topic (the row is inserted first, so
    concurrent first messages create exactly one). `open_since` is set while a ticket is open:
    the user's messages are relayed and the automated flow pauses. A closed topic is deleted
    `RETENTION_HOURS` after `closed_at`, and at once by the user's /delete.
    """

    __tablename__ = "support_topics"

    user_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("users.id"), primary_key=True, autoincrement=False)
    )
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    thread_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True, index=True))
    created_at: datetime
    open_since: datetime | None = None
    closed_at: datetime | None = None


class RelayedMessage(SQLModel, table=True):
    """One message copied between the user's chat and their topic, so that edits can follow it."""

    __tablename__ = "support_messages"
    __table_args__ = (
        Index("ix_support_messages_user", "user_id", "user_message_id"),
        Index("ix_support_messages_staff", "chat_id", "staff_message_id"),
    )

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    user_message_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))  # the staff forum
    staff_message_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    from_user: bool  # True: the user wrote it; False: staff did
    created_at: datetime
