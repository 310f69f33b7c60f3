"""Every user-facing text comes from Fluent catalogues: bot/locales/<lang>/bot.ftl.

Why Fluent: translators see whole sentences with named variables and plural selectors
(`{ $count -> [one] … *[other] … }`), so Russian or Hindi plurals live in the catalogue and code
names message ids only. A catalogue that does not parse fails loudly at load time (the parser would
otherwise drop a broken message quietly as "junk"), and a message missing in one language falls
back to English per key, so a half-translated release still reads sensibly.

The language of a user is their saved choice (/language), else Telegram's `language_code`
reduced to one we ship, else English.

Right-to-left languages (Arabic, Persian) get Fluent's Unicode isolates (FSI … PDI) around every
placeable, so a Latin document code, a number or a /command inside an Arabic sentence keeps its
own direction without reordering the words around it; their catalogues start every line with an
RTL word or an RLM so that Telegram lays the paragraph out right to left. Numbers are formatted by
Babel for the language (grouping, decimal mark); where the language writes its own digits (Persian,
CLDR's "arabext"), a placeable that is a bare number is written in those digits.

Messages are sent with parse_mode HTML (the bot's default), so catalogue texts may use Telegram's
tags (<b>, <i>) and every string *argument* is HTML-escaped here: a country named "Trinidad &
Tobago" or a document name can never break a message. Texts used as arguments of other texts
(check titles, tips, colour names) therefore carry no markup.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
CATALOGUE_FILE = "bot.ftl"
LANGUAGES: tuple[str, ...] = (
    "en", "zh", "es", "ru", "hi", "pt", "ar", "fa", "id", "tr", "uk", "uz", "vi", "fr", "de",
)  # fmt: skip
DEFAULT_LANGUAGE = "en"
RIGHT_TO_LEFT = frozenset({"ar", "fa"})
LEGACY_CODES = {"in": "id", "iw": "he", "ji": "yi"}  # ISO 639 codes some clients still send
# Languages whose usual digits are not ASCII (CLDR default numbering system), and those digits.
NATIVE_DIGITS: dict[str, str] = {"fa": "۰۱۲۳۴۵۶۷۸۹"}
_NATIVE_SEPARATORS = {",": "٬", ".": "٫"}  # Persian thousands and decimal separators
_ISOLATED_NUMBER = re.compile("\u2068([0-9][0-9,.]*)\u2069")


class CatalogueError(Exception):
    """A .ftl file is missing or does not parse; carries the file and the first bad entry."""


@dataclass(frozen=True)
class Translator:
    """`t(key, **args)` for one language; what handlers receive as `t`."""

    i18n: I18n
    lang: str

    def __call__(self, key: str, **args: Any) -> str:
        return self.i18n.t(self.lang, key, **args)

    def has(self, key: str) -> bool:
        """Whether `key` exists in this language or the English fallback."""
        return self.i18n.has(self.lang, key) or self.i18n.has(DEFAULT_LANGUAGE, key)


class I18n:
    """The loaded catalogues of every shipped language (built once by the app wiring)."""

    def __init__(self, locales_dir: Path = LOCALES_DIR, languages: Iterable[str] = LANGUAGES) -> None:
        self.locales_dir = locales_dir
        self.languages: tuple[str, ...] = tuple(languages)
        if DEFAULT_LANGUAGE not in self.languages:
            raise CatalogueError(f"the fallback language {DEFAULT_LANGUAGE!r} must be shipped")
        self._bundles: dict[str, FluentBundle] = {}
        self._resources: dict[str, ast.Resource] = {}
        for lang in self.languages:
            resource = parse_catalogue(locales_dir / lang / CATALOGUE_FILE)
            bundle = FluentBundle([lang], use_isolating=lang in RIGHT_TO_LEFT)
            bundle.add_resource(resource)
            self._bundles[lang] = bundle
            self._resources[lang] = resource

    # --- lookup ---------------------------------------------------------------------------------

    def t(self, lang: str, key: str, **args: Any) -> str:
        """The text of `key` in `lang`, else in English, else the key itself (logged)."""
        args = {name: html.escape(v, quote=False) if isinstance(v, str) else v for name, v in args.items()}
        for candidate in (lang, DEFAULT_LANGUAGE):
            bundle = self._bundles.get(candidate)
            if bundle is None or not bundle.has_message(key):
                continue
            message = bundle.get_message(key)
            if message.value is None:
                continue
            text, errors = bundle.format_pattern(message.value, args)
            if errors:
                log.warning("message %s/%s: %s", candidate, key, "; ".join(map(str, errors)))
            return native_digits(str(text), candidate)
        log.error("message %s missing in every catalogue", key)
        return key

    def has(self, lang: str, key: str) -> bool:
        bundle = self._bundles.get(lang)
        return bundle is not None and bundle.has_message(key)

    def bind(self, lang: str) -> Translator:
        return Translator(self, lang if lang in self._bundles else DEFAULT_LANGUAGE)

    # --- choosing the language ------------------------------------------------------------------

    def pick(self, saved: str | None, language_code: str | None) -> str:
        """The user's saved choice, else Telegram's language mapped to a shipped one, else English."""
        if saved is not None and saved in self._bundles:
            return saved
        return self.from_telegram(language_code) or DEFAULT_LANGUAGE

    def from_telegram(self, language_code: str | None) -> str | None:
        """'pt-br' → 'pt', 'zh-hans' → 'zh', 'ja' → None (not shipped)."""
        if not language_code:
            return None
        base = language_code.replace("_", "-").split("-")[0].lower()
        base = LEGACY_CODES.get(base, base)
        return base if base in self._bundles else None

    # --- introspection (tests, tooling) ---------------------------------------------------------

    def keys(self, lang: str) -> set[str]:
        return {entry.id.name for entry in self._resources[lang].body if isinstance(entry, ast.Message)}

    def variables(self, lang: str) -> dict[str, set[str]]:
        """Variables each message uses, e.g. {'deleted': {'count'}}."""
        found: dict[str, set[str]] = {}
        for entry in self._resources[lang].body:
            if isinstance(entry, ast.Message):
                collector = _VariableCollector()
                collector.visit(entry)
                found[entry.id.name] = collector.names
        return found


def native_digits(text: str, lang: str) -> str:
    """Numbers that Fluent isolated as placeables, in the language's own digits ('24' → '۲۴' in
    Persian); digits inside other text (a link, a document code) are left as they are."""
    digits = NATIVE_DIGITS.get(lang)
    if digits is None:
        return text

    def convert(match: re.Match[str]) -> str:
        number = "".join(
            digits[int(ch)] if ch.isdigit() else _NATIVE_SEPARATORS.get(ch, ch) for ch in match.group(1)
        )
        return f"\u2068{number}\u2069"

    return _ISOLATED_NUMBER.sub(convert, text)


def parse_catalogue(path: Path) -> ast.Resource:
    """Parse one .ftl file; any junk (a syntax error) fails loudly with its position."""
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogueError(f"{path}: {exc}") from exc
    resource = FluentParser(with_spans=True).parse(source)
    junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
    if junk:
        first = junk[0]
        line = source.count("\n", 0, first.span.start) + 1 if first.span else 0
        detail = "; ".join(a.message or "" for a in first.annotations) or "syntax error"
        raise CatalogueError(f"{path}:{line}: {detail}: {(first.content or '').strip()[:80]!r}")
    seen: set[str] = set()
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            if entry.id.name in seen:
                raise CatalogueError(f"{path}: duplicate message {entry.id.name!r}")
            seen.add(entry.id.name)
    return resource


class _VariableCollector(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)
        self.generic_visit(node)


def language_names(i18n: I18n) -> Mapping[str, str]:
    """Each shipped language named in itself ('Русский'), for the language picker."""
    return {lang: i18n.t(lang, "language-name") for lang in i18n.languages}
