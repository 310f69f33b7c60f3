"""The capture Mini App: a live camera guide inside Telegram, served by the bot's own web server.

`routes.add_routes` mounts everything under /webapp/ on an aiohttp app (the webhook server's, or
the small server `serve.webapp_server` runs beside long polling): the page and its scripts
(static/), MediaPipe's wasm files (static/vendor/, filled from npm by scripts/webapp_assets.sh),
the face landmarker model from IDPHOTO_MODEL_DIR, the document's template figures and texts as
JSON (guide.py), and the upload (upload.py), which accepts only Telegram-signed initData
(initdata.py) and hands the photo to the same checks → preview flow as a chat photo.
"""
