"""The selfie: accept a photo or an image file, refuse everything else with a friendly hint.

Accepted: photos, and files that are JPEG, PNG, WebP or HEIC (by MIME type, or by name when the
type is missing), up to the 20 MB a bot may download. An album counts once: its first picture is
used and the user is told. A photo sent before a document is chosen is kept and checked as soon
as the document is picked; a photo sent before consent is not even downloaded. Any later photo
is a retake.
"""

from __future__ import annotations

import logging
from pathlib import PurePath

from aiogram import F, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import StateFilter
from aiogram.types import CallbackQuery, Document, Message

from bot.conversation import keyboards as kb
from bot.conversation import screens
from bot.conversation.callbacks import Nav, NavCb
from bot.conversation.states import Flow
from bot.conversation.turn import Turn
from bot.middlewares.throttling import PROCESSING
from bot.steps import selfie

log = logging.getLogger(__name__)

MB = 1024 * 1024
IMAGE_TYPES = {
    "image/jpeg",
    "image/jpg",
    "image/pjpeg",
    "image/png",
    "image/webp",
    "image/heic",
    "image/heif",
}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".jfif", ".png", ".webp", ".heic", ".heif"}
UNTYPED = {"", "application/octet-stream"}


def is_image_file(document: Document | None) -> bool:
    if document is None:
        return False
    mime = (document.mime_type or "").lower()
    suffix = PurePath(document.file_name or "").suffix.lower()
    return mime in IMAGE_TYPES or (mime in UNTYPED and suffix in IMAGE_SUFFIXES)


def refusal_key(document: Document) -> str:
    """Which friendly hint a file we cannot use gets."""
    mime = (document.mime_type or "").lower()
    suffix = PurePath(document.file_name or "").suffix.lower()
    if mime == "application/pdf" or suffix == ".pdf":
        return "capture-pdf"
    if mime.startswith("video/"):
        return "capture-video"
    if mime.startswith("audio/"):
        return "capture-voice"
    return "capture-file"


async def take_selfie(message: Message, turn: Turn, file_id: str, file_size: int | None) -> None:
    """Store the picture as the session's selfie, then check it (or ask for the document)."""
    if not await selfie.consented(turn):
        return
    session = await turn.session()
    if message.media_group_id is not None:
        if message.media_group_id == session.album:
            return  # the rest of an album: its first picture is already being used
        session.album = message.media_group_id
        await turn.save(session)  # saved before the next await, so the album's other parts see it
        await turn.say("capture-album")
    limit = turn.settings.max_file_mb * MB
    if file_size is not None and file_size > limit:
        await turn.say(
            "capture-too-big", size=round(file_size / MB, 1), limit=round(turn.settings.max_file_mb)
        )
        return
    try:
        downloaded = await turn.bot.download(file_id)
    except TelegramAPIError as exc:
        log.warning("selfie download failed: %s", type(exc).__name__)
        await turn.say("capture-download-failed")
        return
    data = downloaded.read() if downloaded is not None else b""
    if len(data) > limit:
        await turn.say(
            "capture-too-big", size=round(len(data) / MB, 1), limit=round(turn.settings.max_file_mb)
        )
        return
    await selfie.take(turn, data)


async def on_photo(message: Message, turn: Turn) -> None:
    largest = max(message.photo or [], key=lambda p: p.width * p.height)
    await take_selfie(message, turn, largest.file_id, largest.file_size)


async def on_image_file(message: Message, turn: Turn) -> None:
    assert message.document is not None
    await take_selfie(message, turn, message.document.file_id, message.document.file_size)


async def on_other_file(message: Message, turn: Turn) -> None:
    assert message.document is not None
    await turn.say(refusal_key(message.document))


async def on_sticker(message: Message, turn: Turn) -> None:
    await turn.say("capture-sticker")


async def on_video(message: Message, turn: Turn) -> None:
    await turn.say("capture-video")


async def on_voice(message: Message, turn: Turn) -> None:
    await turn.say("capture-voice")


async def on_text_instead_of_photo(message: Message, turn: Turn) -> None:
    session = await turn.session()
    await turn.say("capture-waiting", kb.capture(turn.t, screens.camera_url(turn, session.doc_id)))


async def on_retake(query: CallbackQuery, turn: Turn) -> None:
    await query.answer()
    await screens.show_retake(turn)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="capture")
    router.message.register(on_photo, F.photo, flags={PROCESSING: True})
    router.message.register(on_image_file, F.document.func(is_image_file), flags={PROCESSING: True})
    router.message.register(on_other_file, F.document)
    router.message.register(on_sticker, F.sticker)
    router.message.register(on_video, F.video | F.video_note | F.animation)
    router.message.register(on_voice, F.voice | F.audio)
    router.message.register(on_text_instead_of_photo, Flow.capture, F.text, ~F.text.startswith("/"))
    after_document = StateFilter(
        Flow.capture, Flow.checks, Flow.style, Flow.preview, Flow.checkout, Flow.delivered
    )
    router.callback_query.register(
        on_retake, NavCb.filter(F.to.in_({Nav.retake, Nav.new_photo})), after_document
    )
    return router
