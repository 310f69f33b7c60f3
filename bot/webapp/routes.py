"""Everything under /webapp/ on an aiohttp app: the page, its files, the guide figures, the model
and the upload (see bot/webapp/__init__.py)."""

from __future__ import annotations

import logging
from pathlib import Path

from aiogram import Bot, Dispatcher
from aiohttp import web

from bot.config import Settings
from bot.conversation.texts import I18n
from bot.middlewares.throttling import ThrottlingMiddleware
from bot.webapp.guide import guide
from bot.webapp.upload import WebApp, upload
from engine.errors import ModelMissing
from engine.models import model_path
from specs import Catalogue

log = logging.getLogger(__name__)

PREFIX = "/webapp"
STATIC = Path(__file__).resolve().parent / "static"
VENDOR = STATIC / "vendor"
VENDOR_FILES = ("vision_bundle.mjs", "wasm/vision_wasm_internal.js", "wasm/vision_wasm_internal.wasm")
LANDMARKER = "mediapipe/face_landmarker.task"
WEBAPP: web.AppKey[WebApp] = web.AppKey("idphoto_webapp", WebApp)


def add_routes(app: web.Application, settings: Settings, bot: Bot, dispatcher: Dispatcher) -> WebApp:
    """Mount the Mini App on `app`, talking to users through `bot` and the dispatcher's services."""
    missing = [name for name in VENDOR_FILES if not (VENDOR / name).is_file()]
    if missing:
        log.warning("camera guide: %s missing; run scripts/webapp_assets.sh", ", ".join(missing))
    webapp = WebApp(bot=bot, settings=settings, turns=dispatcher["turns"], limiter=ThrottlingMiddleware())
    app[WEBAPP] = webapp
    i18n: I18n = dispatcher["i18n"]
    catalogue: Catalogue = dispatcher["catalogue"]

    async def page(request: web.Request) -> web.StreamResponse:
        return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    async def bare(request: web.Request) -> web.StreamResponse:
        raise web.HTTPMovedPermanently(f"{PREFIX}/?{request.query_string}")

    async def figures(request: web.Request) -> web.Response:
        doc_id = request.query.get("doc", "")
        if doc_id not in catalogue:
            return web.json_response({"ok": False, "error": "document"}, status=404)
        lang = i18n.pick(request.query.get("lang"), None)
        return web.json_response(guide(catalogue.get(doc_id), i18n.bind(lang)))

    async def model(request: web.Request) -> web.StreamResponse:
        try:
            path = model_path(LANDMARKER, settings.model_dir)
        except ModelMissing:
            log.error("camera guide: %s not found (IDPHOTO_MODEL_DIR)", LANDMARKER)
            raise web.HTTPNotFound() from None
        return web.FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})

    async def receive(request: web.Request) -> web.Response:
        return await upload(request, webapp)

    async def finish(app: web.Application) -> None:
        await webapp.close()

    app.router.add_get(PREFIX, bare)
    app.router.add_get(f"{PREFIX}/", page)
    app.router.add_get(f"{PREFIX}/guide", figures)
    app.router.add_get(f"{PREFIX}/model/face_landmarker.task", model)
    app.router.add_post(f"{PREFIX}/upload", receive)
    app.router.add_static(f"{PREFIX}/static/", STATIC)
    # first among the shutdown hooks: with --webhook the dispatcher's own follow, so accepted
    # uploads finish their checks while the bot's services are still up
    app.on_shutdown.insert(0, finish)
    return webapp
