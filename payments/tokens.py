"""The invoice payload: a signed order token, so a payment can only be for the order we priced.

`o1.<order>.<user>.<stars>.<expiry unix>.<mac>`, the MAC being HMAC-SHA256 over the fields,
truncated to 128 bits and base64url-encoded: about 60 bytes, well under Telegram's 128. A payload
edited by hand, moved to another user, given another amount or replayed after its expiry fails
`verify` with a reason the pre-checkout answer can translate. Expiry 0 means "no expiry" and is
only signed for subscriptions, whose monthly renewals reuse the first invoice's payload.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

VERSION = "o1"
MAC_BYTES = 16
MAX_PAYLOAD = 128


class TokenError(ValueError):
    """The payload is not one of ours, was altered, or has expired. `reason` is a short code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class OrderToken:
    order_id: int
    user_id: int
    stars: int
    expires: int  # unix seconds; 0 = never

    def fields(self) -> str:
        return f"{self.order_id}.{self.user_id}.{self.stars}.{self.expires}"


def _mac(secret: bytes, fields: str) -> str:
    digest = hmac.new(secret, f"{VERSION}.{fields}".encode(), hashlib.sha256).digest()[:MAC_BYTES]
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def sign(token: OrderToken, secret: bytes) -> str:
    payload = f"{VERSION}.{token.fields()}.{_mac(secret, token.fields())}"
    assert len(payload.encode()) <= MAX_PAYLOAD, payload
    return payload


def verify(payload: str, secret: bytes, *, now: int) -> OrderToken:
    """The token inside `payload`; TokenError("malformed" | "signature" | "expired") otherwise."""
    parts = payload.split(".")
    if len(parts) != 6 or parts[0] != VERSION or not all(p.isdigit() for p in parts[1:5]):
        raise TokenError("malformed")
    token = OrderToken(*(int(p) for p in parts[1:5]))
    if not hmac.compare_digest(parts[5], _mac(secret, token.fields())):
        raise TokenError("signature")
    if token.expires and token.expires < now:
        raise TokenError("expired")
    return token
