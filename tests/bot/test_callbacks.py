"""Button payloads: every value the bot can pack fits Telegram's 64 bytes, prefixes are unique,
and forged payloads fail to unpack (so they reach the polite catch-all, not a handler)."""

from __future__ import annotations

import pytest

from bot.conversation.callbacks import (
    ALL_CALLBACKS,
    MAX_CALLBACK_BYTES,
    OWN_CLOTHES,
    AdjustCb,
    BackgroundCb,
    CountriesCb,
    CountryCb,
    DocCb,
    LangCb,
    Move,
    Nav,
    NavCb,
    OutfitCb,
)
from bot.conversation.keyboards import COUNTRIES_PER_PAGE
from bot.conversation.texts import LANGUAGES
from engine.outfits import load_outfits
from specs import load_catalogue


def every_payload() -> list[str]:
    catalogue = load_catalogue()
    countries = {spec.country for spec in catalogue}
    packed = [NavCb(to=nav).pack() for nav in Nav]
    packed += [LangCb(code=lang).pack() for lang in LANGUAGES]
    packed += [CountryCb(code=code).pack() for code in countries]
    packed += [CountriesCb(page=page).pack() for page in range(len(countries) // COUNTRIES_PER_PAGE + 1)]
    for spec in catalogue:
        packed.append(DocCb(id=spec.id).pack())
        packed += [BackgroundCb(doc=spec.id, index=i).pack() for i in range(len(spec.background.colours))]
        packed += [AdjustCb(doc=spec.id, move=move).pack() for move in Move]
        packed += [OutfitCb(doc=spec.id, id=o).pack() for o in (*load_outfits().ids, OWN_CLOTHES)]
    return packed


def test_every_payload_fits_in_64_bytes() -> None:
    payloads = every_payload()
    assert len(payloads) > 3000
    longest = max(payloads, key=lambda p: len(p.encode()))
    assert len(longest.encode()) <= MAX_CALLBACK_BYTES, longest
    assert len(set(payloads)) == len(payloads)


def test_prefixes_are_short_and_unique() -> None:
    prefixes = [cls.__prefix__ for cls in ALL_CALLBACKS]
    assert len(set(prefixes)) == len(prefixes)
    assert all(len(p) <= 2 for p in prefixes)
    # No prefix may be read as another's: "cs:1" must never unpack as CountryCb.
    for cls in ALL_CALLBACKS:
        for other in ALL_CALLBACKS:
            if cls is not other:
                sample = {NavCb: "n:go", CountriesCb: "cs:1", CountryCb: "cc:CN", LangCb: "l:ru"}.get(cls)
                if sample:
                    with pytest.raises((ValueError, TypeError)):
                        other.unpack(sample)


@pytest.mark.parametrize(
    ("cls", "forged"),
    [
        (NavCb, "n:launch_missiles"),
        (AdjustCb, "a:us_passport:sideways"),
        (BackgroundCb, "b:us_passport:first"),
        (CountriesCb, "cs:two"),
        (DocCb, "d:us_passport:extra"),
        (OutfitCb, "o:us_passport"),
    ],
)
def test_forged_payloads_do_not_unpack(cls: type, forged: str) -> None:
    with pytest.raises((ValueError, TypeError)):
        cls.unpack(forged)


def test_round_trip() -> None:
    assert AdjustCb.unpack("a:us_passport:big") == AdjustCb(doc="us_passport", move=Move.bigger)
    assert NavCb.unpack(NavCb(to=Nav.another).pack()).to is Nav.another
