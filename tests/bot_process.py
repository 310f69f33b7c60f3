"""`idphoto bot` as a subprocess for tests: started from the environment like in production, stoppable.

Why a real process and not the dispatcher in the test's loop: a restart mid-conversation or two
bot replicas behind a load balancer only mean something when the bot's memory really goes away
(or really is not shared) and Redis is all that connects them. Readiness is seen on the fake
Telegram server: a polling bot's getMe (aiogram's polling loop calls it once before its first
getUpdates, which the fake only records when the long poll returns), a webhook bot's setWebhook
to its own URL.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

from tests.fake_telegram import FakeTelegramServer, RecordedRequest
from tests.worker_process import terminate

READY_TIMEOUT_S = 30.0
WEBHOOK_PATH = "/telegram/hook"


class BotProcess:
    def __init__(
        self, env: dict[str, str], folder: Path, name: str = "bot", *, webhook: bool = False
    ) -> None:
        script = Path(sys.executable).with_name("idphoto")
        command = [str(script)] if script.exists() else [sys.executable, "-m", "idphoto"]
        self.name = name
        self.log = folder / f"{name}.log"
        self.webhook_url = env.get("WEBHOOK_URL") if webhook else None
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                [*command, "-v", "bot", *(["--webhook"] if webhook else [])],
                env=env,
                cwd=folder,  # no stray .env from the checkout
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    async def wait_ready(self, server: FakeTelegramServer, after: int = 0) -> None:
        """The bot takes updates: its getMe (polling) or setWebhook (webhook) reached `server`.

        `after`: only requests recorded from this index on count (a restarted bot's, not its predecessor's).
        """
        deadline = time.monotonic() + READY_TIMEOUT_S
        while not any(self._is_ready_call(r) for r in server.requests[after:]):
            assert self.process.poll() is None, f"{self.name} exited:\n{self.tail()}"
            assert time.monotonic() < deadline, f"{self.name} did not start:\n{self.tail()}"
            await asyncio.sleep(0.05)

    def _is_ready_call(self, request: RecordedRequest) -> bool:
        if self.webhook_url is None:  # polling starts with getMe, right after the startup hooks
            return request.method == "getMe"
        return request.method == "setWebhook" and request.ok and request.params.get("url") == self.webhook_url

    def stop(self) -> int:
        """SIGTERM, as a deployment does; returns the exit code."""
        return terminate(self.process)

    def handled(self) -> int:
        """Updates this process handled, from aiogram's own log line (`Update id=... is handled`)."""
        return self.log.read_text(errors="replace").count("is handled")

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]


def bot_env(worker_env: dict[str, str], server: FakeTelegramServer, **extra: str) -> dict[str, str]:
    """A bot's environment: the worker's (Redis, data folder, job limits) plus Telegram and FREE_MODE."""
    env = {k: v for k, v in worker_env.items() if not k.startswith("WEBHOOK_")}
    env.update(BOT_TOKEN=server.token, TELEGRAM_API_URL=server.url, FREE_MODE="1", **extra)
    return env


def webhook_env(port: int, secret: str) -> dict[str, str]:
    """WEBHOOK_* for a replica listening on its own loopback port."""
    return {
        "WEBHOOK_URL": f"http://127.0.0.1:{port}{WEBHOOK_PATH}",
        "WEBHOOK_SECRET": secret,
        "WEBHOOK_HOST": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
    }
