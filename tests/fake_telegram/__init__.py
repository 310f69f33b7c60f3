"""A fake Telegram Bot API server on loopback plus scripted users, for testing the real aiogram bot.

async with FakeTelegramServer() as server:
    bot = Bot(server.token, session=AiohttpSession(api=TelegramAPIServer.from_base(server.url)))
    user = FakeUser(server, user_id=1001, language_code="en")
    await user.send_command("start")
    reply = await user.wait_for("sendMessage")

A support forum: ``server.state.register_group(-100123, "Support", members={7: "administrator"})``, then
``FakeGroupMember(server, 7, -100123)`` posts in its topics and waits for the bot's calls to the group.
"""

from .delivery import WebhookFailure
from .errors import ApiError
from .member import FakeGroupMember
from .records import RecordedRequest, UploadedFile
from .server import FakeTelegramServer
from .state import GroupChat, StoredFile
from .user import FakeUser, WaitTimeout

__all__ = [
    "ApiError",
    "FakeGroupMember",
    "FakeTelegramServer",
    "FakeUser",
    "GroupChat",
    "RecordedRequest",
    "StoredFile",
    "UploadedFile",
    "WaitTimeout",
    "WebhookFailure",
]
