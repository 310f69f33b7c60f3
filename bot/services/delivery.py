"""`DeliveryService`: every way files reach a user, and the supervisor that makes paid orders
arrive exactly once or come back as a refund.

Why a service and its own tasks: a payment update used to render and send the files itself,
inside the user's update lock. A bot process that died there left the order claimed with nobody
delivering it, and the lock had to outlast a render. Now the payment update only records the
payment and calls `schedule`; the delivery runs as its own task, outside the user's lock:

- claim: one conditional UPDATE gives the order to this process (`owner`) under a lease
  (payments/orders.py); a heartbeat renews the lease every third of DELIVERY_LEASE_S while the
  files are made and sent, so a live delivery is never taken over and a dead one is, a lease later;
- render, measure (an out-of-spec photo is refunded, never sent), send: each file sent is recorded
  on the order, so a delivery taken over after a crash sends only the files still missing;
- a passing failure (the engine timed out, Redis or Telegram away, the process stopping) puts the
  order back to "paid", due again after DELIVERY_RETRY_S × attempts; the user hears once that the
  files are late and nothing is lost. After DELIVERY_ATTEMPTS tries it is refunded automatically and
  the user is told so in their language, with the support button. A refusal by the engine (no
  selfie any more, a face it cannot use) leaves the order "failed" with Try again and Refund buttons,
  as does a user who blocked the bot;
- the supervisor (`start`): every DELIVERY_SCAN_S each bot process asks the database for paid
  orders nobody delivers (never started, due again, or held by an expired lease) and schedules
  them; the claim makes sure one replica delivers each.

FREE_MODE deliveries, /history "files again" and staff /reprocess go through the same rendering
and sending (bot/services/files.py); they cost nothing, so they need no claim.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
from collections.abc import Awaitable, Callable, Coroutine
from contextlib import suppress
from datetime import timedelta
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramForbiddenError
from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.config import Settings
from bot.conversation import checkout_keyboards as checkout_kb
from bot.conversation import keyboards as kb
from bot.conversation.callbacks import Nav, NavCb
from bot.conversation.naming import papers_for
from bot.conversation.problems import error_text
from bot.conversation.replies import drop_message, replace_text
from bot.conversation.session import render_request
from bot.conversation.states import Flow
from bot.conversation.turn import Turn
from bot.jobs.protocol import RenderRequest
from bot.observability import metrics
from bot.services.files import (
    TIMEOUT_CODE,
    failure_code,
    render_final,
    render_key,
    say_done,
    send_files,
)
from bot.services.notices import tell_inviter
from bot.services.refunds import refund_order
from bot.services.turns import Turns
from payments import measurement
from payments.models import SYSTEM, Order
from specs import DocumentSpec

log = logging.getLogger(__name__)

DELIVERED_MEMORY = 20  # FREE_MODE render keys remembered per user
Round = Callable[[Bot], Awaitable[Any]]


class PassingFailure(Exception):
    """This try failed for a reason that may be gone on the next one (code says which)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def process_owner() -> str:
    """This process's name on the orders it delivers: host, pid and a random tag (pids repeat)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(3)}"


class DeliveryService:
    def __init__(self, turns: Turns, settings: Settings, *, owner: str | None = None) -> None:
        self.turns = turns
        self.payments = turns.payments
        self.owner = owner or process_owner()
        self.lease = timedelta(seconds=settings.delivery_lease_s)
        self.scan_s = settings.delivery_scan_s
        self.retry_delay = timedelta(seconds=settings.delivery_retry_s)
        self.max_attempts = settings.delivery_attempts
        self._bot: Bot | None = None
        self._rounds: list[tuple[float, Round]] = []  # more supervision (the Stars ledger sync)
        self._orders: dict[int, asyncio.Task[None]] = {}  # paid deliveries running in this process
        self._others: set[asyncio.Task[Any]] = set()  # free ones, files again, the supervisor

    # --- life cycle ----------------------------------------------------------------------------------

    def also_every(self, interval_s: float, work: Round) -> None:
        """Run `work(bot)` every `interval_s` while supervising (register before `start`)."""
        self._rounds.append((interval_s, work))

    def start(self, bot: Bot) -> None:
        """Begin supervising (at dispatcher start-up): the first scan resumes what a stopped
        process left behind."""
        self._bot = bot
        self._spawn(self._supervise(), "delivery supervisor")
        for interval_s, work in self._rounds:
            self._spawn(self._every(interval_s, work, bot), "supervision round")

    async def stop(self) -> None:
        """Cancel everything running; a paid delivery cut short is handed back at once (no lease
        wait) for another process or the next start."""
        tasks = [*self._orders.values(), *self._others]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._orders.clear()
        self._others.clear()

    def _spawn(self, work: Coroutine[Any, Any, Any], what: str) -> asyncio.Task[Any]:
        task = asyncio.create_task(work, name=what)
        self._others.add(task)
        task.add_done_callback(self._others.discard)
        return task

    # --- paid orders ---------------------------------------------------------------------------------

    def schedule(self, order_id: int, bot: Bot | None = None) -> asyncio.Task[None]:
        """Deliver a paid order in its own task (once per process; the claim makes it once overall)."""
        running = self._orders.get(order_id)
        if running is not None and not running.done():
            return running
        task = asyncio.create_task(self._deliver(order_id, bot or self._bot), name=f"delivery {order_id}")
        self._orders[order_id] = task
        task.add_done_callback(lambda _: self._orders.pop(order_id, None))
        return task

    async def scan(self) -> int:
        """One round of the supervisor: schedule every paid order nobody delivers; how many."""
        waiting = [o for o in await self.payments.waiting_for_delivery() if o.id not in self._orders]
        for order in waiting:
            assert order.id is not None
            self.schedule(order.id)
        if waiting:
            log.info("supervisor: %d paid orders to deliver", len(waiting))
        return len(waiting)

    async def _supervise(self) -> None:
        while True:
            try:
                await self.scan()
            except Exception as exc:  # the database or Redis away: look again next round
                log.warning("delivery scan failed: %s", type(exc).__name__)
            await asyncio.sleep(self.scan_s)

    async def _every(self, interval_s: float, work: Round, bot: Bot) -> None:
        while True:
            try:
                await work(bot)
            except Exception as exc:  # Telegram or the database away: again next round
                log.warning("supervision round failed: %s", type(exc).__name__)
            await asyncio.sleep(interval_s)

    async def _deliver(self, order_id: int, bot: Bot | None) -> None:
        assert bot is not None, "DeliveryService.start(bot) first"
        if not await self.payments.claim_delivery(order_id, self.lease, self.owner):
            log.info("order %s is delivered or being delivered already", order_id)
            return
        order = await self.payments.order(order_id)
        assert order is not None and order.request is not None
        lost = asyncio.Event()
        heartbeat = asyncio.create_task(self._heartbeat(order_id, lost))
        turn = None
        try:
            turn = await self.turns.of(bot, order.user_id)
            await self._attempt(turn, order, lost)
        except asyncio.CancelledError:
            await asyncio.shield(self._hand_back(order_id))
            raise
        except TelegramForbiddenError:  # blocked the bot: the order waits, refundable by its owner
            metrics.DELIVERIES.labels(outcome="blocked").inc()
            await self.payments.delivery_failed(order_id, "internal", self.owner)
        except Exception as exc:  # the engine late; Redis, Telegram or the disk failing mid-way
            code = exc.code if isinstance(exc, PassingFailure) else "internal"
            metrics.DELIVERIES.labels(outcome="retried").inc()
            log.warning("delivery of order %s failed (%s): %s", order_id, code, type(exc).__name__)
            try:
                await self._failed_for_now(bot, turn, order, code)
            except Exception as again:  # the lease runs out and the supervisor tries again
                log.error("order %s: could not record the failure: %s", order_id, type(again).__name__)
        finally:
            heartbeat.cancel()

    async def _attempt(self, turn: Turn, order: Order, lost: asyncio.Event) -> None:
        assert order.id is not None and order.request is not None
        request = RenderRequest.model_validate_json(order.request)
        result, status_id = await render_final(turn, request)
        code = failure_code(result)
        if code == TIMEOUT_CODE:
            await drop_message(turn, status_id)
            raise PassingFailure(code)
        if code is not None or result is None:  # the engine refused: the user decides (retry, refund)
            metrics.DELIVERIES.labels(outcome="refused").inc()
            await self.payments.delivery_failed(order.id, code or "internal", self.owner)
            text = f"{error_text(turn.t, code)}\n\n{turn.t('order-failed')}"
            await replace_text(turn, status_id, text, checkout_kb.order_failed(turn.t, order.id))
            return
        if findings := measurement.measure(result.files):
            log.warning("order %s out of spec after rendering (%s): refunding", order.id, ",".join(findings))
            metrics.DELIVERIES.labels(outcome="out_of_spec").inc()
            await self.payments.delivery_failed(order.id, "out_of_spec", self.owner)
            await drop_message(turn, status_id)
            await refund_order(
                turn, order.id, actor_id=SYSTEM, reason="out_of_spec", notify_key="refund-out-of-spec"
            )
            return
        if lost.is_set():
            return  # another process holds the order now: it sends the files

        async def still_ours(sent: int) -> bool:
            assert order.id is not None
            return await self.payments.delivery_progress(order.id, self.owner, sent)

        spec = turn.catalogue.get(request.doc_id)
        if not await send_files(
            turn, spec, result, status_id, already_sent=order.files_sent, progress=still_ours
        ):
            return
        reward = await self.payments.delivered(order.id, self.owner)
        metrics.DELIVERIES.labels(outcome="delivered").inc()
        try:  # the files are out and the order is closed: what follows must not undo that
            await say_done(turn)
            await tell_inviter(turn, reward)
        except Exception as exc:
            log.warning("order %s delivered; the closing message failed: %s", order.id, type(exc).__name__)

    async def _heartbeat(self, order_id: int, lost: asyncio.Event) -> None:
        while True:
            await asyncio.sleep(self.lease.total_seconds() / 3)
            try:
                if not await self.payments.renew_delivery(order_id, self.owner, self.lease):
                    lost.set()
                    return
            except Exception as exc:  # the database away for a moment: the next beat may be in time
                log.warning("delivery heartbeat of order %s failed: %s", order_id, type(exc).__name__)

    async def _hand_back(self, order_id: int) -> None:
        with suppress(Exception):
            await self.payments.retry_delivery_later(order_id, self.owner, "stopped", timedelta(0))

    async def _failed_for_now(self, bot: Bot, turn: Turn | None, order: Order, code: str) -> None:
        """Try again later, or, after the last try, give the money back and say so."""
        assert order.id is not None
        if order.attempts < self.max_attempts:
            delay = self.retry_delay * order.attempts
            if not await self.payments.retry_delivery_later(order.id, self.owner, code, delay):
                return  # no longer ours
            if order.attempts == 1:
                await self._tell(bot, turn, order.user_id, "delivery-delayed")
            return
        await self.payments.delivery_failed(order.id, code, self.owner)
        turn = turn or await self.turns.of(bot, order.user_id)
        await refund_order(
            turn,
            order.id,
            actor_id=SYSTEM,
            reason="delivery_failed",
            notify_key="delivery-refunded",
            markup=support_button(turn),
        )

    async def _tell(self, bot: Bot, turn: Turn | None, user_id: int, key: str) -> None:
        """A notice that may fail without harm (the order's state is already right)."""
        try:
            turn = turn or await self.turns.of(bot, user_id)
            await turn.say(key)
        except Exception as exc:
            log.info("could not tell the user (%s): %s", key, type(exc).__name__)

    # --- files that cost nothing ---------------------------------------------------------------------

    async def deliver_free(self, turn: Turn, spec: DocumentSpec) -> None:
        """FREE_MODE: the session's current job, no order. A repeated tap does not send the same
        files twice (the render key is remembered); the rendering runs outside the update."""
        session = await turn.session()
        request = render_request(
            session, preview=False, papers=papers_for(turn.user.language_code, turn.lang)
        )
        key = render_key(request)
        if key in session.delivered:
            await turn.state.set_state(Flow.delivered)
            await turn.say("delivery-already", kb.delivered(turn.t))
            return
        session.delivered = [key, *session.delivered][:DELIVERED_MEMORY]
        await turn.save(session)
        self._spawn(self._free(turn, spec, request, key), "free delivery")

    async def _free(self, turn: Turn, spec: DocumentSpec, request: RenderRequest, key: str) -> None:
        try:
            result, status_id = await render_final(turn, request)
            code = failure_code(result)
            if code is not None or result is None:
                await self._forget(turn, key)
                text = turn.t("job-timeout") if code == TIMEOUT_CODE else error_text(turn.t, code)
                await replace_text(turn, status_id, text, kb.retry(turn.t, Nav.retry_files))
                return
            await send_files(turn, spec, result, status_id)
            await say_done(turn)
        except Exception as exc:
            log.warning("free delivery failed: %s", type(exc).__name__)
            await self._forget(turn, key)
            with suppress(Exception):
                await turn.say("error-temporary")

    async def _forget(self, turn: Turn, key: str) -> None:
        """A failed delivery may be retried: drop its key again."""
        with suppress(Exception):
            session = await turn.session()
            session.delivered = [k for k in session.delivered if k != key]
            await turn.save(session)

    def files_again(self, turn: Turn, order: Order) -> None:
        """/history: the files of a delivered order again (within retention); nothing is charged."""
        assert order.request is not None
        self._spawn(self._again(turn, RenderRequest.model_validate_json(order.request)), "files again")

    async def _again(self, turn: Turn, request: RenderRequest) -> None:
        try:
            result, status_id = await render_final(turn, request)
            code = failure_code(result)
            if code is not None or result is None:
                text = turn.t("job-timeout") if code == TIMEOUT_CODE else error_text(turn.t, code)
                await replace_text(turn, status_id, text)
                return
            await send_files(turn, turn.catalogue.get(request.doc_id), result, status_id)
            await say_done(turn)
        except Exception as exc:
            log.warning("files again failed: %s", type(exc).__name__)
            with suppress(Exception):
                await turn.say("error-temporary")

    async def reprocess(self, turn: Turn, request: RenderRequest) -> str | None:
        """Staff /reprocess: render and send now (staff wait for the outcome); None when the files
        went out, else the engine's failure code."""
        result, status_id = await render_final(turn, request)
        code = failure_code(result)
        if code is not None or result is None:
            return code or "internal"
        await send_files(turn, turn.catalogue.get(request.doc_id), result, status_id)
        await say_done(turn)
        return None


def support_button(turn: Turn) -> InlineKeyboardMarkup:
    """The "talk to a person" button under a notice."""
    builder = InlineKeyboardBuilder()
    builder.button(text=turn.t("button-support"), callback_data=NavCb(to=Nav.support))
    return builder.as_markup()
