"""Account commands: /help, /privacy, /delete (erase photos, results and state at once),
/cancel (drop the current job, keep language and consent) and /new (another document)."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from bot.conversation import screens
from bot.conversation.turn import Turn
from bot.support.off import SupportService


async def on_help(message: Message, turn: Turn) -> None:
    await turn.say("help")


async def on_privacy(message: Message, turn: Turn) -> None:
    await turn.say("privacy", hours=turn.retention_hours)


async def on_delete(message: Message, turn: Turn, support: SupportService) -> None:
    removed = turn.photos.delete_user(turn.user.id)
    await support.delete_topic(turn.user.id)  # the ticket, its relayed photos and records
    await turn.state.clear()
    await turn.say("deleted", count=removed)


async def on_cancel(message: Message, turn: Turn) -> None:
    session = await turn.session()
    session.reset_job()
    await turn.save(session)
    await turn.state.set_state(None)
    await turn.say("cancelled")


async def on_new(message: Message, turn: Turn) -> None:
    session = await turn.session()
    session.reset_job()
    await screens.proceed(turn, session)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="account")
    router.message.register(on_help, Command("help"))
    router.message.register(on_privacy, Command("privacy"))
    router.message.register(on_delete, Command("delete"))
    router.message.register(on_cancel, Command("cancel"))
    router.message.register(on_new, Command("new"))
    return router
