"""Inline keyboards of every step. Builders only: they turn ids and texts into buttons.

Each button carries a typed payload from callbacks.py; its text comes from the catalogue via the
`t` the handler passes in, so no builder knows any language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from aiogram.types import InlineKeyboardMarkup, WebAppInfo
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.conversation.callbacks import (
    KEEP_OWN,
    OWN_CLOTHES,
    AdjustCb,
    BackgroundCb,
    CountriesCb,
    CountryCb,
    DocCb,
    LangCb,
    Move,
    Nav,
    NavCb,
    OutfitCb,
    OutfitFor,
    OutfitForCb,
)
from bot.conversation.naming import document_label
from bot.conversation.texts import Translator
from specs.schema import DocumentSpec

COUNTRIES_PER_PAGE = 24
COUNTRIES_PER_ROW = 3


def languages(names: Mapping[str, str]) -> InlineKeyboardMarkup:
    """One button per shipped language, named in itself."""
    kb = InlineKeyboardBuilder()
    for code, name in names.items():
        kb.button(text=name, callback_data=LangCb(code=code))
    kb.adjust(2)
    return kb.as_markup()


def consent(t: Translator) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("button-agree"), callback_data=NavCb(to=Nav.agree))
    kb.button(text=t("button-language"), callback_data=NavCb(to=Nav.languages))
    kb.adjust(1)
    return kb.as_markup()


def documents(t: Translator, specs: Iterable[DocumentSpec], lang: str) -> InlineKeyboardMarkup:
    """Documents one per row (names are long), then the country drill-down."""
    kb = InlineKeyboardBuilder()
    for spec in specs:
        kb.button(text=document_label(spec, lang), callback_data=DocCb(id=spec.id))
    kb.button(text=t("button-browse"), callback_data=NavCb(to=Nav.browse))
    kb.adjust(1)
    return kb.as_markup()


def countries(t: Translator, names: Sequence[tuple[str, str]], page: int, pages: int) -> InlineKeyboardMarkup:
    """One page of (code, label) country buttons with previous/next and a way back."""
    kb = InlineKeyboardBuilder()
    for code, label in names:
        kb.button(text=label, callback_data=CountryCb(code=code))
    sizes = [COUNTRIES_PER_ROW] * ((len(names) + COUNTRIES_PER_ROW - 1) // COUNTRIES_PER_ROW)
    paging = 0
    if page > 0:
        kb.button(text=t("button-previous"), callback_data=CountriesCb(page=page - 1))
        paging += 1
    if page < pages - 1:
        kb.button(text=t("button-next"), callback_data=CountriesCb(page=page + 1))
        paging += 1
    kb.button(text=t("button-back"), callback_data=NavCb(to=Nav.picker))
    kb.adjust(*sizes, *([paging] if paging else []), 1)
    return kb.as_markup()


def country_documents(t: Translator, specs: Iterable[DocumentSpec], lang: str) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for spec in specs:
        kb.button(text=document_label(spec, lang), callback_data=DocCb(id=spec.id))
    kb.button(text=t("button-back"), callback_data=CountriesCb(page=0))
    kb.adjust(1)
    return kb.as_markup()


def capture(t: Translator, camera_url: str | None = None) -> InlineKeyboardMarkup:
    """Another document; and the camera guide (a Mini App) when it is served (`camera_url`).
    An inline web_app button, not a reply-keyboard one: only inline buttons hand the page the
    signed initData its upload is verified with."""
    kb = InlineKeyboardBuilder()
    if camera_url is not None:
        kb.button(text=t("button-camera-guide"), web_app=WebAppInfo(url=camera_url))
    kb.button(text=t("button-other-document"), callback_data=NavCb(to=Nav.picker))
    kb.adjust(1)
    return kb.as_markup()


def issues(
    t: Translator, *, blocking: bool, support: bool = False, proceed: str = "button-continue"
) -> InlineKeyboardMarkup:
    """Retake always; Continue anyway only when nothing blocks (`proceed`: its words, e.g. the
    declaration that a head covering is religious or medical); another document either way; a
    person to talk to after repeated failures."""
    kb = InlineKeyboardBuilder()
    kb.button(text=t("button-retake"), callback_data=NavCb(to=Nav.retake))
    if not blocking:
        kb.button(text=t(proceed), callback_data=NavCb(to=Nav.proceed))
    kb.button(text=t("button-other-document"), callback_data=NavCb(to=Nav.picker))
    if support:
        kb.button(text=t("button-support"), callback_data=NavCb(to=Nav.support))
    kb.adjust(1)
    return kb.as_markup()


def support_button(t: Translator) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("button-support"), callback_data=NavCb(to=Nav.support))
    return kb.as_markup()


def back_to_bot(t: Translator) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("button-back-to-bot"), callback_data=NavCb(to=Nav.back_to_bot))
    return kb.as_markup()


def retry(t: Translator, to: Nav) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("button-try-again"), callback_data=NavCb(to=to))
    return kb.as_markup()


def backgrounds(spec: DocumentSpec, labels: Sequence[str]) -> InlineKeyboardMarkup:
    """The spec's allowed colours, by index, with the document id so stale taps are caught."""
    kb = InlineKeyboardBuilder()
    for index, label in enumerate(labels):
        kb.button(text=label, callback_data=BackgroundCb(doc=spec.id, index=index))
    kb.adjust(2)
    return kb.as_markup()


def keep_or_replace(
    t: Translator, spec: DocumentSpec, labels: Sequence[str], *, keep: bool
) -> InlineKeyboardMarkup:
    """Keep my own background first (where the wall qualifies), then a replacement per allowed
    colour; where it does not qualify, a retake first (the authority wants an unaltered photo)."""
    kb = InlineKeyboardBuilder()
    if keep:
        kb.button(text=t("button-keep-background"), callback_data=BackgroundCb(doc=spec.id, index=KEEP_OWN))
    else:
        kb.button(text=t("button-retake-plain-wall"), callback_data=NavCb(to=Nav.retake))
    for index, label in enumerate(labels):
        kb.button(
            text=t("button-replace-background", colour=label),
            callback_data=BackgroundCb(doc=spec.id, index=index),
        )
    kb.adjust(1)
    return kb.as_markup()


def outfit_offer(t: Translator, doc_id: str) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("button-outfit-keep"), callback_data=OutfitCb(doc=doc_id, id=OWN_CLOTHES))
    for audience in OutfitFor:  # a child is never shown in an adult's suit
        kb.button(
            text=t(f"button-outfit-try-{audience.value}"),
            callback_data=OutfitForCb(doc=doc_id, audience=audience),
        )
    kb.adjust(1, 3)
    return kb.as_markup()


def outfit_sheet(t: Translator, doc_id: str, names: Sequence[tuple[str, str]]) -> InlineKeyboardMarkup:
    """One numbered button per (outfit id, name), numbered like the badges on the contact sheet,
    then "keep my clothes"."""
    kb = InlineKeyboardBuilder()
    for number, (outfit_id, name) in enumerate(names, start=1):
        kb.button(text=f"{number} · {name}", callback_data=OutfitCb(doc=doc_id, id=outfit_id))
    kb.button(text=t("button-outfit-keep"), callback_data=OutfitCb(doc=doc_id, id=OWN_CLOTHES))
    kb.adjust(1)
    return kb.as_markup()


def outfit_failed(t: Translator, doc_id: str, retry: bool) -> InlineKeyboardMarkup:
    """The contact sheet could not be made: try again when it was our fault; own clothes always."""
    kb = InlineKeyboardBuilder()
    if retry:
        kb.button(text=t("button-try-again"), callback_data=NavCb(to=Nav.retry_outfits))
    kb.button(text=t("button-outfit-keep"), callback_data=OutfitCb(doc=doc_id, id=OWN_CLOTHES))
    kb.adjust(1)
    return kb.as_markup()


def preview(t: Translator, doc_id: str) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    rows = (
        (Move.up, "button-head-higher"),
        (Move.down, "button-head-lower"),
        (Move.bigger, "button-bigger"),
        (Move.smaller, "button-smaller"),
        (Move.brighter, "button-brighter"),
        (Move.darker, "button-darker"),
        (Move.reset, "button-reset"),
    )
    for move, key in rows:
        kb.button(text=t(key), callback_data=AdjustCb(doc=doc_id, move=move))
    kb.button(text=t("button-get-files"), callback_data=NavCb(to=Nav.files))
    kb.adjust(2, 2, 2, 1, 1)
    return kb.as_markup()


def delivered(t: Translator) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("button-another"), callback_data=NavCb(to=Nav.another))
    kb.button(text=t("button-new-photo"), callback_data=NavCb(to=Nav.new_photo))
    kb.adjust(1)
    return kb.as_markup()
