"""Who is staff: members of the support chat (getChatMember, cached) and the STAFF_IDS list.

Why cached: every message in the staff group asks, and Telegram limits calls; a membership change
takes effect within `staff_cache_s`. A user who left or was removed from the group stops being
staff at the latest then. A failed lookup counts as "not staff": a command is refused, never run.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

from aiogram import Bot
from aiogram.enums import ChatMemberStatus
from aiogram.exceptions import TelegramAPIError

log = logging.getLogger(__name__)

STAFF_STATUSES = {ChatMemberStatus.CREATOR, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.MEMBER}


class StaffDirectory:
    def __init__(
        self,
        chat_id: int,
        staff_ids: Iterable[int],
        cache_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.chat_id = chat_id
        self.listed = set(staff_ids)
        self.cache_s = cache_s
        self.clock = clock
        self._seen: dict[int, tuple[bool, float]] = {}

    async def is_staff(self, bot: Bot, user_id: int) -> bool:
        if user_id in self.listed:
            return True
        cached = self._seen.get(user_id)
        if cached is not None and self.clock() - cached[1] < self.cache_s:
            return cached[0]
        try:
            member = await bot.get_chat_member(self.chat_id, user_id)
            staff = member.status in STAFF_STATUSES
        except TelegramAPIError as exc:
            log.warning("getChatMember failed (%s): treating as not staff", type(exc).__name__)
            return False
        self._seen[user_id] = (staff, self.clock())
        return staff
