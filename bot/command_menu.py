"""The "/" menu Telegram shows, in each shipped language (setMyCommands at start).

Descriptions come from the Fluent catalogues (`cmd-<command>` keys). Telegram picks the list by
the user's app language and falls back to the one set without a language code, which is ours in
English.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from aiogram import Bot
from aiogram.types import BotCommand, BotCommandScopeDefault

if TYPE_CHECKING:
    from bot.conversation.texts import I18n

log = logging.getLogger(__name__)

COMMANDS = (
    "start", "new", "help", "language", "privacy", "delete", "cancel",
    "balance", "buy", "history", "referral", "paysupport", "support",
)  # fmt: skip
FALLBACK_LANGUAGE = "en"


def menu(i18n: I18n, lang: str) -> list[BotCommand]:
    return [BotCommand(command=name, description=i18n.t(lang, f"cmd-{name}")[:256]) for name in COMMANDS]


async def register_commands(bot: Bot, i18n: I18n | None) -> int:
    """Set the menu for every language; returns how many lists were set (0 without catalogues)."""
    if i18n is None:
        log.warning("no text catalogues: the command menu is left as it is")
        return 0
    missing = [name for name in COMMANDS if not i18n.has(FALLBACK_LANGUAGE, f"cmd-{name}")]
    if missing:
        log.warning("command descriptions missing (cmd-%s): the command menu is left as it is", missing[0])
        return 0
    scope = BotCommandScopeDefault()
    await bot.set_my_commands(menu(i18n, FALLBACK_LANGUAGE), scope=scope)
    count = 1
    for lang in i18n.languages:
        await bot.set_my_commands(menu(i18n, lang), scope=scope, language_code=lang)
        count += 1
    return count
