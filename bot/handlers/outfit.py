"""The outfit step, right after the background colour: keep one's own clothes, or see one's own
photo in a few outfits (one contact-sheet image from one engine job) and pick one by number.

Why a contact sheet and not one preview per outfit: a single picture lets the user compare at a
glance, costs one job instead of four, and keeps the chat short. The badges on the sheet (1, 2,
3…) match the numbered buttons, which also carry the outfit's name in the user's language.

Documents whose rules forbid edited photos never get the offer (their preview keeps the real
background and clothes). The choice lives in the session, so the preview, its adjustments and
the final files all use it. A later tap on the sheet (while the preview is shown) switches the
outfit and re-renders the preview; a button of another document, or of a step already left,
gets the polite "no longer active".
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.types import CallbackQuery

from bot.conversation.callbacks import OWN_CLOTHES, Nav, NavCb, OutfitCb, OutfitForCb
from bot.conversation.naming import outfit_name
from bot.conversation.states import Flow
from bot.conversation.turn import Turn
from bot.middlewares.throttling import PROCESSING
from bot.steps import preview
from bot.steps.outfit import _current, show_sheet
from engine.outfits.catalogue import load_outfits

OUTFIT_STEPS = (Flow.outfit, Flow.preview)  # where the offer's and the sheet's buttons still work


async def on_try(query: CallbackQuery, turn: Turn) -> None:
    current = await _current(query, turn)
    if current is None:
        return
    await query.answer()
    await show_sheet(turn, current[1])


async def on_try_for(query: CallbackQuery, callback_data: OutfitForCb, turn: Turn) -> None:
    """The offer's "outfits for men / women / a child": the contact sheet for that audience."""
    current = await _current(query, turn, callback_data.doc)
    if current is None:
        return
    session, spec = current
    session.outfit_for = callback_data.audience.value
    await turn.save(session)
    await query.answer()
    await show_sheet(turn, spec)


async def on_choice(query: CallbackQuery, callback_data: OutfitCb, turn: Turn) -> None:
    """An outfit from the sheet, or "keep my clothes" (offer, sheet or a failed sheet)."""
    current = await _current(query, turn, callback_data.doc)
    if current is None:
        return
    session, spec = current
    chosen = None if callback_data.id == OWN_CLOTHES else callback_data.id
    if chosen is not None and chosen not in load_outfits().ids:
        await query.answer(turn.t("stale-button"))  # an outfit withdrawn from the catalogue
        return
    await query.answer(outfit_name(chosen, turn.lang) if chosen else turn.t("outfit-own-clothes"))
    if chosen == session.outfit and await turn.state.get_state() == Flow.preview.state:
        return  # the preview above already shows it
    session.outfit = chosen
    await turn.save(session)
    await preview.show_preview(turn, spec)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="outfit")
    steps = StateFilter(*OUTFIT_STEPS)
    sheet_buttons = NavCb.filter(F.to.in_({Nav.outfit_try, Nav.retry_outfits}))
    router.callback_query.register(on_try, sheet_buttons, steps, flags={PROCESSING: True})
    router.callback_query.register(on_try_for, OutfitForCb.filter(), steps, flags={PROCESSING: True})
    router.callback_query.register(on_choice, OutfitCb.filter(), steps, flags={PROCESSING: True})
    return router
