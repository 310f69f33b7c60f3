"""Money end to end: a fake user pays the real bot in Telegram Stars through the fake Bot API.

The bot runs with payments on (no FREE_MODE), the engine renders real files from a real selfie and
the payments service keeps its books in a real SQLite file. Each test reads the database through
the same service afterwards, so "nothing changed" is checked on the ledger, not guessed from silence.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from aiogram.fsm.storage.base import StorageKey
from sqlmodel import func, select

from bot.conversation.callbacks import BuyCb, CreditCb, Nav, NavCb, OrderAction, OrderCb
from bot.conversation.naming import document_name
from payments import tokens
from payments.clock import to_unix, utcnow
from payments.models import LedgerKind, Order, OrderStatus, Payment
from specs import load_catalogue
from tests.conversation_script import Person, selfie
from tests.fake_telegram import updates
from tests.running_bot import Env, RunningBot

DOC = "us_passport"
FILES = ["photo.jpg", "sheet_4x6.jpg", "sheet_letter.pdf", "report.txt"]


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    async with RunningBot(
        tmp_path, free_mode=False, delivery_scan_s=0.3, payment_sync_s=0.5, payment_grace_s=2
    ) as running:
        yield running


async def to_checkout(me: Person, samples_dir: Path, *, balance: int = 0, started: bool = False) -> None:
    """Start (unless `started`: the document prompt is next), pick the US passport, send the selfie,
    preview, tap "get my files": the checkout card."""
    if not started:
        await me.start_and_agree()
    await me.expect("sendMessage", "document-prompt")
    await me.search("US passport", DOC)
    await me.guide(DOC)
    await me.user.send_photo(selfie(samples_dir))
    await me.checks_pass(DOC)
    await me.choose_background(DOC)
    await me.preview(DOC)
    await me.press(NavCb(to=Nav.files))
    name = document_name(load_catalogue().get(DOC), me.lang)
    card = await me.expect("sendMessage", "checkout-card", document=name, balance=balance)
    assert BuyCb(product="document", doc=DOC).pack() in me.buttons(card)
    assert (CreditCb(doc=DOC).pack() in me.buttons(card)) == (balance > 0)


async def buy(me: Person, product: str = "document") -> dict:
    await me.press(BuyCb(product=product, doc=DOC))
    invoice = await me.expect("sendInvoice")
    return invoice.params


async def count(env: Env, model: type, *where: object) -> int:
    async with env.payments.db.transaction() as session:
        return (await session.exec(select(func.count()).select_from(model).where(*where))).one()


# --- the happy path and its replays -----------------------------------------------------------------


async def test_full_purchase_then_replayed_payment_changes_nothing(
    tmp_path: Path, samples_dir: Path, database_url: str
) -> None:
    """On the embedded SQLite file and on a real PostgreSQL server (DATABASE_URL)."""
    async with RunningBot(tmp_path, free_mode=False, database_url=database_url) as env:
        await full_purchase_then_replay(env, samples_dir)


async def full_purchase_then_replay(env: Env, samples_dir: Path) -> None:
    me = Person(env, 9101)
    await to_checkout(me, samples_dir)
    invoice = await buy(me)
    assert invoice["currency"] == "XTR" and invoice.get("provider_token") in (None, "")
    assert [p["amount"] for p in invoice["prices"]] == [env.payments.prices.get("document").stars]
    assert len(invoice["payload"].encode()) <= 128

    charge = await me.user.pay()
    assert charge is not None
    await me.expect("sendMessage", "payment-thanks")
    await me.expect("sendMessage", "delivery-making")
    files = await me.receive_files()
    assert [d.file.filename for d in files] == FILES

    orders = await env.payments.orders(me.user.user_id)
    assert [(o.status, o.paid_with, o.stars) for o in orders] == [("delivered", "stars", 150)]
    assert await count(env, Payment, Payment.charge_id == charge) == 1

    # The same successful_payment again (a replayed update): no second delivery, no second row.
    await me.user.resend_successful_payment(charge)
    await me.user.expect_silence(1.5)
    assert await count(env, Payment) == 1
    assert [o.status for o in await env.payments.orders(me.user.user_id)] == ["delivered"]
    env.server.assert_no_failures(ignore=["deleteMessage"])


async def test_paying_with_a_credit_spends_exactly_one(env: Env, samples_dir: Path) -> None:
    me = Person(env, 9102)
    await env.payments.open_account(me.user.user_id)
    await env.payments.grant(
        me.user.user_id, 2, actor_id=1, note="test", key="grant:test:9102", kind=LedgerKind.staff_grant
    )
    await to_checkout(me, samples_dir, balance=2)
    await me.press(CreditCb(doc=DOC))
    await me.expect("sendMessage", "delivery-making")
    assert [d.file.filename for d in await me.receive_files()] == FILES
    assert await env.payments.balance(me.user.user_id) == 1
    [order] = await env.payments.orders(me.user.user_id)
    assert (order.paid_with, order.status, order.credits_spent) == ("credits", "delivered", 1)


# --- forged, tampered, expired and re-priced payloads ----------------------------------------------------


async def test_forged_tampered_and_expired_payloads_are_declined(env: Env, samples_dir: Path) -> None:
    me = Person(env, 9103)
    await to_checkout(me, samples_dir)
    payload = (await buy(me))["payload"]
    token = tokens.verify(payload, env.payments.secret, now=0)

    cheaper = payload.replace(f".{token.stars}.", ".1.", 1)  # the amount changed, the MAC kept
    other_user = tokens.sign(tokens.OrderToken(token.order_id, 4242, token.stars, token.expires), b"guess")
    expired = tokens.sign(
        tokens.OrderToken(token.order_id, token.user_id, token.stars, to_unix(utcnow()) - 60),
        env.payments.secret,
    )
    cases = [
        ("nonsense", 150, "checkout-decline-invalid"),
        (cheaper, 1, "checkout-decline-invalid"),
        (other_user, token.stars, "checkout-decline-invalid"),
        (payload, token.stars + 1, "checkout-decline-invalid"),  # the right payload, another amount
        (expired, token.stars, "checkout-decline-expired"),
    ]
    for forged, amount, key in cases:
        answer = await me.user.pay_with_payload(forged, amount)
        assert answer == {"ok": False, "error_message": me.t(key)}, forged

    # A successful_payment nobody asked Telegram for: nothing is paid, nothing delivered.
    forged_update = await me.user.send_successful_payment(cheaper, 1)
    await me.expect("sendMessage", "refund-failed")  # the fake knows no such charge to refund
    await me.user.expect_silence(1.0, method="sendDocument")
    charge_id = forged_update["successful_payment"]["telegram_payment_charge_id"]
    await me.user.resend_successful_payment(charge_id)  # the same update again: handled once
    await me.user.expect_silence(1.0)
    assert await count(env, Order, Order.status != OrderStatus.created.value) == 0

    # The genuine payload still works afterwards.
    assert await me.user.pay() is not None
    await me.expect("sendMessage", "payment-thanks")


async def test_price_changed_between_invoice_and_payment(env: Env, samples_dir: Path) -> None:
    me = Person(env, 9104)
    await to_checkout(me, samples_dir)
    old = await buy(me)
    prices = env.payments.prices
    raised = prices.get("document").model_copy(update={"stars": 175})
    env.payments.prices = prices.model_copy(update={"products": {**prices.products, "document": raised}})

    answer = await me.user.pay_with_payload(old["payload"], 150)
    assert answer == {"ok": False, "error_message": me.t("checkout-decline-price")}
    await me.expect("sendMessage", "checkout-price-changed")
    fresh = await me.expect("sendInvoice")
    assert [p["amount"] for p in fresh.params["prices"]] == [175]
    again = await me.user.pay_with_payload(old["payload"], 150)  # the old invoice is closed now
    assert again == {"ok": False, "error_message": me.t("checkout-decline-state")}
    assert await me.user.pay() is not None
    await me.expect("sendMessage", "payment-thanks")
    await me.expect("sendMessage", "delivery-making")
    await me.receive_files()
    orders = await env.payments.orders(me.user.user_id)
    assert [(o.status, o.stars) for o in orders] == [("delivered", 175)]  # the old order was never paid


# --- refunds ---------------------------------------------------------------------------------------------


async def test_refund_from_telegram_then_files_again_is_refused(env: Env, samples_dir: Path) -> None:
    me = Person(env, 9105)
    await to_checkout(me, samples_dir)
    await buy(me, "family")  # this document + 2 credits
    charge = await me.user.pay()
    assert charge is not None
    await me.expect("sendMessage", "payment-thanks")
    await me.expect("sendMessage", "delivery-making")
    await me.receive_files()
    assert await env.payments.balance(me.user.user_id) == 2
    [order] = await env.payments.orders(me.user.user_id)

    await me.user.send_command("history")
    history = await me.expect("sendMessage")
    files_again = OrderCb(action=OrderAction.files, id=order.id)
    assert files_again.pack() in me.buttons(history)

    await me.user.refund_from_telegram(charge)  # refunded on Telegram's side: refunded_payment arrives
    await me.expect("sendMessage", "refund-done", stars=350, credits=0)
    assert await env.payments.balance(me.user.user_id) == 0  # the bundle's credits went back too
    assert [o.status for o in await env.payments.orders(me.user.user_id)] == ["refunded"]

    query = await me.press(files_again)  # the old /history button
    await me.expect_answer(query, "order-refunded")
    await me.user.expect_silence(1.0, method="sendDocument")
    await me.user.send_command("history")
    history = await me.expect("sendMessage")
    assert files_again.pack() not in me.buttons(history)


async def test_failed_delivery_offers_retry_and_a_self_service_refund(env: Env, samples_dir: Path) -> None:
    me = Person(env, 9106)
    await to_checkout(me, samples_dir)
    await buy(me)
    env.photos.delete_user(me.user.user_id)  # the selfie is gone (retention) before the payment lands
    charge = await me.user.pay()
    assert charge is not None
    await me.expect("sendMessage", "payment-thanks")
    await me.expect("sendMessage", "delivery-making")
    failed = await me.expect("editMessageText")
    assert failed.text is not None and failed.text.endswith(me.t("order-failed"))
    [order] = await env.payments.orders(me.user.user_id)
    assert (order.status, order.failure) == ("failed", "selfie_missing")

    # Someone forging another order id gets nothing; the owner's Refund button works once.
    query = await me.user.press(
        OrderCb(action=OrderAction.refund, id=order.id + 1000).pack(), failed.message_id
    )
    await me.expect_answer(query)
    await me.expect("sendMessage", "refund-refused-not_found")
    await me.press(OrderCb(action=OrderAction.refund, id=order.id))
    await me.expect("sendMessage", "refund-done", stars=150, credits=0)
    assert env.server.state.charges[charge]["refunded"]
    await me.user.press(OrderCb(action=OrderAction.refund, id=order.id).pack(), failed.message_id)
    await me.expect("sendMessage", "refund-refused-refunded")
    assert [o.status for o in await env.payments.orders(me.user.user_id)] == ["refunded"]


# --- subscription -----------------------------------------------------------------------------------------


async def test_monthly_subscription_through_an_invoice_link(env: Env) -> None:
    me = Person(env, 9107)
    await me.start_and_agree()
    await me.expect("sendMessage", "document-prompt")
    await me.user.send_command("buy")
    await me.expect("sendMessage", "buy-card")
    await me.press(BuyCb(product="monthly"))
    monthly = env.payments.prices.get("monthly")
    offer = await me.expect("sendMessage", "subscription-offer", stars=monthly.stars, credits=monthly.credits)
    url = offer.reply_markup["inline_keyboard"][0][0]["url"]
    link = env.server.state.invoice_links[url]
    assert link["subscription_period"] == 2592000

    charge = await me.user.pay_link(url)
    assert charge is not None
    await me.expect("sendMessage", "credits-added", credits=monthly.credits, balance=monthly.credits)
    renewal = await me.user.renew_subscription(url)
    await me.expect("sendMessage", "credits-added", credits=monthly.credits, balance=2 * monthly.credits)
    await me.user.resend_successful_payment(renewal)  # a replayed renewal adds nothing
    await me.user.expect_silence(1.0)
    assert await env.payments.balance(me.user.user_id) == 2 * monthly.credits


# --- referrals --------------------------------------------------------------------------------------------


async def start_through(me: Person, payload: str, *, welcome: int | None, next_key: str) -> None:
    """/start with a payload: `welcome` credits expected from a referral (or none), then the
    greeting and the next step (`next_key`: the consent card or the document prompt)."""
    await me.user.send_command("start", payload)
    if welcome is not None:
        await me.expect("sendMessage", "referral-welcome", credits=welcome)
    await me.expect("sendMessage", "start-welcome")
    args = {"hours": 24} if next_key == "consent-card" else {}
    await me.expect("sendMessage", next_key, **args)


async def test_referral_chain_and_its_abuse_cases(env: Env, samples_dir: Path) -> None:
    inviter, invitee, old_user = Person(env, 9201), Person(env, 9202), Person(env, 9203)
    await inviter.start_and_agree()
    await inviter.expect("sendMessage", "document-prompt")
    await inviter.user.send_command("referral")
    card = await inviter.expect("sendMessage")
    code = await env.payments.referral_code(inviter.user.user_id)
    link = f"https://t.me/{env.server.state.bot_user['username']}?start=ref_{code}"
    assert card.text == inviter.t("referral-card", link=link, joined=0, earned=0, invitee=1, inviter=1)
    assert len(f"ref_{code}") <= 64

    ref = f"ref_{code}"
    await start_through(inviter, ref, welcome=None, next_key="document-prompt")  # self-referral: nothing
    await old_user.start_and_agree()
    await old_user.expect("sendMessage", "document-prompt")
    await start_through(old_user, ref, welcome=None, next_key="document-prompt")  # existing user: nothing
    await start_through(invitee, ref, welcome=1, next_key="consent-card")  # a brand-new user: once
    await start_through(invitee, ref, welcome=None, next_key="consent-card")
    assert [await env.payments.balance(p.user.user_id) for p in (inviter, old_user, invitee)] == [0, 0, 1]

    # The invitee's first paid order earns the inviter a credit once it is delivered…
    await invitee.press(NavCb(to=Nav.agree))
    await to_checkout(invitee, samples_dir, balance=1, started=True)
    await buy(invitee)
    charge = await invitee.user.pay()
    assert charge is not None
    await invitee.expect("sendMessage", "payment-thanks")
    await invitee.expect("sendMessage", "delivery-making")
    await invitee.receive_files()
    await inviter.expect("sendMessage", "referral-earned", credits=1, balance=1)
    assert await env.payments.balance(inviter.user.user_id) == 1
    assert await env.payments.referral_stats(inviter.user.user_id) == (1, 1)

    # …and loses it when that order is refunded.
    await invitee.user.refund_from_telegram(charge)
    await invitee.expect("sendMessage", "refund-done", stars=150, credits=0)
    assert await env.payments.balance(inviter.user.user_id) == 0
    assert await env.payments.referral_stats(inviter.user.user_id) == (1, 0)


# --- pre-checkout never waits behind the user's running update ---------------------------------------------


async def test_pre_checkout_is_answered_while_the_users_update_holds_the_lock(
    env: Env, samples_dir: Path
) -> None:
    me = Person(env, 9301)
    await to_checkout(me, samples_dir)
    payload = (await buy(me))["payload"]
    isolation = env.dispatcher.fsm.events_isolation
    key = StorageKey(bot_id=env.server.state.bot_user["id"], chat_id=me.user.chat_id, user_id=me.user.user_id)
    async with isolation.lock(key):  # as if a delivery were rendering for this user right now
        await me.user.send_command("balance")
        await me.user.expect_silence(0.5)  # ordinary updates wait for the lock…
        answer = await me.user.pay_with_payload(payload, 150, timeout=3)  # …the pre-checkout does not
        assert answer == {"ok": True, "error_message": None}
    await me.expect("sendMessage", "balance", balance=0)


# --- a bot that stopped between the payment and the files ------------------------------------------------


async def test_a_paid_order_left_undelivered_is_found_and_delivered_once(env: Env, samples_dir: Path) -> None:
    me = Person(env, 9401)
    await to_checkout(me, samples_dir)
    payload = (await buy(me))["payload"]
    # The payment was recorded, then the process died before making the files (no update handled it).
    outcome = await env.payments.record_payment(
        me.user.user_id, payload=payload, currency="XTR", total=150, charge_id="stxE-resume-1"
    )
    assert outcome.new and outcome.order is not None
    assert [o.id for o in await env.payments.waiting_for_delivery()] == [outcome.order.id]

    # The supervisor of the running process finds it on its next round (DELIVERY_SCAN_S).
    await me.expect("sendMessage", "delivery-making")
    assert [d.file.filename for d in await me.receive_files()] == FILES
    assert [o.status for o in await env.payments.orders(me.user.user_id)] == ["delivered"]
    await me.user.expect_silence(1.0)  # more rounds of the supervisor: delivered once, never twice


async def test_a_payment_whose_update_was_lost_is_found_in_the_stars_ledger(
    env: Env, samples_dir: Path
) -> None:
    """Telegram charged the user, but the bot died with the successful_payment update in hand."""
    me = Person(env, 9405)
    await to_checkout(me, samples_dir)
    invoice = await buy(me)
    assert (await me.user.pay_with_payload(invoice["payload"], 150))["ok"]
    content = updates.successful_payment(
        {"currency": "XTR", "total_amount": 150}, invoice["payload"], "stxE-lost-1"
    )
    env.server.state.record_charge(me.user.user_id, content["successful_payment"], None, None)  # no update
    await me.expect("sendMessage", "payment-thanks")
    await me.expect("sendMessage", "delivery-making")
    assert [d.file.filename for d in await me.receive_files()] == FILES
    [order] = await env.payments.orders(me.user.user_id)
    assert order.status == "delivered"
    assert await count(env, Payment, Payment.charge_id == "stxE-lost-1") == 1
    await me.user.expect_silence(1.0)  # later rounds read it again: nothing more


async def test_a_delivery_whose_process_died_is_taken_over_after_its_lease(
    env: Env, samples_dir: Path
) -> None:
    me = Person(env, 9403)
    await to_checkout(me, samples_dir)
    payload = (await buy(me))["payload"]
    outcome = await env.payments.record_payment(
        me.user.user_id, payload=payload, currency="XTR", total=150, charge_id="stxE-takeover-1"
    )
    assert outcome.order is not None and outcome.order.id is not None
    # Another bot process claimed it and died: its lease is never renewed.
    assert await env.payments.claim_delivery(outcome.order.id, timedelta(seconds=1.5), "dead-bot:1:abc")
    await me.user.expect_silence(1.0, method="sendMessage")  # the lease still holds: nobody steps in
    await me.expect("sendMessage", "delivery-making")
    assert [d.file.filename for d in await me.receive_files()] == FILES
    [order] = await env.payments.orders(me.user.user_id)
    assert (order.status, order.attempts) == ("delivered", 2)
    await me.user.expect_silence(1.0)


async def test_a_takeover_sends_only_the_files_the_dead_process_had_not_sent(
    env: Env, samples_dir: Path
) -> None:
    me = Person(env, 9406)
    await to_checkout(me, samples_dir)
    payload = (await buy(me))["payload"]
    outcome = await env.payments.record_payment(
        me.user.user_id, payload=payload, currency="XTR", total=150, charge_id="stxE-takeover-2"
    )
    assert outcome.order is not None and outcome.order.id is not None
    # A process claimed it, sent photo.jpg and the 4×6 sheet, and died before the rest.
    assert await env.payments.claim_delivery(outcome.order.id, timedelta(seconds=1), "dead-bot:2:abc")
    assert await env.payments.delivery_progress(outcome.order.id, "dead-bot:2:abc", 2)
    await me.expect("sendMessage", "delivery-making")
    assert [d.file.filename for d in await me.receive_files()] == FILES[2:]
    [order] = await env.payments.orders(me.user.user_id)
    assert (order.status, order.files_sent) == ("delivered", 4)
    await me.user.expect_silence(1.0)


async def test_a_delivery_that_keeps_failing_is_refunded_with_the_support_button(
    tmp_path: Path, samples_dir: Path
) -> None:
    async with RunningBot(
        tmp_path, free_mode=False, delivery_scan_s=0.2, delivery_retry_s=0, delivery_attempts=2
    ) as env:
        me = Person(env, 9404)
        await to_checkout(me, samples_dir)
        await buy(me)
        env.server.fail_next("sendDocument", error_code=500, chat_id=me.user.chat_id, times=2)
        charge = await me.user.pay()
        assert charge is not None
        await me.expect("sendMessage", "payment-thanks")
        await me.expect("sendMessage", "delivery-making")
        await me.expect("sendMessage", "delivery-delayed")  # told once: paid, nothing lost, files coming
        await me.expect("sendMessage", "delivery-making")
        refunded = await me.expect("sendMessage", "delivery-refunded", stars=150, credits=0)
        assert NavCb(to=Nav.support).pack() in me.buttons(refunded)
        assert env.server.state.charges[charge]["refunded"]
        [order] = await env.payments.orders(me.user.user_id)
        assert (order.status, order.attempts) == ("refunded", 2)
        await me.user.expect_silence(1.0)
        assert not [r for r in env.server.requests_for(me.user.chat_id, "sendDocument") if r.ok]


async def test_a_delivery_that_breaks_midway_stays_retryable(env: Env, samples_dir: Path) -> None:
    me = Person(env, 9402)
    await to_checkout(me, samples_dir)
    await buy(me)
    assert await me.user.pay() is not None
    await me.expect("sendMessage", "payment-thanks")
    await me.expect("sendMessage", "delivery-making")
    me.user.block()  # the files cannot go out (403): the paid order must not be stuck "delivering"
    for _ in range(100):
        [order] = await env.payments.orders(me.user.user_id)
        if order.status != "delivering":
            break
        await asyncio.sleep(0.1)
    assert (order.status, order.failure) == ("failed", "internal")
    assert await env.payments.plan_refund(order.id, user_id=me.user.user_id)  # refundable by its owner


# --- an update that met Redis away ------------------------------------------------------------------------


async def test_an_update_that_met_redis_away_is_handled_again_without_an_apology(env: Env) -> None:
    """Redis unreachable for longer than the client's own retries (bot/redis_options.py): the error
    handler feeds the same update again a moment later instead of apologising."""
    from redis.exceptions import ConnectionError as RedisConnectionError

    me = Person(env, 9501)
    await me.start_and_agree()
    await me.expect("sendMessage", "document-prompt")
    real_balance, calls = env.payments.balance, []

    async def balance_while_redis_is_away(user_id: int) -> int:
        calls.append(user_id)
        if len(calls) == 1:
            raise RedisConnectionError("Connection closed by server.")
        return await real_balance(user_id)

    env.payments.balance = balance_while_redis_is_away  # type: ignore[method-assign]
    await me.user.send_command("balance")
    await me.expect("sendMessage", "balance", balance=0)  # after the pause, from the second try
    assert calls == [me.user.user_id, me.user.user_id]
    await me.user.expect_silence(0.5)
    assert not [r for r in env.server.requests_for(me.user.chat_id) if r.text == me.t("error-temporary")]
