"""Everything the bot posts in the staff group goes through one queue, paced to Telegram's limit.

Why: Telegram lets a bot post about 20 messages a minute in one group; a chatty user, or twenty
users at once, would otherwise get 429s and lose relays. The outbox keeps order, posts at most
SUPPORT_RATE_LIMIT messages in any SUPPORT_RATE_WINDOW_S seconds and, when a backlog builds up,
coalesces consecutive plain texts for the same topic into one message. It also owns the two
failures that only sending reveals: a deleted topic ("message thread not found": the topic is
made again and the message re-sent there) and content Telegram will not copy (a note instead).

One outbox per bot process: with several replicas the group limit is shared and each paces its
own share; the session's RetryAfter middleware absorbs the rare 429 that still comes back.
"""

from __future__ import annotations

import asyncio
import html
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import BufferedInputFile

from bot.background import BackgroundTask

log = logging.getLogger(__name__)

THREAD_NOT_FOUND = "message thread not found"
NOT_COPYABLE = "message can't be copied"


def _future() -> asyncio.Future[int | None]:
    return asyncio.get_running_loop().create_future()


@dataclass
class Outgoing:
    """One post in a user's topic: a note (HTML), a copy of a user's message, or a photo."""

    user_id: int
    text: str | None = None
    copy_from: tuple[int, int] | None = None  # (chat id, message id) of the user's message
    photo: bytes | None = None
    plain: str | None = None  # the user's message as text, so a backlog can merge it
    remember: bool = False  # record the copy so the user's edits can follow it
    kind: str = "message"  # for the "cannot be copied" note
    done: asyncio.Future[int | None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )

    @property
    def mergeable(self) -> bool:
        return self.photo is None and (self.copy_from is None or self.plain is not None)

    def merged_text(self) -> str:
        return self.text if self.text is not None else f"💬 {html.escape(self.plain or '')}"


class SlidingWindow:
    """At most `limit` posts in any `window_s` seconds, as Telegram counts them. A post is counted
    when Telegram has answered it (never earlier than Telegram counts it itself)."""

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        self._sent: deque[float] = deque()

    def _prune(self) -> None:
        while self._sent and self.clock() - self._sent[0] >= self.window_s:
            self._sent.popleft()

    async def wait(self) -> None:
        self._prune()
        while len(self._sent) >= self.limit:
            await asyncio.sleep(max(0.01, self._sent[0] + self.window_s - self.clock()))
            self._prune()

    def record(self) -> None:
        self._sent.append(self.clock())


# thread id of a user's topic (made when missing); and the same after Telegram lost it
ThreadOf = Callable[[int], Awaitable[int]]
Remember = Callable[[int, int, int], Awaitable[None]]  # user id, user message id, staff message id


class GroupOutbox:
    def __init__(
        self,
        bot: Bot,
        chat_id: int,
        *,
        limit: int,
        window_s: float,
        thread_of: ThreadOf,
        remade_thread: ThreadOf,
        remember: Remember,
    ) -> None:
        self.bot = bot
        self.chat_id = chat_id
        self.pace = SlidingWindow(limit, window_s)
        self.thread_of = thread_of
        self.remade_thread = remade_thread
        self.remember = remember
        self.sent = 0
        self.merged = 0
        self._queue: deque[Outgoing] = deque()
        self._wake = asyncio.Event()
        self._worker = BackgroundTask("support-outbox", self._run)

    def start(self) -> None:
        self._worker.start()

    async def stop(self) -> None:
        await self._worker.stop()

    def post(self, item: Outgoing) -> asyncio.Future[int | None]:
        """Queue a post; the future gives the staff message id (None when it could not be sent)."""
        self._queue.append(item)
        self._wake.set()
        self.start()
        return item.done

    async def _run(self) -> None:
        while True:
            if not self._queue:
                self._wake.clear()
                await self._wake.wait()
                continue
            await self.pace.wait()
            batch = self._next_batch()
            try:
                message_id = await self._deliver(batch)
            except Exception:  # one bad post must not stop the desk
                log.exception("posting to the support group failed")
                message_id = None
            finally:
                self.pace.record()
            for item in batch:
                if not item.done.done():
                    item.done.set_result(message_id)

    def _next_batch(self) -> list[Outgoing]:
        """The head item, plus the mergeable ones right behind it for the same topic."""
        batch = [self._queue.popleft()]
        if batch[0].mergeable:
            while self._queue and self._queue[0].mergeable and self._queue[0].user_id == batch[0].user_id:
                batch.append(self._queue.popleft())
        return batch

    async def _deliver(self, batch: list[Outgoing]) -> int | None:
        thread = await self.thread_of(batch[0].user_id)
        try:
            message_id = await self.send_to_thread(batch, thread)
        except TelegramBadRequest as exc:
            if THREAD_NOT_FOUND not in exc.message.lower():
                raise
            log.info("support topic was deleted: making it again")
            thread = await self.remade_thread(batch[0].user_id)
            message_id = await self.send_to_thread(batch, thread)
        self.sent += 1
        if len(batch) > 1:
            self.merged += len(batch) - 1
        for item in batch:
            if item.remember and item.copy_from is not None and message_id is not None:
                await self.remember(item.user_id, item.copy_from[1], message_id)
        return message_id

    async def send_to_thread(self, batch: list[Outgoing], thread: int) -> int | None:
        """Post now, unpaced (the worker paces; the relay uses it only while re-making a topic)."""
        item = batch[0]
        if len(batch) > 1:
            text = "\n".join(part.merged_text() for part in batch)
            return (await self.bot.send_message(self.chat_id, text, message_thread_id=thread)).message_id
        if item.photo is not None:
            sent = await self.bot.send_photo(
                self.chat_id,
                BufferedInputFile(item.photo, filename="selfie.jpg"),
                caption=item.text,
                message_thread_id=thread,
            )
            return sent.message_id
        if item.copy_from is not None:
            try:
                copied = await self.bot.copy_message(
                    self.chat_id, item.copy_from[0], item.copy_from[1], message_thread_id=thread
                )
            except TelegramBadRequest as exc:
                if NOT_COPYABLE not in exc.message.lower():
                    raise
                note = f"ℹ️ The user sent a {html.escape(item.kind)} that cannot be copied here."
                return (await self.bot.send_message(self.chat_id, note, message_thread_id=thread)).message_id
            return copied.message_id
        assert item.text is not None
        return (await self.bot.send_message(self.chat_id, item.text, message_thread_id=thread)).message_id
