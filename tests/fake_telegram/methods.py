"""The Bot API methods the fake implements, one small function each, registered by their official name.

Handlers read decoded parameters from a ``Call``, change ``TelegramState`` and return the JSON ``result`` the
real Bot API would; any refusal is an ``ApiError`` worded like Telegram's.
"""

from __future__ import annotations

import copy
import itertools
import json
import mimetypes
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import limits, media, updates
from .errors import ApiError, bad_request, forbidden
from .records import UploadedFile
from .state import (
    MAX_SUBSCRIPTION_STARS,
    SUBSCRIPTION_PERIOD,
    TOPIC_COLOR,
    Chat,
    GroupChat,
    StoredFile,
    TelegramState,
)

if TYPE_CHECKING:
    from .delivery import UpdateQueue

Handler = Callable[["Call"], Awaitable[Any]]
HANDLERS: dict[str, tuple[str, Handler]] = {}  # lower-case name -> (official name, handler)

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same as a "
    "current content and reply markup of the message"
)
_CONTENT_KEYS = ("text", "entities", "caption", "caption_entities", "photo", "document", "video", "invoice")
_DEFAULT_SCOPE = {"type": "default"}
# What makes a message copyable (one of these) and what a copy carries over. Anything else is a service
# message (forum_topic_created, pinned_message, new_chat_members, successful_payment, refunded_payment...).
_COPYABLE_KINDS = (
    "text",
    "photo",
    "document",
    "video",
    "animation",
    "audio",
    "voice",
    "video_note",
    "sticker",
    "location",
    "venue",
    "contact",
    "dice",
    "poll",
    "story",
    "checklist",
)
_COPIED_FIELDS = (
    *_COPYABLE_KINDS,
    "entities",
    "link_preview_options",
    "caption",
    "caption_entities",
    "show_caption_above_media",
    "has_media_spoiler",
)
# Content Telegram refuses to copy although it is not a service message.
_NOT_COPYABLE = ("invoice", "paid_media", "giveaway", "giveaway_winners")


def method(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[name.lower()] = (name, handler)
        return handler

    return register


@dataclass
class Upload:
    """A file parameter resolved to bytes: a fresh upload or a file Telegram already has."""

    data: bytes
    file_name: str | None
    mime_type: str | None
    stored: StoredFile | None = None


@dataclass
class Call:
    """One method invocation: decoded params plus the uploaded parts they reference."""

    state: TelegramState
    updates: UpdateQueue
    params: dict[str, Any]
    files: dict[str, UploadedFile] = field(default_factory=dict)  # parameter path -> upload

    def get(self, name: str, default: Any = None) -> Any:
        return self.params.get(name, default)

    def require(self, name: str) -> Any:
        value = self.params.get(name)
        if value is None or value == "":
            raise bad_request(f"{name} is empty")
        return value

    def chat(self) -> Chat:
        chat = self.state.chat(self.require("chat_id"))
        if chat.blocked:
            raise forbidden("bot was blocked by the user")
        return chat

    def upload(self, path: str, value: Any) -> Upload:
        """Bytes for a file parameter: ``attach://`` part, a part named like the parameter, or a file_id."""
        if path in self.files:
            part = self.files[path]
            return Upload(part.data, part.filename, part.content_type)
        if isinstance(value, str) and value.startswith("attach://"):
            raise bad_request(f'can\'t find attached file "{value.removeprefix("attach://")}"')
        if isinstance(value, str) and value:
            stored = self.state.files.get(value)
            if stored is not None:
                return Upload(stored.data, stored.file_name, stored.mime_type, stored)
            raise bad_request("wrong file identifier/HTTP URL specified")
        raise bad_request(f"there is no {path.split('.')[0]} in the request")


# --- building and storing messages -------------------------------------------------------------------------


def _bot_message(call: Call, chat: Chat, content: dict[str, Any], markup: Any = None) -> dict[str, Any]:
    markup = limits.reply_markup(markup)
    reply = _replied_message(call, chat)
    thread_id, in_topic = _thread(call, chat, reply)
    message = updates.chat_message(
        call.state,
        chat,
        call.state.bot_user,
        thread_id=thread_id,
        in_topic=in_topic,
        reply_to=reply,
        **content,
    )
    _set_markup(message, markup)
    return copy.deepcopy(message)


def _thread(call: Call, chat: Chat, reply: dict[str, Any] | None) -> tuple[int | None, bool]:
    """(message_thread_id, whether that is a forum topic) of a message the bot sends.

    In a group the thread must be a live topic of a forum, else Telegram answers "message thread not
    found" (never created, deleted, or a plain supergroup). A reply without a thread id lands in the
    topic of the message it answers. Private chats keep any thread id (only topics the bot created there
    count as topics), as the fake did before groups existed.
    """
    thread_id = call.get("message_thread_id") or None
    if thread_id is None:
        if reply is not None and reply.get("is_topic_message"):
            return reply["message_thread_id"], True
        return None, False
    known = (chat.id, thread_id) in call.state.topics
    if isinstance(chat, GroupChat) and not (chat.is_forum and known):
        raise bad_request("message thread not found")
    return thread_id, known


def _replied_message(call: Call, chat: Chat) -> dict[str, Any] | None:
    parameters = call.get("reply_parameters") or {}
    target = parameters.get("message_id") if isinstance(parameters, dict) else None
    target = target or call.get("reply_to_message_id")
    if not target:
        return None
    replied = chat.messages.get(target)
    allow = parameters.get("allow_sending_without_reply") if isinstance(parameters, dict) else None
    if replied is None and not (allow or call.get("allow_sending_without_reply")):
        raise bad_request("message to be replied not found")
    return replied


def _set_markup(message: dict[str, Any], markup: dict[str, Any] | None) -> None:
    """Only inline keyboards are part of a message; editing without one removes it, as in Telegram."""
    if markup is not None and "inline_keyboard" in markup:
        message["reply_markup"] = {"inline_keyboard": markup["inline_keyboard"]}
    else:
        message.pop("reply_markup", None)


def _caption(call: Call, source: dict[str, Any] | None = None) -> dict[str, Any]:
    source = call.params if source is None else source
    text, entities = limits.caption(
        source.get("caption"), source.get("parse_mode"), source.get("caption_entities")
    )
    content: dict[str, Any] = {}
    if text:
        content["caption"] = text
    if entities:
        content["caption_entities"] = entities
    return content


def _photo(call: Call, upload: Upload) -> list[dict[str, Any]]:
    if upload.stored is not None:
        if upload.stored.photo_sizes is None:
            raise bad_request("type of file mismatch")
        return copy.deepcopy(upload.stored.photo_sizes)
    media.check_photo(upload.data)
    return updates.photo_content(call.state, upload.data)


def _document(call: Call, upload: Upload) -> dict[str, Any]:
    if upload.stored is not None:
        if upload.stored.photo_sizes is not None:
            raise bad_request("type of file mismatch")
        return updates.document_json(upload.stored)
    if not upload.data:
        raise bad_request("file must be non-empty")
    if len(upload.data) > limits.MAX_UPLOAD:
        raise ApiError(413, "Request Entity Too Large")
    name = upload.file_name or "document"
    mime = mimetypes.guess_type(name)[0] or upload.mime_type or "application/octet-stream"
    ext = name.rsplit(".", 1)[-1] if "." in name else "bin"
    return updates.document_json(
        call.state.files.add(upload.data, "documents", ext, file_name=name, mime_type=mime)
    )


def _media_content(call: Call, path: str, item: Any) -> dict[str, Any]:
    """Content of one InputMedia (sendMediaGroup item or editMessageMedia)."""
    if not isinstance(item, dict) or item.get("type") not in ("photo", "document", "video"):
        raise bad_request("can't parse InputMedia: media type is unsupported")
    upload = call.upload(path, item.get("media"))
    content = _caption(call, item)
    if item["type"] == "photo":
        content["photo"] = _photo(call, upload)
    elif item["type"] == "document":
        content["document"] = _document(call, upload)
    else:
        content["video"] = {
            "file_id": "video",
            "file_unique_id": "video",
            "width": 1,
            "height": 1,
            "duration": 1,
        }
    return content


def _editable(call: Call) -> tuple[Chat, dict[str, Any]]:
    if call.get("inline_message_id"):
        raise bad_request("MESSAGE_ID_INVALID")
    chat = call.chat()
    message = chat.messages.get(call.require("message_id"))
    if message is None:
        raise bad_request("message to edit not found")
    if message["from"]["id"] != call.state.bot_user["id"]:
        raise bad_request("message can't be edited")
    return chat, message


def _apply_edit(call: Call, chat: Chat, old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    if all(old.get(key) == new.get(key) for key in (*_CONTENT_KEYS, "reply_markup")):
        raise bad_request(NOT_MODIFIED)
    new["edit_date"] = call.state.now()
    chat.messages[old["message_id"]] = new
    return copy.deepcopy(new)


# --- identity, updates, webhook -----------------------------------------------------------------------------


@method("getMe")
async def get_me(call: Call) -> dict[str, Any]:
    return dict(call.state.bot_user)


@method("getUpdates")
async def get_updates(call: Call) -> list[dict[str, Any]]:
    return await call.updates.get_updates(
        offset=call.get("offset"),
        limit=call.get("limit"),
        timeout=call.get("timeout"),
        allowed_updates=call.get("allowed_updates"),
    )


@method("setWebhook")
async def set_webhook(call: Call) -> bool:
    url = call.get("url")
    if not url:
        call.updates.delete_webhook(drop_pending=bool(call.get("drop_pending_updates")))
        return True
    call.updates.set_webhook(
        [limits.webhook_url(url)],
        limits.secret_token(call.get("secret_token")),
        max_connections=int(call.get("max_connections") or 40),
        allowed_updates=call.get("allowed_updates"),
        drop_pending=bool(call.get("drop_pending_updates")),
    )
    return True


@method("deleteWebhook")
async def delete_webhook(call: Call) -> bool:
    call.updates.delete_webhook(drop_pending=bool(call.get("drop_pending_updates")))
    return True


@method("getWebhookInfo")
async def get_webhook_info(call: Call) -> dict[str, Any]:
    return call.updates.webhook_info()


# --- sending ------------------------------------------------------------------------------------------------


@method("sendMessage")
async def send_message(call: Call) -> dict[str, Any]:
    chat = call.chat()
    text, entities = limits.message_text(call.get("text"), call.get("parse_mode"), call.get("entities"))
    content: dict[str, Any] = {"text": text}
    if entities:
        content["entities"] = entities
    return _bot_message(call, chat, content, call.get("reply_markup"))


@method("sendPhoto")
async def send_photo(call: Call) -> dict[str, Any]:
    chat = call.chat()
    content = _caption(call)
    content["photo"] = _photo(call, call.upload("photo", call.get("photo")))
    return _bot_message(call, chat, content, call.get("reply_markup"))


@method("sendDocument")
async def send_document(call: Call) -> dict[str, Any]:
    chat = call.chat()
    content = _caption(call)
    content["document"] = _document(call, call.upload("document", call.get("document")))
    return _bot_message(call, chat, content, call.get("reply_markup"))


@method("sendMediaGroup")
async def send_media_group(call: Call) -> list[dict[str, Any]]:
    chat = call.chat()
    items = call.require("media")
    if not isinstance(items, list) or not 2 <= len(items) <= 10:
        raise bad_request("media group must contain 2-10 items")
    kinds = {item.get("type") for item in items if isinstance(item, dict)}
    if "document" in kinds and len(kinds) > 1:
        raise bad_request("document can't be mixed with other media types")
    contents = [_media_content(call, f"media.{i}", item) for i, item in enumerate(items)]
    group = updates.media_group_id()
    return [_bot_message(call, chat, {"media_group_id": group, **content}) for content in contents]


def _copied_content(source: dict[str, Any]) -> dict[str, Any] | None:
    """What a copy of ``source`` shows (no sender, forward origin, thread or album), or None when Telegram
    refuses to copy it: service messages, invoices, paid media, giveaways and quizzes whose answer the bot
    does not know."""
    if any(key in source for key in _NOT_COPYABLE) or not any(key in source for key in _COPYABLE_KINDS):
        return None
    poll = source.get("poll")
    if poll is not None and poll.get("type") == "quiz" and poll.get("correct_option_id") is None:
        return None
    content = {key: copy.deepcopy(source[key]) for key in _COPIED_FIELDS if key in source}
    if poll is not None:  # a copied poll is a new poll with no votes
        content["poll"].update(id=str(secrets.randbelow(10**18)), total_voter_count=0, is_closed=False)
        for option in content["poll"].get("options", []):
            option["voter_count"] = 0
    return content


@method("copyMessage")
async def copy_message(call: Call) -> dict[str, int]:
    """Copies text (with entities) or media (with caption) into any chat or topic; a new ``caption``
    replaces the old one on media. Refused for service messages and the other kinds Telegram won't copy."""
    target = call.chat()
    source = call.state.message(call.require("from_chat_id"), call.require("message_id"))
    if source is None:
        raise bad_request("message to copy not found")
    content = _copied_content(source)
    if content is None:
        raise bad_request("message can't be copied")
    if call.get("caption") is not None and "text" not in content:
        content = {k: v for k, v in content.items() if k not in ("caption", "caption_entities")}
        content.update(_caption(call))
    sent = _bot_message(call, target, content, call.get("reply_markup"))
    return {"message_id": sent["message_id"]}


@method("copyMessages")
async def copy_messages(call: Call) -> list[dict[str, int]]:
    """Copies 1-100 messages given in strictly increasing order; those missing or not copyable are skipped,
    albums stay albums (a new media_group_id per source album) and ``remove_caption`` drops captions."""
    target = call.chat()
    ids = call.require("message_ids")
    if not isinstance(ids, list) or not 1 <= len(ids) <= 100 or not all(isinstance(i, int) for i in ids):
        raise bad_request("message_ids must be a non-empty list of at most 100 message identifiers")
    if any(later <= earlier for earlier, later in itertools.pairwise(ids)):
        raise bad_request("message identifiers must be in a strictly increasing order")
    from_chat_id = call.require("from_chat_id")
    contents = []
    for message_id in ids:
        source = call.state.message(from_chat_id, message_id)
        content = None if source is None else _copied_content(source)
        if content is not None:
            if call.get("remove_caption"):
                content = {k: v for k, v in content.items() if k not in ("caption", "caption_entities")}
            contents.append((source, content))
    if not contents:
        raise bad_request("messages to copy not found")
    albums: dict[str, str] = {}  # source media_group_id -> the copy's
    sent = []
    for source, content in contents:
        if source.get("media_group_id"):
            content["media_group_id"] = albums.setdefault(source["media_group_id"], updates.media_group_id())
        sent.append({"message_id": _bot_message(call, target, content)["message_id"]})
    return sent


@method("sendChatAction")
async def send_chat_action(call: Call) -> bool:
    call.chat()
    limits.chat_action(call.get("action"))
    return True


# --- editing and deleting -----------------------------------------------------------------------------------


@method("editMessageText")
async def edit_message_text(call: Call) -> dict[str, Any]:
    chat, old = _editable(call)
    if "text" not in old:
        raise bad_request("there is no text in the message to edit")
    text, entities = limits.message_text(call.get("text"), call.get("parse_mode"), call.get("entities"))
    new = {k: v for k, v in copy.deepcopy(old).items() if k != "entities"}
    new["text"] = text
    if entities:
        new["entities"] = entities
    _set_markup(new, limits.reply_markup(call.get("reply_markup")))
    return _apply_edit(call, chat, old, new)


@method("editMessageCaption")
async def edit_message_caption(call: Call) -> dict[str, Any]:
    chat, old = _editable(call)
    if "text" in old:
        raise bad_request("there is no caption in the message to edit")
    new = {k: v for k, v in copy.deepcopy(old).items() if k not in ("caption", "caption_entities")}
    new.update(_caption(call))
    _set_markup(new, limits.reply_markup(call.get("reply_markup")))
    return _apply_edit(call, chat, old, new)


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(call: Call) -> dict[str, Any]:
    chat, old = _editable(call)
    new = copy.deepcopy(old)
    _set_markup(new, limits.reply_markup(call.get("reply_markup")))
    return _apply_edit(call, chat, old, new)


@method("editMessageMedia")
async def edit_message_media(call: Call) -> dict[str, Any]:
    chat, old = _editable(call)
    if "text" in old:
        raise bad_request("message can't be edited")
    keep = {k: v for k, v in copy.deepcopy(old).items() if k not in (*_CONTENT_KEYS, "reply_markup")}
    new = {**keep, **_media_content(call, "media", call.require("media"))}
    _set_markup(new, limits.reply_markup(call.get("reply_markup")))
    return _apply_edit(call, chat, old, new)


@method("deleteMessage")
async def delete_message(call: Call) -> bool:
    chat = call.chat()
    if chat.messages.pop(call.require("message_id"), None) is None:
        raise bad_request("message to delete not found")
    return True


@method("deleteMessages")
async def delete_messages(call: Call) -> bool:
    chat = call.chat()
    for message_id in call.require("message_ids"):
        chat.messages.pop(message_id, None)
    return True


@method("answerCallbackQuery")
async def answer_callback_query(call: Call) -> bool:
    query = call.state.callback_queries.get(str(call.get("callback_query_id")))
    if query is None or query["answered"]:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    limits.callback_answer(call.get("text"))
    query["answered"] = True
    query["answer"] = {
        key: call.get(key) for key in ("text", "show_alert", "url") if call.get(key) is not None
    }
    return True


# --- files --------------------------------------------------------------------------------------------------


@method("getFile")
async def get_file(call: Call) -> dict[str, Any]:
    stored = call.state.files.get(str(call.require("file_id")))
    if stored is None:
        raise bad_request("invalid file_id")
    if stored.size > limits.MAX_DOWNLOAD:
        raise bad_request("file is too big")
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.size,
        "file_path": stored.file_path,
    }


# --- commands -----------------------------------------------------------------------------------------------


def _commands_key(call: Call) -> tuple[str, str]:
    scope = call.get("scope") or _DEFAULT_SCOPE
    return json.dumps(scope, sort_keys=True), limits.language_code(call.get("language_code"))


@method("setMyCommands")
async def set_my_commands(call: Call) -> bool:
    call.state.commands[_commands_key(call)] = limits.bot_commands(call.require("commands"))
    return True


@method("getMyCommands")
async def get_my_commands(call: Call) -> list[dict[str, str]]:
    return list(call.state.commands.get(_commands_key(call), []))


@method("deleteMyCommands")
async def delete_my_commands(call: Call) -> bool:
    call.state.commands.pop(_commands_key(call), None)
    return True


# --- payments -----------------------------------------------------------------------------------------------


def _invoice(call: Call) -> tuple[dict[str, Any], str]:
    """The Invoice JSON and payload of sendInvoice/createInvoiceLink params, refused as Telegram does."""
    title, description = str(call.require("title")), str(call.require("description"))
    payload, currency = str(call.require("payload")), str(call.require("currency"))
    prices = call.require("prices")
    if not 1 <= len(title) <= 32:
        raise bad_request("INVOICE_TITLE_INVALID")
    if not 1 <= len(description) <= 255:
        raise bad_request("INVOICE_DESCRIPTION_INVALID")
    if not 1 <= len(payload.encode()) <= 128:
        raise bad_request("INVOICE_PAYLOAD_INVALID")
    if not isinstance(prices, list) or not prices or (currency == "XTR" and len(prices) != 1):
        raise bad_request("CURRENCY_TOTAL_AMOUNT_INVALID")
    invoice = {
        "title": title,
        "description": description,
        "start_parameter": str(call.get("start_parameter") or ""),
        "currency": currency,
        "total_amount": sum(int(price["amount"]) for price in prices),
    }
    return invoice, payload


@method("sendInvoice")
async def send_invoice(call: Call) -> dict[str, Any]:
    chat = call.chat()
    invoice, payload = _invoice(call)
    message = _bot_message(call, chat, {"invoice": invoice}, call.get("reply_markup"))
    call.state.invoices[(chat.id, message["message_id"])] = {"invoice": invoice, "payload": payload}
    return message


@method("createInvoiceLink")
async def create_invoice_link(call: Call) -> str:
    """A ``https://t.me/$...`` link anyone can pay (FakeUser.pay_link); with ``subscription_period`` it is a
    monthly Star subscription, which Telegram allows only in XTR, for exactly 30 days and at most 10000 Stars.
    """
    invoice, payload = _invoice(call)
    period = call.get("subscription_period")
    if period is not None:
        if invoice["currency"] != "XTR" or period != SUBSCRIPTION_PERIOD:
            raise bad_request("SUBSCRIPTION_PERIOD_INVALID")
        if not 1 <= invoice["total_amount"] <= MAX_SUBSCRIPTION_STARS:
            raise bad_request("SUBSCRIPTION_PRICE_INVALID")
    url = "https://t.me/$" + secrets.token_urlsafe(24)
    call.state.invoice_links[url] = {"invoice": invoice, "payload": payload, "subscription_period": period}
    return url


@method("answerPreCheckoutQuery")
async def answer_pre_checkout_query(call: Call) -> bool:
    query = call.state.pre_checkout_queries.get(str(call.get("pre_checkout_query_id")))
    if query is None or query["answered"]:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    if not call.get("ok") and not call.get("error_message"):
        raise bad_request("ERROR_MESSAGE_EMPTY")
    query["answered"] = True
    query["ok"] = bool(call.get("ok"))
    query["error_message"] = call.get("error_message")
    return True


def _star_charge(call: Call) -> tuple[str, dict[str, Any]]:
    """The caller's Star charge named by user_id + telegram_payment_charge_id (forged ids are unknown)."""
    charge_id = str(call.get("telegram_payment_charge_id"))
    charge = call.state.charges.get(charge_id)
    if charge is None or charge["user_id"] != call.get("user_id") or charge["payment"]["currency"] != "XTR":
        raise bad_request("CHARGE_NOT_FOUND")
    return charge_id, charge


@method("refundStarPayment")
async def refund_star_payment(call: Call) -> bool:
    """Refunds, then (unless ``state.push_refunded_payment`` is off) tells the user's chat with a
    ``refunded_payment`` message, as Telegram does since Bot API 7.10."""
    charge_id, charge = _star_charge(call)
    if charge["refunded"]:
        raise bad_request("CHARGE_ALREADY_REFUNDED")
    refunded = call.state.refund(charge_id)
    if call.state.push_refunded_payment:
        chat = call.state.chats[charge["user_id"]]
        call.updates.push({"message": updates.user_message(call.state, chat, refunded_payment=refunded)})
    return True


@method("editUserStarSubscription")
async def edit_user_star_subscription(call: Call) -> bool:
    """Cancel (or re-enable) renewal of a subscription; FakeUser.renew_subscription refuses canceled ones."""
    _, charge = _star_charge(call)
    if charge["subscription"] is None:
        raise bad_request("CHARGE_NOT_FOUND")
    is_canceled = call.require("is_canceled")
    call.state.subscriptions[charge["subscription"]]["canceled"] = bool(is_canceled)
    return True


@method("getStarTransactions")
async def get_star_transactions(call: Call) -> dict[str, Any]:
    """Payments (``source``) and refunds (``receiver``) oldest first, paged like Telegram."""
    offset = max(int(call.get("offset") or 0), 0)
    limit = int(call.get("limit") or 100)
    if not 1 <= limit <= 100:
        raise bad_request("LIMIT_INVALID")
    return {"transactions": copy.deepcopy(call.state.star_transactions[offset : offset + limit])}


# --- chats and topics ---------------------------------------------------------------------------------------


@method("getChat")
async def get_chat(call: Call) -> dict[str, Any]:
    """ChatFullInfo with what aiogram requires; groups add title and is_forum through ``Chat.json``."""
    chat = call.chat()
    return {
        **chat.json(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": True,
            "limited_gifts": True,
            "unique_gifts": True,
            "premium_subscription": True,
            "gifts_from_channels": True,
        },
    }


@method("getChatMember")
async def get_chat_member(call: Call) -> dict[str, Any]:
    """In a group: the member's real status ("left" for strangers). In a private chat: the user, or the
    bot, as a plain member."""
    chat = call.chat()
    user_id = call.require("user_id")
    if isinstance(chat, GroupChat):
        return call.state.chat_member(chat, user_id)
    if user_id == call.state.bot_user["id"]:
        return {"status": "member", "user": dict(call.state.bot_user)}
    if user_id != chat.id:
        raise bad_request("user not found")
    return {"status": "member", "user": dict(chat.user)}


@method("getChatAdministrators")
async def get_chat_administrators(call: Call) -> list[dict[str, Any]]:
    chat = call.chat()
    if not isinstance(chat, GroupChat):
        raise bad_request("there are no administrators in the private chat")
    admins = [uid for uid, status in chat.members.items() if status in ("creator", "administrator")]
    return [call.state.chat_member(chat, uid) for uid in (*admins, call.state.bot_user["id"])]


def _topic_service(call: Call, chat: Chat, thread_id: int | None, **content: Any) -> dict[str, Any]:
    """A service message the bot's topic call leaves in the topic (``thread_id`` None: it starts one)."""
    return updates.chat_message(
        call.state, chat, call.state.bot_user, thread_id=thread_id, starts_topic=thread_id is None, **content
    )


@method("createForumTopic")
async def create_forum_topic(call: Call) -> dict[str, Any]:
    """Posts the ``forum_topic_created`` service message; its id is the topic's message_thread_id, as in
    Telegram, and later messages in the topic reply to it."""
    chat = call.chat()
    if isinstance(chat, GroupChat) and not chat.is_forum:
        raise bad_request("the chat is not a forum")
    name = str(call.require("name"))
    if len(name) > 128:
        raise bad_request("TOPIC_TITLE_INVALID")
    created: dict[str, Any] = {"name": name, "icon_color": call.get("icon_color") or TOPIC_COLOR}
    if call.get("icon_custom_emoji_id"):
        created["icon_custom_emoji_id"] = call.get("icon_custom_emoji_id")
    service = _topic_service(call, chat, None, forum_topic_created=created)
    topic = {"message_thread_id": service["message_thread_id"], **created}
    call.state.topics[(chat.id, topic["message_thread_id"])] = {**topic, "closed": False}
    return topic


def _topic(call: Call) -> tuple[Chat, dict[str, Any]]:
    chat = call.chat()
    topic = call.state.topics.get((chat.id, call.require("message_thread_id")))
    if topic is None:
        raise bad_request("TOPIC_ID_INVALID")
    return chat, topic


@method("editForumTopic")
async def edit_forum_topic(call: Call) -> bool:
    """Renames and/or changes the icon, posting ``forum_topic_edited``; no change is TOPIC_NOT_MODIFIED."""
    chat, topic = _topic(call)
    edited: dict[str, Any] = {}
    name, emoji = call.get("name"), call.get("icon_custom_emoji_id")
    if name and str(name) != topic["name"]:
        if len(str(name)) > 128:
            raise bad_request("TOPIC_TITLE_INVALID")
        edited["name"] = topic["name"] = str(name)
    if emoji is not None and emoji != topic.get("icon_custom_emoji_id", ""):
        edited["icon_custom_emoji_id"] = topic["icon_custom_emoji_id"] = emoji
    if not edited:
        raise bad_request("TOPIC_NOT_MODIFIED")
    _topic_service(call, chat, topic["message_thread_id"], forum_topic_edited=edited)
    return True


@method("closeForumTopic")
async def close_forum_topic(call: Call) -> bool:
    chat, topic = _topic(call)
    if topic["closed"]:
        raise bad_request("TOPIC_NOT_MODIFIED")
    topic["closed"] = True
    _topic_service(call, chat, topic["message_thread_id"], forum_topic_closed={})
    return True


@method("reopenForumTopic")
async def reopen_forum_topic(call: Call) -> bool:
    chat, topic = _topic(call)
    if not topic["closed"]:
        raise bad_request("TOPIC_NOT_MODIFIED")
    topic["closed"] = False
    _topic_service(call, chat, topic["message_thread_id"], forum_topic_reopened={})
    return True


@method("deleteForumTopic")
async def delete_forum_topic(call: Call) -> bool:
    """Deletes the topic with all its messages; sending to it afterwards is "message thread not found"."""
    chat, topic = _topic(call)
    thread_id = topic["message_thread_id"]
    del call.state.topics[(chat.id, thread_id)]
    for message_id in [i for i, m in chat.messages.items() if m.get("message_thread_id") == thread_id]:
        del chat.messages[message_id]
    return True
