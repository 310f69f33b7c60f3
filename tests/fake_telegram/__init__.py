"""A fake Telegram Bot API server on loopback plus scripted users, for testing the real aiogram bot.

async with FakeTelegramServer() as server:
    bot = Bot(server.token, session=AiohttpSession(api=TelegramAPIServer.from_base(server.url)))
    user = FakeUser(server, user_id=1001, language_code="en")
    await user.send_command("start")
    reply = await user.wait_for("sendMessage")
"""

from .delivery import WebhookFailure
from .errors import ApiError
from .records import RecordedRequest, UploadedFile
from .server import FakeTelegramServer
from .state import StoredFile
from .user import FakeUser, WaitTimeout

__all__ = [
    "ApiError",
    "FakeTelegramServer",
    "FakeUser",
    "RecordedRequest",
    "StoredFile",
    "UploadedFile",
    "WaitTimeout",
    "WebhookFailure",
]
