"""Preview: a watermarked preview with the adjustments (higher/lower, bigger/smaller,
brighter/darker) applied to the session."""

from __future__ import annotations

from aiogram.enums import ChatAction
from aiogram.types import FSInputFile

from bot.conversation import keyboards as kb
from bot.conversation import policy
from bot.conversation.callbacks import Move, Nav
from bot.conversation.naming import document_name
from bot.conversation.problems import error_keyboard, error_text
from bot.conversation.replies import drop_message, replace_text
from bot.conversation.screens import colour_list
from bot.conversation.session import ADJUST_LIMIT, ADJUST_STEP, Session, render_request
from bot.conversation.states import Flow
from bot.conversation.turn import Turn
from bot.jobs.client import JobTimeout
from specs import DocumentSpec

MOVES: dict[Move, tuple[str, float]] = {
    Move.up: ("shift", +ADJUST_STEP),
    Move.down: ("shift", -ADJUST_STEP),
    Move.bigger: ("zoom", +ADJUST_STEP),
    Move.smaller: ("zoom", -ADJUST_STEP),
    Move.brighter: ("brightness", +ADJUST_STEP),
    Move.darker: ("brightness", -ADJUST_STEP),
}


PREVIEW_FILE = "preview.jpg"


def apply_move(session: Session, move: Move) -> bool:
    """Apply one adjustment within the limits; False when it changes nothing."""
    if move is Move.reset:
        changed = any((session.shift, session.zoom, session.brightness))
        session.shift = session.zoom = session.brightness = 0.0
        return changed
    field, step = MOVES[move]
    before = getattr(session, field)
    after = round(min(ADJUST_LIMIT, max(-ADJUST_LIMIT, before + step)), 4)
    setattr(session, field, after)
    return bool(after != before)


async def show_preview(turn: Turn, spec: DocumentSpec) -> None:
    session = await turn.session()
    t = turn.t
    if session.outfit is not None and session.background_choice == "kept":
        session.background_choice = "replaced"  # an outfit is drawn over a replaced background
        await turn.save(session)
    await turn.state.set_state(Flow.preview)
    status = await turn.say("preview-making")
    try:
        async with turn.working(status, ChatAction.UPLOAD_PHOTO):
            request = render_request(session, preview=True)
            result = await turn.jobs.render(
                request, timeout=turn.settings.job_timeout_s, priority=await turn.priority()
            )
    except JobTimeout:
        await replace_text(turn, status.message_id, t("job-timeout"), kb.retry(t, Nav.retry_preview))
        return
    if not result.ok or PREVIEW_FILE not in result.files:
        markup = error_keyboard(t, result.error_code, Nav.retry_preview)
        await replace_text(turn, status.message_id, error_text(t, result.error_code), markup)
        return
    caption = t("preview-caption", document=document_name(spec, turn.lang))
    if session.outfit is not None:  # say plainly that the clothes are drawn, not photographed
        caption = f"{caption}\n{t('preview-synthesised-outfit')}"
    elif "body_completed" in result.edits:  # or that the shoulder line was completed by us
        caption = f"{caption}\n{t('preview-synthesised-body')}"
    # the authority wants an unaltered photo and this one's background was replaced: said again
    replaced = "background_replaced" in result.edits
    if replaced and session.background_choice == "kept":  # the framing asked for more than the selfie shows
        caption = f"{caption}\n{t('preview-keep-failed')}"
    note = policy.preview_note(t, turn.lang, spec, colour_list(t, spec), replaced)
    if note is not None:
        caption = f"{caption}\n{note}"
    await turn.bot.send_photo(
        turn.chat_id,
        FSInputFile(result.files[PREVIEW_FILE], filename=PREVIEW_FILE),
        caption=caption,
        reply_markup=kb.preview(t, spec.id),
    )
    await drop_message(turn, status.message_id)
