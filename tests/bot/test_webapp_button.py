"""The capture step's camera-guide button in every language the bot speaks (quick tier: the
keyboard builder and the page's texts; tests/bot/test_webapp.py takes the real conversation)."""

from __future__ import annotations

import pytest

from bot.conversation import keyboards as kb
from bot.conversation.callbacks import Nav, NavCb
from bot.conversation.texts import LANGUAGES, I18n, Translator
from bot.webapp.guide import guide
from specs import load_catalogue

URL = "https://bot.example/webapp/?doc=us_passport&lang=xx"


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_capture_keyboard_offers_the_camera_guide_in_every_language(i18n: I18n, lang: str) -> None:
    t = Translator(i18n, lang)
    rows = kb.capture(t, URL).inline_keyboard
    buttons = [b for row in rows for b in row]
    assert buttons[0].web_app is not None and buttons[0].web_app.url == URL
    assert buttons[0].text == i18n.t(lang, "button-camera-guide") and "📷" in buttons[0].text
    assert buttons[1].callback_data == NavCb(to=Nav.picker).pack()  # the ordinary path stays
    assert [b.web_app for b in kb.capture(t).inline_keyboard[0]] == [None]  # no URL, no button


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_text_is_in_the_users_language(i18n: I18n, lang: str) -> None:
    texts = guide(load_catalogue().get("us_passport"), Translator(i18n, lang))["texts"]
    assert all(value.strip() for value in texts.values())
    if lang != "en":  # translated, not the English fallback
        english = guide(load_catalogue().get("us_passport"), Translator(i18n, "en"))["texts"]
        same = [key for key in texts if texts[key] == english[key]]
        assert same == [], f"{lang}: {same}"
