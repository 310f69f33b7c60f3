"""Reply helpers the routers share: edit a status message in place (or send a new message when
Telegram refuses the edit), and remove a transient status line."""

from __future__ import annotations

import logging

from aiogram.exceptions import TelegramAPIError, TelegramBadRequest
from aiogram.types import InlineKeyboardMarkup

from bot.conversation.turn import Turn

log = logging.getLogger(__name__)


async def replace_text(
    turn: Turn, message_id: int, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Replace a message's text (a status line becoming the result); a new message if refused."""
    try:
        await turn.bot.edit_message_text(
            text=text, chat_id=turn.chat_id, message_id=message_id, reply_markup=markup
        )
    except TelegramBadRequest as exc:
        log.info("edit refused (%s); sending a new message", type(exc).__name__)
        await turn.bot.send_message(turn.chat_id, text, reply_markup=markup)


async def drop_message(turn: Turn, message_id: int) -> None:
    """Delete a transient message (a status line); never fails the conversation."""
    try:
        await turn.bot.delete_message(chat_id=turn.chat_id, message_id=message_id)
    except TelegramAPIError as exc:
        log.debug("could not delete a status message: %s", type(exc).__name__)
