"""What the fake server remembers about each Bot API call, in arrival order, for tests to assert on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class UploadedFile:
    """One multipart file part the bot uploaded (bytes kept so tests can open the delivered file)."""

    field: str  # the multipart part name (aiogram uses random ``attach://`` keys)
    filename: str
    content_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class RecordedRequest:
    """One call the bot made.

    ``params`` holds the decoded parameters (numbers/booleans/JSON objects such as ``reply_markup`` decoded,
    text fields kept verbatim). ``files`` maps the parameter that carried an upload to the file: ``"photo"``,
    ``"document"``, ``"media.0"`` (first album item), ``"media.0.thumbnail"``...
    """

    index: int
    method: str
    params: dict[str, Any]
    files: dict[str, UploadedFile] = field(default_factory=dict)
    chat_id: int | str | None = None
    ok: bool = True
    result: Any = None
    error_code: int | None = None
    description: str | None = None
    via_webhook_reply: bool = False  # the method came back as the body of a webhook response

    @property
    def text(self) -> str | None:
        """Raw ``text`` (or ``caption``) parameter as the bot sent it, markup included."""
        value = self.params.get("text", self.params.get("caption"))
        return value if isinstance(value, str) else None

    @property
    def message(self) -> dict[str, Any] | None:
        """The message object the server answered with (first one for albums), if any."""
        if isinstance(self.result, dict) and "message_id" in self.result:
            return self.result
        if isinstance(self.result, list) and self.result and isinstance(self.result[0], dict):
            return self.result[0]
        return None

    @property
    def message_id(self) -> int | None:
        message = self.message
        if message is not None:
            return message["message_id"]
        value = self.params.get("message_id")
        return value if isinstance(value, int) else None

    @property
    def reply_markup(self) -> dict[str, Any] | None:
        markup = self.params.get("reply_markup")
        return markup if isinstance(markup, dict) else None

    @property
    def file(self) -> UploadedFile:
        """The single uploaded file of this request (``sendDocument``/``sendPhoto``)."""
        if len(self.files) != 1:
            raise AssertionError(f"{self.method} carried {len(self.files)} files: {sorted(self.files)}")
        return next(iter(self.files.values()))

    def summary(self) -> str:
        """One line for timeout messages: what the bot did and how the server answered."""
        shown = {k: v for k, v in self.params.items() if k not in ("chat_id",)}
        text = repr(shown)
        if len(text) > 300:
            text = text[:297] + "..."
        status = "ok" if self.ok else f"ERROR {self.error_code} {self.description!r}"
        files = f" files={sorted(self.files)}" if self.files else ""
        return f"#{self.index} {self.method} chat={self.chat_id} {status} {text}{files}"
