"""Turning a Bot API request body into typed parameters.

aiogram posts every call as multipart form data: numbers and booleans as their JSON text, objects such as
``reply_markup`` or ``media`` as JSON strings, uploads as ``attach://<key>`` references to file parts. The
Bot API decodes fields by their declared type; the fake does the same by name (free-text fields stay
strings even when they look like numbers) and maps every upload to the parameter that carries it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from aiohttp import web

from .errors import bad_request
from .records import UploadedFile

# Parameters that are strings whatever they look like (a text "42" must not become a number).
_STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "title",
        "name",
        "description",
        "short_description",
        "payload",
        "parse_mode",
        "callback_query_id",
        "pre_checkout_query_id",
        "shipping_query_id",
        "inline_message_id",
        "url",
        "secret_token",
        "action",
        "language_code",
        "error_message",
        "file_id",
        "currency",
        "start_parameter",
        "provider_token",
        "provider_data",
        "telegram_payment_charge_id",
        "icon_custom_emoji_id",
        "business_connection_id",
        "message_effect_id",
        "emoji",
        "ip_address",
        "photo",
        "document",
        "video",
        "audio",
        "voice",
        "sticker",
        "animation",
        "thumbnail",
        "certificate",
        "method",
    }
)
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def decode_field(name: str, value: str) -> Any:
    if name in _STRING_FIELDS:
        return value
    if _NUMBER.match(value):
        return float(value) if "." in value else int(value)
    if value in ("true", "false"):
        return value == "true"
    if value[:1] in ("{", "["):
        try:
            return json.loads(value)
        except ValueError as error:
            raise bad_request(f"can't parse {name} JSON object") from error
    return value


def decode_form(fields: dict[str, str]) -> dict[str, Any]:
    return {name: decode_field(name, value) for name, value in fields.items()}


async def read_request(request: web.Request) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
    """Typed parameters and uploaded parts (by part name) of one Bot API HTTP request."""
    fields: dict[str, str] = dict(request.query)
    parts: dict[str, UploadedFile] = {}
    if request.content_type == "application/json" and request.can_read_body:
        try:
            body = await request.json()
        except ValueError as error:
            raise bad_request("can't parse JSON object") from error
        if not isinstance(body, dict):
            raise bad_request("can't parse JSON object")
        return {**decode_form(fields), **body}, parts
    if request.content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, web.FileField):
                parts[name] = UploadedFile(name, value.filename, value.content_type, value.file.read())
            else:
                fields[name] = str(value)
    return decode_form(fields), parts


def attachments(params: dict[str, Any], parts: dict[str, UploadedFile]) -> dict[str, UploadedFile]:
    """Uploads keyed by the parameter path referencing them: ``photo``, ``media.0``, ``media.0.thumbnail``.

    A part uploaded under the parameter's own name (``photo=@file.jpg``, as curl users do) counts too.
    """
    found: dict[str, UploadedFile] = {}

    def walk(value: Any, path: str) -> None:
        if isinstance(value, str) and value.startswith("attach://"):
            part = parts.get(value.removeprefix("attach://"))
            if part is not None:
                found[path] = part
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, path if key == "media" else f"{path}.{key}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{path}.{index}")

    for name, value in params.items():
        walk(value, name)
    referenced = {id(part) for part in found.values()}
    for name, part in parts.items():
        if id(part) not in referenced and name not in found:
            found[name] = part
    return found
