"""`SupportRelay`: one per bot process, built at start-up once the Bot exists.

It moves messages both ways (user → topic through the paced outbox; staff → user directly, as the
bot, so staff identity stays hidden), mirrors edits through the relayed-message records, and keeps
each user's topic alive: created on the first ticket (exactly once, see SupportDesk.claim_topic),
made again when Telegram says the thread is gone, closed on /done, deleted after retention or at
the user's /delete.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.types import Message

from bot.support.desk import SupportDesk
from bot.support.outbox import GroupOutbox, Outgoing
from bot.support.staff import StaffDirectory
from bot.support.texts import staff_text
from store.models import SupportTopic

log = logging.getLogger(__name__)

TOPIC_NAME_MAX = 128
THREAD_WAIT_S = 10.0  # how long a concurrent opener waits for the topic another one is creating

# Builds the context card posts for a user's topic: (user id, opened by, reason) → posts.
CardSource = Callable[[int, str, str], Awaitable[list[Outgoing]]]


def message_kind(message: Message) -> str:
    """A short name of what the user sent (for the "cannot be copied" note)."""
    return str(message.content_type).split(".")[-1].lower()


def plain_text(message: Message) -> str | None:
    """The text of a plain text message (no entities), which a backlog may merge with others."""
    return message.text if message.text is not None and not message.entities else None


class SupportRelay:
    enabled = True  # a SupportService (bot/support/off.py): tickets can be opened

    def __init__(
        self,
        bot: Bot,
        desk: SupportDesk,
        staff: StaffDirectory,
        *,
        rate: tuple[int, float],
        card_source: CardSource,
    ) -> None:
        self.bot = bot
        self.desk = desk
        self.staff = staff
        self.chat_id = desk.chat_id
        self.card_source = card_source
        self._names: dict[int, str] = {}
        self.outbox = GroupOutbox(
            bot,
            desk.chat_id,
            limit=rate[0],
            window_s=rate[1],
            thread_of=self.thread_of,
            remade_thread=self.remake_thread,
            remember=self._remember_user_message,
        )

    async def close(self) -> None:
        await self.outbox.stop()

    # --- topics -----------------------------------------------------------------------------------

    def topic_name(self, user_id: int) -> str:
        return f"{user_id} {self._names.get(user_id, '')}".strip()[:TOPIC_NAME_MAX]

    async def thread_of(self, user_id: int) -> int:
        """The user's topic, created when they have none (one topic even under concurrency)."""
        claimed, created = await self.desk.claim_topic(user_id)
        topic: SupportTopic | None = claimed
        if created:
            return await self._create(user_id)
        deadline = asyncio.get_running_loop().time() + THREAD_WAIT_S
        while topic is not None and topic.thread_id is None:
            if asyncio.get_running_loop().time() > deadline:  # its creator died: take over
                return await self._create(user_id)
            await asyncio.sleep(0.1)
            topic = await self.desk.topic(user_id)
        if topic is None:  # forgotten meanwhile (/delete): start again
            return await self.thread_of(user_id)
        assert topic.thread_id is not None
        return topic.thread_id

    async def _create(self, user_id: int) -> int:
        forum = await self.bot.create_forum_topic(self.chat_id, self.topic_name(user_id))
        await self.desk.set_thread(user_id, forum.message_thread_id)
        return forum.message_thread_id

    async def remake_thread(self, user_id: int) -> int:
        """Telegram lost the topic (someone deleted it): a new one, with the context card again."""
        thread = await self._create(user_id)
        for post in await self.card_source(user_id, "the bot", "topic re-created"):
            await self.outbox.send_to_thread([post], thread)
        return thread

    # --- tickets ----------------------------------------------------------------------------------

    async def open_ticket(
        self, user_id: int, first_name: str | None, *, actor_id: int, opened_by: str, reason: str
    ) -> bool:
        """Open a ticket: the topic exists (made now on the first ticket, reopened if closed) and
        the card is posted. False when one was open already (nothing posted)."""
        if first_name:
            self._names[user_id] = first_name
        await self.thread_of(user_id)
        topic = await self.desk.topic(user_id)
        if not await self.desk.open(user_id, actor_id=actor_id, reason=reason):
            return False
        if topic is not None and topic.closed_at is not None and topic.thread_id is not None:
            try:
                await self.bot.reopen_forum_topic(self.chat_id, topic.thread_id)
            except TelegramBadRequest as exc:  # deleted meanwhile: the next post makes it again
                log.info("reopenForumTopic: %s", exc.message)
        for post in await self.card_source(user_id, opened_by, reason):
            self.outbox.post(post)
        return True

    async def is_open(self, user_id: int) -> bool:
        topic = await self.desk.topic(user_id)
        return topic is not None and topic.open_since is not None

    async def close_ticket(self, user_id: int, *, actor_id: int, note: str) -> bool:
        closed = await self.desk.close(user_id, actor_id=actor_id)
        if closed:
            await self.note(user_id, note)
            topic = await self.desk.topic(user_id)
            if topic is not None and topic.thread_id is not None:
                try:
                    await self.bot.close_forum_topic(self.chat_id, topic.thread_id)
                except TelegramBadRequest as exc:  # already closed, or deleted: nothing to close
                    log.info("closeForumTopic: %s", exc.message)
        return closed

    def note(self, user_id: int, text: str) -> asyncio.Future[int | None]:
        return self.outbox.post(Outgoing(user_id=user_id, text=text))

    # --- relaying ---------------------------------------------------------------------------------

    def from_user(self, message: Message) -> asyncio.Future[int | None]:
        """Copy the user's message into their topic (queued, paced, merged in a backlog)."""
        assert message.from_user is not None
        return self.outbox.post(
            Outgoing(
                user_id=message.from_user.id,
                copy_from=(message.chat.id, message.message_id),
                plain=plain_text(message),
                remember=True,
                kind=message_kind(message),
            )
        )

    async def _remember_user_message(self, user_id: int, user_message_id: int, staff_message_id: int) -> None:
        await self.desk.remember(user_id, user_message_id, staff_message_id, from_user=True)

    async def to_user(self, message: Message, user_id: int) -> bool:
        """Copy a staff message to the user as the bot; False (and a note) when it cannot go."""
        try:
            copied = await self.bot.copy_message(user_id, self.chat_id, message.message_id)
        except TelegramForbiddenError:
            self.note(user_id, staff_text("blocked"))
            return False
        except TelegramBadRequest as exc:
            if "can't be copied" not in exc.message.lower():
                raise
            self.note(user_id, staff_text("not-copied"))
            return False
        await self.desk.remember(user_id, copied.message_id, message.message_id, from_user=False)
        return True

    async def mirror_user_edit(self, message: Message) -> bool:
        """The user edited a relayed message: edit its copy in the topic."""
        assert message.from_user is not None
        staff_id = await self.desk.staff_copy(message.from_user.id, message.message_id)
        if staff_id is None:
            return False
        await self._edit(self.chat_id, staff_id, message, merged_note_for=message.from_user.id)
        return True

    async def mirror_staff_edit(self, message: Message) -> bool:
        """Staff edited a message already sent to the user: edit the user's copy."""
        found = await self.desk.user_copy(message.message_id)
        if found is None:
            return False
        user_id, user_message_id = found
        try:
            await self._edit(user_id, user_message_id, message, merged_note_for=None)
        except TelegramForbiddenError:
            self.note(user_id, staff_text("blocked"))
        return True

    async def _edit(
        self, chat_id: int, message_id: int, source: Message, *, merged_note_for: int | None
    ) -> None:
        try:
            if source.text is not None:
                await self.bot.edit_message_text(source.html_text, chat_id=chat_id, message_id=message_id)
            elif source.caption is not None:
                await self.bot.edit_message_caption(
                    chat_id=chat_id, message_id=message_id, caption=source.html_text
                )
        except TelegramBadRequest as exc:
            if "not modified" in exc.message.lower():
                return
            if merged_note_for is None:
                raise
            # The copy was merged with others in a backlog (or is not editable): say it instead.
            self.note(merged_note_for, f"✏️ {html.escape(source.text or source.caption or '')}")

    # --- clean-up ---------------------------------------------------------------------------------

    async def delete_topic(self, user_id: int) -> bool:
        """Remove the user's topic and records now (/delete)."""
        topic = await self.desk.forget(user_id)
        if topic is None or topic.thread_id is None:
            return False
        try:
            await self.bot.delete_forum_topic(self.chat_id, topic.thread_id)
        except TelegramBadRequest as exc:
            log.info("deleteForumTopic: %s", exc.message)
        return True

    async def sweep(self, retention: timedelta) -> int:
        """Delete topics closed longer than the retention period, and old relay records."""
        removed = 0
        for topic in await self.desk.expired_topics(retention):
            removed += await self.delete_topic(topic.user_id)
        await self.desk.forget_old_messages(retention)
        return removed
