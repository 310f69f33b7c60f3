"""Delivery: render the final files and send each with sendDocument (never sendPhoto, which
recompresses and strips the DPI), then offer another document from the same selfie.

The photo, the print sheet for the user's region (4×6 in + Letter PDF for the US, 10×15 cm + A4
elsewhere) and the check report go out in that order. The render's key is recorded before
sending, so a repeated tap or a retried job never delivers the same files twice.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from aiogram import F, Router
from aiogram.enums import ChatAction
from aiogram.types import CallbackQuery, FSInputFile

from bot.conversation import keyboards as kb
from bot.conversation.callbacks import Nav, NavCb
from bot.conversation.naming import document_name, papers_for, size_text
from bot.conversation.problems import error_text
from bot.conversation.session import render_request
from bot.conversation.states import Flow
from bot.conversation.texts import Translator
from bot.conversation.turn import Turn
from bot.handlers.replies import drop_message, replace_text
from bot.jobs.client import JobTimeout
from bot.middlewares.throttling import PROCESSING
from specs import DocumentSpec

if TYPE_CHECKING:
    from bot.jobs.protocol import RenderRequest

PHOTO_FILE = "photo.jpg"
REPORT_FILE = "report.txt"
SENT_FILES = (".jpg", ".pdf", ".txt")  # report.json and previews stay on the server
FINAL_TIMEOUT_FACTOR = 2.0  # the final render writes sheets and PDFs: give it longer than a check
DELIVERED_MEMORY = 20  # render keys remembered per user


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


async def deliver(turn: Turn, spec: DocumentSpec) -> None:
    t = turn.t
    session = await turn.session()
    request = render_request(session, preview=False, papers=papers_for(turn.user.language_code, turn.lang))
    key = render_key(request)
    if key in session.delivered:
        await turn.state.set_state(Flow.delivered)
        await turn.say("delivery-already", kb.delivered(t))
        return
    session.delivered = [key, *session.delivered][:DELIVERED_MEMORY]
    await turn.save(session)
    status = await turn.say("delivery-making")
    try:
        async with turn.working(status, ChatAction.UPLOAD_DOCUMENT):
            result = await turn.jobs.render(
                request, timeout=turn.settings.job_timeout_s * FINAL_TIMEOUT_FACTOR
            )
    except JobTimeout:
        await _forget(turn, key)
        await replace_text(turn, status.message_id, t("job-timeout"), kb.retry(t, Nav.retry_files))
        return
    if not result.ok or PHOTO_FILE not in result.files:
        await _forget(turn, key)
        await replace_text(
            turn, status.message_id, error_text(t, result.error_code), kb.retry(t, Nav.retry_files)
        )
        return
    for name in delivery_order(result.files):
        await turn.bot.send_document(
            turn.chat_id,
            FSInputFile(result.files[name], filename=name),
            caption=caption_for(t, name, spec, turn.lang),
        )
    await drop_message(turn, status.message_id)
    await turn.state.set_state(Flow.delivered)
    await turn.say("delivery-done", kb.delivered(t))


async def _forget(turn: Turn, key: str) -> None:
    """A failed delivery may be retried: drop its key again."""
    session = await turn.session()
    session.delivered = [k for k in session.delivered if k != key]
    await turn.save(session)


async def on_retry(query: CallbackQuery, turn: Turn) -> None:
    if spec := await turn.pressed_spec(query):
        await deliver(turn, spec)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="delivery")
    router.callback_query.register(
        on_retry, NavCb.filter(F.to == Nav.retry_files), Flow.checkout, flags={PROCESSING: True}
    )
    return router
