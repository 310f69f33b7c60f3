"""The support desk as handlers see it (`SupportService`), and the desk when SUPPORT_CHAT_ID is not
set (`NoSupport`): the same questions, answered "there is no desk".

Why a null object: handlers always get a `support` service injected, so none of them needs a
`support=None` default or its own "is there a desk?" branch for questions with an obvious answer
(no ticket is open, nothing to mirror, no topic to delete). The one real difference, whether a
ticket can be opened at all, is `enabled`.
"""

from __future__ import annotations

from typing import Protocol

from aiogram.types import Message


class SupportService(Protocol):
    enabled: bool

    async def is_open(self, user_id: int) -> bool: ...

    async def close_ticket(self, user_id: int, *, actor_id: int, note: str) -> bool: ...

    async def mirror_user_edit(self, message: Message) -> bool: ...

    async def delete_topic(self, user_id: int) -> bool: ...


class NoSupport:
    """SUPPORT_CHAT_ID unset: no ticket is ever open, so there is nothing to close, mirror or delete."""

    enabled = False

    async def is_open(self, user_id: int) -> bool:
        return False

    async def close_ticket(self, user_id: int, *, actor_id: int, note: str) -> bool:
        return False

    async def mirror_user_edit(self, message: Message) -> bool:
        return False

    async def delete_topic(self, user_id: int) -> bool:
        return False
