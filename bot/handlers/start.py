"""/start: deep-link payload, first language choice and the consent card.

Deep links: `doc_<id>` preselects a document (a partner's "make my US passport photo" link),
`ref_<code>` joins a new user to the inviter's referral (handlers/referral.py; the rules, such as
"only a brand-new account", live in payments/referrals.py). A user whose Telegram language we
ship is greeted in it at once; anyone else picks
a language first. Nobody can upload before accepting the consent card.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import CommandObject, CommandStart
from aiogram.types import CallbackQuery, Message

from bot.conversation import screens
from bot.conversation.callbacks import Nav, NavCb
from bot.conversation.session import Session
from bot.conversation.states import Flow
from bot.conversation.texts import I18n
from bot.conversation.turn import Turn
from bot.steps import referral
from specs import Catalogue

DOC_PREFIX = "doc_"


def apply_payload(session: Session, payload: str | None, catalogue: Catalogue) -> None:
    """Read a /start payload into the session; anything unknown is ignored, never an error."""
    if not payload:
        return
    if payload.startswith(DOC_PREFIX) and payload.removeprefix(DOC_PREFIX) in catalogue:
        session.choose_document(payload.removeprefix(DOC_PREFIX))


async def on_start(
    message: Message, command: CommandObject, turn: Turn, i18n: I18n, account_new: bool = False
) -> None:
    session = await turn.session()
    session.reset_job()
    apply_payload(session, command.args, turn.catalogue)
    if code := referral.referral_code(command.args):
        await referral.join(turn, code, is_new=account_new, consented_before=session.consent)
    if session.lang is None and i18n.from_telegram(turn.user.language_code) is None:
        session.resume = None
        await turn.save(session)
        await screens.show_languages(turn, i18n)
        return
    await turn.say("start-welcome")
    await screens.proceed(turn, session)


async def on_agree(query: CallbackQuery, turn: Turn) -> None:
    session = await turn.session()
    session.consent = True
    await query.answer(turn.t("consent-thanks"))
    await screens.proceed(turn, session)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="start")
    router.message.register(on_start, CommandStart())
    router.callback_query.register(on_agree, NavCb.filter(F.to == Nav.agree), Flow.consent)
    return router
