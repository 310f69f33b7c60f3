"""How updates reach the bot: getUpdates long polling with Telegram's offset/confirmation rules, or webhook
POSTs with the secret-token header, retried until the bot answers 2xx.

Polling follows the real server closely on purpose: an update stays pending until a later getUpdates
confirms it with ``offset`` (so a bot restarted mid-conversation gets it again), a newer getUpdates call
terminates the older one with 409, getUpdates is refused with 409 while a webhook is set, and update types
outside ``allowed_updates`` are dropped when they are created.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp

from .errors import ApiError
from .records import UploadedFile

log = logging.getLogger(__name__)

# Telegram leaves these out unless they are asked for explicitly.
_OPT_IN_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_RETRY_BASE_S = 0.1
_RETRY_MAX_S = 2.0

# (method, parameters, uploaded parts, whether the parameters are form strings still to be decoded)
Reply = tuple[str, dict[str, Any], dict[str, UploadedFile], bool]
ReplyExecutor = Callable[[Reply], Awaitable[Any]]


@dataclass(frozen=True)
class WebhookFailure:
    """One delivery attempt the bot's webhook did not accept."""

    update_id: int
    url: str
    status: int | None  # HTTP status, None when the connection itself failed
    error: str


@dataclass
class Webhook:
    urls: list[str]  # several URLs are used round-robin, like a load balancer in front of bot replicas
    secret: str | None
    max_connections: int = 40


def update_type(update: dict[str, Any]) -> str:
    return next(key for key in update if key != "update_id")


def _chat_key(update: dict[str, Any]) -> Any:
    """Updates of one chat are delivered one after another; different chats go in parallel."""
    body = update[update_type(update)]
    if isinstance(body, dict):
        if isinstance(body.get("chat"), dict):
            return body["chat"]["id"]
        if isinstance(body.get("from"), dict):
            return body["from"]["id"]
    return ("update", update["update_id"])


class UpdateQueue:
    """Pending updates and the two ways of handing them to the bot."""

    def __init__(self, execute_reply: ReplyExecutor) -> None:
        self.pending: list[dict[str, Any]] = []
        self.dropped: list[dict[str, Any]] = []  # filtered out by allowed_updates
        self.failures: list[WebhookFailure] = []
        self.history: dict[int, dict[str, Any]] = {}  # every queued update by update_id, for redeliver()
        self._confirmed = 0  # highest offset a getUpdates call confirmed up to (exclusive)
        self.allowed_updates: list[str] = []
        self.webhook: Webhook | None = None
        self._execute_reply = execute_reply
        self._last_update_id = 100_000_000 + secrets.randbelow(1_000_000)
        self._changed = asyncio.Event()
        self._poll_generation = 0
        self._closing = False
        self._pusher: asyncio.Task[None] | None = None
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        self._busy_chats: set[Any] = set()
        self._retry_at: dict[int, float] = {}
        self._attempts: dict[int, int] = {}
        self._next_url = 0

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def _allowed(self, kind: str) -> bool:
        if self.allowed_updates:
            return kind in self.allowed_updates
        return kind not in _OPT_IN_TYPES

    def push(self, update: dict[str, Any]) -> int:
        """Queue an update (``update_id`` assigned here) and wake whoever waits for it."""
        self._last_update_id += 1
        update = {"update_id": self._last_update_id, **{k: v for k, v in update.items() if k != "update_id"}}
        if not self._allowed(update_type(update)):
            self.dropped.append(update)
            return update["update_id"]
        self.pending.append(update)
        self.history[update["update_id"]] = update
        self._notify()
        return update["update_id"]

    async def redeliver(self, update_id: int | None = None, chat: Any = None) -> int:
        """Queue an already queued update again with the same update_id (default: the newest one, of
        ``chat`` if given), the way Telegram re-POSTs an update whose webhook delivery it thinks failed.

        A webhook POST under way is let finish first (the bot may already have answered the user while
        the POST is open). An update still pending after that is left alone, since it is going to be
        delivered anyway. Long polling cannot get back an update its offset confirmed, so that case raises
        ValueError instead of doing nothing.
        """
        if update_id is None:
            candidates = [uid for uid, u in self.history.items() if chat is None or _chat_key(u) == chat]
            if not candidates:
                raise ValueError(f"no update was queued{'' if chat is None else f' for chat {chat}'}")
            update_id = max(candidates)
        update = self.history.get(update_id)
        if update is None:
            raise ValueError(f"update {update_id} was never queued")
        in_flight = self._in_flight.get(update_id)
        if in_flight is not None:
            await asyncio.wait([in_flight])
        if any(u["update_id"] == update_id for u in self.pending):
            return update_id
        if self.webhook is None and update_id < self._confirmed:
            raise ValueError(
                f"update {update_id} was confirmed by getUpdates offset {self._confirmed}; Telegram never "
                "returns it again (redeliver in webhook mode, or resend its content as a new update)"
            )
        self.pending.append(dict(update))
        self._notify()
        return update_id

    # --- long polling ---------------------------------------------------------------------------------------

    async def get_updates(self, *, offset: Any, limit: Any, timeout: Any, allowed_updates: Any) -> list[dict]:
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
                "delete the webhook first",
            )
        if isinstance(allowed_updates, list):
            self.allowed_updates = [str(kind) for kind in allowed_updates]
        if isinstance(offset, int) and offset > 0:
            self.pending = [u for u in self.pending if u["update_id"] >= offset]
            self._confirmed = max(self._confirmed, offset)
        elif isinstance(offset, int) and offset < 0:
            self.pending = self.pending[offset:]
        limit = min(max(int(limit or 100), 1), 100)
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify()  # an older getUpdates still waiting learns it has been superseded
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(float(timeout or 0), 0.0)
        while True:
            changed = self._changed
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only one bot "
                    "instance is running",
                )
            if self.pending:
                return [dict(update) for update in self.pending[:limit]]
            remaining = deadline - loop.time()
            if self._closing or self.webhook is not None or remaining <= 0:
                return []
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)

    # --- webhook --------------------------------------------------------------------------------------------

    def set_webhook(
        self,
        urls: list[str],
        secret: str | None,
        *,
        max_connections: int = 40,
        allowed_updates: Any = None,
        drop_pending: bool = False,
    ) -> None:
        if drop_pending:
            self.pending.clear()
        if isinstance(allowed_updates, list):
            self.allowed_updates = [str(kind) for kind in allowed_updates]
        self.webhook = Webhook(list(urls), secret, max(1, min(max_connections, 100)))
        if self._pusher is None or self._pusher.done():
            self._pusher = asyncio.get_running_loop().create_task(self._push_loop())
        self._notify()

    def delete_webhook(self, *, drop_pending: bool = False) -> None:
        self.webhook = None
        if drop_pending:
            self.pending.clear()
        self._notify()

    def webhook_info(self) -> dict[str, Any]:
        info: dict[str, Any] = {
            "url": self.webhook.urls[0] if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.pending),
        }
        if self.webhook:
            info["max_connections"] = self.webhook.max_connections
        if self.allowed_updates:
            info["allowed_updates"] = list(self.allowed_updates)
        if self.failures:
            info["last_error_message"] = self.failures[-1].error
        return info

    async def _push_loop(self) -> None:
        loop = asyncio.get_running_loop()
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
            while not self._closing and self.webhook is not None:
                changed = self._changed
                self._start_deliveries(session, self.webhook)
                waits = [at - loop.time() for at in self._retry_at.values()]
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(changed.wait(), max(min(waits, default=1.0), 0.01))
            if self._in_flight:
                await asyncio.gather(*self._in_flight.values(), return_exceptions=True)

    def _start_deliveries(self, session: aiohttp.ClientSession, hook: Webhook) -> None:
        now = asyncio.get_running_loop().time()
        held: set[Any] = set()  # chats whose earlier update is still in flight or waiting for a retry
        for update in self.pending:
            if len(self._in_flight) >= hook.max_connections:
                return
            update_id, chat = update["update_id"], _chat_key(update)
            if update_id in self._in_flight:
                continue
            if chat in self._busy_chats or chat in held or self._retry_at.get(update_id, 0) > now:
                held.add(chat)
                continue
            self._busy_chats.add(chat)
            self._in_flight[update_id] = asyncio.get_running_loop().create_task(
                self._deliver(session, hook, update, chat)
            )

    async def _deliver(self, session: aiohttp.ClientSession, hook: Webhook, update: dict, chat: Any) -> None:
        url = hook.urls[self._next_url % len(hook.urls)]
        self._next_url += 1
        headers = {"X-Telegram-Bot-Api-Secret-Token": hook.secret} if hook.secret else {}
        update_id = update["update_id"]
        reply = None
        failure: WebhookFailure | None = None
        try:
            async with session.post(
                url, data=json.dumps(update), headers={**headers, "Content-Type": "application/json"}
            ) as response:
                if 200 <= response.status < 300:
                    reply = await _read_reply(response)
                else:
                    body = (await response.text())[:200]
                    failure = WebhookFailure(
                        update_id,
                        url,
                        response.status,
                        f"Wrong response from the webhook: {response.status} {response.reason}: {body}",
                    )
        except (aiohttp.ClientError, TimeoutError, OSError) as error:
            failure = WebhookFailure(
                update_id, url, None, f"Connection failed: {type(error).__name__}: {error}"
            )
        finally:
            self._in_flight.pop(update_id, None)
            self._busy_chats.discard(chat)
        if failure is None:
            self.pending = [u for u in self.pending if u["update_id"] != update_id]
            self._retry_at.pop(update_id, None)
            self._attempts.pop(update_id, None)
        else:
            self.failures.append(failure)
            attempts = self._attempts[update_id] = self._attempts.get(update_id, 0) + 1
            delay = min(_RETRY_BASE_S * 2 ** (attempts - 1), _RETRY_MAX_S)
            self._retry_at[update_id] = asyncio.get_running_loop().time() + delay
        self._notify()
        if reply is not None:
            await self._execute_reply(reply)

    async def close(self) -> None:
        """Wake every waiter and stop webhook delivery (in-flight POSTs are cancelled)."""
        self._closing = True
        self._notify()
        in_flight = list(self._in_flight.values())
        for task in in_flight:
            task.cancel()
        await asyncio.gather(*in_flight, return_exceptions=True)
        if self._pusher is not None:
            self._pusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pusher


async def _read_reply(response: aiohttp.ClientResponse) -> Reply | None:
    """A Bot API method the bot returned as its webhook answer (aiogram's ``handle_in_background=False``).

    Telegram executes such a method as if the bot had called it; its result goes nowhere.
    """
    if response.content_type == "multipart/form-data":
        fields: dict[str, Any] = {}
        parts: dict[str, UploadedFile] = {}
        reader = aiohttp.MultipartReader.from_response(response)
        async for part in reader:
            if not isinstance(part, aiohttp.BodyPartReader) or part.name is None:
                continue
            if part.filename is not None:
                data = bytes(await part.read(decode=True))
                content_type = part.headers.get("Content-Type", "application/octet-stream")
                parts[part.name] = UploadedFile(part.name, part.filename, content_type, data)
            else:
                fields[part.name] = await part.text()
        method = fields.pop("method", None)
        return (str(method), fields, parts, True) if method else None
    if response.content_type == "application/json":
        body = await response.json()
        if isinstance(body, dict) and body.get("method"):
            return str(body.pop("method")), body, {}, False
    return None
