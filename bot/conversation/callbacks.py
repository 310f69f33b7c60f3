"""Every button payload, as a typed CallbackData with a short unique prefix.

Telegram caps `callback_data` at 64 bytes, so prefixes are one or two letters and payloads carry
ids, never display text. Values are validated by the types here (an unknown action or language
fails to unpack), so a forged or outdated payload matches no handler and reaches the polite
catch-all instead of raising. Payloads that depend on the chosen document carry its id, so a
button left over from an earlier document is recognised as stale.
"""

from __future__ import annotations

from enum import StrEnum

from aiogram.filters.callback_data import CallbackData

MAX_CALLBACK_BYTES = 64  # Bot API limit for InlineKeyboardButton.callback_data


class Nav(StrEnum):
    """Single-purpose buttons that move the conversation on."""

    agree = "agree"  # consent card accepted
    languages = "lang"  # open the language picker
    browse = "browse"  # country → type drill-down
    picker = "pick"  # back to the document picker
    retake = "retake"  # send another selfie
    proceed = "go"  # warnings only: continue anyway
    retry_checks = "rchk"  # after a timeout
    retry_preview = "rprev"
    retry_files = "rfile"
    outfit_try = "try"  # outfit offer: show my photo in a few outfits (the contact sheet)
    retry_outfits = "rout"
    files = "files"  # the preview looks good: get the files
    another = "again"  # another document from the same selfie
    new_photo = "photo"  # start over with a new selfie
    support = "help"  # talk to a person (opens a support ticket)
    back_to_bot = "bot"  # leave the support ticket, back to the automated flow


class Move(StrEnum):
    """Preview adjustments; each re-renders the preview."""

    up = "up"
    down = "dn"
    bigger = "big"
    smaller = "sm"
    brighter = "br"
    darker = "dk"
    reset = "rs"


class NavCb(CallbackData, prefix="n"):
    to: Nav


class LangCb(CallbackData, prefix="l"):
    code: str


class DocCb(CallbackData, prefix="d"):
    id: str


class CountriesCb(CallbackData, prefix="cs"):
    page: int


class CountryCb(CallbackData, prefix="cc"):
    code: str


KEEP_OWN = -1  # BackgroundCb.index of "keep my own background" (colour indexes start at 0)


class BackgroundCb(CallbackData, prefix="b"):
    """An allowed colour of the document by index, or KEEP_OWN."""

    doc: str
    index: int


class AdjustCb(CallbackData, prefix="a"):
    doc: str
    move: Move


OWN_CLOTHES = "own"  # OutfitCb.id of "keep my clothes" (catalogue ids are garment names, never this)


class OutfitCb(CallbackData, prefix="o"):
    """An outfit from the contact sheet (a catalogue id), or OWN_CLOTHES."""

    doc: str
    id: str


class OutfitFor(StrEnum):
    """Whom the contact sheet dresses (the catalogue's audiences): no child gets an adult's suit."""

    men = "men"
    women = "women"
    child = "child"


class OutfitForCb(CallbackData, prefix="of"):
    """The outfit offer: show my photo in a few outfits for men, women or a child."""

    doc: str
    audience: OutfitFor


class BuyCb(CallbackData, prefix="p"):
    """Pay in Stars for a product of the price table; `doc` ties document products to the preview."""

    product: str
    doc: str = ""


class CreditCb(CallbackData, prefix="cr"):
    """Pay for the previewed document with one credit."""

    doc: str


class OrderAction(StrEnum):
    files = "f"  # the files of a delivered order again (within retention)
    retry = "r"  # try a failed delivery again
    refund = "rf"  # self-service refund of a failed delivery


class OrderCb(CallbackData, prefix="or"):
    """An action on one of the user's orders. The id is checked against the presser: a forged or
    foreign id gets "no longer active", never someone else's files."""

    action: OrderAction
    id: int


ALL_CALLBACKS: tuple[type[CallbackData], ...] = (
    NavCb,
    LangCb,
    DocCb,
    CountriesCb,
    CountryCb,
    BackgroundCb,
    AdjustCb,
    OutfitCb,
    BuyCb,
    CreditCb,
    OrderCb,
)
