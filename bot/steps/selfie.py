"""A new selfie, however it arrived (a chat photo, an image file, the camera guide's upload):
consent first, then stored as the session's selfie and checked, or the document asked for.

Why a step of its own: the chat handlers (bot/handlers/capture.py) and the Mini App's upload
(bot/webapp/upload.py) must lead to exactly the same checks → preview flow; only how the bytes
were fetched differs.
"""

from __future__ import annotations

from bot.conversation import screens
from bot.conversation.turn import Turn
from bot.steps import review


async def consented(turn: Turn) -> bool:
    """True once the user agreed to the consent card; otherwise says so and shows the card."""
    session = await turn.session()
    if session.consent:
        return True
    await turn.say("consent-needed")
    await screens.show_consent(turn)
    return False


async def take(turn: Turn, data: bytes) -> None:
    """Store `data` as the session's selfie, then check it against the session's document (or,
    with none chosen yet, keep it for the document the user picks next)."""
    session = await turn.session()
    session.new_selfie(turn.photos.put_selfie(turn.user.id, data))
    if session.doc_id is None or session.doc_id not in turn.catalogue:
        session.reuse = True  # checked as soon as the document is chosen
        await turn.save(session)
        await screens.show_picker(turn, session, "photo-which-document")
        return
    await turn.save(session)
    await review.review_selfie(turn, turn.catalogue.get(session.doc_id))
