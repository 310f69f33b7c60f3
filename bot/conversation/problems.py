"""How a problem is told to the user: engine error codes and failed checks become catalogue
texts (`error-<code>`, `check-<id>` + `tip-<id>`), with the buttons that fix them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiogram.types import InlineKeyboardMarkup

from bot.conversation import keyboards as kb
from bot.conversation.callbacks import Nav
from bot.conversation.texts import Translator

if TYPE_CHECKING:
    from bot.jobs.protocol import CheckView

RETRY_CODES = frozenset({"internal", "model_missing"})  # our side failed: the same photo may work


def issue_lines(t: Translator, checks: list[CheckView]) -> list[str]:
    """One line per check: its title and how to fix it, in the user's language."""
    return [t("checks-line", title=t(f"check-{c.id}"), tip=t(f"tip-{c.id}")) for c in checks]


def error_text(t: Translator, code: str | None) -> str:
    key = f"error-{code}"
    return t(key) if code and t.has(key) else t("error-internal")


def error_keyboard(t: Translator, code: str | None, retry: Nav) -> InlineKeyboardMarkup:
    """Our failures get "try again"; problems with the photo or the document get Retake/another."""
    return kb.retry(t, retry) if code in RETRY_CODES else kb.issues(t, blocking=True)
