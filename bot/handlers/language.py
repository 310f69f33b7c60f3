"""/language and the language picker; the choice is saved and wins over Telegram's setting.

After /language the user returns to the step they were on (their earlier buttons keep working);
on first contact the conversation goes on to the consent card.
"""

from __future__ import annotations

from dataclasses import replace

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.conversation import screens
from bot.conversation.callbacks import LangCb, Nav, NavCb
from bot.conversation.states import Flow
from bot.conversation.texts import I18n
from bot.conversation.turn import Turn


async def open_picker(turn: Turn, i18n: I18n) -> None:
    """Show the picker, remembering the step to come back to."""
    current = await turn.state.get_state()
    if current != Flow.language.state:
        session = await turn.session()
        session.resume = current
        await turn.save(session)
    await screens.show_languages(turn, i18n)


async def on_language_command(message: Message, turn: Turn, i18n: I18n) -> None:
    await open_picker(turn, i18n)


async def on_language_button(query: CallbackQuery, turn: Turn, i18n: I18n) -> None:
    await query.answer()
    await open_picker(turn, i18n)


async def on_language_chosen(query: CallbackQuery, callback_data: LangCb, turn: Turn, i18n: I18n) -> None:
    if callback_data.code not in i18n.languages:
        await query.answer(turn.t("stale-button"))
        return
    turn = replace(turn, t=i18n.bind(callback_data.code))  # from here on, the new language
    session = await turn.session()
    session.lang = callback_data.code
    await query.answer(turn.t("language-set"))
    if await turn.state.get_state() != Flow.language.state:
        await turn.save(session)  # an old picker pressed later: just switch
        await turn.say("language-set")
        return
    resume, session.resume = session.resume, None
    if resume is not None and session.consent:
        await turn.save(session)
        await turn.state.set_state(resume)
        await turn.say("language-resumed")
        return
    await screens.proceed(turn, session)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="language")
    router.message.register(on_language_command, Command("language"))
    router.callback_query.register(on_language_button, NavCb.filter(F.to == Nav.languages))
    router.callback_query.register(on_language_chosen, LangCb.filter())
    return router
