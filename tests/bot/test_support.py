"""The support desk end to end: a user's private chat and the staff's forum supergroup, both on the
fake Bot API, talking to the real bot (bot.app.build_dispatcher) with SUPPORT_CHAT_ID set.

Staff are members of the group (getChatMember); a restricted member is not staff. Every check reads
the Bot API calls the bot made (to the user's chat or to a topic) or the database behind them.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.conversation.callbacks import Nav, NavCb
from payments.models import AuditEntry
from tests.bot.test_checkout import DOC, FILES, buy, to_checkout
from tests.conversation_script import PROFILE, Person, selfie
from tests.fake_telegram import FakeGroupMember
from tests.fake_telegram.records import RecordedRequest
from tests.running_bot import Env, RunningBot

GROUP = -1001234567890


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    async with RunningBot(
        tmp_path, free_mode=False, support_chat_id=GROUP, support_rate_limit=100, support_rate_window_s=1.0
    ) as running:
        running.server.state.register_group(GROUP, "idphoto support")
        yield running


def staff(
    env: Env, user_id: int = 7001, name: str = "Alice", status: str = "administrator"
) -> FakeGroupMember:
    return FakeGroupMember(env.server, user_id, GROUP, name, status=status)


async def open_ticket(me: Person, desk: FakeGroupMember) -> int:
    """/support from a user who has agreed: the topic is made, the card posted; returns the thread id."""
    await me.user.send_command("support")
    opened = await me.expect("sendMessage", "support-opened")
    assert NavCb(to=Nav.back_to_bot).pack() in me.buttons(opened)
    created = await desk.wait_for("createForumTopic")
    assert created.params["name"] == f"{me.user.user_id} Test"
    thread = created.result["message_thread_id"]
    card = await desk.wait_for("sendMessage", thread_id=thread)
    assert f"User {me.user.user_id}" in (card.text or "")
    return thread


async def agreed(env: Env, user_id: int) -> Person:
    me = Person(env, user_id)
    await me.start_and_agree()
    await me.expect("sendMessage", "document-prompt")
    return me


async def audited(env: Env, action: str) -> list[AuditEntry]:
    async with env.payments.db.transaction() as session:
        from sqlmodel import select

        rows = await session.exec(select(AuditEntry).where(AuditEntry.action == action))
        return list(rows.all())


async def bot_says(member: FakeGroupMember, thread: int, fragment: str) -> RecordedRequest:
    """The bot's next message in the topic that contains `fragment` (its staff-side texts)."""
    return await member.wait_for(
        "sendMessage", thread_id=thread, predicate=lambda r: fragment in (r.text or "")
    )


# --- the whole ticket -----------------------------------------------------------------------------


async def test_open_relay_both_ways_edit_sync_two_staff_and_hand_back(env: Env) -> None:
    me = await agreed(env, 9501)
    alice, bob = staff(env), staff(env, 7002, "Bob", status="member")
    thread = await open_ticket(me, alice)

    # The user writes: the message is copied into the topic, not answered by the flow.
    sent = await me.user.send_text("My photo keeps failing")
    copy = await alice.wait_for("copyMessage", thread_id=thread)
    assert copy.params["from_chat_id"] == me.user.chat_id and copy.params["message_id"] == sent["message_id"]
    await me.user.expect_silence(0.5, method="sendMessage")

    # Staff answer in the topic: the user gets it from the bot, with no staff name on it.
    answer = await alice.send_text("Hi! Try a plain wall behind you.", thread)
    relayed = await me.user.wait_for("copyMessage")
    assert relayed.params["from_chat_id"] == GROUP and relayed.params["message_id"] == answer["message_id"]
    bob_answer = await bob.send_text("And face the window.", thread)
    second = await me.user.wait_for("copyMessage")
    assert second.params["message_id"] == bob_answer["message_id"]

    # Edits follow both ways.
    await me.user.edit_text(sent["message_id"], "My photo keeps failing the light check")
    edited = await alice.wait_for("editMessageText", thread_id=None)
    assert edited.params["chat_id"] == GROUP and edited.params["message_id"] == copy.result["message_id"]
    assert edited.params["text"] == "My photo keeps failing the light check"
    await alice.edit_text(answer["message_id"], "Hi! Try a plain white wall behind you.")
    mirrored = await me.user.wait_for("editMessageText")
    assert mirrored.params["message_id"] == relayed.result["message_id"]

    # An internal note stays in the topic.
    await alice.send_command("note", "asked about light twice", thread)
    await bot_says(alice, thread, "Note kept")
    await me.user.expect_silence(0.5)

    # /done hands the user back to the step they were on: free text is a document search again.
    await alice.send_command("done", thread_id=thread)
    await me.expect("sendMessage", "support-done")
    await alice.wait_for("closeForumTopic")
    await me.search("US passport", DOC)
    assert {e.actor_id for e in await audited(env, "ticket_close")} == {7001}
    assert len(await audited(env, "note")) == 1
    env.server.assert_no_failures(ignore=["deleteMessage"])


async def test_back_to_the_bot_closes_the_ticket_and_the_flow_resumes(env: Env) -> None:
    me = await agreed(env, 9502)
    alice = staff(env)
    thread = await open_ticket(me, alice)
    await me.press(NavCb(to=Nav.back_to_bot))
    await me.expect("sendMessage", "support-back")
    await bot_says(alice, thread, "went back")
    await me.search("US passport", DOC)  # answered by the flow, not relayed
    await alice.expect_silence(0.5, "copyMessage", thread_id=thread)

    # Staff may step in again at any time: writing in the topic reopens the ticket.
    await alice.send_text("One more tip: no glasses, please.", thread)
    await me.user.wait_for("copyMessage")
    await me.user.send_text("Thanks!")
    await alice.wait_for("copyMessage", thread_id=thread)


# --- who may do what ------------------------------------------------------------------------------


async def test_non_staff_members_and_forged_threads_reach_nobody(env: Env) -> None:
    me = await agreed(env, 9503)
    alice = staff(env)
    thread = await open_ticket(me, alice)
    env.server.state.register_group(GROUP, "idphoto support", members={7009: "member"})
    guest = staff(env, 7009, "Guest", status="member")
    guest.status = "restricted"  # a read-mostly guest of the group: not staff

    await guest.send_command("credit", "50 free money", thread)
    await bot_says(guest, thread, "Only staff")
    await guest.send_text("hello from a guest", thread)
    await me.user.expect_silence(0.7)
    assert await env.payments.balance(me.user.user_id) == 0

    # A topic the bot never made for a user (made by hand): commands and messages reach no one.
    other = await alice.create_topic("not a user")
    await alice.send_command("credit", "5 test", other)
    await alice.wait_for(
        "sendMessage", thread_id=other, predicate=lambda r: "belongs to no user" in (r.text or "")
    )
    await alice.send_text("is anyone there?", other)
    await me.user.expect_silence(0.7)
    assert await audited(env, "grant") == []


async def test_concurrent_first_messages_create_exactly_one_topic(env: Env) -> None:
    me = await agreed(env, 9504)
    support = env.dispatcher["support"]
    threads = await asyncio.gather(*(support.thread_of(me.user.user_id) for _ in range(8)))
    assert len(set(threads)) == 1
    created = [r for r in env.server.requests if r.method == "createForumTopic" and r.ok]
    assert len(created) == 1


# --- robustness -----------------------------------------------------------------------------------


async def test_a_deleted_topic_is_made_again(env: Env) -> None:
    me = await agreed(env, 9505)
    alice = staff(env)
    thread = await open_ticket(me, alice)
    bot = env.server.make_bot()
    try:
        await bot.delete_forum_topic(GROUP, thread)  # someone deleted the topic by hand
    finally:
        await bot.session.close()
    await me.user.send_text("are you still there?")
    failed = await alice.wait_for("copyMessage", include_failed=True)
    assert not failed.ok and "thread not found" in (failed.description or "").lower()
    remade = await alice.wait_for("createForumTopic")
    new_thread = remade.result["message_thread_id"]
    assert new_thread != thread
    await alice.wait_for("copyMessage", thread_id=new_thread)
    assert await env.dispatcher["support"].desk.user_of_thread(new_thread) == me.user.user_id
    assert await env.dispatcher["support"].desk.user_of_thread(thread) is None


async def test_a_user_who_blocked_the_bot_is_reported_in_the_topic(env: Env) -> None:
    me = await agreed(env, 9506)
    alice = staff(env)
    thread = await open_ticket(me, alice)
    me.user.block()
    await alice.send_text("Did that help?", thread)
    await alice.wait_for(
        "sendMessage", thread_id=thread, predicate=lambda r: "blocked the bot" in (r.text or "")
    )


async def test_service_messages_are_not_relayed_and_uncopyable_content_gets_a_note(env: Env) -> None:
    me = await agreed(env, 9507)
    alice = staff(env)
    thread = await open_ticket(me, alice)
    pinned = await alice.send_text("pin me", thread)
    await me.user.wait_for("copyMessage")
    await alice.pin_message(pinned["message_id"])  # a service message in the topic
    await me.user.expect_silence(0.7)
    await me.user.send_sticker()  # stickers copy fine
    await alice.wait_for("copyMessage", thread_id=thread)


async def test_group_flood_is_paced_and_coalesced(tmp_path: Path) -> None:
    settings = {"support_rate_limit": 10, "support_rate_window_s": 3.0}  # Telegram's 20 a minute, scaled
    async with RunningBot(tmp_path, free_mode=False, support_chat_id=GROUP, **settings) as env:
        env.server.state.register_group(GROUP, "idphoto support")
        env.server.state.group_rate_limit = (10, 3.0)
        me = await agreed(env, 9508)
        alice = staff(env)
        thread = await open_ticket(me, alice)
        for number in range(25):
            await me.user.send_text(f"line {number}")
        texts: list[str] = []
        deadline = asyncio.get_running_loop().time() + 30
        while not all(f"line {n}" in "\n".join(texts) for n in range(25)):
            assert asyncio.get_running_loop().time() < deadline, texts
            request = await alice.wait_for(("copyMessage", "sendMessage"), thread_id=thread, timeout=30)
            if request.method == "copyMessage":
                texts.append(env.server.state.message(GROUP, request.result["message_id"])["text"])
            else:
                texts.append(request.text or "")
        refused = [r for r in env.server.requests if r.error_code == 429]
        assert refused == [], [r.summary() for r in refused]
        assert len(texts) < 25  # the backlog was merged into fewer posts


# --- money and files from the topic ---------------------------------------------------------------


async def test_refund_credit_and_reprocess_from_the_topic_reach_the_user(env: Env, samples_dir: Path) -> None:
    me = Person(env, 9509)
    await to_checkout(me, samples_dir)
    await buy(me)
    charge = await me.user.pay()
    assert charge is not None
    await me.expect("sendMessage", "payment-thanks")
    await me.expect("sendMessage", "delivery-making")
    await me.receive_files()
    alice = staff(env)
    thread = await open_ticket(me, alice)
    await alice.wait_for("sendPhoto", thread_id=thread)  # the last selfie, as a thumbnail

    await alice.send_command("credit", "2 sorry for the trouble", thread)
    await bot_says(alice, thread, "+2 credits")
    await me.expect("sendMessage", "support-credited", credits=2, balance=2)

    await alice.send_command("reprocess", "bg=nonsense", thread)
    await bot_says(alice, thread, "failed")
    await alice.send_command("reprocess", "up=1", thread)
    await me.expect("sendMessage", "delivery-making")
    assert [d.file.filename for d in await me.receive_files()] == FILES
    await bot_says(alice, thread, "New files")
    await me.user.send_text("They look great")  # still talking to a person after the new files
    await alice.wait_for("copyMessage", thread_id=thread)

    [order] = await env.payments.orders(me.user.user_id)
    # Another user's order id typed in this topic is refused: a topic reaches its own user only.
    await env.payments.open_account(4242)
    other = await env.payments.create_order(4242, "credits_5")
    await env.payments.record_payment(
        4242, payload=other.payload, currency="XTR", total=other.order.stars, charge_id="stxE-other"
    )
    await alice.send_command("refund", str(other.order.id), thread)
    await bot_says(alice, thread, "not this user")
    assert [o.status for o in await env.payments.orders(4242)] == ["delivered"]
    await alice.send_command("refund", "#12x", thread)  # a typo refunds nothing
    await bot_says(alice, thread, "Usage: /refund")
    assert [o.status for o in await env.payments.orders(me.user.user_id)] == ["delivered"]
    await alice.send_command("refund", "", thread)
    await me.expect("sendMessage", "refund-done", stars=150, credits=0)
    await alice.wait_for(
        "sendMessage", thread_id=thread, predicate=lambda r: f"#{order.id} refunded" in (r.text or "")
    )
    assert env.server.state.charges[charge]["refunded"]
    assert [o.status for o in await env.payments.orders(me.user.user_id)] == ["refunded"]
    assert {e.actor_id for e in await audited(env, "refund")} == {7001}
    assert {e.actor_id for e in await audited(env, "reprocess")} == {7001}
    assert await env.payments.balance(me.user.user_id) == 2


async def test_ban_silences_the_user_and_delete_removes_the_topic(env: Env) -> None:
    me = await agreed(env, 9510)
    alice = staff(env)
    thread = await open_ticket(me, alice)
    await alice.send_command("ban", thread_id=thread)
    await bot_says(alice, thread, "banned")
    await me.user.send_text("hello?")  # dropped before any handler: neither answered nor relayed
    await me.user.expect_silence(0.7)
    await alice.expect_silence(0.5, "copyMessage", thread_id=thread)
    await alice.send_command("unban", thread_id=thread)
    await bot_says(alice, thread, "unbanned")
    await me.user.send_command("delete")
    await me.expect("sendMessage", "deleted", count=0)
    deleted = await alice.wait_for("deleteForumTopic")
    assert deleted.params["message_thread_id"] == thread
    assert await env.dispatcher["support"].desk.topic(me.user.user_id) is None


async def test_a_closed_topic_is_deleted_after_the_retention_period(env: Env) -> None:
    me = await agreed(env, 9511)
    alice = staff(env)
    thread = await open_ticket(me, alice)
    support = env.dispatcher["support"]
    assert await support.sweep(timedelta(hours=1)) == 0  # open tickets are never swept
    await alice.send_command("done", thread_id=thread)
    await me.expect("sendMessage", "support-done")
    assert await support.sweep(timedelta(hours=1)) == 0  # closed just now: kept for the retention period
    assert await support.sweep(timedelta(0)) == 1
    deleted = await alice.wait_for("deleteForumTopic")
    assert deleted.params["message_thread_id"] == thread
    assert await support.desk.topic(me.user.user_id) is None


async def test_paysupport_opens_a_ticket_with_the_orders_on_the_card(env: Env) -> None:
    me = await agreed(env, 9512)
    alice = staff(env)
    await me.user.send_command("paysupport")
    await me.expect("sendMessage", "paysupport", hours=72)
    await me.expect("sendMessage", "support-opened")
    created = await alice.wait_for("createForumTopic")
    card = await alice.wait_for("sendMessage", thread_id=created.result["message_thread_id"])
    assert "(/paysupport)" in (card.text or "") and "Balance: 0 credits" in (card.text or "")


async def test_a_person_is_offered_after_two_failed_selfies_in_a_row(env: Env, samples_dir: Path) -> None:
    me = Person(env, 9513)
    alice = staff(env)
    await me.start_and_agree("doc_us_passport")
    await me.guide("us_passport")
    for attempt in (1, 2):
        await me.user.send_photo(selfie(samples_dir, PROFILE))  # head turned: blocking
        await me.expect("sendMessage", "checks-running", document="US passport")
        verdict = await me.expect("editMessageText")
        assert (NavCb(to=Nav.support).pack() in me.buttons(verdict)) == (attempt == 2)
    await me.press(NavCb(to=Nav.support))
    await me.expect("sendMessage", "support-opened")
    created = await alice.wait_for("createForumTopic")
    card = await alice.wait_for("sendMessage", thread_id=created.result["message_thread_id"])
    assert "yaw:fail" in (card.text or "") and "Step: checks" in (card.text or "")
    await alice.wait_for("sendPhoto", thread_id=created.result["message_thread_id"])  # the selfie


async def test_photos_files_and_albums_reach_the_topic(env: Env, samples_dir: Path) -> None:
    me = await agreed(env, 9514)
    alice = staff(env)
    thread = await open_ticket(me, alice)
    album = await me.user.send_album([selfie(samples_dir), selfie(samples_dir, PROFILE)], caption="both")
    await me.user.send_document(b"%PDF-1.4 receipt", "receipt.pdf", "application/pdf")
    copies = [await alice.wait_for("copyMessage", thread_id=thread) for _ in range(3)]
    assert [c.params["message_id"] for c in copies[:2]] == [m["message_id"] for m in album]
    kinds = [env.server.state.message(GROUP, c.result["message_id"]) for c in copies]
    assert [("photo" in k, "document" in k) for k in kinds] == [(True, False), (True, False), (False, True)]
    await me.user.expect_silence(0.5, method="sendMessage")  # no engine checks while talking to a person
