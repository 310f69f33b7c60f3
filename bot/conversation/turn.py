"""`Turn`: everything one step needs while handling one update, in one typed object.

Why: every step talks to the same chat in the same language, reads and writes the same session,
and may call the engine. Passing these eight things one by one through every step function hid
what each step actually does. The turn is built per update by TurnMiddleware from values aiogram
already injects (bot, state, user, chat) and the services the dispatcher carries.
"""

from __future__ import annotations

import logging
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiogram import Bot
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message, User

from bot.conversation.progress import working
from bot.conversation.session import Session, load, save
from bot.conversation.texts import Translator
from bot.jobs.priority import Priority
from specs import Catalogue, DocumentSpec

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.jobs.client import EngineJobs
    from bot.photos import PhotoStore
    from payments.service import PaymentService


@dataclass(frozen=True)
class Turn:
    bot: Bot
    chat_id: int
    user: User
    state: FSMContext
    t: Translator
    catalogue: Catalogue
    jobs: EngineJobs
    photos: PhotoStore
    settings: Settings
    payments: PaymentService

    @property
    def lang(self) -> str:
        return self.t.lang

    @property
    def retention_hours(self) -> int:
        """How long selfies and results are kept, in whole hours (consent card, /privacy)."""
        return max(1, round(self.settings.retention_hours))

    async def priority(self) -> Priority:
        """This user's engine jobs wait behind paid final files only when they hold credits or a
        subscription; everyone else's go after (bot/jobs/priority.py). A database hiccup must not
        cost a user their photo: it counts as free."""
        try:
            member = await self.payments.is_member(self.user.id)
        except Exception:  # the database away: the job still runs, just not first
            log.warning("could not read the account for the job priority", exc_info=True)
            return Priority.FREE
        return Priority.MEMBER if member else Priority.FREE

    async def session(self) -> Session:
        return await load(self.state)

    async def save(self, session: Session) -> None:
        await save(self.state, session)

    async def say(self, key: str, markup: InlineKeyboardMarkup | None = None, **args: Any) -> Message:
        """Send the catalogue message `key` to this chat."""
        return await self.bot.send_message(self.chat_id, self.t(key, **args), reply_markup=markup)

    def working(self, status: Message, action: str) -> AbstractAsyncContextManager[None]:
        """While a job runs: repeat the chat `action` and, after a while, edit `status` to say we
        are still working (see bot.conversation.progress.working)."""
        return working(
            self.bot, self.chat_id, action, status_id=status.message_id, still_text=self.t("still-working")
        )

    async def pressed_spec(
        self, query: CallbackQuery, *, needs_selfie: bool = False, doc: str | None = None
    ) -> DocumentSpec | None:
        """The session's document for a button press, with the press answered; None (after a polite
        "no longer active" answer) when the session no longer has that document (or not the
        button's `doc`) or no selfie."""
        session = await self.session()
        stale = doc is not None and doc != session.doc_id
        missing = session.doc_id is None or session.doc_id not in self.catalogue
        if stale or missing or (needs_selfie and session.selfie_key is None):
            await query.answer(self.t("stale-button"))
            return None
        assert session.doc_id is not None
        await query.answer()
        return self.catalogue.get(session.doc_id)
