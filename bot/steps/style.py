"""Style: the background (where the document allows a choice), then the outfit offer or the
preview.

Least edit comes first (issue 15): when the selfie's own wall already meets the document
(`Session.wall_keepable`, the engine's least-edit test at analysis), "keep my own background" is
the first button, and a kept background skips the outfit offer (an outfit replaces the
background). Where the authority wants an unaltered photo and the wall cannot be kept, the user is
told so with the authority's warning and chooses between a retake and a replaced background. The
answer goes into the render request and the report (`user_choice`).
"""

from __future__ import annotations

from typing import Literal

from bot.conversation import keyboards as kb
from bot.conversation.naming import document_name
from bot.conversation.screens import colour_label, colour_list
from bot.conversation.session import Session
from bot.conversation.states import Flow
from bot.conversation.turn import Turn
from bot.steps import outfit, preview
from specs import DocumentSpec


def keep_offered(spec: DocumentSpec, session: Session) -> bool:
    """Keeping one's own background is a choice to offer: the wall qualifies, and either the
    authority frowns on edits or there are colours to choose from anyway (a single allowed colour
    needs no question: the engine keeps a qualifying wall by itself)."""
    return bool(session.wall_keepable) and (
        spec.edits.keep_background_first or len(spec.background.colours) > 1
    )


def style_key(spec: DocumentSpec, session: Session) -> str | None:
    """The style screen's text, or None where nothing is asked (one allowed colour, no-edit)."""
    if not spec.edits.background_replacement:
        return None
    if keep_offered(spec, session):
        return "style-keep-unaltered" if spec.edits.keep_background_first else "style-keep-or-colour"
    if spec.edits.keep_background_first:
        return "style-wall-not-kept"
    return "style-choose" if len(spec.background.colours) > 1 else None


def choice_for(spec: DocumentSpec, session: Session, kept: bool) -> Literal["kept", "replaced"] | None:
    """What the report records: keep-or-replace only where that choice was put to the user."""
    if not (keep_offered(spec, session) or spec.edits.keep_background_first):
        return None
    return "kept" if kept else "replaced"


async def show_style(turn: Turn, spec: DocumentSpec) -> None:
    session = await turn.session()
    colours = spec.background.colours
    session.background_choice = None
    if not spec.edits.background_replacement:
        session.background = session.outfit = None
        await turn.save(session)
        await turn.say("style-real-background")
        await preview.show_preview(turn, spec)
        return
    key = style_key(spec, session)
    if key is None:  # one allowed colour: the engine keeps a qualifying wall, else paints this colour
        session.background = None
        await turn.save(session)
        await turn.say("style-single", colour=colour_label(turn.t, colours[0].name))
        await outfit.offer_outfits(turn, spec)
        return
    await turn.save(session)
    await turn.state.set_state(Flow.style)
    labels = [colour_label(turn.t, c.name) for c in colours]
    document = document_name(spec, turn.lang)
    if key == "style-choose":
        await turn.say(key, kb.backgrounds(spec, labels), document=document)
        return
    markup = kb.keep_or_replace(turn.t, spec, labels, keep=key != "style-wall-not-kept")
    await turn.say(key, markup, document=document, colours=colour_list(turn.t, spec))


async def keep_own_background(turn: Turn, spec: DocumentSpec) -> None:
    """The user keeps their own wall: no colour is asked, so the engine's least edit keeps it
    (crop and level only); no outfit offer, since an outfit would replace the background."""
    session = await turn.session()
    session.background = session.outfit = None
    session.background_choice = "kept"
    await turn.save(session)
    await preview.show_preview(turn, spec)
