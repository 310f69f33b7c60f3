"""The steps of the conversation, one state each, in the order a user walks them (flow.md).

Handlers are keyed by these states, so a button or message that belongs to another step never
reaches the wrong handler; it falls through to the polite catch-all in handlers/errors.py.
"""

from __future__ import annotations

from aiogram.fsm.state import State, StatesGroup


class Flow(StatesGroup):
    language = State()  # picking a language (first contact with an unknown language, or /language)
    consent = State()  # the consent card: what we process, for how long, /delete
    document = State()  # which document: search, popular, recent, country → type
    capture = State()  # guide + example shown; waiting for the selfie
    checks = State()  # the selfie was checked: issues listed, Retake / Continue anyway
    style = State()  # background colour (spec-allowed only)
    outfit = State()  # keep my clothes, or try outfits on a contact sheet (documents that allow it)
    preview = State()  # watermarked preview with adjustments
    checkout = State()  # paying (FREE_MODE skips straight to delivery)
    delivered = State()  # files sent; another document from the same selfie?


class Support(StatesGroup):
    """A person is handling this user (bot/handlers/support.py): messages go to the staff topic
    and the automated flow waits. Kept in FSM storage, so every bot replica sees it."""

    talking = State()
