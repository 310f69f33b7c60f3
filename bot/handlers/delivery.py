"""Delivery: render the final files and send each with sendDocument (never sendPhoto, which
recompresses and strips the DPI), then offer another document from the same selfie.

The photo, the print sheet for the user's region (4×6 in + Letter PDF for the US, 10×15 cm + A4
elsewhere) and the check report go out in that order.

Paid orders (`deliver_order`) are delivered exactly once: the order is claimed in the database
before rendering (a replayed payment update, a double tap or a second bot replica finds it claimed),
then measured (payments/measurement.py): a photo our own measurement finds out of spec is never
sent, the order is refunded at once. A render failure leaves the order "failed" with Try again and
Refund buttons. FREE_MODE (`deliver`) renders the session's current job without an order; its
render key is remembered so a repeated tap does not send the same files twice.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from aiogram import F, Router
from aiogram.enums import ChatAction
from aiogram.types import CallbackQuery, FSInputFile

from bot.conversation import checkout_keyboards as checkout_kb
from bot.conversation import keyboards as kb
from bot.conversation.callbacks import Nav, NavCb
from bot.conversation.naming import document_name, papers_for, size_text
from bot.conversation.problems import error_text
from bot.conversation.session import render_request
from bot.conversation.states import Flow, Support
from bot.conversation.texts import Translator
from bot.conversation.turn import Turn
from bot.handlers.referral import tell_inviter
from bot.handlers.refunds import refund_order
from bot.handlers.replies import drop_message, replace_text
from bot.jobs.client import JobTimeout
from bot.jobs.protocol import RenderRequest, RenderResult
from bot.middlewares.throttling import PROCESSING
from payments import measurement
from payments.models import SYSTEM, Order
from specs import DocumentSpec

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)

PHOTO_FILE = "photo.jpg"
REPORT_FILE = "report.txt"
SENT_FILES = (".jpg", ".pdf", ".txt")  # report.json and previews stay on the server
FINAL_TIMEOUT_FACTOR = 2.0  # the final render writes sheets and PDFs: give it longer than a check
DELIVERED_MEMORY = 20  # render keys remembered per user
TIMEOUT_CODE = "job_timeout"


def render_key(request: RenderRequest) -> str:
    return hashlib.sha256(request.model_dump_json().encode()).hexdigest()[:16]


def delivery_order(files: dict[str, str]) -> list[str]:
    """photo.jpg first, then the sheets (JPEG before PDF), the report last; no previews."""

    def rank(name: str) -> tuple[int, str]:
        if name == PHOTO_FILE:
            return (0, name)
        if name == REPORT_FILE:
            return (3, name)
        return (1 if name.endswith(".jpg") else 2, name)

    wanted = [n for n in files if n.endswith(SENT_FILES) and not n.startswith("preview")]
    return sorted(wanted, key=rank)


def caption_for(t: Translator, name: str, spec: DocumentSpec, lang: str) -> str:
    if name == PHOTO_FILE:
        return t("delivery-photo", document=document_name(spec, lang), size=size_text(spec))
    if name == REPORT_FILE:
        return t("delivery-report")
    return t("delivery-sheet")


def stale_claim(settings: Settings) -> timedelta:
    """A delivery claim older than the longest update is a bot process that died mid-delivery."""
    from bot.app import update_time_limit

    return timedelta(seconds=update_time_limit(settings))


async def render_final(turn: Turn, request: RenderRequest) -> tuple[RenderResult | None, int]:
    """Render the files behind a "Making your files…" status; (result or None on timeout, status id)."""
    status = await turn.say("delivery-making")
    try:
        async with turn.working(status, ChatAction.UPLOAD_DOCUMENT):
            result = await turn.jobs.render(
                request, timeout=turn.settings.job_timeout_s * FINAL_TIMEOUT_FACTOR
            )
    except JobTimeout:
        return None, status.message_id
    return result, status.message_id


async def send_files(turn: Turn, spec: DocumentSpec, result: RenderResult, status_id: int) -> None:
    for name in delivery_order(result.files):
        await turn.bot.send_document(
            turn.chat_id,
            FSInputFile(result.files[name], filename=name),
            caption=caption_for(turn.t, name, spec, turn.lang),
        )
    await drop_message(turn, status_id)


async def say_done(turn: Turn) -> None:
    """The files are above. A user talking to a person stays with them (files from a staff
    /reprocess, or a payment made meanwhile, must not end the ticket on the user's side)."""
    if await turn.state.get_state() != Support.talking.state:
        await turn.state.set_state(Flow.delivered)
    await turn.say("delivery-done", kb.delivered(turn.t))


def failure_code(result: RenderResult | None) -> str | None:
    if result is None:
        return TIMEOUT_CODE
    if not result.ok or PHOTO_FILE not in result.files:
        return result.error_code or "internal"
    return None


# --- FREE_MODE: the session's job, no order ----------------------------------------------------------


async def deliver(turn: Turn, spec: DocumentSpec) -> None:
    t = turn.t
    session = await turn.session()
    request = render_request(session, preview=False, papers=papers_for(turn.user.language_code, turn.lang))
    key = render_key(request)
    if key in session.delivered:
        await turn.state.set_state(Flow.delivered)
        await turn.say("delivery-already", kb.delivered(t))
        return
    session.delivered = [key, *session.delivered][:DELIVERED_MEMORY]
    await turn.save(session)
    result, status_id = await render_final(turn, request)
    code = failure_code(result)
    if code is not None or result is None:
        await _forget(turn, key)
        text = t("job-timeout") if code == TIMEOUT_CODE else error_text(t, code)
        await replace_text(turn, status_id, text, kb.retry(t, Nav.retry_files))
        return
    await send_files(turn, spec, result, status_id)
    await say_done(turn)


async def _forget(turn: Turn, key: str) -> None:
    """A failed delivery may be retried: drop its key again."""
    session = await turn.session()
    session.delivered = [k for k in session.delivered if k != key]
    await turn.save(session)


async def on_retry(query: CallbackQuery, turn: Turn) -> None:
    if spec := await turn.pressed_spec(query):
        await deliver(turn, spec)


# --- paid orders ---------------------------------------------------------------------------------------


async def deliver_order(turn: Turn, order: Order) -> None:
    """Deliver a paid order once; failures leave it retryable, out-of-spec photos are refunded."""
    assert order.id is not None and order.request is not None
    if not await turn.payments.claim_delivery(order.id, stale_claim(turn.settings)):
        log.info("order %s is delivered or being delivered already", order.id)
        return
    try:
        await _make_and_send(turn, order.id, RenderRequest.model_validate_json(order.request))
    except Exception:  # Telegram or the disk failed mid-way: /history offers "Try again"
        await turn.payments.delivery_failed(order.id, "internal")
        raise


async def _make_and_send(turn: Turn, order_id: int, request: RenderRequest) -> None:
    t = turn.t
    result, status_id = await render_final(turn, request)
    code = failure_code(result)
    if code is not None or result is None:
        await turn.payments.delivery_failed(order_id, code or "internal")
        text = t("job-timeout") if code == TIMEOUT_CODE else error_text(t, code)
        await replace_text(
            turn, status_id, f"{text}\n\n{t('order-failed')}", checkout_kb.order_failed(t, order_id)
        )
        return
    findings = measurement.measure(result.files)
    if findings:
        log.warning("order %s out of spec after rendering (%s): refunding", order_id, ",".join(findings))
        await turn.payments.delivery_failed(order_id, "out_of_spec")
        await drop_message(turn, status_id)
        await refund_order(
            turn, order_id, actor_id=SYSTEM, reason="out_of_spec", notify_key="refund-out-of-spec"
        )
        return
    await send_files(turn, turn.catalogue.get(request.doc_id), result, status_id)
    reward = await turn.payments.delivered(order_id)
    await say_done(turn)
    await tell_inviter(turn, reward)


async def redeliver(turn: Turn, order: Order) -> None:
    """The files of a delivered order again (within retention); no claim, nothing is charged."""
    assert order.request is not None
    request = RenderRequest.model_validate_json(order.request)
    result, status_id = await render_final(turn, request)
    code = failure_code(result)
    if code is not None or result is None:
        text = turn.t("job-timeout") if code == TIMEOUT_CODE else error_text(turn.t, code)
        await replace_text(turn, status_id, text)
        return
    await send_files(turn, turn.catalogue.get(request.doc_id), result, status_id)
    await say_done(turn)


def make_router() -> Router:
    """A fresh router of this concern (a router can belong to one dispatcher only)."""
    router = Router(name="delivery")
    router.callback_query.register(
        on_retry, NavCb.filter(F.to == Nav.retry_files), Flow.checkout, flags={PROCESSING: True}
    )
    return router
