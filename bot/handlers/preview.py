"""The preview step: a watermarked, downscaled render sent as a photo within seconds, with
adjustments (head higher/lower, bigger/smaller, brighter/darker) that re-render it.

Adjustments are fractions of the room the document's rules leave (engine Adjustments), so no tap
can push the photo out of spec; at the limit the user is told so instead of getting the same
picture again. "Looks good" moves to checkout (handlers/checkout.py; FREE_MODE delivers at once).
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.enums import ChatAction
from aiogram.types import CallbackQuery, FSInputFile

from bot.conversation import keyboards as kb
from bot.conversation.callbacks import AdjustCb, Move, Nav, NavCb
from bot.conversation.naming import document_name
from bot.conversation.problems import error_keyboard, error_text
from bot.conversation.replies import drop_message, replace_text
from bot.conversation.session import ADJUST_LIMIT, ADJUST_STEP, Session, render_request
from bot.conversation.states import Flow
from bot.conversation.turn import Turn
from bot.handlers import checkout
from bot.jobs.client import JobTimeout
from bot.middlewares.throttling import PROCESSING
from bot.services.delivery import DeliveryService
from specs import DocumentSpec

PREVIEW_FILE = "preview.jpg"

# Which session field a move changes, and in which direction.
MOVES: dict[Move, tuple[str, float]] = {
    Move.up: ("shift", +ADJUST_STEP),
    Move.down: ("shift", -ADJUST_STEP),
    Move.bigger: ("zoom", +ADJUST_STEP),
    Move.smaller: ("zoom", -ADJUST_STEP),
    Move.brighter: ("brightness", +ADJUST_STEP),
    Move.darker: ("brightness", -ADJUST_STEP),
}


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
    return after != before


async def show_preview(turn: Turn, spec: DocumentSpec) -> None:
    session = await turn.session()
    t = turn.t
    await turn.state.set_state(Flow.preview)
    status = await turn.say("preview-making")
    try:
        async with turn.working(status, ChatAction.UPLOAD_PHOTO):
            request = render_request(session, preview=True)
            result = await turn.jobs.render(request, timeout=turn.settings.job_timeout_s)
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
    await turn.bot.send_photo(
        turn.chat_id,
        FSInputFile(result.files[PREVIEW_FILE], filename=PREVIEW_FILE),
        caption=caption,
        reply_markup=kb.preview(t, spec.id),
    )
    await drop_message(turn, status.message_id)


async def on_adjust(query: CallbackQuery, callback_data: AdjustCb, turn: Turn) -> None:
    session = await turn.session()
    if callback_data.doc != session.doc_id or session.doc_id not in turn.catalogue:
        await query.answer(turn.t("stale-button"))
        return
    if not apply_move(session, callback_data.move):
        await query.answer(turn.t("preview-limit"))
        return
    await turn.save(session)
    await query.answer()
    await show_preview(turn, turn.catalogue.get(session.doc_id))


async def on_retry(query: CallbackQuery, turn: Turn) -> None:
    if spec := await turn.pressed_spec(query):
        await show_preview(turn, spec)


async def on_files(query: CallbackQuery, turn: Turn, delivery: DeliveryService) -> None:
    spec = await turn.pressed_spec(query)
    if spec is None:
        return
    await checkout.offer(turn, spec, delivery)  # moves to Flow.checkout: a second tap on the button is stale


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="preview")
    router.callback_query.register(on_adjust, AdjustCb.filter(), Flow.preview, flags={PROCESSING: True})
    router.callback_query.register(
        on_retry, NavCb.filter(F.to == Nav.retry_preview), Flow.preview, flags={PROCESSING: True}
    )
    router.callback_query.register(
        on_files, NavCb.filter(F.to == Nav.files), Flow.preview, flags={PROCESSING: True}
    )
    return router
