"""The operations HTTP server of a bot or worker process: `/metrics`, `/healthz`, `/readyz`.

Why a port of its own (METRICS_PORT) and not the webhook's: the webhook port faces Telegram
through the TLS proxy; metrics and probes face the operator's network only. `/healthz` says the
process's event loop answers (a liveness probe: restart me if not). `/readyz` runs the process's
readiness checks (Redis, the database, the models; whatever the process depends on) each within
CHECK_TIMEOUT_S and answers 503 naming the failing ones, so a load balancer or an orchestrator
keeps traffic away until they pass. The answer names error classes only, never messages (a
database URL with a password could be in one).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.observability import metrics

log = logging.getLogger(__name__)

CHECK_TIMEOUT_S = 3.0
PATHS = ("/metrics", "/healthz", "/readyz")  # deploy/ files and probes use these (tests/test_deploy.py)

Check = Callable[[], Awaitable[object]]  # raises (or times out) when not ready


class OpsServer:
    def __init__(
        self,
        host: str,
        port: int,
        checks: Mapping[str, Check],
        refreshers: Sequence[Callable[[], Awaitable[None]]] = (),
    ) -> None:
        self.host = host
        self.port = port
        self.checks = dict(checks)
        self.refreshers = list(refreshers)
        self._runner: web.AppRunner | None = None
        # set by the process once it takes work (the bot after its start-up hooks); until then
        # /readyz says "starting" whatever the other checks say
        self.started = asyncio.Event()

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/metrics", self.metrics)
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/readyz", self.readyz)
        return app

    async def start(self) -> None:
        self._runner = web.AppRunner(self.app(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        log.info("metrics and health on port %d", self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def healthz(self, request: web.Request) -> web.Response:
        return web.json_response({"alive": True})

    async def readyz(self, request: web.Request) -> web.Response:
        results = await self.run_checks()
        ready = all(result == "ok" for result in results.values())
        return web.json_response({"ready": ready, "checks": results}, status=200 if ready else 503)

    async def run_checks(self) -> dict[str, str]:
        names = list(self.checks)
        outcomes = await asyncio.gather(*(self._check(name) for name in names))
        results = dict(zip(names, outcomes, strict=True))
        if not self.started.is_set():
            results["started"] = "starting"
        return results

    async def _check(self, name: str) -> str:
        try:
            async with asyncio.timeout(CHECK_TIMEOUT_S):
                await self.checks[name]()
        except Exception as exc:  # any failure means "not ready"; the class says which kind
            metrics.READY.labels(check=name).set(0)
            return "timeout" if isinstance(exc, TimeoutError) else type(exc).__name__
        metrics.READY.labels(check=name).set(1)
        return "ok"

    async def metrics(self, request: web.Request) -> web.Response:
        for refresh in self.refreshers:
            try:
                async with asyncio.timeout(CHECK_TIMEOUT_S):
                    await refresh()
            except Exception as exc:  # a scrape still answers with what it has
                log.warning("metrics refresh failed (%s)", type(exc).__name__)
        body = generate_latest()
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
