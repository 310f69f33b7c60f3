"""The Fluent catalogues: complete in every language, consistent variables, valid Telegram HTML,
and a text for every check and every error code the engine and the job layer can produce."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bot.conversation.texts import LANGUAGES, LOCALES_DIR, RIGHT_TO_LEFT, CatalogueError, I18n
from bot.jobs import protocol
from engine.checks import CHECK_IDS
from engine.decode import DecodeRefusal

ENGINE_DIR = Path(__file__).resolve().parents[2] / "engine"

# The ids the issue names; the tests below also read the engine itself so new ones cannot slip by.
CHECKS = (
    "face_size", "head_cut", "yaw", "pitch", "roll", "eyes_closed", "mouth_open", "smile", "glasses",
    "lighting_uneven", "exposure", "dynamic_range", "blur", "compression", "head_covering", "no_room",
    "shoulders_cut", "background_colour",
)  # fmt: skip
ERRORS = (
    "empty_file", "not_an_image", "corrupt_image", "too_many_pixels", "extreme_aspect", "too_small",
    "unsupported_format", "no_face", "multiple_faces", "face_not_measurable", "edit_not_allowed",
    "background_not_allowed", "file_size_unreachable", "model_missing", "internal",
)  # fmt: skip

# Sample values for every variable the catalogues use (formatting must not report an error).
ARGS = {
    "hours": 24, "count": 3, "seconds": 42, "page": 2, "pages": 6, "country": "Trinidad & Tobago",
    "document": "US passport", "size": 21.5, "limit": 20, "colours": "White, Light grey",
    "colour": "White", "title": "Head turned", "tip": "face the camera",
    "balance": 3, "stars": 250, "credits": 15, "order": 1042, "date": "2025-01-31",
    "product": "ID photo files", "status": "paid", "link": "https://t.me/idphoto_bot?start=ref_ab12cd",
    "joined": 4, "earned": 2, "invitee": 1, "inviter": 2,
    "kind": "passport", "documents": "German visa, German driving licence",
}  # fmt: skip
# Counts every plural selector must handle (0 has its own variant in places; 21 is Russian "one").
COUNTS = (0, 1, 2, 3, 5, 11, 21, 22, 25, 100)
COUNTED = ("count", "balance", "stars", "credits", "joined", "earned", "invitee", "inviter", "hours")
# Texts shown without parse mode (callback answers, buttons, menus) or inserted into other texts.
PLAIN = re.compile(
    r"^(button-|cmd-|check-|tip-|colour-|language-name|language-set|consent-thanks|stale-button|"
    r"preview-limit|style-outfit-note|throttled|country-generic|product-|checkout-decline-|order-refunded)"
)
# Texts sent as photo or document captions (1024 characters), possibly with a note appended.
CAPTION = re.compile(r"^(capture-example|capture-guide|capture-|outfit-sheet-caption|preview-|delivery-)")
TELEGRAM_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "a", "tg-spoiler"}


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


def test_every_language_ships_every_key_with_the_same_variables(i18n: I18n) -> None:
    assert set(i18n.languages) == set(LANGUAGES) == {
        "en", "zh", "es", "ru", "hi", "pt", "ar", "fa", "id", "tr", "uk", "uz", "vi", "fr", "de",
    }  # fmt: skip
    english = i18n.variables("en")
    for lang in i18n.languages:
        theirs = i18n.variables(lang)
        assert sorted(set(english) - set(theirs)) == [], f"{lang} lacks these messages"
        assert sorted(set(theirs) - set(english)) == [], f"{lang} has messages English lacks"
        differing = {key: (english[key], theirs[key]) for key in english if english[key] != theirs[key]}
        assert differing == {}, f"{lang} uses other variables"


def test_every_check_and_error_has_words(i18n: I18n) -> None:
    checks = set(CHECKS) | set(CHECK_IDS) | set(_engine_placement_ids())
    errors = set(ERRORS) | set(DecodeRefusal) | set(_engine_error_codes()) | _protocol_codes()
    for lang in i18n.languages:
        missing = [f"check-{c}" for c in checks if not i18n.has(lang, f"check-{c}")]
        missing += [f"tip-{c}" for c in checks if not i18n.has(lang, f"tip-{c}")]
        missing += [f"error-{e}" for e in errors if not i18n.has(lang, f"error-{e}")]
        assert missing == [], f"{lang}: {missing}"


def test_checks_of_a_real_render_all_have_words(i18n: I18n, engine, samples_dir: Path) -> None:
    """Whatever the engine reports today, checks and placement checks alike, is translated."""
    from engine.context import Options
    from specs import load_catalogue

    selfie = (samples_dir / "sample_009.jpg").read_bytes()
    catalogue = load_catalogue()
    ids: set[str] = set()
    for doc_id, options in (("us_passport", Options()), ("de_passport", Options(keep_background=True))):
        ctx = engine.analyze(selfie, catalogue.get(doc_id), options)
        engine.render(ctx)
        ids |= {check.id for check in ctx.checks}
    assert {"yaw", "shoulders_cut", "no_room", "background_colour"} <= ids
    for lang in i18n.languages:
        assert [i for i in ids if not (i18n.has(lang, f"check-{i}") and i18n.has(lang, f"tip-{i}"))] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_messages_format_cleanly_as_telegram_html(i18n: I18n, lang: str) -> None:
    for key in sorted(i18n.keys(lang)):
        text = i18n.t(lang, key, **ARGS)
        assert text.strip(), key
        assert "{" not in text and "???" not in text, f"{lang}/{key}: unresolved placeable in {text!r}"
        if PLAIN.match(key):
            assert "<" not in text and "&" not in text, f"{lang}/{key} is shown without parse mode"
        else:
            problems = _html_problems(text)
            assert problems == [], f"{lang}/{key}: {problems}"
    assert "Trinidad &amp; Tobago" in i18n.t(lang, "document-country", country="Trinidad & Tobago")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_consent_card_says_what_is_agreed(i18n: I18n, lang: str) -> None:
    """Purpose, data, processor, retention (the real figure), no sharing or training, withdrawal
    and contact, one bullet each, then the separate consent to facial data; /privacy agrees."""
    card = i18n.t(lang, "consent-card", hours=37)
    bullets = [line for line in card.split("\n") if line.startswith("•")]
    assert len(bullets) == 5, card
    assert all("<b>" in bullet for bullet in bullets)  # each point named
    assert ("37" in card or "۳۷" in card) and "/delete" in card and "/support" in card
    assert not card.split("\n")[-1].startswith("•")  # the separate consent sentence closes the card
    privacy = i18n.t(lang, "privacy", hours=37)
    assert ("37" in privacy or "۳۷" in privacy) and "/delete" in privacy and "/support" in privacy


# One register per language (the review of issue 14): neutral Latin-American Spanish, German "du".
REGISTER = {
    "es": r"\b(móvil|gafas|visado|vale cualquier|ordenador|coger|vosotros|carné|permiso de conducir"
    r"|vídeos?)\b",
    "de": r"(?<![.!?:] )(?<!^)\b(Ihnen|Ihre[mnrs]?|Ihr)\b",
}


@pytest.mark.parametrize("lang", sorted(REGISTER))
def test_each_catalogue_keeps_one_register(i18n: I18n, lang: str) -> None:
    pattern = re.compile(REGISTER[lang], re.IGNORECASE if lang == "es" else 0)
    found = {key: m.group(0) for key in i18n.keys(lang) if (m := pattern.search(i18n.t(lang, key, **ARGS)))}
    assert found == {}, f"{lang}: {found}"


@pytest.mark.parametrize("lang", sorted(RIGHT_TO_LEFT))
def test_right_to_left_lines_read_from_the_right(i18n: I18n, lang: str) -> None:
    """Telegram lays each line out by its first strong character (Unicode bidi, rule P2, which
    skips isolated placeables): an Arabic or Persian line that starts with a /command, a Latin
    document code or a number would be laid out left to right and read backwards."""
    for key in sorted(i18n.keys(lang)):
        text = re.sub(r"<[^>]+>", "", i18n.t(lang, key, **ARGS))
        for line in text.split("\n"):
            assert _first_strong(line) in {"R", "AL", None}, f"{lang}/{key}: {line!r}"
    assert "\u2068" in i18n.t(lang, "document-country", country="Trinidad & Tobago")  # isolated


def test_persian_numbers_use_persian_digits(i18n: I18n) -> None:
    assert "۱٬۵۰۰" in i18n.t("fa", "balance", balance=1500)
    assert "1,500" in i18n.t("ar", "button-buy-document", stars=1500)  # CLDR: Arabic uses Latin digits
    assert "t.me/idphoto_bot?start=ref_ab12cd" in i18n.t("fa", "referral-card", **ARGS)  # links stay


@pytest.mark.parametrize("lang", LANGUAGES)
def test_texts_fit_telegram_limits(i18n: I18n, lang: str) -> None:
    for key in i18n.keys(lang):
        text = i18n.t(lang, key, **ARGS)
        if key.startswith("cmd-"):
            assert 1 <= len(text) <= 256, key  # BotCommand.description
        if key in {"stale-button", "consent-thanks", "language-set", "preview-limit", "style-outfit-note"}:
            assert len(text) <= 200, key  # answerCallbackQuery text
        if key.startswith("checkout-decline-") or key == "order-refunded":
            assert len(text) <= 200, f"{lang}/{key}"  # pre-checkout error message, callback alert
        if key.startswith("button-") or key.startswith("colour-"):
            assert len(text) <= 40, f"{lang}/{key} is too long for a button"
        limit = 1024 if CAPTION.match(key) else 4096  # sendPhoto/sendDocument captions; messages
        assert len(text) <= limit, f"{lang}/{key}: {len(text)} characters"
    assert i18n.t(lang, "language-name") != i18n.t("en" if lang != "en" else "ru", "language-name")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_invoice_texts_fit_telegram_limits(i18n: I18n, lang: str) -> None:
    """sendInvoice: title 1-32 characters, description 1-255, with a long document name."""
    document = "Trinidad and Tobago passport 1"
    assert len(document) == 30
    products = {key[: -len("-title")] for key in i18n.keys(lang) if re.fullmatch(r"product-.+-title", key)}
    assert {"product-document", "product-family", "product-monthly"} <= products
    for product in products:
        title = i18n.t(lang, f"{product}-title", credits=15)
        description = i18n.t(lang, f"{product}-description", document=document, credits=15)
        assert 1 <= len(title) <= 32, f"{lang}/{product}-title: {title!r}"
        assert 1 <= len(description) <= 255, f"{lang}/{product}-description: {len(description)}"
        assert "{" not in title + description, f"{lang}/{product}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_selectors_resolve_for_every_count(i18n: I18n, lang: str) -> None:
    variables = i18n.variables(lang)
    for key in sorted(i18n.keys(lang)):
        for name in sorted(variables[key] & set(COUNTED)):
            for n in COUNTS:
                text = i18n.t(lang, key, **{**ARGS, name: n})
                assert text.strip() and "{" not in text, f"{lang}/{key} with {name}={n}: {text!r}"
                if key.startswith("button-"):
                    assert len(text) <= 40, f"{lang}/{key} with {name}={n} is too long for a button"


def test_language_choice(i18n: I18n) -> None:
    assert i18n.pick(None, "pt-br") == "pt"
    assert i18n.pick(None, "zh-hans") == "zh"
    assert i18n.pick(None, "RU") == "ru"
    assert i18n.pick(None, "de") == "de"
    assert i18n.pick(None, "fa-IR") == "fa"
    assert i18n.pick(None, "in") == "id"  # the old ISO code for Indonesian
    assert i18n.pick(None, "ja") == "en"  # not shipped
    assert i18n.pick(None, None) == "en"
    assert i18n.pick("hi", "ru") == "hi"  # the saved choice wins
    assert i18n.pick("xx", "es") == "es"  # a saved value we no longer ship is ignored
    assert i18n.bind("es")("button-retake") == i18n.t("es", "button-retake") != i18n.t("en", "button-retake")


def test_plurals_follow_each_language(i18n: I18n) -> None:
    assert "1 файл " in i18n.t("ru", "deleted", count=1)
    assert "3 файла " in i18n.t("ru", "deleted", count=3)
    assert "5 файлов " in i18n.t("ru", "deleted", count=5)
    assert "21 файл " in i18n.t("ru", "deleted", count=21)
    assert "1 file " in i18n.t("en", "deleted", count=1) and "2 files " in i18n.t("en", "deleted", count=2)
    assert i18n.t("en", "deleted", count=0).startswith("Deleted: you had no stored photos")
    assert "1 кредит." in i18n.t("ru", "balance", balance=1)
    assert "3 кредита." in i18n.t("ru", "balance", balance=3)
    assert "5 кредитов." in i18n.t("ru", "balance", balance=5)
    assert "21 кредит." in i18n.t("ru", "balance", balance=21)
    assert i18n.t("ru", "product-credits_15-title", credits=15) == "15 кредитов"
    assert "Начислено 3 кредита." in i18n.t("ru", "credits-added", credits=3, balance=4)
    for lang in ("es", "pt"):
        assert "1 crédito." in i18n.t(lang, "balance", balance=1)
        assert "3 créditos." in i18n.t(lang, "balance", balance=3)
    for lang in LANGUAGES:  # 0 credits / a refund in credits have their own wording, never "0 credits"
        assert "0" not in i18n.t(lang, "balance", balance=0), lang
        assert "⭐" not in i18n.t(lang, "refund-done", stars=0), lang


def test_missing_message_falls_back_to_english_per_key(tmp_path: Path) -> None:
    for lang, body in {
        "en": "hello = Hello\nbye = Bye { $name }\n",
        "ru": "hello = Привет\n",
    }.items():
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "bot.ftl").write_text(body, encoding="utf-8")
    i18n = I18n(tmp_path, languages=("en", "ru"))
    assert i18n.t("ru", "hello") == "Привет"
    assert i18n.t("ru", "bye", name="Ann") == "Bye Ann"
    assert i18n.t("ru", "nowhere") == "nowhere"


def test_a_broken_catalogue_fails_loudly(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "bot.ftl").write_text(
        "good = Fine\nbroken = { $oops\nlater = Later\n", encoding="utf-8"
    )
    with pytest.raises(CatalogueError, match=r"bot\.ftl:2"):
        I18n(tmp_path, languages=("en",))
    (tmp_path / "en" / "bot.ftl").write_text("twice = One\ntwice = Two\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match="duplicate"):
        I18n(tmp_path, languages=("en",))


def test_the_shipped_catalogues_are_where_the_loader_looks() -> None:
    assert sorted(p.parent.name for p in LOCALES_DIR.glob("*/bot.ftl")) == sorted(LANGUAGES)


# --- helpers -----------------------------------------------------------------------------------------


def _engine_error_codes() -> set[str]:
    """Every `code="..."` / `code = "..."` in the engine's source: the codes users can meet."""
    codes: set[str] = set()
    for path in ENGINE_DIR.rglob("*.py"):
        codes.update(re.findall(r"\bcode\s*=\s*\"([a-z_]+)\"", path.read_text(encoding="utf-8")))
    assert {"no_face", "face_not_measurable", "file_size_unreachable"} <= codes
    return codes


def _engine_placement_ids() -> set[str]:
    text = (ENGINE_DIR / "placement_checks.py").read_text(encoding="utf-8")
    ids = set(re.findall(r"id=\"([a-z_]+)\"", text)) | set(re.findall(r"^\s+\"([a-z_]+)\",$", text, re.M))
    assert {"no_room", "shoulders_cut", "background_colour"} <= ids
    return ids


def _protocol_codes() -> set[str]:
    return {protocol.SELFIE_MISSING, protocol.UNKNOWN_DOCUMENT, protocol.CHECKS_FAILED, protocol.INTERNAL}


class _TagChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.open: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_TAGS:
            self.problems.append(f"tag <{tag}> is not Telegram HTML")
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.problems.append(f"unbalanced </{tag}>")

    def handle_entityref(self, name: str) -> None:
        if name not in {"lt", "gt", "amp", "quot"}:
            self.problems.append(f"entity &{name}; is not Telegram HTML")


def _first_strong(line: str) -> str | None:
    """The bidi class of the line's first strong character outside isolates (FSI/LRI/RLI … PDI)."""
    depth = 0
    for ch in line:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == "\u2069":
            depth = max(0, depth - 1)
        elif not depth and unicodedata.bidirectional(ch) in {"L", "R", "AL"}:
            return unicodedata.bidirectional(ch)
    return None


def _html_problems(text: str) -> list[str]:
    if re.search(r"&(?!(lt|gt|amp|quot|#\d+);)", text):
        return ["a bare & (must be &amp;)"]
    checker = _TagChecker()
    checker.feed(text)
    checker.close()
    return checker.problems + [f"unclosed <{tag}>" for tag in checker.open]
