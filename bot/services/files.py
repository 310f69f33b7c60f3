"""Making and sending the final files: render behind a status line, then each file as a document
(never sendPhoto, which recompresses and strips the DPI).

The photo, the print sheet for the user's region (4×6 in + Letter PDF for the US, 10×15 cm + A4
elsewhere) and the check report go out in that order. Shared by paid deliveries, FREE_MODE,
/history "files again" and staff /reprocess (bot/services/delivery.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable

from aiogram.enums import ChatAction
from aiogram.types import FSInputFile

from bot.conversation import keyboards as kb
from bot.conversation.naming import document_name, size_text
from bot.conversation.replies import drop_message
from bot.conversation.states import Flow, Support
from bot.conversation.texts import Translator
from bot.conversation.turn import Turn
from bot.jobs.client import JobTimeout
from bot.jobs.protocol import RenderRequest, RenderResult
from specs import DocumentSpec

PHOTO_FILE = "photo.jpg"
REPORT_FILE = "report.txt"
SENT_FILES = (".jpg", ".pdf", ".txt")  # report.json and previews stay on the server
FINAL_TIMEOUT_FACTOR = 2.0  # the final render writes sheets and PDFs: give it longer than a check
TIMEOUT_CODE = "job_timeout"

Progress = Callable[[int], Awaitable[bool]]  # files sent so far → False when we must stop


def render_key(request: RenderRequest) -> str:
    return hashlib.sha256(request.model_dump_json().encode()).hexdigest()[:16]


def delivery_order(files: dict[str, str]) -> list[str]:
    """photo.jpg first, then the sheets (JPEG before PDF), the report last; no previews."""

    def rank(name: str) -> tuple[int, str]:
        if name == PHOTO_FILE:
            return (0, name)
        if name == REPORT_FILE:
            return (3, name)
        return (1 if name.endswith(".jpg") else 2, name)

    wanted = [n for n in files if n.endswith(SENT_FILES) and not n.startswith("preview")]
    return sorted(wanted, key=rank)


def caption_for(t: Translator, name: str, spec: DocumentSpec, lang: str) -> str:
    if name == PHOTO_FILE:
        return t("delivery-photo", document=document_name(spec, lang), size=size_text(spec))
    if name == REPORT_FILE:
        return t("delivery-report")
    return t("delivery-sheet")


async def render_final(turn: Turn, request: RenderRequest) -> tuple[RenderResult | None, int]:
    """Render the files behind a "Making your files…" status; (result or None on timeout, status id)."""
    status = await turn.say("delivery-making")
    try:
        async with turn.working(status, ChatAction.UPLOAD_DOCUMENT):
            result = await turn.jobs.render(
                request, timeout=turn.settings.job_timeout_s * FINAL_TIMEOUT_FACTOR
            )
    except JobTimeout:
        return None, status.message_id
    return result, status.message_id


async def send_files(
    turn: Turn,
    spec: DocumentSpec,
    result: RenderResult,
    status_id: int,
    *,
    already_sent: int = 0,
    progress: Progress | None = None,
) -> bool:
    """Send the files in order, skipping the first `already_sent` (a delivery taken over after a
    crash sends only the rest); after each one `progress` is told, and may stop the sending (the
    order is no longer ours). True when every file went out."""
    names = delivery_order(result.files)
    for number, name in enumerate(names, start=1):
        if number <= already_sent:
            continue
        await turn.bot.send_document(
            turn.chat_id,
            FSInputFile(result.files[name], filename=name),
            caption=caption_for(turn.t, name, spec, turn.lang),
        )
        if progress is not None and not await progress(number):
            return False
    await drop_message(turn, status_id)
    return True


async def say_done(turn: Turn) -> None:
    """The files are above. A user talking to a person stays with them (files from a staff
    /reprocess, or a payment made meanwhile, must not end the ticket on the user's side)."""
    if await turn.state.get_state() != Support.talking.state:
        await turn.state.set_state(Flow.delivered)
    await turn.say("delivery-done", kb.delivered(turn.t))


def failure_code(result: RenderResult | None) -> str | None:
    if result is None:
        return TIMEOUT_CODE
    if not result.ok or PHOTO_FILE not in result.files:
        return result.error_code or "internal"
    return None
