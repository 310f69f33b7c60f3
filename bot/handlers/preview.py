"""The preview step: a watermarked, downscaled render sent as a photo within seconds, with
adjustments (head higher/lower, bigger/smaller, brighter/darker) that re-render it.

Adjustments are fractions of the room the document's rules leave (engine Adjustments), so no tap
can push the photo out of spec; at the limit the user is told so instead of getting the same
picture again. "Looks good" moves to checkout (handlers/checkout.py; FREE_MODE delivers at once).
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery

from bot.conversation.callbacks import AdjustCb, Nav, NavCb
from bot.conversation.states import Flow
from bot.conversation.turn import Turn
from bot.middlewares.throttling import PROCESSING
from bot.services.delivery import DeliveryService
from bot.steps import checkout
from bot.steps.preview import apply_move, show_preview


# Which session field a move changes, and in which direction.
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
