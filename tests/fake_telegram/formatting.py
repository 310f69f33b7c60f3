"""parse_mode handling the way the Bot API does it: markup is parsed into plain text plus entities (offsets in
UTF-16 code units) and malformed markup is a 400 ``can't parse entities`` error.

This matters because an unescaped ``<`` in a translated string, or a ``.`` in MarkdownV2, is a classic way
for a bot to crash only in production; the fake refuses it exactly where Telegram would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError, bad_request

Entity = dict[str, Any]

_HTML_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ATTR = re.compile(r"""([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_CHAR_REF = re.compile(r"&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,4});")
_MDV2_RESERVED = set("_*[]()~`>#+-=|{}.!")
_MDV2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "text_link": "TextUrl",
}


def utf16_len(text: str) -> int:
    """Telegram measures entity offsets in UTF-16 code units (an emoji counts twice)."""
    return len(text.encode("utf-16-le")) // 2


def _error(detail: str) -> ApiError:
    return bad_request(f"can't parse entities: {detail}")


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8"))


@dataclass
class _Builder:
    """Accumulates plain text and closes entities at the current UTF-16 position."""

    parts: list[str] = field(default_factory=list)
    position: int = 0
    entities: list[Entity] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.position += utf16_len(text)

    def close(self, kind: str, start: int, **extra: Any) -> None:
        if self.position > start:
            self.entities.append({"type": kind, "offset": start, "length": self.position - start, **extra})

    def result(self) -> tuple[str, list[Entity]]:
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.parts), self.entities


def parse(text: str, parse_mode: str | None, entities: Any = None) -> tuple[str, list[Entity]]:
    """Plain text and entities for ``text`` as Telegram would store it; explicit entities win over markup."""
    if entities:
        return text, list(entities)
    mode = (parse_mode or "").lower()
    if not mode:
        return text, []
    if mode == "html":
        return _parse_html(text)
    if mode == "markdownv2":
        return _parse_markdown_v2(text)
    if mode == "markdown":
        return _parse_markdown(text)
    raise bad_request(f"unsupported parse_mode {parse_mode!r}")


def _parse_html(source: str) -> tuple[str, list[Entity]]:
    out = _Builder()
    stack: list[tuple[str, str, int, dict[str, str]]] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "<":
            end = source.find(">", i)
            if end < 0:
                raise _error(f"Can't find end of the tag starting at byte offset {_byte_offset(source, i)}")
            inner = source[i + 1 : end]
            if inner.startswith("/"):
                name = inner[1:].strip().lower()
                if not stack:
                    raise _error(f"Unexpected end tag at byte offset {_byte_offset(source, i)}")
                tag, kind, start, attrs = stack.pop()
                if name and name != tag:
                    raise _error(
                        f'Unmatched end tag at byte offset {_byte_offset(source, i)}, expected "</{tag}>", '
                        f'found "</{name}>"'
                    )
                _close_html(out, stack, kind, start, attrs)
            else:
                match = re.match(r"[a-zA-Z][a-zA-Z0-9-]*", inner)
                name = match.group(0).lower() if match else ""
                if name not in _HTML_TAGS:
                    raise _error(f'Unsupported start tag "{name}" at byte offset {_byte_offset(source, i)}')
                rest = inner[len(name) :]
                attrs = {
                    m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None)
                    for m in _ATTR.finditer(rest)
                }
                if re.search(r"\bexpandable\b", rest):
                    attrs["expandable"] = "1"
                if name == "span" and attrs.get("class") != "tg-spoiler":
                    raise _error(
                        f'Tag "span" must have class "tg-spoiler" at byte offset {_byte_offset(source, i)}'
                    )
                stack.append((name, _HTML_TAGS[name], out.position, attrs))
            i = end + 1
        elif char == "&":
            match = _CHAR_REF.match(source, i)
            decoded = _decode_reference(match.group(1)) if match else None
            if match and decoded is not None:
                out.add(decoded)
                i = match.end()
            else:
                out.add("&")
                i += 1
        else:
            nxt = min((p for p in (source.find("<", i), source.find("&", i)) if p >= 0), default=len(source))
            out.add(source[i:nxt])
            i = nxt
    if stack:
        raise _error(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return out.result()


def _decode_reference(name: str) -> str | None:
    if name.startswith("#x"):
        return chr(int(name[2:], 16))
    if name.startswith("#"):
        return chr(int(name[1:]))
    return _NAMED_ENTITIES.get(name.lower())


def _close_html(out: _Builder, stack: list, kind: str, start: int, attrs: dict[str, str]) -> None:
    if kind == "text_link":
        if attrs.get("href"):
            out.close(kind, start, url=attrs["href"])
    elif kind == "code" and stack and stack[-1][1] == "pre":
        language = attrs.get("class", "")
        if language.startswith("language-"):
            stack[-1][3]["language"] = language.removeprefix("language-")
    elif kind == "pre":
        extra = {"language": attrs["language"]} if attrs.get("language") else {}
        out.close(kind, start, **extra)
    elif kind == "blockquote":
        out.close("expandable_blockquote" if "expandable" in attrs else kind, start)
    elif kind == "custom_emoji":
        out.close(kind, start, custom_emoji_id=attrs.get("emoji-id", ""))
    else:
        out.close(kind, start)


def _parse_markdown_v2(source: str) -> tuple[str, list[Entity]]:
    out = _Builder()
    open_: dict[str, tuple[int, int]] = {}  # entity kind -> (utf16 start, source index)
    link: tuple[int, int] | None = None
    i = 0
    while i < len(source):
        char = source[i]
        in_code = "code" in open_ or "pre" in open_
        if char == "\\" and i + 1 < len(source) and 0 < ord(source[i + 1]) < 127:
            out.add(source[i + 1])
            i += 2
            continue
        if source.startswith("```", i):
            if "pre" in open_:
                start, _ = open_.pop("pre")
                out.close("pre", start)
                i += 3
                continue
            if not in_code:
                line_end = source.find("\n", i + 3)
                i = i + 3 if line_end < 0 else line_end + 1
                open_["pre"] = (out.position, i)
                continue
        if char == "`" and "pre" not in open_:
            if "code" in open_:
                start, _ = open_.pop("code")
                out.close("code", start)
            else:
                open_["code"] = (out.position, i)
            i += 1
            continue
        if in_code:
            out.add(char)
            i += 1
            continue
        kind, width = _mdv2_marker(source, i)
        if kind is not None:
            if kind in open_:
                start, _ = open_.pop(kind)
                out.close(kind, start)
            else:
                open_[kind] = (out.position, i)
            i += width
            continue
        if char == "[" and link is None:
            link = (out.position, i)
            i += 1
            continue
        if char == "]" and link is not None and source.startswith("(", i + 1):
            close = source.find(")", i + 2)
            if close < 0:
                raise _error(f"Can't find end of a url at byte offset {_byte_offset(source, i + 1)}")
            out.close("text_link", link[0], url=source[i + 2 : close].replace("\\)", ")"))
            link = None
            i = close + 1
            continue
        if char == ">" and (i == 0 or source[i - 1] == "\n"):
            i += 1  # blockquote marker; the quoted line stays plain in this fake
            continue
        if char in _MDV2_RESERVED:
            raise _error(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")
        out.add(char)
        i += 1
    pending = list(open_.items()) + ([("text_link", link)] if link else [])
    if pending:
        kind, (_, index) = min(pending, key=lambda item: item[1][1])
        raise _error(
            f"Can't find end of {_MDV2_NAMES[kind]} entity at byte offset {_byte_offset(source, index)}"
        )
    return out.result()


def _mdv2_marker(source: str, i: int) -> tuple[str | None, int]:
    if source.startswith("||", i):
        return "spoiler", 2
    if source.startswith("__", i):
        return "underline", 2
    return {"*": ("bold", 1), "_": ("italic", 1), "~": ("strikethrough", 1)}.get(source[i], (None, 0))


def _parse_markdown(source: str) -> tuple[str, list[Entity]]:
    """Legacy Markdown: ``*bold*``, ``_italic_``, backticks, ``[text](url)``; no nesting."""
    out = _Builder()
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\" and i + 1 < len(source) and source[i + 1] in "_*`[":
            out.add(source[i + 1])
            i += 2
            continue
        fence = "```" if source.startswith("```", i) else char
        if fence in ("*", "_", "`", "```", "["):
            end_marker = "]" if fence == "[" else fence
            end = source.find(end_marker, i + len(fence))
            if end < 0:
                raise _error(
                    f"Can't find end of the entity starting at byte offset {_byte_offset(source, i)}"
                )
            start = out.position
            out.add(source[i + len(fence) : end])
            i = end + len(end_marker)
            if fence == "[":
                if source.startswith("(", i) and source.find(")", i) > 0:
                    close = source.find(")", i)
                    out.close("text_link", start, url=source[i + 1 : close])
                    i = close + 1
                continue
            kind = {"*": "bold", "_": "italic", "`": "code", "```": "pre"}[fence]
            out.close(kind, start)
            continue
        out.add(char)
        i += 1
    return out.result()
