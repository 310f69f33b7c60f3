"""The catch-all, registered last: stale or forged buttons get a polite answer, messages that fit
no step get a hint for the step the user is on, and unexpected exceptions get an apology.

Exceptions are logged by type and code location only: their messages can carry paths, file names
or user text, and logs must never contain personal data.
"""

from __future__ import annotations

import logging
import traceback
from contextlib import suppress

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.types import CallbackQuery, ErrorEvent, Message

from bot.conversation.states import Flow
from bot.conversation.texts import Translator
from bot.conversation.turn import Turn

log = logging.getLogger(__name__)

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


async def on_error(event: ErrorEvent, bot: Bot, t: Translator) -> None:
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
        await bot.send_message(chat_id, t("error-unexpected"))
    except TelegramAPIError as exc:
        log.warning("could not apologise: %s", type(exc).__name__)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="errors")
    router.callback_query.register(on_stale_button)
    router.message.register(on_unexpected_message)
    router.errors.register(on_error)
    return router
