"""Builders for the updates a real Telegram client produces: messages with the user's ``from`` and private
``chat`` (or a group member's in a forum topic), edits, bot_command entities, PhotoSize ladders, documents,
stickers, albums, callback queries, payments."""

from __future__ import annotations

import copy
import re
import secrets
from typing import Any

from . import media
from .formatting import utf16_len
from .state import Chat, StoredFile, TelegramState

_COMMAND_TOKEN = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")


def command_entities(text: str) -> list[dict[str, Any]]:
    """bot_command entities for every ``/command`` token, as Telegram clients mark them."""
    return [
        {"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0))}
        for m in _COMMAND_TOKEN.finditer(text)
    ]


def user_message(state: TelegramState, chat: Chat, **content: Any) -> dict[str, Any]:
    """A message from the chat's user, stored in the chat so the bot can reply to it or delete it."""
    return chat_message(state, chat, chat.user, **content)


def chat_message(
    state: TelegramState,
    chat: Chat,
    sender: dict[str, Any],
    *,
    thread_id: int | None = None,
    in_topic: bool = True,
    starts_topic: bool = False,
    reply_to: dict[str, Any] | None = None,
    **content: Any,
) -> dict[str, Any]:
    """A message from ``sender`` (a User JSON), stored in ``chat``; ``content`` may override ``date``.

    ``thread_id`` files it in a forum topic: ``message_thread_id`` plus ``is_topic_message`` and, as in
    Telegram, a ``reply_to_message`` pointing at the topic's creation message unless it replies to
    something else (bots that read every topic message as a reply to the bot trip over this for real).
    ``in_topic=False`` keeps a bare thread id without the topic fields. ``starts_topic`` makes it the
    creation message of a new topic, whose thread id is its own message id.
    """
    message_id = chat.next_message_id()
    message: dict[str, Any] = {
        "message_id": message_id,
        "from": dict(sender),
        "chat": chat.json(),
        "date": state.now(),
    }
    if starts_topic:
        thread_id = message_id
    if thread_id is not None:
        message["message_thread_id"] = thread_id
        if in_topic:
            message["is_topic_message"] = True
            if reply_to is None and not starts_topic:
                reply_to = chat.messages.get(thread_id)
    if reply_to is not None:
        message["reply_to_message"] = quoted(reply_to)
    message.update(content)
    chat.messages[message_id] = message
    return message


def quoted(message: dict[str, Any]) -> dict[str, Any]:
    """A message as it appears inside another (reply_to_message, pinned_message): one level deep only."""
    return {key: copy.deepcopy(value) for key, value in message.items() if key != "reply_to_message"}


def edited(state: TelegramState, chat: Chat, message_id: int, **changes: Any) -> dict[str, Any]:
    """The stored message with ``changes`` applied (a None value removes the field) and ``edit_date`` set:
    the body of an ``edited_message`` update."""
    message = {key: value for key, value in chat.messages[message_id].items() if key not in changes}
    message.update({key: value for key, value in changes.items() if value is not None})
    message["edit_date"] = state.now()
    chat.messages[message_id] = message
    return copy.deepcopy(message)


def text_content(text: str) -> dict[str, Any]:
    content: dict[str, Any] = {"text": text}
    entities = command_entities(text)
    if entities:
        content["entities"] = entities
    return content


def caption_content(caption: str | None) -> dict[str, Any]:
    return {"caption": caption} if caption else {}


def photo_content(state: TelegramState, data: bytes) -> list[dict[str, Any]]:
    """PhotoSize array, smallest first; the last (largest) entry is the image exactly as given."""
    size = media.image_size(data)
    if size is None:
        raise ValueError("send_photo needs real image bytes")
    ladder = [(scaled, width, height) for scaled, width, height in media.downscaled(data)]
    ladder.append((data, *size))
    sizes = []
    stored_files: list[StoredFile] = []
    for scaled, width, height in ladder:
        stored = state.files.add(scaled, "photos", "jpg")
        stored_files.append(stored)
        sizes.append(_photo_size(stored, width, height))
    for stored in stored_files:
        stored.photo_sizes = sizes
    return sizes


def _photo_size(stored: StoredFile, width: int, height: int) -> dict[str, Any]:
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.size,
        "width": width,
        "height": height,
    }


def document_content(state: TelegramState, data: bytes, file_name: str, mime_type: str) -> dict[str, Any]:
    ext = file_name.rsplit(".", 1)[-1] if "." in file_name else "bin"
    stored = state.files.add(data, "documents", ext, file_name=file_name, mime_type=mime_type)
    return {"document": document_json(stored)}


def document_json(stored: StoredFile) -> dict[str, Any]:
    document: dict[str, Any] = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id}
    if stored.file_name:
        document["file_name"] = stored.file_name
    if stored.mime_type:
        document["mime_type"] = stored.mime_type
    document["file_size"] = stored.size
    return document


def sticker_content(state: TelegramState) -> dict[str, Any]:
    stored = state.files.add(media.sticker_webp(), "stickers", "webp")
    return {
        "sticker": {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "🙂",
            "set_name": "TestStickers",
            "file_size": stored.size,
        }
    }


def video_content(state: TelegramState) -> dict[str, Any]:
    stored = state.files.add(
        media.fake_video(), "videos", "mp4", file_name="video.mp4", mime_type="video/mp4"
    )
    return {
        "video": {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": 1080,
            "height": 1920,
            "duration": 3,
            "file_name": "video.mp4",
            "mime_type": "video/mp4",
            "file_size": stored.size,
        }
    }


def voice_content(state: TelegramState) -> dict[str, Any]:
    stored = state.files.add(media.fake_voice(), "voice", "oga", mime_type="audio/ogg")
    return {
        "voice": {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": 2,
            "mime_type": "audio/ogg",
            "file_size": stored.size,
        }
    }


def media_group_id() -> str:
    return str(13_000_000_000_000_000 + secrets.randbelow(10**15))


def callback_query(chat: Chat, message: dict[str, Any], data: str) -> dict[str, Any]:
    return {
        "id": str(secrets.randbelow(10**18) + 10**18),
        "from": dict(chat.user),
        "message": message,
        "chat_instance": str(-(10**18) - chat.id),
        "data": data,
    }


def pre_checkout_query(chat: Chat, invoice: dict[str, Any], payload: str) -> dict[str, Any]:
    return {
        "id": str(secrets.randbelow(10**18) + 10**18),
        "from": dict(chat.user),
        "currency": invoice["currency"],
        "total_amount": invoice["total_amount"],
        "invoice_payload": payload,
    }


def charge_id() -> str:
    """A telegram_payment_charge_id shaped like Telegram's Star charge ids."""
    return "stxE" + secrets.token_urlsafe(24)


def successful_payment(invoice: dict[str, Any], payload: str, charge_id: str, **extra: Any) -> dict[str, Any]:
    """Message content of a payment; ``extra`` adds fields such as the subscription ones
    (``is_recurring``, ``is_first_recurring``, ``subscription_expiration_date``)."""
    return {
        "successful_payment": {
            "currency": invoice["currency"],
            "total_amount": invoice["total_amount"],
            "invoice_payload": payload,
            "telegram_payment_charge_id": charge_id,
            "provider_payment_charge_id": "",
            **extra,
        }
    }
