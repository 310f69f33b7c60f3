"""Which document: free text → ranked matches (specs.search), recent and popular documents,
and a country → document drill-down for people who would rather tap than type.

The picker's buttons stay usable after the user has moved on (changing one's mind is normal),
but only once consent is given; choosing a document opens the capture guide, or goes straight to
the checks when a selfie is waiting for it ("another document from the same selfie", or a photo
sent before the document was chosen).
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.conversation import keyboards as kb
from bot.conversation import screens
from bot.conversation.callbacks import CountriesCb, CountryCb, DocCb, Nav, NavCb
from bot.conversation.naming import GENERIC_COUNTRY, country_name, flag
from bot.conversation.policy import missing_text
from bot.conversation.replies import replace_text
from bot.conversation.states import Flow
from bot.conversation.texts import Translator
from bot.conversation.turn import Turn
from bot.middlewares.throttling import PROCESSING
from bot.steps import review
from specs import Catalogue
from specs.search import search

RESULTS = 6  # search matches offered as buttons
MAX_QUERY = 200  # characters of a search query we read

# Every step after consent: the picker's buttons work from any of them.
CONSENTED = StateFilter(
    Flow.document, Flow.capture, Flow.checks, Flow.style, Flow.preview, Flow.checkout, Flow.delivered
)


async def on_query(message: Message, turn: Turn) -> None:
    text = (message.text or "")[:MAX_QUERY]
    hits = search(text, lang=turn.lang, catalogue=turn.catalogue, limit=RESULTS + 2)
    specs = [hit.spec for hit in hits if hit.spec.id in turn.catalogue][:RESULTS]  # no custom sizes yet
    missing = hits[0].missing if hits else None
    if missing is not None:  # say we lack it: the other hits must not pass for the asked-for document
        await turn.bot.send_message(
            turn.chat_id,
            missing_text(turn.t, turn.lang, missing),
            reply_markup=kb.documents(turn.t, specs, turn.lang),
        )
        return
    await turn.say("document-results" if specs else "document-none", kb.documents(turn.t, specs, turn.lang))


async def on_picker(query: CallbackQuery, turn: Turn) -> None:
    await query.answer()
    session = await turn.session()
    session.reuse = False
    await turn.save(session)
    await screens.show_picker(turn, session)


async def on_another(query: CallbackQuery, turn: Turn) -> None:
    """Another document from the same selfie (after delivery)."""
    await query.answer()
    session = await turn.session()
    session.reuse = session.selfie_key is not None
    await turn.save(session)
    await screens.show_picker(turn, session, "document-another" if session.reuse else "document-prompt")


def countries(catalogue: Catalogue, lang: str, t: Translator) -> list[tuple[str, str]]:
    """(code, button label) of every country with documents, by name in the user's language;
    generic sizes last."""
    codes = {spec.country for spec in catalogue}
    named = sorted(
        ((code, country_name(code, lang, t)) for code in codes if code != GENERIC_COUNTRY),
        key=lambda item: item[1].casefold(),
    )
    if GENERIC_COUNTRY in codes:
        named.append((GENERIC_COUNTRY, country_name(GENERIC_COUNTRY, lang, t)))
    return [(code, f"{flag(code)} {name}") for code, name in named]


async def _edit_or_send(query: CallbackQuery, turn: Turn, text: str, markup: InlineKeyboardMarkup) -> None:
    """Page in place (edit the pressed message), or send a new one where it is gone."""
    if query.message is None:
        await turn.bot.send_message(turn.chat_id, text, reply_markup=markup)
    else:
        await replace_text(turn, query.message.message_id, text, markup)


async def show_countries(query: CallbackQuery, turn: Turn, page: int) -> None:
    names = countries(turn.catalogue, turn.lang, turn.t)
    per = kb.COUNTRIES_PER_PAGE
    pages = max(1, (len(names) + per - 1) // per)
    if not 0 <= page < pages:
        await query.answer(turn.t("stale-button"))
        return
    await query.answer()
    text = turn.t("document-countries", page=page + 1, pages=pages)
    await _edit_or_send(
        query, turn, text, kb.countries(turn.t, names[page * per : (page + 1) * per], page, pages)
    )


async def on_browse(query: CallbackQuery, turn: Turn) -> None:
    await show_countries(query, turn, 0)


async def on_countries_page(query: CallbackQuery, callback_data: CountriesCb, turn: Turn) -> None:
    await show_countries(query, turn, callback_data.page)


async def on_country(query: CallbackQuery, callback_data: CountryCb, turn: Turn) -> None:
    code = callback_data.code
    specs = turn.catalogue.filter(country=code) if len(code) == 2 and code.isalpha() else []
    if not specs:
        await query.answer(turn.t("stale-button"))
        return
    await query.answer()
    text = turn.t("document-country", country=country_name(code, turn.lang, turn.t))
    await _edit_or_send(query, turn, text, kb.country_documents(turn.t, specs, turn.lang))


async def on_document(query: CallbackQuery, callback_data: DocCb, turn: Turn) -> None:
    if callback_data.id not in turn.catalogue:
        await query.answer(turn.t("stale-button"))
        return
    await query.answer()
    session = await turn.session()
    waiting = session.reuse and session.selfie_key is not None and turn.photos.has_selfie(session.selfie_key)
    session.choose_document(callback_data.id)
    session.reuse = False
    await turn.save(session)
    spec = turn.catalogue.get(callback_data.id)
    if waiting:
        await review.review_selfie(turn, spec)
    else:
        await screens.show_guide(turn, spec)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="document")
    router.message.register(on_query, Flow.document, F.text, ~F.text.startswith("/"))
    router.callback_query.register(on_picker, NavCb.filter(F.to == Nav.picker), CONSENTED)
    router.callback_query.register(on_another, NavCb.filter(F.to == Nav.another), CONSENTED)
    router.callback_query.register(on_browse, NavCb.filter(F.to == Nav.browse), CONSENTED)
    router.callback_query.register(on_countries_page, CountriesCb.filter(), CONSENTED)
    router.callback_query.register(on_country, CountryCb.filter(), CONSENTED)
    router.callback_query.register(on_document, DocCb.filter(), CONSENTED, flags={PROCESSING: True})
    return router
