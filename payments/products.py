"""The price table (prices.toml, or the file PRICES_FILE names) as typed, validated data.

Why data: prices change more often than code, and a payment auditor reads one file to know what
a user could have been charged. Validation refuses what Telegram would refuse later, at payment
time: Stars amounts are whole numbers from 1 to 10 000; a subscription is billed every 30 days.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from payments.models import ProductKind

DEFAULT_PRICES = Path(__file__).with_name("prices.toml")
SUBSCRIPTION_PERIOD_S = 30 * 24 * 3600  # the only period Telegram accepts for Stars subscriptions


class Product(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    kind: ProductKind
    stars: int = Field(ge=1, le=10_000)
    credits: int = Field(default=0, ge=0)
    order: int = 0  # position on the buttons

    @model_validator(mode="after")
    def _grants_something(self) -> Product:
        if self.kind is not ProductKind.document and self.credits < 1:
            raise ValueError(f"product {self.id}: a {self.kind} product must grant credits")
        return self


class ReferralRules(BaseModel):
    invitee_credits: int = Field(default=1, ge=0)
    inviter_credits: int = Field(default=1, ge=0)
    inviter_daily_cap: int = Field(default=5, ge=0)
    invitee_daily_cap: int = Field(default=20, ge=0)


class CheckoutRules(BaseModel):
    invoice_ttl_minutes: int = Field(default=60, ge=1)
    refund_window_hours: int = Field(default=72, ge=0)


class PriceTable(BaseModel):
    model_config = ConfigDict(frozen=True)

    products: dict[str, Product]
    referral: ReferralRules = ReferralRules()
    checkout: CheckoutRules = CheckoutRules()

    def get(self, product_id: str) -> Product | None:
        return self.products.get(product_id)

    def of_kind(self, kind: ProductKind) -> list[Product]:
        return sorted((p for p in self.products.values() if p.kind == kind), key=lambda p: p.order)


def load_prices(path: Path | None = None) -> PriceTable:
    raw = tomllib.loads((path or DEFAULT_PRICES).read_text(encoding="utf-8"))
    products = {pid: {**body, "id": pid} for pid, body in raw.get("products", {}).items()}
    return PriceTable.model_validate({**raw, "products": products})


@cache
def default_prices() -> PriceTable:
    return load_prices()
