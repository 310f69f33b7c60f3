"""The catch-all, registered last: stale or forged buttons get a polite answer, messages that fit
no step get a hint for the step the user is on, and unexpected exceptions get an apology.

An update that failed because Redis was away (longer than the client's own retries, see
bot/redis_options.py) is handled again, after a pause, up to UPDATE_RETRIES times, without a word
to the user: a selfie sent during a Redis restart is checked once Redis is back. Only when that
fails too does the user get the apology, and the apology never says "start over": to a user who
paid, /new would mean a second invoice for the same photo, while the paid order is safe with the
delivery supervisor (bot/services/delivery.py).

Exceptions are logged by type and code location only: their messages can carry paths, file names
or user text, and logs must never contain personal data.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections import OrderedDict
from contextlib import suppress

from aiogram import Bot, Dispatcher, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.types import CallbackQuery, ErrorEvent, Message, Update

from bot.conversation.states import Flow
from bot.conversation.texts import Translator
from bot.conversation.turn import Turn
from bot.redis_options import TRANSIENT

log = logging.getLogger(__name__)

UPDATE_RETRIES = 3  # an update that met Redis away is handled again this often (after 2, 4, 8 s)
RETRY_PAUSE_S = 2.0

# The hint for a message that fits no handler, by the step the user is on.
HINTS: dict[str | None, str] = {
    None: "hint-start",
    Flow.language.state: "hint-buttons",
    Flow.consent.state: "hint-buttons",
    Flow.document.state: "hint-document",
    Flow.capture.state: "capture-waiting",
    Flow.checks.state: "hint-buttons",
    Flow.style.state: "hint-buttons",
    Flow.outfit.state: "hint-buttons",
    Flow.preview.state: "hint-buttons",
    Flow.checkout.state: "hint-buttons",
    Flow.delivered.state: "hint-delivered",
}


async def on_stale_button(query: CallbackQuery, turn: Turn) -> None:
    await query.answer(turn.t("stale-button"))


async def on_unexpected_message(message: Message, turn: Turn) -> None:
    await turn.say(HINTS.get(await turn.state.get_state(), "hint-start"))


def where(exc: BaseException) -> str:
    """'KeyError at review.py:80 in review_selfie <- …': enough to find the bug, nothing personal."""
    frames = traceback.extract_tb(exc.__traceback__)[-3:]
    places = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} in {f.name}" for f in reversed(frames))
    return f"{type(exc).__name__} at {places}"


def passing(exc: BaseException) -> bool:
    """Redis away (directly, or under a job queue's error): the same update may work in a moment."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return False
        if isinstance(seen, TRANSIENT):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class UpdateRetries:
    """How often each recent update was handled again (bounded: old ids are forgotten)."""

    def __init__(self, remember: int = 10_000) -> None:
        self.remember = remember
        self.tries: OrderedDict[int, int] = OrderedDict()
        self.pending: set[asyncio.Task[None]] = set()

    def next_try(self, update_id: int) -> int | None:
        """The number of the next try of this update, or None when it had all of them."""
        done = self.tries.get(update_id, 0)
        if done >= UPDATE_RETRIES:
            return None
        self.tries[update_id] = done + 1
        self.tries.move_to_end(update_id)
        while len(self.tries) > self.remember:
            self.tries.popitem(last=False)
        return done + 1

    def again(self, dispatcher: Dispatcher, bot: Bot, update: Update, attempt: int) -> None:
        async def later() -> None:
            await asyncio.sleep(RETRY_PAUSE_S * 2 ** (attempt - 1))
            await dispatcher.feed_update(bot, update)

        task = asyncio.create_task(later(), name=f"update {update.update_id} again")
        self.pending.add(task)
        task.add_done_callback(self.pending.discard)


RETRIES = UpdateRetries()


async def on_error(event: ErrorEvent, bot: Bot, t: Translator, dispatcher: Dispatcher) -> None:
    if passing(event.exception) and (attempt := RETRIES.next_try(event.update.update_id)) is not None:
        log.warning("update %s met Redis away: handling it again (try %d)", event.update.update_id, attempt)
        RETRIES.again(dispatcher, bot, event.update, attempt)
        return
    log.error("unhandled error in update %s: %s", event.update.update_id, where(event.exception))
    query, message = event.update.callback_query, event.update.message
    if query is not None:
        with suppress(TelegramAPIError):  # already answered before the error: fine
            await query.answer()
        chat_id = query.message.chat.id if query.message is not None else query.from_user.id
    elif message is not None:
        chat_id = message.chat.id
    else:
        return
    try:
        await bot.send_message(chat_id, t("error-temporary"))
    except TelegramAPIError as exc:
        log.warning("could not apologise: %s", type(exc).__name__)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="errors")
    router.callback_query.register(on_stale_button)
    router.message.register(on_unexpected_message)
    router.errors.register(on_error)
    return router
