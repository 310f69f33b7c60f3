"""The style step: the background colour (only colours the document's rules allow), then the
outfit (bot/handlers/outfit.py: keep one's own clothes, or try outfits).

"Keep my own background" comes first where the selfie's wall already qualifies (bot/steps/style.py);
it goes straight to the preview. No tap is asked for when there is nothing to choose: a single
allowed colour goes straight on to the outfit offer (the engine keeps a qualifying wall by itself),
and a document whose authority forbids edited photos (the real background is kept, and so are the
clothes) goes straight to the preview.
"""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery

from bot.conversation.callbacks import KEEP_OWN, BackgroundCb
from bot.conversation.screens import colour_label
from bot.conversation.states import Flow
from bot.conversation.turn import Turn
from bot.middlewares.throttling import PROCESSING
from bot.steps import outfit, style


async def on_background(query: CallbackQuery, callback_data: BackgroundCb, turn: Turn) -> None:
    session = await turn.session()
    if callback_data.doc != session.doc_id or session.doc_id not in turn.catalogue:
        await query.answer(turn.t("stale-button"))
        return
    spec = turn.catalogue.get(session.doc_id)
    if callback_data.index == KEEP_OWN and style.keep_offered(spec, session):
        await query.answer(turn.t("button-keep-background"))
        await style.keep_own_background(turn, spec)
        return
    if not 0 <= callback_data.index < len(spec.background.colours):
        await query.answer(turn.t("stale-button"))
        return
    colour = spec.background.colours[callback_data.index]
    session.background = colour.name
    session.background_choice = style.choice_for(spec, session, kept=False)
    await turn.save(session)
    await query.answer(colour_label(turn.t, colour.name))
    await outfit.offer_outfits(turn, spec)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="style")
    router.callback_query.register(on_background, BackgroundCb.filter(), Flow.style, flags={PROCESSING: True})
    return router
