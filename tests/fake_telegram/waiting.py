"""Waiting for the bot's calls to one chat: a cursor over the server's request log, shared by the scripted
private user (FakeUser) and the scripted group member (FakeGroupMember).

``wait_for`` returns the next matching request addressed to the chat after the last one consumed, so each
scripted person reads the conversation in order without seeing what was meant for someone else.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .records import RecordedRequest

if TYPE_CHECKING:
    from .server import FakeTelegramServer


class WaitTimeout(AssertionError):
    """The bot did not make the awaited call in time; the message lists what it did instead."""


class ChatWatcher:
    """Base of the scripted people: subclasses set ``server`` and ``_cursor`` and define ``chat_id``."""

    server: FakeTelegramServer
    _cursor: int

    @property
    def chat_id(self) -> int:
        raise NotImplementedError

    async def wait_for(
        self,
        method: str | Iterable[str],
        *,
        predicate: Callable[[RecordedRequest], bool] | None = None,
        timeout: float = 10.0,
        include_failed: bool = False,
    ) -> RecordedRequest:
        """Next successful call of ``method`` (or any of several) to this chat after the last one consumed.

        Calls skipped on the way are consumed too. Failed calls only match with ``include_failed=True``;
        on timeout the error lists everything the bot sent this chat since the cursor.
        """
        names = [method] if isinstance(method, str) else list(method)
        wanted = {name.lower() for name in names}

        def matches(request: RecordedRequest) -> bool:
            return (
                request.method.lower() in wanted
                and (request.ok or include_failed)
                and (predicate is None or predicate(request))
            )

        request = await self._next(matches, timeout)
        if request is None:
            raise WaitTimeout(self._timeout_message(names, timeout))
        return request

    async def expect_silence(
        self,
        within: float = 0.5,
        method: str | None = None,
        *,
        predicate: Callable[[RecordedRequest], bool] | None = None,
    ) -> None:
        """Assert the bot makes no successful call to this chat (or none of ``method``, or none matching
        ``predicate``) for ``within`` s."""
        request = await self._next(
            lambda r: (
                r.ok
                and (method is None or r.method.lower() == method.lower())
                and (predicate is None or predicate(r))
            ),
            within,
        )
        if request is not None:
            raise AssertionError(f"expected silence in chat {self.chat_id}, got {request.summary()}")

    async def _next(
        self, matches: Callable[[RecordedRequest], bool], timeout: float
    ) -> RecordedRequest | None:
        """First request to this chat after the cursor that ``matches``; moves the cursor past it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            changed = self.server.changed()
            requests = self.server.requests
            for index in range(self._cursor, len(requests)):
                request = requests[index]
                if request.chat_id == self.chat_id and matches(request):
                    self._cursor = index + 1
                    return request
            remaining = deadline - loop.time()
            if remaining <= 0:
                return None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)

    def skip_pending(self) -> None:
        """Consume everything recorded so far, so the next wait_for only sees new calls."""
        self._cursor = len(self.server.requests)

    def _timeout_message(self, wanted: list[str], timeout: float) -> str:
        mine = [r for r in self.server.requests[self._cursor :] if r.chat_id == self.chat_id]
        others = [
            r for r in self.server.failed_requests() if r.chat_id != self.chat_id and r.error_code != 409
        ]
        lines = [f"bot made no {'/'.join(wanted)} call to chat {self.chat_id} within {timeout:.1f} s."]
        lines.append(f"calls to this chat since the last consumed one ({len(mine)}):")
        lines += [f"  {r.summary()}" for r in mine[-30:]] or ["  (none)"]
        if others:
            lines.append("failed calls elsewhere:")
            lines += [f"  {r.summary()}" for r in others[-10:]]
        failures = self.server.webhook_failures
        if failures:
            lines.append(f"webhook delivery failures: {len(failures)}, last: {failures[-1].error}")
        return "\n".join(lines)
