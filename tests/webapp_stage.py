"""The camera guide's test stage: the real bot (tests/running_bot.py) with its Mini App server,
Telegram-signed initData, fake camera streams made from real photos, and Debian's headless
Chromium driven by playwright (never a downloaded browser).

Fake camera: Chromium plays a Y4M file as the camera (`--use-file-for-fake-video-capture`), looping
it. The file is composed here from a sample selfie: the face found with MediaPipe (the same model
the page runs) and placed by the figures the bot serves at /webapp/guide, so a "good" stream is
framed by the document's own rules and a "bad" one misses them by a known amount.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

import numpy as np
import pytest
from aiogram import Bot
from PIL import Image

from bot.app import build_bot
from bot.webapp.serve import webapp_server
from tests.local_server import free_port
from tests.running_bot import Env, RunningBot

if TYPE_CHECKING:
    from playwright.async_api import Page

CHROMIUM = Path("/usr/bin/chromium")
# The launch flags the issue asks for (playwright adds --headless and the profile dir itself: a
# fresh one per launch through launch_persistent_context).
FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
)
CHIN, FOREHEAD, IRIS_LEFT, IRIS_RIGHT = 152, 10, 468, 473
THEME = {  # Telegram's dark theme, as a client passes it in tgWebAppThemeParams
    "bg_color": "#17212b",
    "text_color": "#f5f5f5",
    "button_color": "#5288c1",
    "button_text_color": "#ffffff",
}


@dataclass
class Stage:
    env: Env
    url: str  # WEBAPP_URL: http://127.0.0.1:<port>/webapp/
    bot: Bot  # the Mini App server's own Bot (same token; it talks to the fake server)

    @property
    def token(self) -> str:
        return self.env.settings.bot_token.get_secret_value()


@asynccontextmanager
async def webapp_stage(tmp_path: Path, **settings: Any) -> AsyncIterator[Stage]:
    """The bot polling the fake Telegram server, and the Mini App served beside it as in polling
    mode (bot.webapp.serve.webapp_server, what `idphoto bot` starts when WEBAPP_URL is set)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/webapp/"
    extra = {"webapp_url": url, "webapp_host": "127.0.0.1", "webapp_port": port, **settings}
    async with RunningBot(tmp_path, **extra) as env:
        bot = build_bot(env.settings)
        try:
            async with webapp_server(env.settings, bot, env.dispatcher):
                yield Stage(env, url, bot)
        finally:
            await bot.session.close()


# --- initData, signed the way Telegram signs it ---------------------------------------------------


def init_data(token: str, user_id: int, *, auth_date: float | None = None, language_code: str = "en") -> str:
    """A query string as Telegram hands a Mini App: user, auth_date, query_id and the HMAC hash."""
    fields = {
        "query_id": "AAH" + hashlib.sha1(str(user_id).encode()).hexdigest()[:20],
        "user": json.dumps(
            {"id": user_id, "first_name": "Test", "language_code": language_code}, separators=(",", ":")
        ),
        "auth_date": str(int(time.time() if auth_date is None else auth_date)),
    }
    check = "\n".join(f"{k}={v}" for k, v in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()
    fields["hash"] = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    return urlencode(fields)


def page_url(button_url: str, data: str) -> str:
    """The button's URL with the fragment a Telegram client appends when it opens the Mini App."""
    fragment = urlencode(
        {"tgWebAppData": data, "tgWebAppVersion": "8.0", "tgWebAppThemeParams": json.dumps(THEME)},
        quote_via=quote,
    )
    return f"{button_url}#{fragment}"


# --- fake camera streams -------------------------------------------------------------------------


def face_points(rgb: np.ndarray, model: Path) -> dict[str, np.ndarray]:
    import mediapipe as mp
    from mediapipe.tasks.python import BaseOptions, vision

    options = vision.FaceLandmarkerOptions(base_options=BaseOptions(model_asset_path=str(model)), num_faces=1)
    with vision.FaceLandmarker.create_from_options(options) as landmarker:
        found = landmarker.detect(mp.Image(image_format=mp.ImageFormat.SRGB, data=np.ascontiguousarray(rgb)))
    assert found.face_landmarks, "no face in the sample"
    h, w = rgb.shape[:2]
    points = found.face_landmarks[0]

    def at(index: int) -> np.ndarray:
        return np.array([points[index].x * w, points[index].y * h])

    return {"chin": at(CHIN), "forehead": at(FOREHEAD), "eyes": (at(IRIS_LEFT) + at(IRIS_RIGHT)) / 2}


def document_frame(guide: dict[str, Any], width: int, height: int) -> tuple[float, float, float, float]:
    """The page's document frame in the video (static/hints.js documentFrame): x, y, w, h."""
    h = height * guide["tuning"]["frame_height"]
    w = h * guide["aspect"]
    if w > width * 0.96:
        w = width * 0.96
        h = w / guide["aspect"]
    return (width - w) / 2, (height - h) / 2, w, h


def compose(
    photo: Path,
    model: Path,
    guide: dict[str, Any],
    size: tuple[int, int],
    *,
    head_share: float,
    eye_row: float,
) -> Image.Image:
    """A camera frame of `size` showing the photo's face with the head `head_share` of the document
    frame's height and the eyes at `eye_row` of it (both from the frame's top), centred."""
    rgb = np.asarray(Image.open(photo).convert("RGB"))
    p = face_points(rgb, model)
    crown = p["chin"] + (p["forehead"] - p["chin"]) * guide["tuning"]["crown_from_face"]
    head_px = float(np.linalg.norm(p["chin"] - crown))
    fx, fy, fw, fh = document_frame(guide, *size)
    scale = head_share * fh / head_px
    target = np.array([fx + fw / 2, fy + eye_row * fh])
    offset = target - p["eyes"] * scale
    # output → source: x_src = (x_out - offset) / scale
    coeffs = (1 / scale, 0, -offset[0] / scale, 0, 1 / scale, -offset[1] / scale)
    return Image.fromarray(rgb).transform(
        size, Image.Transform.AFFINE, coeffs, resample=Image.Resampling.BICUBIC, fillcolor=(128, 128, 128)
    )


def write_y4m(image: Image.Image, path: Path, frames: int = 2) -> Path:
    """`image` as an uncompressed 4:2:0 Y4M clip (BT.601 full range), which Chromium loops as a camera."""
    w, h = image.size
    assert w % 2 == 0 and h % 2 == 0
    ycbcr = np.asarray(image.convert("YCbCr"))
    y = ycbcr[:, :, 0]
    cb = ycbcr[:, :, 1].reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3)).round().astype(np.uint8)
    cr = ycbcr[:, :, 2].reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3)).round().astype(np.uint8)
    frame = b"FRAME\n" + y.tobytes() + cb.tobytes() + cr.tobytes()
    path.write_bytes(f"YUV4MPEG2 W{w} H{h} F15:1 Ip A1:1 C420jpeg XYSCSS=420JPEG\n".encode() + frame * frames)
    return path


# --- the browser ----------------------------------------------------------------------------------


@asynccontextmanager
async def chromium(profile: Path, camera: Path) -> AsyncIterator[Page]:
    """A page in Debian's headless Chromium with `camera` (a Y4M file) as the camera, a fresh
    profile, camera access granted, and telegram.org unreachable (the page must not need it)."""
    from playwright.async_api import async_playwright

    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} missing: apt-get install chromium (scripts/test.sh does)")
    async with async_playwright() as playwright:
        context = await playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=[*FLAGS, f"--use-file-for-fake-video-capture={camera}"],
            viewport={"width": 480, "height": 720},
        )
        try:
            await context.route("https://telegram.org/**", lambda route: route.abort())
            page = context.pages[0] if context.pages else await context.new_page()
            yield page
        finally:
            await context.close()


async def guide_state(page: Page) -> dict[str, Any]:
    return dict(await page.evaluate("() => JSON.parse(JSON.stringify(window.guideState))"))


async def wait_state(page: Page, condition: str, timeout_s: float = 60) -> dict[str, Any]:
    """The page's state once the JavaScript `condition` on `s` (window.guideState) holds."""
    await page.wait_for_function(
        f"() => {{ const s = window.guideState; return !!s && ({condition}); }}", timeout=timeout_s * 1000
    )
    return await guide_state(page)
