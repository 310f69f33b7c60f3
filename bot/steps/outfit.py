"""Outfit: the offer to try outfits where the document allows them, the contact sheet of
outfits, then the preview."""

from __future__ import annotations

from aiogram.enums import ChatAction
from aiogram.types import CallbackQuery, FSInputFile

from bot.conversation import keyboards as kb
from bot.conversation.naming import outfit_name
from bot.conversation.problems import RETRY_CODES, error_text
from bot.conversation.replies import drop_message, replace_text
from bot.conversation.session import Session, outfit_sheet_request
from bot.conversation.states import Flow
from bot.conversation.turn import Turn
from bot.jobs.client import JobTimeout
from bot.jobs.work import SHEET_FILE
from bot.steps import preview
from engine.outfits.catalogue import outfit_allowed
from specs import DocumentSpec


async def offer_outfits(turn: Turn, spec: DocumentSpec) -> None:
    """After the background: the outfit offer where the document allows it, else the preview."""
    if not outfit_allowed(spec):
        session = await turn.session()
        session.outfit = None
        await turn.save(session)
        await preview.show_preview(turn, spec)
        return
    await turn.state.set_state(Flow.outfit)
    await turn.say("outfit-offer", kb.outfit_offer(turn.t, spec.id))


async def show_sheet(turn: Turn, spec: DocumentSpec) -> None:
    """Render the contact sheet as a job and send it as a photo with numbered buttons."""
    session = await turn.session()
    t = turn.t
    status = await turn.say("outfit-making")
    try:
        async with turn.working(status, ChatAction.UPLOAD_PHOTO):
            result = await turn.jobs.outfit_sheet(
                outfit_sheet_request(session),
                timeout=turn.settings.job_timeout_s,
                priority=await turn.priority(),
            )
    except JobTimeout:
        await replace_text(
            turn, status.message_id, t("job-timeout"), kb.outfit_failed(t, spec.id, retry=True)
        )
        return
    if not result.ok or SHEET_FILE not in result.files or not result.outfits:
        markup = kb.outfit_failed(t, spec.id, retry=result.error_code in RETRY_CODES)
        await replace_text(turn, status.message_id, error_text(t, result.error_code), markup)
        return
    names = [(outfit_id, outfit_name(outfit_id, turn.lang)) for outfit_id in result.outfits]
    await turn.bot.send_photo(
        turn.chat_id,
        FSInputFile(result.files[SHEET_FILE], filename=SHEET_FILE),
        caption=t("outfit-sheet-caption"),
        reply_markup=kb.outfit_sheet(t, spec.id, names),
    )
    await drop_message(turn, status.message_id)


async def _current(
    query: CallbackQuery, turn: Turn, doc: str | None = None
) -> tuple[Session, DocumentSpec] | None:
    """The session and its document when a button still applies to them; else answers "stale"."""
    session = await turn.session()
    if (
        session.doc_id is None
        or session.doc_id not in turn.catalogue
        or session.selfie_key is None
        or (doc is not None and doc != session.doc_id)
    ):
        await query.answer(turn.t("stale-button"))
        return None
    spec = turn.catalogue.get(session.doc_id)
    if not outfit_allowed(spec):
        await query.answer(turn.t("stale-button"))
        return None
    return session, spec
