"""A scripted Telegram user: sends what a phone client would send and waits for the bot's calls to its chat.

``wait_for`` walks the server's request log with a per-user cursor: each call returns the next matching
request addressed to this user's chat after the last one consumed, so a test reads like the conversation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import updates
from .server import FakeTelegramServer
from .state import Chat
from .waiting import ChatWatcher, WaitTimeout

__all__ = ["FakeUser", "WaitTimeout"]


class FakeUser(ChatWatcher):
    """One Telegram user in a private chat with the bot (chat id == user id)."""

    def __init__(
        self,
        server: FakeTelegramServer,
        user_id: int,
        language_code: str = "en",
        first_name: str = "Test",
        *,
        username: str | None = None,
        last_name: str | None = None,
    ) -> None:
        self.server = server
        self.user_id = user_id
        self._names = {"first_name": first_name, "username": username, "last_name": last_name}
        self._language_code = language_code
        self._cursor = 0
        self._chat = self._register()
        self._payments: dict[str, dict[str, Any]] = {}  # charge id -> SuccessfulPayment JSON this user sent

    def _register(self) -> Chat:
        return self.server.state.register_user(
            self.user_id,
            self._names["first_name"] or "Test",
            self._language_code,
            username=self._names["username"],
            last_name=self._names["last_name"],
        )

    @property
    def chat_id(self) -> int:
        return self.user_id

    @property
    def language_code(self) -> str:
        return self._language_code

    @language_code.setter
    def language_code(self, value: str) -> None:
        """Like changing the app language: later updates carry the new ``from.language_code``."""
        self._language_code = value
        self._chat = self._register()

    def block(self, blocked: bool = True) -> None:
        """The user blocks (or unblocks) the bot: its calls to this chat get 403."""
        self._chat.blocked = blocked

    # --- sending --------------------------------------------------------------------------------------------

    async def _send(self, **content: Any) -> dict[str, Any]:
        message = updates.user_message(self.server.state, self._chat, **content)
        await self.server.push_update({"message": message})
        return message

    async def send_text(self, text: str) -> dict[str, Any]:
        return await self._send(**updates.text_content(text))

    async def send_command(self, cmd: str, payload: str = "") -> dict[str, Any]:
        """``/cmd payload`` with a bot_command entity, like tapping a command or a t.me/bot?start= link."""
        text = "/" + cmd.lstrip("/")
        return await self.send_text(f"{text} {payload}" if payload else text)

    async def send_photo(self, data: bytes, caption: str | None = None) -> dict[str, Any]:
        """A compressed photo: PhotoSize ladder, the largest entry being ``data`` itself."""
        return await self._send(
            photo=updates.photo_content(self.server.state, data), **updates.caption_content(caption)
        )

    async def send_document(
        self, data: bytes, file_name: str, mime_type: str, caption: str | None = None
    ) -> dict[str, Any]:
        """A file sent "as file" (uncompressed), with name, MIME type and size."""
        content = updates.document_content(self.server.state, data, file_name, mime_type)
        return await self._send(**content, **updates.caption_content(caption))

    async def send_sticker(self) -> dict[str, Any]:
        return await self._send(**updates.sticker_content(self.server.state))

    async def send_video(self) -> dict[str, Any]:
        return await self._send(**updates.video_content(self.server.state))

    async def send_voice(self) -> dict[str, Any]:
        return await self._send(**updates.voice_content(self.server.state))

    async def send_album(self, photos: list[bytes], caption: str | None = None) -> list[dict[str, Any]]:
        """Photo messages sharing one media_group_id (caption on the first), as clients send albums."""
        group = updates.media_group_id()
        sent = []
        for index, data in enumerate(photos):
            extra = updates.caption_content(caption) if index == 0 else {}
            sizes = updates.photo_content(self.server.state, data)
            sent.append(await self._send(media_group_id=group, photo=sizes, **extra))
        return sent

    # --- editing --------------------------------------------------------------------------------------------

    async def edit_text(self, message_id: int, new_text: str) -> dict[str, Any]:
        """Edit one of this user's text messages: the bot gets an ``edited_message`` update; returns it."""
        self._own_message(message_id, "text")
        return await self._push_edit(message_id, **{"entities": None, **updates.text_content(new_text)})

    async def edit_caption(self, message_id: int, caption: str | None) -> dict[str, Any]:
        """Change (or, with None/"", remove) the caption of one of this user's media messages."""
        self._own_message(message_id, "caption")
        return await self._push_edit(message_id, caption=caption or None, caption_entities=None)

    def _own_message(self, message_id: int, part: str) -> dict[str, Any]:
        """The user's message a phone would let them edit: their own, and text for text edits."""
        message = self._chat.messages.get(message_id)
        if message is None or message["from"]["id"] != self.user_id:
            raise AssertionError(f"message {message_id} in chat {self.chat_id} is not one this user sent")
        if (part == "text") != ("text" in message):
            raise AssertionError(f"message {message_id} has no {part} to edit")
        return message

    async def _push_edit(self, message_id: int, **changes: Any) -> dict[str, Any]:
        """Apply ``changes`` (None drops a field, e.g. stale entities) and tell the bot."""
        message = updates.edited(self.server.state, self._chat, message_id, **changes)
        await self.server.push_update({"edited_message": message})
        return message

    # --- buttons --------------------------------------------------------------------------------------------

    async def press(self, callback_data: str, message_id: int | None = None) -> str:
        """Tap an inline button; returns the callback query id.

        Without ``message_id`` the newest bot message showing a button with this data is used (and it is an
        error if none shows one, as a real user could not tap it). With ``message_id`` any data is sent, so
        tests can tap stale or forged buttons on an old message.
        """
        if message_id is None:
            message = self._message_with_button(lambda button: button.get("callback_data") == callback_data)
            if message is None:
                raise AssertionError(
                    f"no message in chat {self.chat_id} shows a button with callback_data {callback_data!r}; "
                    f"last keyboard: {self.last_keyboard()}"
                )
        else:
            message = self._chat.messages.get(message_id)
            if message is None:
                raise AssertionError(f"message {message_id} is not in chat {self.chat_id} (deleted?)")
        query = updates.callback_query(self._chat, dict(message), callback_data)
        self.server.state.callback_queries[query["id"]] = {"user_id": self.user_id, "answered": False}
        await self.server.push_update({"callback_query": query})
        return query["id"]

    async def press_button(self, text: str, message_id: int | None = None) -> str:
        """Tap the callback button labelled ``text`` (exact, else a unique substring); returns its data."""
        if message_id is None:
            message = self._message_with_button(lambda button: text in str(button.get("text", "")))
            message = message or self._message_with_button(lambda button: True)
        else:
            message = self._chat.messages.get(message_id)
        buttons = [b for row in _keyboard(message) for b in row if "callback_data" in b]
        matches = [b for b in buttons if b["text"] == text] or [b for b in buttons if text in b["text"]]
        if len(matches) != 1:
            labels = [b["text"] for b in buttons]
            raise AssertionError(
                f"{len(matches)} buttons match {text!r} in chat {self.chat_id}; buttons: {labels}"
            )
        assert message is not None
        await self.press(matches[0]["callback_data"], message["message_id"])
        return matches[0]["callback_data"]

    def _message_with_button(self, matches: Callable[[dict[str, Any]], bool]) -> dict[str, Any] | None:
        for message in reversed(self.bot_messages()):
            if any(matches(button) for row in _keyboard(message) for button in row):
                return message
        return None

    def bot_messages(self) -> list[dict[str, Any]]:
        """Bot messages in this chat as they stand now (edits applied, deleted ones gone), oldest first."""
        bot_id = self.server.state.bot_user["id"]
        return [m for m in self.server.messages(self.chat_id) if m["from"]["id"] == bot_id]

    def last_message(self) -> dict[str, Any] | None:
        messages = self.bot_messages()
        return messages[-1] if messages else None

    def last_keyboard(self) -> list[list[dict[str, Any]]]:
        """Inline keyboard of the newest bot message in this chat (``[]`` when it has none)."""
        return _keyboard(self.last_message())

    def callback_answer(self, query_id: str) -> dict[str, Any] | None:
        """What answerCallbackQuery said for a press (text, show_alert), or None if still unanswered."""
        query = self.server.state.callback_queries.get(query_id)
        return query.get("answer") if query and query["answered"] else None

    # --- payments -------------------------------------------------------------------------------------------

    async def pay(self, message_id: int | None = None, *, timeout: float = 10.0) -> str | None:
        """Pay the invoice (newest one by default): pre_checkout_query, then successful_payment if approved.

        Returns the telegram_payment_charge_id, or None when the bot declined the pre-checkout query.
        """
        invoices = {mid: inv for (cid, mid), inv in self.server.state.invoices.items() if cid == self.chat_id}
        if not invoices:
            raise AssertionError(f"no invoice was sent to chat {self.chat_id}")
        stored = invoices[message_id if message_id is not None else max(invoices)]
        answer = await self._pre_checkout(stored["invoice"], stored["payload"], timeout)
        if not answer["ok"]:
            return None
        return await self._charge(stored["invoice"], stored["payload"])

    async def pay_link(self, url: str, *, timeout: float = 10.0, now: int | None = None) -> str | None:
        """Open a createInvoiceLink link and pay it: pre_checkout_query, then successful_payment if approved.

        A subscription link starts a subscription: the payment has ``is_recurring`` and ``is_first_recurring``
        true and ``subscription_expiration_date`` = ``now`` (unix time, default the real clock; it is also
        the message date) + the period. Returns the charge id, or None when the bot declined.
        """
        state = self.server.state
        link = state.invoice_links.get(url)
        if link is None:
            raise AssertionError(f"{url!r} is not a link the bot made with createInvoiceLink")
        answer = await self._pre_checkout(link["invoice"], link["payload"], timeout)
        if not answer["ok"]:
            return None
        period = link["subscription_period"]
        if period is None:
            return await self._charge(link["invoice"], link["payload"], date=now)
        paid_at = state.now() if now is None else now
        key = (self.user_id, url)
        state.subscriptions[key] = {
            "period": period,
            "expires_at": paid_at + period,
            "charge_ids": [],
            "canceled": False,
        }
        return await self._charge(
            link["invoice"],
            link["payload"],
            subscription=key,
            date=now,
            is_recurring=True,
            is_first_recurring=True,
            subscription_expiration_date=paid_at + period,
        )

    async def renew_subscription(
        self,
        url: str,
        previous_charge_id: str | None = None,
        *,
        expires_at: int | None = None,
        now: int | None = None,
    ) -> str:
        """Telegram charging the next period of a subscription bought with ``pay_link(url)``; returns the new
        charge id.

        Renewals come with no pre_checkout_query: just a successful_payment with ``is_recurring`` true,
        ``is_first_recurring`` false, a new charge id and ``subscription_expiration_date`` = the expiration
        of ``previous_charge_id`` (default the newest charge of this subscription) + the period, or
        ``expires_at`` when given. ``now`` sets the message date (unix time) for bots that check the clock.
        Refused, as by Telegram, after the bot canceled the subscription with editUserStarSubscription.
        """
        state = self.server.state
        key = (self.user_id, url)
        subscription = state.subscriptions.get(key)
        if subscription is None:
            raise AssertionError(f"user {self.user_id} has no subscription from {url!r}; pay_link() it first")
        if subscription["canceled"]:
            raise AssertionError(f"the bot canceled the subscription from {url!r}; Telegram won't renew it")
        previous = previous_charge_id or subscription["charge_ids"][-1]
        if previous not in subscription["charge_ids"]:
            raise AssertionError(f"charge {previous!r} is not a payment of the subscription from {url!r}")
        previous_expiry = state.charges[previous]["payment"]["subscription_expiration_date"]
        expiry = previous_expiry + subscription["period"] if expires_at is None else expires_at
        subscription["expires_at"] = expiry
        link = state.invoice_links[url]
        return await self._charge(
            link["invoice"],
            link["payload"],
            subscription=key,
            date=now,
            is_recurring=True,
            is_first_recurring=False,
            subscription_expiration_date=expiry,
        )

    async def resend_successful_payment(self, charge_id: str) -> dict[str, Any]:
        """The same successful_payment content again as a NEW message (new message_id and update_id): what a
        replayed or duplicated payment looks like to the bot, which must not credit it twice."""
        payment = self._payments.get(charge_id)
        if payment is None:
            raise AssertionError(f"user {self.user_id} sent no successful_payment with charge {charge_id!r}")
        return await self._send(successful_payment=dict(payment))

    async def redeliver_last_update(self) -> int:
        """This user's newest update delivered again with the SAME update_id, as Telegram re-POSTs a webhook
        update it thinks failed; returns the id. Webhook mode only (see server.redeliver_update)."""
        return await self.server.redeliver_update(chat_id=self.chat_id)

    async def pay_with_payload(
        self, payload: str, amount: int, currency: str = "XTR", *, timeout: float = 10.0
    ) -> dict[str, Any]:
        """A pre_checkout_query for any payload and amount, as for an invoice the bot never made (a crafted or
        stale one). Returns the bot's answer: ``{"ok": bool, "error_message": str | None}``."""
        invoice = {"currency": currency, "total_amount": amount}
        return await self._pre_checkout(invoice, payload, timeout)

    async def send_successful_payment(
        self,
        payload: str,
        amount: int,
        charge_id: str | None = None,
        *,
        currency: str = "XTR",
        **fields: Any,
    ) -> dict[str, Any]:
        """A successful_payment message with any content (``fields`` add e.g. ``is_recurring``); returns it.

        Real Telegram never sends one without a charge, so it is a forged update: the charge is unknown to
        the server (refundStarPayment answers CHARGE_NOT_FOUND), and the bot must not trust it blindly.
        """
        invoice = {"currency": currency, "total_amount": amount}
        content = updates.successful_payment(invoice, payload, charge_id or updates.charge_id(), **fields)
        self._payments[content["successful_payment"]["telegram_payment_charge_id"]] = content[
            "successful_payment"
        ]
        return await self._send(**content)

    async def refund_from_telegram(self, charge_id: str) -> dict[str, Any]:
        """A refund made on Telegram's side (support, dispute): the charge is refunded and the chat gets a
        ``refunded_payment`` message, which it returns. The bot did not ask for it and must cope."""
        state = self.server.state
        charge = state.charges.get(charge_id)
        if charge is None or charge["user_id"] != self.user_id:
            raise AssertionError(f"user {self.user_id} has no charge {charge_id!r}")
        if charge["refunded"]:
            raise AssertionError(f"charge {charge_id!r} is already refunded")
        return await self._send(refunded_payment=state.refund(charge_id))

    async def _pre_checkout(self, invoice: dict[str, Any], payload: str, timeout: float) -> dict[str, Any]:
        """Send a pre_checkout_query and wait for the bot's answer: ``{"ok", "error_message"}``."""
        query = updates.pre_checkout_query(self._chat, invoice, payload)
        record: dict[str, Any] = {"user_id": self.user_id, "answered": False}
        self.server.state.pre_checkout_queries[query["id"]] = record
        await self.server.push_update({"pre_checkout_query": query})
        await self.wait_for(
            "answerPreCheckoutQuery",
            predicate=lambda r: r.params.get("pre_checkout_query_id") == query["id"],
            timeout=timeout,
        )
        return {"ok": bool(record.get("ok")), "error_message": record.get("error_message")}

    async def _charge(
        self,
        invoice: dict[str, Any],
        payload: str,
        *,
        subscription: tuple[int, str] | None = None,
        date: int | None = None,
        **extra: Any,
    ) -> str:
        """Telegram takes the money: the charge is recorded (refundable) and successful_payment is sent."""
        charge_id = updates.charge_id()
        content = updates.successful_payment(invoice, payload, charge_id, **extra)
        if subscription is not None:
            self.server.state.subscriptions[subscription]["charge_ids"].append(charge_id)
        self.server.state.record_charge(self.user_id, content["successful_payment"], subscription, date)
        self._payments[charge_id] = content["successful_payment"]
        await self._send(**content, **({} if date is None else {"date": date}))
        return charge_id


def _keyboard(message: dict[str, Any] | None) -> list[list[dict[str, Any]]]:
    if not message:
        return []
    return list(message.get("reply_markup", {}).get("inline_keyboard", []))
