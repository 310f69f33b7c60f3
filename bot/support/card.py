"""The context card posted at the top of a ticket: who the user is to us, where they are, and
their money, so staff answer without asking. Built from the user's FSM session, the photo store
and the payments service; the selfie goes as a small thumbnail (it follows photo retention)."""

from __future__ import annotations

import html
import io
from typing import Any

from PIL import Image

from bot.photos import PhotoStore
from bot.support.texts import staff_text
from payments.models import Order, PaidWith
from payments.service import PaymentService
from specs import Catalogue

THUMBNAIL_PX = 320


def order_line(order: Order) -> str:
    paid = f"{order.stars} ⭐" if order.paid_with == PaidWith.stars else f"{order.credits_spent} credit"
    return staff_text("card-order", id=order.id, product=order.product, status=order.status, paid=paid)


async def card_text(
    user_id: int,
    session: dict[str, Any],
    step: str | None,
    payments: PaymentService,
    catalogue: Catalogue,
    *,
    opened_by: str,
    reason: str,
) -> str:
    doc_id = session.get("doc_id")
    document = catalogue.get(doc_id).names.en if doc_id is not None and doc_id in catalogue else "—"
    orders = await payments.orders(user_id, limit=5)
    joined, earned = await payments.referral_stats(user_id)
    referred_by = await payments.referred_by(user_id)
    lines = staff_text(
        "card-lines",
        lang=session.get("lang") or "telegram's",
        document=html.escape(document),
        step=(step or "—").split(":")[-1],
        checks=", ".join(session.get("checks") or []) or "—",
        balance=await payments.balance(user_id),
        referred_by=referred_by or "—",
        joined=joined,
        earned=earned,
        orders="\n".join(order_line(o) for o in orders) or staff_text("card-no-orders"),
    )
    title = staff_text("card-title", user_id=user_id, opened_by=opened_by, reason=html.escape(reason))
    return f"{title}\n{lines}"


def thumbnail(photos: PhotoStore, selfie_key: str | None) -> bytes | None:
    """The last selfie, small; None when there is none (never uploaded, or retention took it)."""
    if not selfie_key:
        return None
    try:
        data = photos.selfie_bytes(selfie_key)
    except Exception:
        return None
    with Image.open(io.BytesIO(data)) as image:
        image.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, "JPEG", quality=80)  # no EXIF carried over
        return buffer.getvalue()
