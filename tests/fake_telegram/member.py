"""A scripted member of a forum supergroup (support staff, say): posts in topics the way the Telegram app does
and waits for the bot's calls to the group, optionally to one topic only.

What the bot receives is what Telegram sends for a forum: ``from`` is the member, ``chat`` the supergroup,
and a message in a topic carries ``message_thread_id``, ``is_topic_message`` and a ``reply_to_message``
pointing at the topic's creation message unless it is a real reply.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from . import updates
from .errors import ApiError
from .records import RecordedRequest
from .server import FakeTelegramServer
from .state import GROUP_STATUSES, TOPIC_COLOR, GroupChat
from .waiting import ChatWatcher


class FakeGroupMember(ChatWatcher):
    """One person in a supergroup registered with ``server.state.register_group``.

    ``status`` defaults to what register_group said about this user, else "member"; members who left or
    were kicked cannot post, and only the creator and administrators may post in a closed topic or manage
    topics, as in the app. Every ``thread_id`` below may be None for the General topic.
    """

    def __init__(
        self,
        server: FakeTelegramServer,
        user_id: int,
        group_chat_id: int,
        first_name: str = "Staff",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        status: str | None = None,
    ) -> None:
        self.server = server
        self.user_id = user_id
        self.group_chat_id = group_chat_id
        self._cursor = 0
        try:
            self._group: GroupChat = server.state.group(group_chat_id)
        except ApiError:
            message = f"no group {group_chat_id}: call server.state.register_group first"
            raise AssertionError(message) from None
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        extra = {"last_name": last_name, "username": username, "language_code": language_code}
        user.update({key: value for key, value in extra.items() if value})
        self.user = user
        self._group.member_users[user_id] = user
        if status is not None:
            self.status = status
        else:
            self._group.members.setdefault(user_id, "member")

    @property
    def chat_id(self) -> int:
        return self.group_chat_id

    @property
    def status(self) -> str:
        return self._group.members.get(self.user_id, "left")

    @status.setter
    def status(self, value: str) -> None:
        """Promote, demote, kick or let the member leave; getChatMember answers the new status at once."""
        if value not in GROUP_STATUSES:
            raise ValueError(f"status {value!r} is not one of {', '.join(GROUP_STATUSES)}")
        self._group.members[self.user_id] = value

    # --- sending --------------------------------------------------------------------------------------------

    async def send_text(self, text: str, thread_id: int | None = None) -> dict[str, Any]:
        return await self._post(thread_id, **updates.text_content(text))

    async def send_command(
        self, cmd: str, args: str = "", thread_id: int | None = None, *, mention: bool = False
    ) -> dict[str, Any]:
        """``/cmd args`` with a bot_command entity; ``mention`` writes ``/cmd@botusername`` as group clients
        do when the command is picked from the menu or several bots share the group."""
        text = "/" + cmd.lstrip("/")
        if mention:
            text += "@" + self.server.state.bot_user["username"]
        return await self.send_text(f"{text} {args}" if args else text, thread_id)

    async def send_photo(
        self, data: bytes, thread_id: int | None = None, caption: str | None = None
    ) -> dict[str, Any]:
        return await self._post(
            thread_id,
            photo=updates.photo_content(self.server.state, data),
            **updates.caption_content(caption),
        )

    async def send_document(
        self,
        data: bytes,
        file_name: str,
        mime_type: str,
        thread_id: int | None = None,
        caption: str | None = None,
    ) -> dict[str, Any]:
        content = updates.document_content(self.server.state, data, file_name, mime_type)
        return await self._post(thread_id, **content, **updates.caption_content(caption))

    async def reply(self, to_message_id: int, text: str, thread_id: int | None = None) -> dict[str, Any]:
        """A reply to a group message; it lands in that message's topic (``thread_id`` can only confirm
        that)."""
        replied = self._group.messages.get(to_message_id)
        if replied is None:
            raise AssertionError(f"message {to_message_id} is not in group {self.chat_id} (deleted?)")
        topic = replied.get("message_thread_id") if replied.get("is_topic_message") else None
        if thread_id is not None and thread_id != topic:
            raise AssertionError(f"message {to_message_id} is in topic {topic}, not in topic {thread_id}")
        return await self._post(topic, reply_to=replied, **updates.text_content(text))

    async def edit_text(self, message_id: int, new_text: str) -> dict[str, Any]:
        """Edit one of this member's text messages: the bot gets an ``edited_message`` update; returns it."""
        self._own_message(message_id, "text")
        return await self._push_edit(message_id, **{"entities": None, **updates.text_content(new_text)})

    async def edit_caption(self, message_id: int, caption: str | None) -> dict[str, Any]:
        self._own_message(message_id, "caption")
        return await self._push_edit(message_id, caption=caption or None, caption_entities=None)

    # --- service messages -----------------------------------------------------------------------------------

    async def create_topic(self, name: str, icon_color: int = TOPIC_COLOR) -> int:
        """Create a topic from the app (administrators only): the bot gets ``forum_topic_created``; returns
        the new message_thread_id."""
        self._require_admin("create topics")
        created = {"name": name, "icon_color": icon_color}
        message = await self._post(None, starts_topic=True, forum_topic_created=created)
        thread_id = message["message_thread_id"]
        self.server.state.topics[(self.chat_id, thread_id)] = {
            "message_thread_id": thread_id,
            **created,
            "closed": False,
        }
        return thread_id

    async def edit_topic(self, thread_id: int, name: str) -> dict[str, Any]:
        """Rename a topic: ``forum_topic_edited`` service message in it."""
        self._require_admin("edit topics")
        self._topic(thread_id)["name"] = name
        return await self._post(thread_id, service=True, forum_topic_edited={"name": name})

    async def close_topic(self, thread_id: int) -> dict[str, Any]:
        self._require_admin("close topics")
        self._topic(thread_id)["closed"] = True
        return await self._post(thread_id, service=True, forum_topic_closed={})

    async def reopen_topic(self, thread_id: int) -> dict[str, Any]:
        self._require_admin("reopen topics")
        self._topic(thread_id)["closed"] = False
        return await self._post(thread_id, service=True, forum_topic_reopened={})

    async def pin_message(self, message_id: int) -> dict[str, Any]:
        """Pin a group message: the ``pinned_message`` service message appears in the pinned one's topic."""
        pinned = self._group.messages.get(message_id)
        if pinned is None:
            raise AssertionError(f"message {message_id} is not in group {self.chat_id}")
        topic = pinned.get("message_thread_id") if pinned.get("is_topic_message") else None
        return await self._post(topic, service=True, pinned_message=updates.quoted(pinned))

    async def send_service(self, thread_id: int | None, **content: Any) -> dict[str, Any]:
        """Any other service message from this member (``new_chat_members=[...]``, ``new_chat_title=...``),
        for tests of how the bot treats messages it cannot copy."""
        return await self._post(thread_id, service=True, **content)

    # --- reading --------------------------------------------------------------------------------------------

    async def wait_for(
        self,
        method: str | Iterable[str],
        *,
        thread_id: int | None = None,
        predicate: Callable[[RecordedRequest], bool] | None = None,
        timeout: float = 10.0,
        include_failed: bool = False,
    ) -> RecordedRequest:
        """Next call of ``method`` to the group (to topic ``thread_id`` when given) after the last one this
        member consumed; see FakeUser.wait_for."""
        predicate = self._in_thread(thread_id, predicate)
        return await super().wait_for(
            method, predicate=predicate, timeout=timeout, include_failed=include_failed
        )

    async def expect_silence(
        self,
        within: float = 0.5,
        method: str | None = None,
        *,
        thread_id: int | None = None,
        predicate: Callable[[RecordedRequest], bool] | None = None,
    ) -> None:
        """Assert the bot makes no successful call to the group (to topic ``thread_id``) for ``within`` s."""
        await super().expect_silence(within, method, predicate=self._in_thread(thread_id, predicate))

    def thread_of(self, request: RecordedRequest) -> int | None:
        """The topic a call to the group concerns: its ``message_thread_id``, else the topic of the message
        it posted or edited (None for General, and for messages already deleted)."""
        thread = request.params.get("message_thread_id")
        if thread:
            return thread
        results = request.result if isinstance(request.result, list) else [request.result]
        for result in results:
            if isinstance(result, dict) and "message_id" in result:
                stored = self.server.message(self.chat_id, result["message_id"]) or result
                return stored.get("message_thread_id")
        message_id = request.params.get("message_id")
        if not request.method.lower().startswith("copy") and isinstance(message_id, int):
            stored = self.server.message(self.chat_id, message_id)
            return stored.get("message_thread_id") if stored else None
        return None

    def topic_messages(self, thread_id: int) -> list[dict[str, Any]]:
        """Messages of a topic as they stand now, its creation message first."""
        return self.server.messages(self.chat_id, thread_id)

    def bot_messages(self, thread_id: int | None = None) -> list[dict[str, Any]]:
        """The bot's messages in the group (in one topic), service messages included, oldest first."""
        bot_id = self.server.state.bot_user["id"]
        return [m for m in self.server.messages(self.chat_id, thread_id) if m["from"]["id"] == bot_id]

    def last_message(self, thread_id: int | None = None) -> dict[str, Any] | None:
        messages = self.bot_messages(thread_id)
        return messages[-1] if messages else None

    # --- internals ------------------------------------------------------------------------------------------

    async def _post(
        self,
        thread_id: int | None,
        *,
        service: bool = False,
        starts_topic: bool = False,
        reply_to: dict[str, Any] | None = None,
        **content: Any,
    ) -> dict[str, Any]:
        """Store a message from this member and deliver it; refuse what the app would not let them send."""
        if self.status in ("left", "kicked"):
            raise AssertionError(f"user {self.user_id} is {self.status} in group {self.chat_id}: can't post")
        if thread_id is not None:
            topic = self._topic(thread_id)
            if topic["closed"] and not service and not self._group.is_admin(self.user_id):
                raise AssertionError(f"topic {thread_id} is closed: only administrators may post in it")
        message = updates.chat_message(
            self.server.state,
            self._group,
            self.user,
            thread_id=thread_id,
            starts_topic=starts_topic,
            reply_to=reply_to,
            **content,
        )
        await self.server.push_update({"message": message})
        return message

    def _topic(self, thread_id: int) -> dict[str, Any]:
        topic = self.server.state.topics.get((self.chat_id, thread_id))
        if topic is None:
            raise AssertionError(f"group {self.chat_id} has no topic {thread_id} (never created, or deleted)")
        return topic

    def _require_admin(self, action: str) -> None:
        if not self._group.is_admin(self.user_id):
            raise AssertionError(f"user {self.user_id} is {self.status}: only administrators may {action}")

    def _own_message(self, message_id: int, part: str) -> None:
        message = self._group.messages.get(message_id)
        if message is None or message["from"]["id"] != self.user_id:
            raise AssertionError(f"message {message_id} in group {self.chat_id} is not one this member sent")
        if (part == "text") != ("text" in message):
            raise AssertionError(f"message {message_id} has no {part} to edit")

    async def _push_edit(self, message_id: int, **changes: Any) -> dict[str, Any]:
        message = updates.edited(self.server.state, self._group, message_id, **changes)
        await self.server.push_update({"edited_message": message})
        return message

    def _in_thread(
        self, thread_id: int | None, predicate: Callable[[RecordedRequest], bool] | None
    ) -> Callable[[RecordedRequest], bool] | None:
        if thread_id is None:
            return predicate
        return lambda r: self.thread_of(r) == thread_id and (predicate is None or predicate(r))
