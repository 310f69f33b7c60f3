"""Telegram's documented limits, checked the way the Bot API checks them and refused with its wording.

Every limit here is one a bot can break by accident in production (a long translated string, a fat
callback payload, an empty button label); the fake makes the same call fail in tests instead.
"""

from __future__ import annotations

import re
from typing import Any

from . import formatting
from .errors import bad_request

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64  # bytes
MAX_CALLBACK_ANSWER = 200
MAX_BUTTONS = 100
MAX_DOWNLOAD = 20 * 1024 * 1024  # getFile refuses bigger files
MAX_UPLOAD = 50 * 1024 * 1024  # documents sent by the bot
MAX_COMMANDS = 100
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_INLINE_ACTIONS = (
    "callback_data",
    "url",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_LANGUAGE = re.compile(r"^([a-z]{2})?$")


def message_text(text: Any, parse_mode: Any, entities: Any) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and entities of a message; 1..4096 characters after entity parsing."""
    if not isinstance(text, str) or not text:
        raise bad_request("message text is empty")
    plain, parsed = formatting.parse(text, parse_mode, entities)
    if not plain.strip():
        raise bad_request("message text is empty")
    if len(plain) > MAX_TEXT:
        raise bad_request("message is too long")
    return plain, parsed


def caption(text: Any, parse_mode: Any, entities: Any) -> tuple[str | None, list[dict[str, Any]]]:
    """Caption text and entities; 0..1024 characters after entity parsing."""
    if text is None or text == "":
        return None, []
    plain, parsed = formatting.parse(str(text), parse_mode, entities)
    if len(plain) > MAX_CAPTION:
        raise bad_request("message caption is too long")
    return plain or None, parsed


def reply_markup(markup: Any) -> dict[str, Any] | None:
    """Validated markup; only inline keyboards become part of the sent message, as in Telegram."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        _inline_keyboard(markup["inline_keyboard"])
    elif "keyboard" in markup:
        _reply_keyboard(markup["keyboard"])
    elif not (markup.get("remove_keyboard") or markup.get("force_reply")):
        raise bad_request("can't parse reply keyboard markup JSON object")
    return markup


def _inline_keyboard(rows: Any) -> None:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays')
    if sum(len(row) for row in rows) > MAX_BUTTONS:
        raise bad_request("reply markup is too long")
    for row in rows:
        for button in row:
            _inline_button(button)


def _inline_button(button: Any) -> None:
    if not isinstance(button, dict):
        raise bad_request("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
    text = button.get("text")
    if not isinstance(text, str) or not text.strip():
        raise bad_request("can't parse inline keyboard button: Text must be non-empty")
    actions = [key for key in _INLINE_ACTIONS if button.get(key) not in (None, "")]
    if not actions:
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    data = button.get("callback_data")
    if isinstance(data, str) and len(data.encode("utf-8")) > MAX_CALLBACK_DATA:
        raise bad_request("BUTTON_DATA_INVALID")
    url = button.get("url")
    if url is not None and not re.match(r"^(https?|tg)://\S+$", str(url)):
        raise bad_request(f"inline keyboard button URL '{url}' is invalid: Unsupported URL protocol")


def _reply_keyboard(rows: Any) -> None:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays')
    for row in rows:
        for button in row:
            text = button.get("text") if isinstance(button, dict) else button
            if not isinstance(text, str) or not text.strip():
                raise bad_request("can't parse keyboard button: Text must be non-empty")


def callback_answer(text: Any) -> None:
    if isinstance(text, str) and len(text) > MAX_CALLBACK_ANSWER:
        raise bad_request("MESSAGE_TOO_LONG")


def bot_commands(commands: Any) -> list[dict[str, str]]:
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > MAX_COMMANDS:
        raise bad_request("too many commands")
    cleaned = []
    for item in commands:
        if not isinstance(item, dict) or not _COMMAND.match(str(item.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        description = item.get("description")
        if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        cleaned.append({"command": item["command"], "description": description})
    return cleaned


def language_code(code: Any) -> str:
    code = code or ""
    if not isinstance(code, str) or not _LANGUAGE.match(code):
        raise bad_request("LANG_CODE_INVALID")
    return code


def webhook_url(url: Any) -> str:
    """Any http(s) URL; real Telegram also wants HTTPS on a public port, which loopback tests cannot offer."""
    if not isinstance(url, str) or not re.match(r"^https?://[^/\s]+", url):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    return url


def secret_token(token: Any) -> str | None:
    if token in (None, ""):
        return None
    if not isinstance(token, str) or not _SECRET.match(token):
        raise bad_request("secret token contains unallowed characters")
    return token


def chat_action(action: Any) -> str:
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return str(action)
