"""The checks step: run the engine's analysis as a job, keep the user informed, then list what
blocks (one line each, with its fix tip, and Retake) or what could be better (Continue anyway).

A selfie that passes goes straight on to the style step: no tap is spent on good news. After
repeated failures the issue list also offers "Talk to a person" (the support desk).
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery

from bot.conversation.callbacks import Nav, NavCb
from bot.conversation.states import Flow
from bot.conversation.turn import Turn
from bot.middlewares.throttling import PROCESSING
from bot.steps import style
from bot.steps.review import HEAD_COVERING_WARNED, review_selfie


async def on_continue_anyway(query: CallbackQuery, turn: Turn) -> None:
    if spec := await turn.pressed_spec(query, needs_selfie=True):
        session = await turn.session()
        if HEAD_COVERING_WARNED in session.checks:  # the button said "religious or medical"
            session.headwear_declared = True
            await turn.save(session)
        await style.show_style(turn, spec)


async def on_retry(query: CallbackQuery, turn: Turn) -> None:
    if spec := await turn.pressed_spec(query, needs_selfie=True):
        await review_selfie(turn, spec)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="review")
    router.callback_query.register(on_continue_anyway, NavCb.filter(F.to == Nav.proceed), Flow.checks)
    router.callback_query.register(
        on_retry, NavCb.filter(F.to == Nav.retry_checks), Flow.checks, flags={PROCESSING: True}
    )
    return router
