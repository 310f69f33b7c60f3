"""The fake Bot API server, driven by the real aiogram Bot and Dispatcher over loopback HTTP.

Everything the bot tests rely on is checked here against aiogram's own parsing: updates FakeUser builds must
validate as aiogram types and reach the right handlers, files must round-trip byte for byte, Telegram's
limits must surface as aiogram's exceptions, and both long polling and webhook delivery must work.
"""

from __future__ import annotations

import asyncio
import io
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramNotFound,
    TelegramRetryAfter,
)
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    CallbackQuery,
    ChatMemberAdministrator,
    ChatMemberBanned,
    ChatMemberLeft,
    ChatMemberMember,
    ChatMemberOwner,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputMediaPhoto,
    LabeledPrice,
    Message,
    PreCheckoutQuery,
)
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web
from PIL import Image

from tests.fake_telegram import FakeGroupMember, FakeTelegramServer, FakeUser, GroupChat, WaitTimeout

USER_ID = 5001
SECRET = "webhook-secret_1"


def echo_router() -> Router:
    """A tiny bot: enough handlers to prove every kind of update parses and every reply path works."""
    router = Router()
    again = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Again", callback_data="again")]]
    )

    @router.message(CommandStart())
    async def start(message: Message, command: CommandObject) -> None:
        lang = message.from_user.language_code if message.from_user else None
        await message.answer(f"start payload={command.args} lang={lang}")

    @router.message(F.text == "webhook-reply")
    async def reply_in_webhook_body(message: Message):
        return message.answer("answered in the webhook response")  # a method object, not awaited

    @router.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(f"<b>echo</b> {message.text}", parse_mode="HTML", reply_markup=again)

    @router.callback_query(F.data == "again")
    async def press_again(callback: CallbackQuery) -> None:
        await callback.answer("again!")
        assert isinstance(callback.message, Message)
        await callback.message.edit_text(f"{callback.message.text} (pressed)")

    @router.message(F.photo)
    async def photo_back_as_document(message: Message, bot: Bot) -> None:
        largest = message.photo[-1]
        data = await bot.download(largest)
        assert data is not None
        caption = (
            f"{largest.width}x{largest.height} sizes={len(message.photo)} group={message.media_group_id}"
        )
        await message.answer_document(BufferedInputFile(data.getvalue(), "back.jpg"), caption=caption)

    @router.message(F.document)
    async def document(message: Message) -> None:
        doc = message.document
        assert doc is not None
        await message.answer(f"document {doc.file_name} {doc.mime_type} {doc.file_size}")

    @router.pre_checkout_query()
    async def checkout(query: PreCheckoutQuery) -> None:
        await query.answer(ok=True)

    @router.message(F.successful_payment)
    async def paid(message: Message) -> None:
        assert message.successful_payment is not None
        await message.answer(f"paid {message.successful_payment.total_amount}")

    @router.message()
    async def anything_else(message: Message) -> None:
        await message.answer(f"content {message.content_type.value}")

    return router


@pytest.fixture
async def server() -> AsyncIterator[FakeTelegramServer]:
    async with FakeTelegramServer() as fake:
        yield fake


@pytest.fixture
async def bot(server: FakeTelegramServer) -> AsyncIterator[Bot]:
    instance = Bot(server.token, session=AiohttpSession(api=TelegramAPIServer.from_base(server.url)))
    yield instance
    await instance.session.close()


@pytest.fixture
async def polling(server: FakeTelegramServer, bot: Bot) -> AsyncIterator[Dispatcher]:
    dispatcher = Dispatcher()
    dispatcher.include_router(echo_router())
    task = asyncio.create_task(
        dispatcher.start_polling(bot, handle_signals=False, polling_timeout=5, close_bot_session=False)
    )
    await server.wait_for("getMe", timeout=5)
    yield dispatcher
    await dispatcher.stop_polling()
    await task


@pytest.fixture
def user(server: FakeTelegramServer) -> FakeUser:
    return FakeUser(server, USER_ID, language_code="es", first_name="Ana")


@pytest.fixture(scope="module")
def selfie(samples_dir: Path) -> bytes:
    return (samples_dir / "db_000.jpg").read_bytes()


# --- long polling -------------------------------------------------------------------------------------------


async def test_command_with_payload_reaches_command_filter(polling: Dispatcher, user: FakeUser) -> None:
    await user.send_command("start", "ref_abc")
    reply = await user.wait_for("sendMessage")
    assert reply.params["text"] == "start payload=ref_abc lang=es"
    assert reply.message is not None
    assert reply.message["chat"] == {"id": USER_ID, "type": "private", "first_name": "Ana"}


async def test_text_echo_parses_html_and_shows_keyboard(polling: Dispatcher, user: FakeUser) -> None:
    await user.send_text("hello 42")
    reply = await user.wait_for("sendMessage")
    assert reply.params["text"] == "<b>echo</b> hello 42"  # what the bot sent, markup included
    assert reply.result["text"] == "echo hello 42"  # what Telegram stored after parsing the HTML
    assert reply.result["entities"] == [{"type": "bold", "offset": 0, "length": 4}]
    assert reply.reply_markup == {"inline_keyboard": [[{"text": "Again", "callback_data": "again"}]]}
    assert user.last_keyboard() == [[{"text": "Again", "callback_data": "again"}]]


async def test_button_press_answers_query_and_edits_message(polling: Dispatcher, user: FakeUser) -> None:
    await user.send_text("hi")
    sent = await user.wait_for("sendMessage")
    query_id = await user.press("again")
    answer = await user.wait_for("answerCallbackQuery")
    assert answer.params["callback_query_id"] == query_id
    assert user.callback_answer(query_id) == {"text": "again!"}
    edit = await user.wait_for("editMessageText")
    assert edit.params["message_id"] == sent.message_id
    # Telegram drops the inline keyboard when an edit does not repeat it; a real user has nothing to tap.
    assert user.last_message()["text"] == "echo hi (pressed)"
    assert user.last_keyboard() == []
    with pytest.raises(AssertionError, match=r"no message .* shows a button"):
        await user.press("again")


async def test_photo_round_trip_keeps_bytes(polling: Dispatcher, user: FakeUser, selfie: bytes) -> None:
    width, height = Image.open(io.BytesIO(selfie)).size
    message = await user.send_photo(selfie)
    sizes = message["photo"]
    assert sizes[-1]["width"] == width and sizes[-1]["height"] == height
    assert [max(s["width"], s["height"]) for s in sizes[:-1]] == [90, 320, 800]
    assert len({s["file_unique_id"] for s in sizes}) == len(sizes)

    back = await user.wait_for("sendDocument")
    assert back.files["document"].data == selfie  # downloaded via getFile + /file/, uploaded again
    assert back.files["document"].filename == "back.jpg"
    assert back.params["caption"] == f"{width}x{height} sizes=4 group=None"
    assert back.result["document"]["file_size"] == len(selfie)
    assert back.result["document"]["mime_type"] == "image/jpeg"
    downloads = user.server.downloads
    assert len(downloads) == 1 and downloads[0].startswith("photos/")


async def test_album_document_sticker_video_voice_arrive_as_telegram_sends_them(
    polling: Dispatcher, user: FakeUser, samples_dir: Path
) -> None:
    first, second = (samples_dir / "sample_003.jpg").read_bytes(), (samples_dir / "db_012.png").read_bytes()
    sent = await user.send_album([first, second])
    group = sent[0]["media_group_id"]
    assert sent[1]["media_group_id"] == group
    captions = [(await user.wait_for("sendDocument")).params["caption"] for _ in sent]
    assert all(caption.endswith(f"group={group}") for caption in captions)

    await user.send_document(second, "selfie.png", "image/png")
    reply = await user.wait_for("sendMessage")
    assert reply.params["text"] == f"document selfie.png image/png {len(second)}"

    for send, kind in (
        (user.send_sticker, "sticker"),
        (user.send_video, "video"),
        (user.send_voice, "voice"),
    ):
        await send()
        reply = await user.wait_for("sendMessage")
        assert reply.params["text"] == f"content {kind}"


async def test_payment_flow_and_refund(polling: Dispatcher, bot: Bot, user: FakeUser) -> None:
    await bot.send_invoice(
        USER_ID, "Photo", "Passport photo set", "order-1", "XTR", [LabeledPrice(label="x", amount=50)]
    )
    charge = await user.pay()
    assert charge is not None
    assert (await user.wait_for("sendMessage")).params["text"] == "paid 50"
    assert await bot.refund_star_payment(USER_ID, charge) is True
    with pytest.raises(TelegramBadRequest, match="CHARGE_ALREADY_REFUNDED"):
        await bot.refund_star_payment(USER_ID, charge)


async def test_restart_gets_unconfirmed_update_again(
    server: FakeTelegramServer, bot: Bot, user: FakeUser
) -> None:
    await user.send_text("one")
    first = await bot.get_updates(timeout=0)
    again = await bot.get_updates(timeout=0)  # no offset: nothing was confirmed, as after a crash
    assert [u.update_id for u in first] == [u.update_id for u in again] and first[0].message.text == "one"
    assert await bot.get_updates(offset=first[-1].update_id + 1, timeout=0) == []
    waiting = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    newer = asyncio.create_task(bot.get_updates(timeout=0))
    with pytest.raises(TelegramConflictError, match="terminated by other getUpdates"):
        await waiting
    assert await newer == []


# --- webhook ------------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
async def webhook_url(bot: Bot) -> AsyncIterator[str]:
    """aiogram's own webhook server (aiohttp) with the secret token, in the foreground mode."""
    dispatcher = Dispatcher()
    dispatcher.include_router(echo_router())
    app = web.Application()
    SimpleRequestHandler(dispatcher, bot, handle_in_background=False, secret_token=SECRET).register(
        app, "/hook"
    )
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = _free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield f"http://127.0.0.1:{port}/hook"
    await runner.cleanup()


async def test_webhook_delivery_with_secret(
    server: FakeTelegramServer, bot: Bot, user: FakeUser, webhook_url: str
) -> None:
    assert await bot.set_webhook(webhook_url, secret_token=SECRET) is True
    assert (await bot.get_webhook_info()).url == webhook_url
    with pytest.raises(TelegramConflictError, match="webhook is active"):
        await bot.get_updates(timeout=0)

    await user.send_text("over the hook")
    assert (await user.wait_for("sendMessage")).params["text"] == "<b>echo</b> over the hook"
    await user.send_text("webhook-reply")
    reply = await user.wait_for("sendMessage")
    assert reply.via_webhook_reply and reply.result["text"] == "answered in the webhook response"
    assert server.webhook_failures == []


async def test_webhook_with_wrong_secret_is_retried_until_accepted(
    server: FakeTelegramServer, user: FakeUser, webhook_url: str
) -> None:
    server.webhook_mode(webhook_url, "not-the-secret")
    await user.send_text("knock")
    with pytest.raises(WaitTimeout, match="webhook delivery failures"):
        await user.wait_for("sendMessage", timeout=0.5)
    assert {f.status for f in server.webhook_failures} == {401}
    server.webhook_mode(webhook_url, SECRET)
    assert (await user.wait_for("sendMessage")).params["text"] == "<b>echo</b> knock"


# --- limits and errors --------------------------------------------------------------------------------------


def _button(data: str, text: str = "Go") -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text=text, callback_data=data)]])


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"text": "x" * 4097}, "message is too long"),
        ({"text": ""}, "message text is empty"),
        ({"text": "a <tag> b", "parse_mode": "HTML"}, "can't parse entities: Unsupported start tag"),
        ({"text": "price 1.5", "parse_mode": "MarkdownV2"}, "Character '.' is reserved"),
        ({"text": "go", "reply_markup": _button("d" * 65)}, "BUTTON_DATA_INVALID"),
        ({"text": "go", "reply_markup": _button("ok", text="")}, "Text must be non-empty"),
        ({"text": "hi", "chat_id": 999}, "chat not found"),
    ],
)
async def test_limits_raise_bad_request(bot: Bot, user: FakeUser, kwargs: dict, error: str) -> None:
    with pytest.raises(TelegramBadRequest, match=error):
        await bot.send_message(**{"chat_id": user.chat_id, **kwargs})


async def test_html_becomes_plain_text_with_utf16_entities(bot: Bot, user: FakeUser) -> None:
    sent = await bot.send_message(user.chat_id, "😀 <i>a &amp; <b>b</b></i>", parse_mode="HTML")
    assert sent.text == "😀 a & b"
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [("italic", 3, 5), ("bold", 7, 1)]
    with pytest.raises(TelegramBadRequest, match='end tag corresponding to start tag "b"'):
        await bot.send_message(user.chat_id, "<b>open", parse_mode="HTML")


async def test_limits_at_the_edge_pass(bot: Bot, user: FakeUser, selfie: bytes) -> None:
    await bot.send_message(user.chat_id, "é" * 4096, reply_markup=_button("d" * 64))
    photo = await bot.send_photo(user.chat_id, BufferedInputFile(selfie, "p.jpg"), caption="c" * 1024)
    with pytest.raises(TelegramBadRequest, match="message caption is too long"):
        await bot.edit_message_caption(chat_id=user.chat_id, message_id=photo.message_id, caption="c" * 1025)
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_caption(chat_id=user.chat_id, message_id=photo.message_id, caption="c" * 1024)


async def test_files_over_20_mb_are_refused_by_get_file(bot: Bot, user: FakeUser) -> None:
    small = await user.send_document(b"%PDF-1.4 small", "small.pdf", "application/pdf")
    big = await user.send_document(bytes(20 * 1024 * 1024 + 1), "big.pdf", "application/pdf")
    assert big["document"]["file_size"] == 20 * 1024 * 1024 + 1
    file = await bot.get_file(small["document"]["file_id"])
    assert (await bot.download_file(file.file_path)).getvalue() == b"%PDF-1.4 small"
    with pytest.raises(TelegramBadRequest, match="file is too big"):
        await bot.get_file(big["document"]["file_id"])


async def test_flood_limit_and_injected_429_surface_as_retry_after(
    server: FakeTelegramServer, bot: Bot, user: FakeUser
) -> None:
    server.set_flood_limit(2, per_seconds=60, retry_after=3)
    await bot.send_message(user.chat_id, "1")
    await bot.send_chat_action(user.chat_id, "typing")  # chat actions do not count
    await bot.send_message(user.chat_id, "2")
    with pytest.raises(TelegramRetryAfter) as caught:
        await bot.send_message(user.chat_id, "3")
    assert caught.value.retry_after == 3
    server.set_flood_limit(None)
    server.fail_next("sendDocument", error_code=429, retry_after=7)
    with pytest.raises(TelegramRetryAfter) as caught:
        await bot.send_document(user.chat_id, BufferedInputFile(b"x", "x.txt"))
    assert caught.value.retry_after == 7
    assert (await bot.send_document(user.chat_id, BufferedInputFile(b"x", "x.txt"))).document is not None
    user.block()
    with pytest.raises(TelegramForbiddenError, match="blocked by the user"):
        await bot.send_message(user.chat_id, "4")


async def test_unknown_method_is_recorded_with_telegram_404(server: FakeTelegramServer, bot: Bot) -> None:
    with pytest.raises(TelegramNotFound):
        await bot.export_chat_invite_link(USER_ID)  # real method the fake lacks: the test must notice
    url = f"{server.url}/bot{server.token}/sendPigeon"
    async with aiohttp.ClientSession() as session, session.post(url, data={"chat_id": "1"}) as response:
        assert response.status == 404
        assert await response.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert server.unknown_methods == ["exportChatInviteLink", "sendPigeon"]
    with pytest.raises(AssertionError, match="sendPigeon"):
        server.assert_no_failures()


# --- uploads, edits, commands and the simple stubs ----------------------------------------------------------


async def test_media_group_and_edit_media_keep_uploaded_files(
    bot: Bot, user: FakeUser, selfie: bytes, samples_dir: Path
) -> None:
    other = (samples_dir / "sample_003.jpg").read_bytes()
    album = await bot.send_media_group(
        user.chat_id,
        [
            InputMediaPhoto(media=BufferedInputFile(selfie, "a.jpg")),
            InputMediaPhoto(media=BufferedInputFile(other, "b.jpg")),
        ],
    )
    request = await user.wait_for("sendMediaGroup")
    assert request.files["media.0"].data == selfie and request.files["media.1"].data == other
    assert album[0].media_group_id == album[1].media_group_id is not None
    edited = await bot.edit_message_media(
        InputMediaPhoto(media=BufferedInputFile(other, "c.jpg"), caption="new"),
        chat_id=user.chat_id,
        message_id=album[0].message_id,
    )
    assert edited.caption == "new" and (await user.wait_for("editMessageMedia")).files["media"].data == other
    assert user.server.file(edited.photo[-1].file_id).data == other
    assert await bot.delete_message(user.chat_id, album[1].message_id) is True
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(user.chat_id, album[1].message_id)


async def test_commands_recorded_per_language(server: FakeTelegramServer, bot: Bot) -> None:
    commands = [
        BotCommand(command="start", description="Empezar"),
        BotCommand(command="help", description="Ayuda"),
    ]
    assert await bot.set_my_commands(commands, language_code="es") is True
    assert server.commands("es") == [
        {"command": "start", "description": "Empezar"},
        {"command": "help", "description": "Ayuda"},
    ]
    assert server.commands("") == []
    assert [c.command for c in await bot.get_my_commands(language_code="es")] == ["start", "help"]
    with pytest.raises(TelegramBadRequest, match="BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand(command="/start", description="x")])


async def test_topics_copy_and_chat_member_stubs(bot: Bot, user: FakeUser) -> None:
    topic = await bot.create_forum_topic(user.chat_id, "Order 1")
    assert await bot.edit_forum_topic(user.chat_id, topic.message_thread_id, name="Order 1 (paid)") is True
    assert await bot.close_forum_topic(user.chat_id, topic.message_thread_id) is True
    assert await bot.delete_forum_topic(user.chat_id, topic.message_thread_id) is True
    with pytest.raises(TelegramBadRequest, match="TOPIC_ID_INVALID"):
        await bot.close_forum_topic(user.chat_id, topic.message_thread_id)
    original = await user.send_text("keep this")
    copied = await bot.copy_message(user.chat_id, user.chat_id, original["message_id"])
    assert user.server.message(user.chat_id, copied.message_id)["text"] == "keep this"
    member = await bot.get_chat_member(user.chat_id, user.user_id)
    assert member.status == "member" and member.user.language_code == "es"


async def test_wait_for_timeout_lists_what_the_bot_did(bot: Bot, user: FakeUser) -> None:
    await bot.send_message(user.chat_id, "not a document")
    with pytest.raises(
        WaitTimeout, match=r"(?s)no sendDocument call to chat 5001.*sendMessage .*'not a document'"
    ):
        await user.wait_for("sendDocument", timeout=0.2)


# --- Telegram Stars: invoice links, subscriptions, replays, forgeries and refunds ---------------------------

MONTH = 2592000
PAID_AT = 1_750_000_000  # a fixed clock, as the payments service's tests use


def stars_router(seen: list[Message]) -> Router:
    """A shop that approves only its own payloads and reports every payment and refund it is told about."""
    router = Router()

    @router.pre_checkout_query()
    async def checkout(query: PreCheckoutQuery) -> None:
        known = query.invoice_payload.startswith(("order-", "sub-"))
        await query.answer(ok=known, error_message=None if known else "Unknown invoice")

    @router.message(F.successful_payment)
    async def paid(message: Message) -> None:
        seen.append(message)
        await message.answer(f"paid {message.successful_payment.telegram_payment_charge_id}")

    @router.message(F.refunded_payment)
    async def refunded(message: Message) -> None:
        seen.append(message)
        refund = message.refunded_payment
        await message.answer(f"refunded {refund.total_amount} {refund.invoice_payload}")

    return router


@pytest.fixture
async def stars(server: FakeTelegramServer, bot: Bot) -> AsyncIterator[list[Message]]:
    """Polls with ``stars_router``; yields the payment and refund messages the bot received, as aiogram parsed
    them."""
    seen: list[Message] = []
    dispatcher = Dispatcher()
    dispatcher.include_router(stars_router(seen))
    task = asyncio.create_task(
        dispatcher.start_polling(bot, handle_signals=False, polling_timeout=5, close_bot_session=False)
    )
    await server.wait_for("getMe", timeout=5)
    yield seen
    await dispatcher.stop_polling()
    await task


def _star(amount: int) -> list[LabeledPrice]:
    return [LabeledPrice(label="Stars", amount=amount)]


async def test_create_invoice_link_validates_like_telegram(server: FakeTelegramServer, bot: Bot) -> None:
    link = await bot.create_invoice_link(
        "Monthly", "30 photos", "sub-1", "XTR", _star(100), subscription_period=MONTH
    )
    assert link.startswith("https://t.me/$")
    assert server.state.invoice_links[link]["subscription_period"] == MONTH
    once = await bot.create_invoice_link("One set", "A photo set", "order-1", "XTR", _star(50))
    assert once != link and server.state.invoice_links[once]["subscription_period"] is None
    for kwargs, error in [
        ({"subscription_period": 86400}, "SUBSCRIPTION_PERIOD_INVALID"),
        ({"currency": "USD", "subscription_period": MONTH}, "SUBSCRIPTION_PERIOD_INVALID"),
        ({"prices": _star(10001), "subscription_period": MONTH}, "SUBSCRIPTION_PRICE_INVALID"),
        ({"title": "t" * 33}, "INVOICE_TITLE_INVALID"),
        ({"description": ""}, "description is empty"),
        ({"payload": "p" * 129}, "INVOICE_PAYLOAD_INVALID"),
        ({"prices": _star(1) + _star(2)}, "CURRENCY_TOTAL_AMOUNT_INVALID"),
    ]:
        params = {"title": "T", "description": "D", "payload": "sub-1", "currency": "XTR", "prices": _star(5)}
        with pytest.raises(TelegramBadRequest, match=error):
            await bot.create_invoice_link(**{**params, **kwargs})


async def test_subscription_link_first_payment_then_renewals_without_pre_checkout(
    server: FakeTelegramServer, bot: Bot, user: FakeUser, stars: list[Message]
) -> None:
    link = await bot.create_invoice_link(
        "Monthly", "30 photos", "sub-1", "XTR", _star(100), subscription_period=MONTH
    )
    first = await user.pay_link(link, now=PAID_AT)
    assert first is not None
    assert server.requests_for(user.chat_id, "answerPreCheckoutQuery")[-1].params["ok"] is True
    assert (await user.wait_for("sendMessage")).params["text"] == f"paid {first}"
    payment = stars[-1].successful_payment
    assert (payment.invoice_payload, payment.total_amount, payment.currency) == ("sub-1", 100, "XTR")
    assert payment.is_recurring is True and payment.is_first_recurring is True
    assert payment.subscription_expiration_date == PAID_AT + MONTH
    assert stars[-1].date.timestamp() == PAID_AT

    checkouts = len(server.requests_for(user.chat_id, "answerPreCheckoutQuery"))
    second = await user.renew_subscription(link, now=PAID_AT + MONTH)
    assert (await user.wait_for("sendMessage")).params["text"] == f"paid {second}"
    renewal = stars[-1].successful_payment
    assert second != first and renewal.telegram_payment_charge_id == second
    assert renewal.is_recurring is True and renewal.is_first_recurring is False
    assert renewal.subscription_expiration_date == PAID_AT + 2 * MONTH
    third = await user.renew_subscription(link, first, expires_at=PAID_AT + 5 * MONTH)
    await user.wait_for("sendMessage")
    assert stars[-1].successful_payment.subscription_expiration_date == PAID_AT + 5 * MONTH
    assert len(server.requests_for(user.chat_id, "answerPreCheckoutQuery")) == checkouts
    assert server.state.subscriptions[(user.user_id, link)]["charge_ids"] == [first, second, third]

    assert await bot.edit_user_star_subscription(user.user_id, second, is_canceled=True) is True
    with pytest.raises(AssertionError, match="canceled"):
        await user.renew_subscription(link)
    assert await bot.edit_user_star_subscription(user.user_id, third, is_canceled=False) is True
    await user.renew_subscription(link)
    with pytest.raises(TelegramBadRequest, match="CHARGE_NOT_FOUND"):
        await bot.edit_user_star_subscription(user.user_id + 1, first, is_canceled=True)

    history = (await bot.get_star_transactions()).transactions
    assert [t.id for t in history][:3] == [first, second, third] and len(history) == 4
    assert history[0].source.subscription_period == MONTH and history[0].source.invoice_payload == "sub-1"
    assert len((await bot.get_star_transactions(offset=3, limit=10)).transactions) == 1


async def test_one_off_link_and_declined_link(bot: Bot, user: FakeUser, stars: list[Message]) -> None:
    link = await bot.create_invoice_link("One set", "A photo set", "order-9", "XTR", _star(50))
    charge = await user.pay_link(link)
    await user.wait_for("sendMessage")
    payment = stars[-1].successful_payment
    assert payment.telegram_payment_charge_id == charge and payment.is_recurring is None
    with pytest.raises(AssertionError, match="no subscription"):
        await user.renew_subscription(link)
    foreign = await bot.create_invoice_link("Other", "Not ours", "other-1", "XTR", _star(5))
    assert await user.pay_link(foreign) is None  # the bot declined the pre-checkout query
    with pytest.raises(AssertionError, match="createInvoiceLink"):
        await user.pay_link("https://t.me/$never-made")


async def test_refunds_push_refunded_payment_from_bot_and_from_telegram(
    server: FakeTelegramServer, bot: Bot, user: FakeUser, stars: list[Message]
) -> None:
    charges = []
    for number in range(3):
        await bot.send_invoice(
            user.chat_id, "Photo", "Passport photo set", f"order-{number}", "XTR", _star(50)
        )
        charges.append(await user.pay())
        await user.wait_for("sendMessage", predicate=lambda r: r.params["text"].startswith("paid"))

    assert await bot.refund_star_payment(user.user_id, charges[0]) is True
    assert (await user.wait_for("sendMessage")).params["text"] == "refunded 50 order-0"
    refund = stars[-1].refunded_payment
    assert (refund.currency, refund.telegram_payment_charge_id) == ("XTR", charges[0])
    assert stars[-1].from_user.id == user.user_id

    message = await user.refund_from_telegram(charges[1])
    assert message["refunded_payment"]["invoice_payload"] == "order-1"
    assert (await user.wait_for("sendMessage")).params["text"] == "refunded 50 order-1"
    with pytest.raises(TelegramBadRequest, match="CHARGE_ALREADY_REFUNDED"):
        await bot.refund_star_payment(user.user_id, charges[1])
    with pytest.raises(AssertionError, match="already refunded"):
        await user.refund_from_telegram(charges[1])

    server.push_refunded_payment = False
    assert await bot.refund_star_payment(user.user_id, charges[2]) is True
    await user.expect_silence(0.3, method="sendMessage")
    receivers = [t for t in (await bot.get_star_transactions()).transactions if t.receiver is not None]
    assert [t.id for t in receivers] == charges


async def test_replayed_and_forged_payments_reach_the_bot(
    bot: Bot, user: FakeUser, stars: list[Message]
) -> None:
    await bot.send_invoice(user.chat_id, "Photo", "Passport photo set", "order-1", "XTR", _star(50))
    charge = await user.pay()
    await user.wait_for("sendMessage")
    replay = await user.resend_successful_payment(charge)
    await user.wait_for("sendMessage")
    assert stars[-1].message_id == replay["message_id"] != stars[-2].message_id
    assert stars[-1].successful_payment == stars[-2].successful_payment

    assert await user.pay_with_payload("order-1", 1) == {"ok": True, "error_message": None}
    assert await user.pay_with_payload("crafted", 1) == {"ok": False, "error_message": "Unknown invoice"}
    forged = await user.send_successful_payment("order-1", 5000, "stxEforged", is_recurring=True)
    assert (await user.wait_for("sendMessage")).params["text"] == "paid stxEforged"
    assert stars[-1].successful_payment.total_amount == 5000 and stars[-1].successful_payment.is_recurring
    assert forged["successful_payment"]["telegram_payment_charge_id"] == "stxEforged"
    with pytest.raises(TelegramBadRequest, match="CHARGE_NOT_FOUND"):
        await bot.refund_star_payment(user.user_id, "stxEforged")
    with pytest.raises(AssertionError, match="no charge"):
        await user.refund_from_telegram("stxEforged")


async def test_redelivered_update_keeps_its_update_id(
    server: FakeTelegramServer, bot: Bot, user: FakeUser, webhook_url: str
) -> None:
    await user.send_text("once")
    first = await bot.get_updates(timeout=0)
    assert await user.redeliver_last_update() == first[0].update_id  # still pending: not queued twice
    assert [u.update_id for u in await bot.get_updates(timeout=0)] == [first[0].update_id]
    assert await bot.get_updates(offset=first[0].update_id + 1, timeout=0) == []
    with pytest.raises(AssertionError, match="confirmed by getUpdates offset"):
        await user.redeliver_last_update()

    server.webhook_mode(webhook_url, SECRET)
    await user.send_text("twice")
    assert (await user.wait_for("sendMessage")).params["text"] == "<b>echo</b> twice"
    update_id = await user.redeliver_last_update()
    assert server.updates.history[update_id]["message"]["text"] == "twice"
    assert (await user.wait_for("sendMessage")).params["text"] == "<b>echo</b> twice"
    assert server.webhook_failures == []


# --- forum supergroups: a support desk with one topic per user ----------------------------------------------

GROUP_ID = -1001234567890
STAFF_ID, MEMBER_ID, KICKED_ID, OWNER_ID = 7001, 7002, 7003, 7004


@pytest.fixture
def desk_group(server: FakeTelegramServer) -> GroupChat:
    return server.state.register_group(
        GROUP_ID,
        "Support",
        members={STAFF_ID: "administrator", MEMBER_ID: "member", KICKED_ID: "kicked", OWNER_ID: "creator"},
    )


@pytest.fixture
def staff(server: FakeTelegramServer, desk_group: GroupChat) -> FakeGroupMember:
    return FakeGroupMember(server, STAFF_ID, GROUP_ID, first_name="Sam", username="sam_support")


def desk_router(topics: dict[int, int], seen: list[Message]) -> Router:
    """A miniature support desk: private messages are copied into the user's topic (created on first
    contact), staff messages in a topic are copied back to the user, edits are mirrored both ways, /note is
    answered in the topic, and what cannot be copied gets a note instead of an error."""
    router = Router()
    copies: dict[tuple[int, int], tuple[int, int]] = {}  # (chat, message) -> (chat, its copy)

    @router.message(F.chat.type == "private")
    async def from_user(message: Message, bot: Bot) -> None:
        assert message.from_user is not None
        if message.chat.id not in topics:
            topic = await bot.create_forum_topic(GROUP_ID, message.from_user.first_name)
            topics[message.chat.id] = topic.message_thread_id
        copied = await message.copy_to(GROUP_ID, message_thread_id=topics[message.chat.id])
        copies[(message.chat.id, message.message_id)] = (GROUP_ID, copied.message_id)

    @router.message(F.chat.id == GROUP_ID, Command("note"))
    async def note(message: Message, command: CommandObject) -> None:
        seen.append(message)
        await message.answer(f"noted: {command.args}")  # aiogram keeps the topic of a topic message

    @router.message(F.chat.id == GROUP_ID, F.is_topic_message)
    async def from_staff(message: Message) -> None:
        seen.append(message)
        user_id = next(user for user, thread in topics.items() if thread == message.message_thread_id)
        try:
            copied = await message.copy_to(user_id)
        except TelegramBadRequest as error:
            await message.answer(f"not sent to the user: {error.message}")
            return
        copies[(message.chat.id, message.message_id)] = (user_id, copied.message_id)

    @router.edited_message()
    async def edited(message: Message, bot: Bot) -> None:
        seen.append(message)
        chat_id, copy_id = copies[(message.chat.id, message.message_id)]
        if message.text is not None:
            await bot.edit_message_text(message.text, chat_id=chat_id, message_id=copy_id)
        else:
            await bot.edit_message_caption(chat_id=chat_id, message_id=copy_id, caption=message.caption)

    return router


@pytest.fixture
async def desk(
    server: FakeTelegramServer, bot: Bot, desk_group: GroupChat
) -> AsyncIterator[tuple[dict[int, int], list[Message]]]:
    """Polls with ``desk_router``; yields (user id -> topic, group messages and edits as aiogram parsed
    them)."""
    topics: dict[int, int] = {}
    seen: list[Message] = []
    dispatcher = Dispatcher()
    dispatcher.include_router(desk_router(topics, seen))
    task = asyncio.create_task(
        dispatcher.start_polling(bot, handle_signals=False, polling_timeout=5, close_bot_session=False)
    )
    await server.wait_for("getMe", timeout=5)
    yield topics, seen
    await dispatcher.stop_polling()
    await task


async def test_topic_lifecycle_and_message_thread_not_found(
    server: FakeTelegramServer, bot: Bot, desk_group: GroupChat, staff: FakeGroupMember, selfie: bytes
) -> None:
    topic = await bot.create_forum_topic(GROUP_ID, "Ana #5001")
    thread = topic.message_thread_id
    created = server.message(GROUP_ID, thread)
    assert created["forum_topic_created"] == {"name": "Ana #5001", "icon_color": 7322096}
    assert created["message_thread_id"] == thread and created["is_topic_message"] is True

    sent = await bot.send_message(GROUP_ID, "hello", message_thread_id=thread)
    assert sent.message_id == thread + 1 and sent.message_thread_id == thread and sent.is_topic_message
    assert sent.chat.type == "supergroup" and sent.chat.is_forum
    # Telegram files every topic message as a reply to the topic's creation message
    assert sent.reply_to_message.forum_topic_created.name == "Ana #5001"
    photo = await bot.send_photo(GROUP_ID, BufferedInputFile(selfie, "a.jpg"), message_thread_id=thread)
    doc = await bot.send_document(GROUP_ID, BufferedInputFile(b"%PDF", "a.pdf"), message_thread_id=thread)
    assert photo.message_thread_id == doc.message_thread_id == thread
    reply = await bot.send_message(
        GROUP_ID, "threaded by reply", reply_parameters={"message_id": sent.message_id}
    )
    assert reply.message_thread_id == thread and reply.reply_to_message.message_id == sent.message_id
    edited = await bot.edit_message_text("hello!", chat_id=GROUP_ID, message_id=sent.message_id)
    assert edited.message_thread_id == thread and edited.text == "hello!"

    with pytest.raises(TelegramBadRequest, match="Bad Request: message thread not found"):
        await bot.send_message(GROUP_ID, "nowhere", message_thread_id=thread + 100)
    general = await bot.send_message(GROUP_ID, "general")
    assert general.message_thread_id is None and general.is_topic_message is None

    assert await bot.close_forum_topic(GROUP_ID, thread) is True
    assert server.messages(GROUP_ID, thread)[-1]["forum_topic_closed"] == {}
    await bot.send_message(GROUP_ID, "the bot is an admin", message_thread_id=thread)
    await staff.send_text("so is Sam", thread)
    member = FakeGroupMember(server, MEMBER_ID, GROUP_ID, first_name="Max")
    with pytest.raises(AssertionError, match="closed"):
        await member.send_text("let me in", thread)
    assert await bot.reopen_forum_topic(GROUP_ID, thread) is True
    await member.send_text("thanks", thread)
    with pytest.raises(TelegramBadRequest, match="TOPIC_NOT_MODIFIED"):
        await bot.edit_forum_topic(GROUP_ID, thread, name="Ana #5001")
    assert await bot.edit_forum_topic(GROUP_ID, thread, name="Ana (refunded)") is True
    assert server.messages(GROUP_ID, thread)[-1]["forum_topic_edited"] == {"name": "Ana (refunded)"}

    assert await bot.delete_forum_topic(GROUP_ID, thread) is True
    assert server.messages(GROUP_ID, thread) == []  # the topic's messages go with it
    for call in (
        bot.send_message(GROUP_ID, "too late", message_thread_id=thread),
        bot.copy_message(GROUP_ID, GROUP_ID, general.message_id, message_thread_id=thread),
        bot.send_media_group(
            GROUP_ID,
            [InputMediaPhoto(media=BufferedInputFile(selfie, f"{i}.jpg")) for i in range(2)],
            message_thread_id=thread,
        ),
    ):
        with pytest.raises(TelegramBadRequest, match="message thread not found"):
            await call
    with pytest.raises(AssertionError, match="no topic"):
        await staff.send_text("gone", thread)

    server.state.register_group(-1009999999999, "Plain", is_forum=False)
    with pytest.raises(TelegramBadRequest, match="the chat is not a forum"):
        await bot.create_forum_topic(-1009999999999, "x")
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_message(-1009999999999, "x", message_thread_id=1)
    info = await bot.get_chat(GROUP_ID)
    assert (info.type, info.title, info.is_forum) == ("supergroup", "Support", True)


async def test_get_chat_member_answers_real_statuses(
    server: FakeTelegramServer, bot: Bot, user: FakeUser, staff: FakeGroupMember
) -> None:
    expected = {
        STAFF_ID: ChatMemberAdministrator,
        MEMBER_ID: ChatMemberMember,
        KICKED_ID: ChatMemberBanned,
        OWNER_ID: ChatMemberOwner,
        424242: ChatMemberLeft,  # never in the group
        server.state.bot_user["id"]: ChatMemberAdministrator,
    }
    for user_id, kind in expected.items():
        member = await bot.get_chat_member(GROUP_ID, user_id)
        assert isinstance(member, kind), (user_id, member)
        assert member.user.id == user_id
    sam = await bot.get_chat_member(GROUP_ID, STAFF_ID)
    assert sam.user.username == "sam_support" and sam.can_manage_topics and sam.can_be_edited
    me = await bot.get_chat_member(GROUP_ID, server.state.bot_user["id"])
    assert me.can_manage_topics and not me.can_be_edited and me.user.is_bot
    assert (await bot.get_chat_member(GROUP_ID, user.user_id)).user.first_name == "Ana"  # known, not a member

    staff.status = "left"
    assert (await bot.get_chat_member(GROUP_ID, STAFF_ID)).status == "left"
    with pytest.raises(AssertionError, match="left"):
        await staff.send_text("bye")
    admins = await bot.get_chat_administrators(GROUP_ID)
    assert {a.user.id for a in admins} == {OWNER_ID, server.state.bot_user["id"]}
    private = await bot.get_chat_member(user.chat_id, user.user_id)  # private chats keep their behaviour
    assert private.status == "member" and private.user.language_code == "es"


async def test_desk_copies_both_ways_and_mirrors_edits(
    desk: tuple[dict[int, int], list[Message]],
    server: FakeTelegramServer,
    user: FakeUser,
    staff: FakeGroupMember,
    selfie: bytes,
) -> None:
    topics, seen = desk
    first = await user.send_text("/help my photo was rejected")
    created = await staff.wait_for("createForumTopic")
    thread = topics[user.user_id]
    assert created.result["message_thread_id"] == thread and created.result["name"] == "Ana"
    copied = await staff.wait_for("copyMessage", thread_id=thread)
    in_topic = server.message(GROUP_ID, copied.result["message_id"])
    assert in_topic["text"] == first["text"] and in_topic["entities"] == first["entities"]
    assert in_topic["message_thread_id"] == thread and in_topic["from"]["is_bot"]

    answer = await staff.send_text("We're on it", thread)
    back = await user.wait_for("copyMessage")
    assert user.last_message()["text"] == "We're on it" and back.params["from_chat_id"] == GROUP_ID
    parsed = seen[-1]
    assert parsed.message_thread_id == thread and parsed.is_topic_message
    assert parsed.from_user.id == STAFF_ID and parsed.chat.id == GROUP_ID
    assert parsed.reply_to_message.forum_topic_created is not None  # not a reply to anything the bot said

    await staff.send_command("note", "vip customer", thread, mention=True)
    noted = await staff.wait_for("sendMessage", thread_id=thread)
    assert noted.params["text"] == "noted: vip customer" and noted.params["message_thread_id"] == thread
    assert seen[-1].text == "/note@idphoto_test_bot vip customer"
    await user.expect_silence(0.2)  # staff commands stay in the group

    await staff.edit_text(answer["message_id"], "We're on it!")
    await user.wait_for("editMessageText")
    assert user.last_message()["text"] == "We're on it!" and seen[-1].edit_date is not None
    await user.edit_text(first["message_id"], "/help nevermind")
    edit = await staff.wait_for("editMessageText", thread_id=thread)
    assert server.message(GROUP_ID, edit.params["message_id"])["text"] == "/help nevermind"

    photo = await user.send_photo(selfie, caption="like this?")
    await staff.wait_for("copyMessage", thread_id=thread)
    mirrored = staff.bot_messages(thread)[-1]
    assert mirrored["photo"] == photo["photo"] and mirrored["caption"] == "like this?"
    await user.edit_caption(photo["message_id"], "like this!")
    await staff.wait_for("editMessageCaption", thread_id=thread)
    assert staff.last_message(thread)["caption"] == "like this!"

    await staff.pin_message(answer["message_id"])
    refused = await user.wait_for("copyMessage", include_failed=True)  # the copy was meant for the user
    assert not refused.ok and refused.description == "Bad Request: message can't be copied"
    note = await staff.wait_for("sendMessage", thread_id=thread)
    assert note.params["text"] == "not sent to the user: Bad Request: message can't be copied"
    assert seen[-1].pinned_message is not None
    server.assert_no_failures(ignore=["copyMessage"])


async def test_copy_message_fidelity_and_what_cannot_be_copied(
    server: FakeTelegramServer, bot: Bot, user: FakeUser, staff: FakeGroupMember, selfie: bytes
) -> None:
    thread = (await bot.create_forum_topic(GROUP_ID, "Ana")).message_thread_id
    sources = [
        await user.send_text("/start ref"),
        await user.send_photo(selfie, caption="caption"),
        await user.send_document(b"%PDF-1.4", "form.pdf", "application/pdf", caption="form"),
        await user.send_video(),
        await user.send_voice(),
        await user.send_sticker(),
    ]
    for source in sources:
        copied = await bot.copy_message(
            GROUP_ID, user.chat_id, source["message_id"], message_thread_id=thread
        )
        stored = server.message(GROUP_ID, copied.message_id)
        assert stored["message_thread_id"] == thread and stored["chat"]["id"] == GROUP_ID
        content = {k: v for k, v in source.items() if k not in ("message_id", "from", "chat", "date")}
        assert {k: stored[k] for k in content} == content
    recaptioned = await bot.copy_message(
        user.chat_id, user.chat_id, sources[1]["message_id"], caption="<b>new</b>", parse_mode="HTML"
    )
    stored = server.message(user.chat_id, recaptioned.message_id)
    assert stored["caption"] == "new" and stored["caption_entities"][0]["type"] == "bold"

    charge = await user.send_successful_payment("order-1", 50)
    invoice = await bot.send_invoice(user.chat_id, "Photo", "Set", "order-2", "XTR", _star(5))
    quiz = await user._send(poll={"id": "1", "question": "?", "type": "quiz", "options": []})
    pinned = await staff.pin_message(thread)
    joined = await staff.send_service(None, new_chat_members=[staff.user])
    cannot = [
        (GROUP_ID, thread),  # forum_topic_created
        (GROUP_ID, pinned["message_id"]),
        (GROUP_ID, joined["message_id"]),
        (user.chat_id, charge["message_id"]),
        (user.chat_id, invoice.message_id),
        (user.chat_id, quiz["message_id"]),
    ]
    for chat_id, message_id in cannot:
        with pytest.raises(TelegramBadRequest, match="Bad Request: message can't be copied"):
            await bot.copy_message(user.chat_id, chat_id, message_id)
    with pytest.raises(TelegramBadRequest, match="message to copy not found"):
        await bot.copy_message(user.chat_id, GROUP_ID, 99999)


async def test_copy_messages_keeps_albums_in_order(
    server: FakeTelegramServer, bot: Bot, user: FakeUser, staff: FakeGroupMember, samples_dir: Path
) -> None:
    thread = (await bot.create_forum_topic(GROUP_ID, "Ana")).message_thread_id
    photos = [(samples_dir / name).read_bytes() for name in ("sample_003.jpg", "db_012.png", "db_000.jpg")]
    album = await user.send_album(photos, caption="three")
    paid = await user.send_successful_payment("order-1", 50)  # service message: skipped, not an error
    text = await user.send_text("and a note")
    ids = [m["message_id"] for m in album] + [paid["message_id"], text["message_id"]]
    copied = await bot.copy_messages(GROUP_ID, user.chat_id, ids, message_thread_id=thread)
    assert len(copied) == 4
    stored = [server.message(GROUP_ID, c.message_id) for c in copied]
    assert [m["photo"] for m in stored[:3]] == [m["photo"] for m in album]
    assert stored[0]["caption"] == "three" and stored[3]["text"] == "and a note"
    groups = {m.get("media_group_id") for m in stored[:3]}
    assert len(groups) == 1 and None not in groups and groups != {album[0]["media_group_id"]}
    assert "media_group_id" not in stored[3]
    assert all(m["message_thread_id"] == thread and m["is_topic_message"] for m in stored)
    assert [m["message_id"] for m in staff.topic_messages(thread)[1:]] == [c.message_id for c in copied]

    back = await bot.copy_messages(
        user.chat_id, GROUP_ID, [c.message_id for c in copied], remove_caption=True
    )
    assert "caption" not in server.message(user.chat_id, back[0].message_id)
    with pytest.raises(TelegramBadRequest, match="strictly increasing order"):
        await bot.copy_messages(GROUP_ID, user.chat_id, [ids[1], ids[0]], message_thread_id=thread)
    with pytest.raises(TelegramBadRequest, match="messages to copy not found"):
        await bot.copy_messages(GROUP_ID, user.chat_id, [paid["message_id"]], message_thread_id=thread)


async def test_blocked_user_refuses_every_call_with_403(
    bot: Bot, user: FakeUser, staff: FakeGroupMember, selfie: bytes
) -> None:
    hello = await bot.send_message(user.chat_id, "hello")
    sent = await user.send_text("hi")
    thread = (await bot.create_forum_topic(GROUP_ID, "Ana")).message_thread_id
    in_topic = await staff.send_text("answer", thread)
    user.block()
    for call in (
        bot.send_message(user.chat_id, "x"),
        bot.send_photo(user.chat_id, BufferedInputFile(selfie, "a.jpg")),
        bot.send_document(user.chat_id, BufferedInputFile(b"x", "x.txt")),
        bot.send_chat_action(user.chat_id, "typing"),
        bot.copy_message(user.chat_id, GROUP_ID, in_topic["message_id"]),
        bot.copy_messages(user.chat_id, GROUP_ID, [in_topic["message_id"]]),
        bot.edit_message_text("y", chat_id=user.chat_id, message_id=hello.message_id),
        bot.delete_message(user.chat_id, hello.message_id),
        bot.send_invoice(user.chat_id, "Photo", "Set", "order-1", "XTR", _star(5)),
    ):
        with pytest.raises(TelegramForbiddenError, match="Forbidden: bot was blocked by the user"):
            await call
    # what the user wrote before blocking can still be copied into the desk
    assert await bot.copy_message(GROUP_ID, user.chat_id, sent["message_id"], message_thread_id=thread)
    user.block(False)
    assert (await bot.send_message(user.chat_id, "welcome back")).text == "welcome back"


async def test_group_flood_limit_answers_429_with_retry_after(
    server: FakeTelegramServer, bot: Bot, user: FakeUser, desk_group: GroupChat, selfie: bytes
) -> None:
    now = [1000.0]
    server.state.clock = lambda: now[0]
    server.state.group_rate_limit = (5, 2.0)
    thread = (await bot.create_forum_topic(GROUP_ID, "Ana")).message_thread_id  # not a message: free
    for i in range(3):
        await bot.send_message(GROUP_ID, f"m{i}", message_thread_id=thread)
        now[0] += 0.5
    await bot.send_chat_action(GROUP_ID, "typing", message_thread_id=thread)  # not a message either
    await bot.send_media_group(  # an album counts once per message
        GROUP_ID,
        [InputMediaPhoto(media=BufferedInputFile(selfie, f"{i}.jpg")) for i in range(2)],
        message_thread_id=thread,
    )
    with pytest.raises(TelegramRetryAfter) as caught:
        await bot.send_message(GROUP_ID, "one too many", message_thread_id=thread)
    assert caught.value.retry_after == 1  # the first message leaves the 2 s window 0.5 s from now
    failed = server.failed_requests()[-1]
    assert failed.error_code == 429 and failed.description == "Too Many Requests: retry after 1"
    for _ in range(5):
        await bot.send_message(user.chat_id, "private chats are not limited")
    now[0] += 0.5
    await bot.send_message(GROUP_ID, "fits again", message_thread_id=thread)
    with pytest.raises(TelegramRetryAfter):
        await bot.copy_message(GROUP_ID, user.chat_id, (await user.send_text("x"))["message_id"])
    server.state.group_rate_limit = None
    await bot.send_message(GROUP_ID, "off again")
