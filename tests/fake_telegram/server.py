"""A local Bot API server for tests: the real aiogram ``Bot`` talks HTTP to it on 127.0.0.1 exactly as it
would to api.telegram.org, so the bot's requests, limits and error handling are exercised for real.

Routing, recording and test controls live here; method semantics are in ``methods``, update delivery in
``delivery``, request decoding in ``params`` and Telegram's limits in ``limits``.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import limits, methods, params
from .delivery import Reply, UpdateQueue, WebhookFailure
from .errors import NOT_FOUND, UNAUTHORIZED, ApiError, too_many_requests
from .records import RecordedRequest, UploadedFile
from .state import StoredFile, TelegramState

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.client.telegram import TelegramAPIServer

log = logging.getLogger(__name__)

# Calls that put or change a message in a chat; Telegram's per-chat flood control counts these.
_FLOOD_COUNTED_PREFIXES = ("send", "edit", "copy")
# Calls that post new messages; the group limit (state.group_rate_limit) counts each message they post.
_POSTING_PREFIXES = ("send", "copy", "forward")
_NOT_POSTING = frozenset({"sendchataction"})


@dataclass
class _Injected:
    method: str
    error: ApiError
    chat_id: int | None
    times: int


@dataclass(frozen=True)
class _FloodLimit:
    messages: int
    per_seconds: float
    retry_after: int


class FakeTelegramServer:
    """Fake Bot API on a free loopback port. Use ``async with FakeTelegramServer() as server:``."""

    def __init__(
        self,
        token: str = "42:TEST",
        *,
        host: str = "127.0.0.1",
        bot_username: str = "idphoto_test_bot",
        bot_name: str = "IdPhoto Test Bot",
    ) -> None:
        self.token = token
        self.host = host
        self.url = ""  # set by start(): base for TelegramAPIServer.from_base(url)
        self.requests: list[RecordedRequest] = []
        self.downloads: list[str] = []  # file paths the bot fetched from /file/bot<token>/<path>
        self.state = TelegramState(int(token.split(":", 1)[0]), bot_username, bot_name)
        self.updates = UpdateQueue(self._execute_reply)
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._flood: _FloodLimit | None = None
        self._flood_log: dict[Any, collections.deque[float]] = {}
        self._injected: list[_Injected] = []

    # --- lifecycle ------------------------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=limits.MAX_UPLOAD + 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://{self.host}:{port}"

    async def stop(self) -> None:
        await self.updates.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeTelegramServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def api(self) -> TelegramAPIServer:
        """aiogram's server description pointing at this fake."""
        from aiogram.client.telegram import TelegramAPIServer

        return TelegramAPIServer.from_base(self.url)

    def make_bot(self, **kwargs: Any) -> Bot:
        """A real aiogram Bot wired to this server (kwargs go to ``Bot``, e.g. ``default=``)."""
        from aiogram import Bot
        from aiogram.client.session.aiohttp import AiohttpSession

        return Bot(self.token, session=AiohttpSession(api=self.api), **kwargs)

    # --- feeding the bot ------------------------------------------------------------------------------------

    async def push_update(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates or the webhook; returns its update_id."""
        update_id = self.updates.push(update)
        await asyncio.sleep(0)
        return update_id

    async def redeliver_update(self, update_id: int | None = None, *, chat_id: int | None = None) -> int:
        """Deliver an update again with the SAME update_id (default: the newest, of ``chat_id`` if given);
        returns that id.

        That is what Telegram does when it believes a webhook delivery failed although the bot handled it
        (response lost, timeout), so it is meant for webhook mode. A poller's offset has confirmed old updates
        and Telegram never returns them, so this raises AssertionError there: replay with a new update_id
        instead (e.g. FakeUser.resend_successful_payment).
        """
        try:
            update_id = await self.updates.redeliver(update_id, chat_id)
        except ValueError as error:
            raise AssertionError(str(error)) from None
        await asyncio.sleep(0)
        return update_id

    @property
    def push_refunded_payment(self) -> bool:
        """Whether the bot's refundStarPayment is followed by a refunded_payment message (default True)."""
        return self.state.push_refunded_payment

    @push_refunded_payment.setter
    def push_refunded_payment(self, value: bool) -> None:
        self.state.push_refunded_payment = value

    def webhook_mode(self, url: str | Sequence[str], secret: str | None) -> None:
        """Deliver updates by POSTing to ``url`` (several URLs: round-robin) with the secret header.

        The same as the bot calling setWebhook; needs a running event loop.
        """
        urls = [url] if isinstance(url, str) else list(url)
        self.updates.set_webhook([limits.webhook_url(u) for u in urls], limits.secret_token(secret))

    def polling_mode(self) -> None:
        """Back to getUpdates, as deleteWebhook does."""
        self.updates.delete_webhook()

    @property
    def webhook_failures(self) -> list[WebhookFailure]:
        return self.updates.failures

    # --- test controls --------------------------------------------------------------------------------------

    def set_flood_limit(self, messages: int | None, per_seconds: float = 1.0, retry_after: int = 1) -> None:
        """Answer 429 (``retry_after``) when a chat gets more than ``messages`` sends/edits per window.

        ``None`` switches flood control off (the default).
        """
        self._flood = None if messages is None else _FloodLimit(messages, per_seconds, retry_after)
        self._flood_log.clear()

    def fail_next(
        self,
        method: str,
        *,
        error_code: int = 400,
        description: str | None = None,
        retry_after: int | None = None,
        chat_id: int | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (optionally only for ``chat_id``) fail as given."""
        if error_code == 429:
            error = too_many_requests(retry_after if retry_after is not None else 1)
        else:
            default = {400: "Bad Request: injected failure", 403: "Forbidden: bot was blocked by the user"}
            error = ApiError(error_code, description or default.get(error_code, "Internal Server Error"))
        if description:
            error.description = description
        self._injected.append(_Injected(method.lower(), error, chat_id, times))

    # --- reading what happened ------------------------------------------------------------------------------

    def requests_for(self, chat_id: int, method: str | None = None) -> list[RecordedRequest]:
        return [
            r
            for r in self.requests
            if r.chat_id == chat_id and (method is None or r.method.lower() == method.lower())
        ]

    def failed_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if not r.ok]

    def assert_no_failures(self, *, ignore: Sequence[str] = ()) -> None:
        """Fail the test if any call was refused, except getUpdates conflicts (normal when a poller restarts)
        and the methods named in ``ignore``."""
        skipped = {name.lower() for name in ignore}
        failed = [
            r
            for r in self.failed_requests()
            if r.method.lower() not in skipped and not (r.method == "getUpdates" and r.error_code == 409)
        ]
        if failed:
            raise AssertionError(
                "the fake Telegram refused calls:\n" + "\n".join(r.summary() for r in failed)
            )

    @property
    def unknown_methods(self) -> list[str]:
        """Methods the bot called that this fake (and maybe Telegram) does not know."""
        return [r.method for r in self.requests if r.error_code == 404]

    def messages(self, chat_id: int, thread_id: int | None = None) -> list[dict[str, Any]]:
        """Messages of a chat as they stand now (edits applied, deleted ones gone), oldest first; with
        ``thread_id`` only those of that forum topic (its creation message included)."""
        chat = self.state.chats.get(chat_id)
        if chat is None:
            return []
        return [
            dict(m)
            for _, m in sorted(chat.messages.items())
            if thread_id is None or m.get("message_thread_id") == thread_id
        ]

    def message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        return self.state.message(chat_id, message_id)

    def commands(self, language_code: str = "", scope: dict[str, Any] | None = None) -> list[dict[str, str]]:
        """Commands registered with setMyCommands for this language and scope (default scope)."""
        key = (json.dumps(scope or {"type": "default"}, sort_keys=True), language_code)
        return list(self.state.commands.get(key, []))

    def file(self, file_id: str) -> StoredFile | None:
        return self.state.files.get(file_id)

    async def wait_for(
        self,
        method: str,
        *,
        predicate: Callable[[RecordedRequest], bool] | None = None,
        timeout: float = 10.0,
        after: int = 0,
    ) -> RecordedRequest:
        """First call of ``method`` recorded at index >= ``after``, whatever the chat (e.g. setMyCommands,
        or getUpdates to know polling is live). Raises TimeoutError listing the methods seen."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            changed = self._changed
            for request in self.requests[after:]:
                if request.method.lower() == method.lower() and (predicate is None or predicate(request)):
                    return request
            remaining = deadline - loop.time()
            if remaining <= 0:
                seen = [r.summary() for r in self.requests[after:][-20:]]
                raise TimeoutError(f"no {method} call within {timeout:.1f} s; recent calls: {seen}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)

    def changed(self) -> asyncio.Event:
        """An event set at the next recorded request (grab it before checking, then wait on it)."""
        return self._changed

    # --- HTTP -----------------------------------------------------------------------------------------------

    async def _handle_method(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        try:
            if request.match_info["token"] != self.token:
                raise UNAUTHORIZED
            decoded, parts = await params.read_request(request)
        except ApiError as error:
            self._record(
                RecordedRequest(
                    0, method, {}, ok=False, error_code=error.error_code, description=error.description
                )
            )
            return web.json_response(error.to_json(), status=error.error_code)
        status, body = await self.execute(method, decoded, parts)
        return web.json_response(body, status=status)

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        stored = self.state.files.by_path(request.match_info["path"])
        if request.match_info["token"] != self.token or stored is None or stored.size > limits.MAX_DOWNLOAD:
            return web.json_response(NOT_FOUND.to_json(), status=404)
        self.downloads.append(stored.file_path)
        return web.Response(body=stored.data, content_type=stored.mime_type or "application/octet-stream")

    async def execute(
        self,
        method: str,
        decoded: dict[str, Any],
        parts: dict[str, UploadedFile] | None = None,
        *,
        via_webhook_reply: bool = False,
    ) -> tuple[int, dict[str, Any]]:
        """Run one Bot API call, record it, and return (HTTP status, JSON body)."""
        entry = methods.HANDLERS.get(method.lower())
        name = entry[0] if entry else method
        files = params.attachments(decoded, parts or {})
        call = methods.Call(self.state, self.updates, decoded, files)
        record = RecordedRequest(
            0, name, decoded, files, self._chat_of(decoded), via_webhook_reply=via_webhook_reply
        )
        try:
            if entry is None:
                raise NOT_FOUND
            self._check_injected(name, record.chat_id)
            self._check_flood(name, record.chat_id)
            posted = _messages_posted(name, decoded)
            self.state.check_group_rate(record.chat_id, posted)
            record.result = await entry[1](call)
            self.state.count_group_messages(record.chat_id, posted)
            status, body = 200, {"ok": True, "result": record.result}
        except ApiError as error:
            record.ok, record.error_code, record.description = False, error.error_code, error.description
            status, body = error.error_code, error.to_json()
        if not record.ok and record.error_code != 409:
            log.debug("fake Telegram refused %s: %s", name, record.description)
        self._record(record)
        return status, body

    async def _execute_reply(self, reply: Reply) -> None:
        method, fields, parts, is_form = reply
        await self.execute(
            method, params.decode_form(fields) if is_form else fields, parts, via_webhook_reply=True
        )

    def _record(self, record: RecordedRequest) -> None:
        record.index = len(self.requests)
        self.requests.append(record)
        self._changed.set()
        self._changed = asyncio.Event()

    def _chat_of(self, decoded: dict[str, Any]) -> int | str | None:
        """The private chat a call concerns, so FakeUser can wait for calls addressed to it."""
        if decoded.get("chat_id") is not None:
            return decoded["chat_id"]
        for key, queries in (
            ("callback_query_id", self.state.callback_queries),
            ("pre_checkout_query_id", self.state.pre_checkout_queries),
        ):
            query = queries.get(str(decoded.get(key)))
            if query is not None:
                return query["user_id"]
        user_id = decoded.get("user_id")
        return user_id if isinstance(user_id, int) else None

    def _check_injected(self, name: str, chat_id: Any) -> None:
        for injected in self._injected:
            if injected.method == name.lower() and injected.chat_id in (None, chat_id):
                injected.times -= 1
                if injected.times <= 0:
                    self._injected.remove(injected)
                raise injected.error

    def _check_flood(self, name: str, chat_id: Any) -> None:
        flood = self._flood
        if flood is None or chat_id is None or name == "sendChatAction":
            return
        if not name.lower().startswith(_FLOOD_COUNTED_PREFIXES):
            return
        now = time.monotonic()
        window = self._flood_log.setdefault(chat_id, collections.deque())
        while window and now - window[0] >= flood.per_seconds:
            window.popleft()
        if len(window) >= flood.messages:
            raise too_many_requests(flood.retry_after)
        window.append(now)


def _messages_posted(name: str, decoded: dict[str, Any]) -> int:
    """How many messages a call would post: albums and copyMessages/forwardMessages count per message."""
    lower = name.lower()
    if not lower.startswith(_POSTING_PREFIXES) or lower in _NOT_POSTING:
        return 0
    items = decoded.get("media") if lower == "sendmediagroup" else decoded.get("message_ids")
    return len(items) if isinstance(items, list) and items else 1
