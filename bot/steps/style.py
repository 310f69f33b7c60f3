"""Style: the background colour (where the document allows a choice), then the outfit offer or
the preview."""

from __future__ import annotations

from bot.conversation import keyboards as kb
from bot.conversation.naming import document_name
from bot.conversation.screens import colour_label
from bot.conversation.states import Flow
from bot.conversation.turn import Turn
from bot.steps import outfit, preview
from specs import DocumentSpec


async def show_style(turn: Turn, spec: DocumentSpec) -> None:
    session = await turn.session()
    colours = spec.background.colours
    if not spec.edits.background_replacement:
        session.background = session.outfit = None
        await turn.save(session)
        await turn.say("style-real-background")
        await preview.show_preview(turn, spec)
        return
    if len(colours) == 1:
        session.background = colours[0].name
        await turn.save(session)
        await turn.say("style-single", colour=colour_label(turn.t, colours[0].name))
        await outfit.offer_outfits(turn, spec)
        return
    await turn.state.set_state(Flow.style)
    labels = [colour_label(turn.t, c.name) for c in colours]
    await turn.say("style-choose", kb.backgrounds(spec, labels), document=document_name(spec, turn.lang))
