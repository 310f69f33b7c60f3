"""Everything the fake Telegram knows: users and their private chats, supergroups with their members, messages
as they stand now (after edits and deletions), stored files, open callback/pre-checkout queries, commands,
forum topics, invoices and invoice links, Star charges with their refunds, subscriptions, the bot's Star
transactions and the opt-in group flood control."""

from __future__ import annotations

import base64
import collections
import hashlib
import math
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import bad_request, too_many_requests

# The only subscription period the Bot API accepts (30 days), and the most a subscription may cost in Stars.
SUBSCRIPTION_PERIOD = 2592000
MAX_SUBSCRIPTION_STARS = 10000

TOPIC_COLOR = 7322096  # Telegram's default (blue) topic icon color
# What getChatMember can answer in a group (restricted members are not modelled).
GROUP_STATUSES = ("creator", "administrator", "member", "restricted", "left", "kicked")
# A restricted member who may still write (a guest, a trainee): what ChatMemberRestricted reports.
RESTRICTED_RIGHTS: dict[str, bool] = {
    "is_member": True,
    **{
        f"can_{right}": True
        for right in (
            "send_messages", "send_audios", "send_documents", "send_photos", "send_videos",
            "send_video_notes", "send_voice_notes", "send_polls", "send_other_messages",
            "add_web_page_previews", "react_to_messages",
        )
    },
    **{
        f"can_{right}": False
        for right in ("edit_tag", "change_info", "invite_users", "pin_messages", "manage_topics")
    },
}  # fmt: skip
# An administrator's rights as a ChatMemberAdministrator: what a support desk bot and its staff get.
ADMIN_RIGHTS: dict[str, bool] = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
    "can_send_welcome_messages": False,
    "can_pin_messages": True,
    "can_manage_topics": True,
}

# Bot API file-id prefixes per file type, so ids look like the real thing.
_FILE_ID_PREFIX = {
    "photos": "AgACAgIAAxkBAAI",
    "documents": "BQACAgIAAxkBAAI",
    "stickers": "CAACAgIAAxkBAAI",
    "videos": "BAACAgIAAxkBAAI",
    "voice": "AwACAgIAAxkBAAI",
}


@dataclass
class StoredFile:
    """A file Telegram holds: uploaded by the bot or sent by a user. ``file_path`` is what getFile returns."""

    file_id: str
    file_unique_id: str
    data: bytes
    kind: str  # Bot API folder: photos, documents, stickers, videos, voice
    file_path: str
    file_name: str | None = None
    mime_type: str | None = None
    photo_sizes: list[dict[str, Any]] | None = None  # for photos: the whole PhotoSize ladder it belongs to

    @property
    def size(self) -> int:
        return len(self.data)


class FileStore:
    """Files by file_id and by download path."""

    def __init__(self) -> None:
        self._by_id: dict[str, StoredFile] = {}
        self._by_path: dict[str, StoredFile] = {}

    def add(
        self,
        data: bytes,
        kind: str,
        ext: str,
        *,
        file_name: str | None = None,
        mime_type: str | None = None,
    ) -> StoredFile:
        digest = hashlib.sha256(data).digest()
        unique = "AQAD" + base64.urlsafe_b64encode(digest[:9]).decode()
        file_id = _FILE_ID_PREFIX.get(kind, "BQACAgIAAxkBAAI") + secrets.token_urlsafe(36)
        path = f"{kind}/file_{len(self._by_id)}.{ext.lstrip('.') or 'bin'}"
        stored = StoredFile(file_id, unique, data, kind, path, file_name, mime_type)
        self._by_id[file_id] = stored
        self._by_path[path] = stored
        return stored

    def get(self, file_id: str) -> StoredFile | None:
        return self._by_id.get(file_id)

    def by_path(self, path: str) -> StoredFile | None:
        return self._by_path.get(path)


@dataclass
class Chat:
    """A private chat (id == the user's id) with its messages as they currently are."""

    id: int
    user: dict[str, Any]
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    last_message_id: int = 0
    blocked: bool = False  # the user blocked the bot: every call to this chat is 403

    def json(self) -> dict[str, Any]:
        chat = {"id": self.id, "type": "private", "first_name": self.user["first_name"]}
        for key in ("last_name", "username"):
            if self.user.get(key):
                chat[key] = self.user[key]
        return chat

    def next_message_id(self) -> int:
        """Message ids are per chat and shared by every sender, as in real private chats and supergroups."""
        self.last_message_id += 1
        return self.last_message_id


@dataclass
class GroupChat(Chat):
    """A supergroup the bot administers (a forum by default). ``user`` stays empty: a group has members, each
    with a status (``members``), and their User JSON once a scripted member introduced itself
    (``member_users``). Topics live in ``TelegramState.topics`` like those of private chats."""

    title: str = ""
    is_forum: bool = True
    members: dict[int, str] = field(default_factory=dict)  # user id -> one of GROUP_STATUSES
    member_users: dict[int, dict[str, Any]] = field(default_factory=dict)

    def json(self) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": self.id, "type": "supergroup", "title": self.title}
        if self.is_forum:
            chat["is_forum"] = True
        return chat

    def is_admin(self, user_id: int) -> bool:
        return self.members.get(user_id) in ("creator", "administrator")


class TelegramState:
    """Mutable world state; only the server's method handlers and FakeUser change it."""

    def __init__(self, bot_id: int, bot_username: str, bot_name: str) -> None:
        self.bot_user: dict[str, Any] = {
            "id": bot_id,
            "is_bot": True,
            "first_name": bot_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.chats: dict[int, Chat] = {}
        self.files = FileStore()
        self.callback_queries: dict[str, dict[str, Any]] = {}  # id -> {"user_id", "answered", "answer"}
        self.pre_checkout_queries: dict[str, dict[str, Any]] = {}
        # telegram_payment_charge_id -> {"user_id", "refunded", "payment": the SuccessfulPayment JSON sent,
        # "subscription": (user id, link) key of self.subscriptions or None}; only charges Telegram made
        self.charges: dict[str, dict[str, Any]] = {}
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}  # (scope json, language) -> commands
        self.topics: dict[tuple[int, int], dict[str, Any]] = {}  # (chat id, message_thread_id) -> topic
        self.invoices: dict[
            tuple[int, int], dict[str, Any]
        ] = {}  # (chat id, message id) -> sendInvoice params
        # createInvoiceLink URL -> {"invoice", "payload", "subscription_period" (None for one-off payments)}
        self.invoice_links: dict[str, dict[str, Any]] = {}
        # (user id, link) -> {"period", "expires_at", "charge_ids" oldest first, "canceled" by the bot}
        self.subscriptions: dict[tuple[int, str], dict[str, Any]] = {}
        self.star_transactions: list[dict[str, Any]] = []  # StarTransaction JSON, oldest first
        # Telegram tells the chat about a refund the bot made (Message.refunded_payment); tests that want to
        # see how the bot copes without that message switch it off.
        self.push_refunded_payment = True
        # Telegram's "20 messages per minute in the same group": (messages, seconds) or None (off, the
        # default). Tests use short windows such as (5, 2.0) or replace ``clock`` to move time by hand.
        self.group_rate_limit: tuple[int, float] | None = None
        self.clock: Callable[[], float] = time.monotonic
        self._group_sent: dict[int, collections.deque[float]] = {}

    def register_user(
        self,
        user_id: int,
        first_name: str,
        language_code: str | None,
        *,
        username: str | None = None,
        last_name: str | None = None,
    ) -> Chat:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        chat = self.chats.get(user_id)
        if chat is None:
            chat = self.chats[user_id] = Chat(user_id, user)
        else:
            chat.user = user
        return chat

    def register_group(
        self,
        chat_id: int,
        title: str,
        *,
        is_forum: bool = True,
        members: dict[int, str] | None = None,
    ) -> GroupChat:
        """A supergroup where the bot is an administrator allowed to manage topics; ``members`` maps user ids
        to their status. Registering it again updates title, forum flag and the given members."""
        if not str(chat_id).startswith("-100"):
            raise ValueError(f"supergroup ids look like -100xxxxxxxxxx, not {chat_id}")
        for user_id, status in (members or {}).items():
            _check_status(user_id, status)
        chat = self.chats.get(chat_id)
        if not isinstance(chat, GroupChat):
            chat = self.chats[chat_id] = GroupChat(chat_id, {}, title=title, is_forum=is_forum)
        chat.title, chat.is_forum = title, is_forum
        chat.members.update(members or {})
        return chat

    def group(self, chat_id: Any) -> GroupChat:
        chat = self.chats.get(chat_id) if isinstance(chat_id, int) else None
        if not isinstance(chat, GroupChat):
            raise bad_request("chat not found")
        return chat

    def user_json(self, user_id: int, group: GroupChat | None = None) -> dict[str, Any]:
        """The User JSON Telegram would show for an id: the bot, a scripted group member, a user with a
        private chat, or a placeholder for ids nobody scripted."""
        if user_id == self.bot_user["id"]:
            return dict(self.bot_user)
        if group is not None and user_id in group.member_users:
            return dict(group.member_users[user_id])
        private = self.chats.get(user_id)
        if private is not None and not isinstance(private, GroupChat):
            return dict(private.user)
        return {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"}

    def chat_member(self, group: GroupChat, user_id: int) -> dict[str, Any]:
        """ChatMember JSON of one user in a group: the bot is an administrator, strangers have "left"."""
        user = self.user_json(user_id, group)
        status = "administrator" if user_id == self.bot_user["id"] else group.members.get(user_id, "left")
        member: dict[str, Any] = {"status": status, "user": user}
        if status == "creator":
            member["is_anonymous"] = False
        elif status == "administrator":
            member.update(ADMIN_RIGHTS)
            member["can_be_edited"] = user_id != self.bot_user["id"]
        elif status == "kicked":
            member["until_date"] = 0  # banned forever
        elif status == "restricted":
            member.update(RESTRICTED_RIGHTS)
            member["until_date"] = 0  # restricted until lifted
        return member

    def check_group_rate(self, chat_id: Any, count: int) -> None:
        """429 when ``count`` more messages would break ``group_rate_limit`` in this group; retry_after is
        the whole seconds until enough of the window has passed."""
        if self.group_rate_limit is None or not isinstance(self.chats.get(chat_id), GroupChat):
            return
        limit, per_seconds = self.group_rate_limit
        window = self._group_window(chat_id, per_seconds)
        if len(window) + count > limit:
            index = min(len(window) + count - limit, len(window)) - 1
            wait = window[index] + per_seconds - self.clock() if window else per_seconds
            raise too_many_requests(max(1, math.ceil(wait)))

    def count_group_messages(self, chat_id: Any, count: int) -> None:
        """Remember ``count`` messages the bot just posted to a group, for ``check_group_rate``."""
        if self.group_rate_limit is None or not isinstance(self.chats.get(chat_id), GroupChat):
            return
        window = self._group_window(chat_id, self.group_rate_limit[1])
        window.extend([self.clock()] * count)

    def _group_window(self, chat_id: int, per_seconds: float) -> collections.deque[float]:
        window = self._group_sent.setdefault(chat_id, collections.deque())
        now = self.clock()
        while window and now - window[0] >= per_seconds:
            window.popleft()
        return window

    def chat(self, chat_id: Any) -> Chat:
        chat = self.chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def message(self, chat_id: Any, message_id: Any) -> dict[str, Any] | None:
        chat = self.chats.get(chat_id) if isinstance(chat_id, int) else None
        return chat.messages.get(message_id) if chat and isinstance(message_id, int) else None

    def record_charge(
        self,
        user_id: int,
        payment: dict[str, Any],
        subscription: tuple[int, str] | None = None,
        date: int | None = None,
    ) -> None:
        """Remember a charge Telegram really made, so refunds can report its amount and payload and
        getStarTransactions can list it (at ``date``, default now)."""
        charge_id = payment["telegram_payment_charge_id"]
        self.charges[charge_id] = {
            "user_id": user_id,
            "refunded": False,
            "payment": dict(payment),
            "subscription": subscription,
        }
        self.star_transactions.append(
            {
                "id": charge_id,
                "amount": payment["total_amount"],
                "date": self.now() if date is None else date,
                "source": self._transaction_partner(charge_id),
            }
        )

    def refund(self, charge_id: str) -> dict[str, Any]:
        """Mark a charge refunded (the caller checked it may be) and return the RefundedPayment JSON."""
        charge = self.charges[charge_id]
        charge["refunded"] = True
        payment = charge["payment"]
        self.star_transactions.append(
            {
                "id": charge_id,
                "amount": payment["total_amount"],
                "date": self.now(),
                "receiver": self._transaction_partner(charge_id),
            }
        )
        refunded: dict[str, Any] = {
            "currency": payment["currency"],
            "total_amount": payment["total_amount"],
            "invoice_payload": payment["invoice_payload"],
            "telegram_payment_charge_id": charge_id,
        }
        if payment.get("provider_payment_charge_id"):
            refunded["provider_payment_charge_id"] = payment["provider_payment_charge_id"]
        return refunded

    def _transaction_partner(self, charge_id: str) -> dict[str, Any]:
        charge = self.charges[charge_id]
        partner: dict[str, Any] = {
            "type": "user",
            "transaction_type": "invoice_payment",
            "user": dict(self.chats[charge["user_id"]].user),
            "invoice_payload": charge["payment"]["invoice_payload"],
        }
        if charge["subscription"] is not None:
            partner["subscription_period"] = self.subscriptions[charge["subscription"]]["period"]
        return partner

    @staticmethod
    def now() -> int:
        return int(time.time())


def _check_status(user_id: int, status: str) -> None:
    if status not in GROUP_STATUSES:
        raise ValueError(f"member {user_id}: status {status!r} is not one of {', '.join(GROUP_STATUSES)}")
