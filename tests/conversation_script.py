"""The user's side of a scripted conversation, shared by the in-process and the multi-process tests.

A `Person` is a FakeUser who reads the bot's texts in their language: each step waits for the exact
Bot API call a phone would see and checks its text against the Fluent catalogue. It needs only a
`Stage`: the fake Telegram server, the catalogues, and the FSM storage the bot writes (aiogram's
MemoryStorage of an in-process dispatcher, or a RedisStorage shared with bot subprocesses).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, Protocol

from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.storage.base import BaseStorage, StorageKey
from PIL import Image

from bot.conversation.callbacks import OWN_CLOTHES, AdjustCb, BackgroundCb, DocCb, Move, Nav, NavCb, OutfitCb
from bot.conversation.naming import document_name
from bot.conversation.policy import preview_note, size_label
from bot.conversation.screens import colour_list
from bot.conversation.session import Session
from bot.conversation.texts import I18n, Translator
from bot.steps.style import style_key
from specs import load_catalogue
from tests.fake_telegram import FakeTelegramServer, FakeUser, RecordedRequest

SELFIE = "sample_009.jpg"  # passes every check of us_passport, schengen_visa and cn_visa_online
PROFILE = "rot_001_L3.jpg"  # head turned ~50°: yaw fails everywhere


class Stage(Protocol):
    """Where a conversation happens: the fake server, the texts, and the bot's FSM storage."""

    @property
    def server(self) -> FakeTelegramServer: ...

    @property
    def i18n(self) -> I18n: ...

    @property
    def storage(self) -> BaseStorage: ...


class Person:
    """One user's side of the chat, reading the bot's texts in their language."""

    def __init__(self, env: Stage, user_id: int, language_code: str = "en", lang: str | None = None) -> None:
        self.env = env
        self.user = FakeUser(env.server, user_id, language_code=language_code)
        self.lang = lang or language_code

    def t(self, key: str, **args: Any) -> str:
        return self.env.i18n.t(self.lang, key, **args)

    async def expect(self, method: str, key: str | None = None, **args: Any) -> RecordedRequest:
        """The next `method` call to this chat; its text is the catalogue's `key` (with `args`)."""
        request = await self.user.wait_for(method, timeout=20)
        if key is not None:
            assert request.text == self.t(key, **args), f"{method}: {request.text!r}"
        return request

    async def expect_answer(self, query_id: str, key: str | None = None) -> None:
        """The button press got an answerCallbackQuery (with the catalogue text `key`)."""
        await self.user.wait_for(
            "answerCallbackQuery", predicate=lambda r: r.params["callback_query_id"] == query_id
        )
        answer = self.user.callback_answer(query_id)
        assert answer is not None
        if key is not None:
            assert answer.get("text") == self.t(key)

    def buttons(self, request: RecordedRequest) -> list[str]:
        markup = request.reply_markup or {}
        return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]

    async def press(self, data: CallbackData) -> str:
        """Tap the newest button carrying this payload; returns the callback query id."""
        return await self.user.press(data.pack())

    async def session(self) -> dict[str, Any]:
        key = StorageKey(bot_id=42, chat_id=self.user.chat_id, user_id=self.user.user_id)
        return await self.env.storage.get_data(key)

    # --- the steps of the happy path ------------------------------------------------------------

    async def start_and_agree(self, payload: str = "") -> None:
        await self.user.send_command("start", payload)
        await self.expect("sendMessage", "start-welcome")
        card = await self.expect("sendMessage", "consent-card", hours=24)
        assert NavCb(to=Nav.agree).pack() in self.buttons(card)
        query = await self.press(NavCb(to=Nav.agree))
        await self.expect_answer(query, "consent-thanks")

    async def search(self, text: str, doc_id: str) -> None:
        await self.user.send_text(text)
        results = await self.expect("sendMessage", "document-results")
        assert DocCb(id=doc_id).pack() in self.buttons(results)[:3]
        await self.press(DocCb(id=doc_id))

    async def guide(self, doc_id: str) -> None:
        spec = load_catalogue().get(doc_id)
        example = await self.expect("sendPhoto", "capture-example", document=document_name(spec, self.lang))
        assert Image.open(io.BytesIO(example.file.data)).size == (
            spec.output_pixels.width,
            spec.output_pixels.height,
        )
        guide = await self.expect("sendMessage")
        header = self.t(
            "capture-guide", document=document_name(spec, self.lang), size=size_label(self.t, spec)
        )
        assert guide.text is not None and guide.text.startswith(header)
        assert guide.text.endswith(self.t("capture-send"))

    async def checks_pass(self, doc_id: str) -> None:
        name = document_name(load_catalogue().get(doc_id), self.lang)
        status = await self.expect("sendMessage", "checks-running", document=name)
        result = await self.expect("editMessageText", "checks-passed")
        assert result.message_id == status.message_id

    def style_text(self, doc_id: str, wall_keepable: bool | None) -> str:
        """The style screen a selfie gets: keep-my-background first where its wall qualifies, the
        authority's warning where an unaltered-photo document's wall does not, else the colours."""
        spec = load_catalogue().get(doc_id)
        key = style_key(spec, Session(wall_keepable=wall_keepable))
        assert key is not None, f"{doc_id}: no style screen"
        tr = Translator(self.env.i18n, self.lang)
        return self.t(key, document=document_name(spec, self.lang), colours=colour_list(tr, spec))

    async def style_screen(self, doc_id: str) -> RecordedRequest:
        """The next style screen, read as the selfie's analysis left it (stored in the session)."""
        screen = await self.expect("sendMessage")
        assert screen.text == self.style_text(doc_id, (await self.session()).get("wall_keepable")), (
            screen.text
        )
        return screen

    async def choose_background(self, doc_id: str, index: int = 0) -> None:
        choose = await self.style_screen(doc_id)
        assert BackgroundCb(doc=doc_id, index=index).pack() in self.buttons(choose)
        await self.press(BackgroundCb(doc=doc_id, index=index))

    async def preview(self, doc_id: str) -> RecordedRequest:
        """The next preview photo. Where the style step ends with the outfit offer (documents that
        allow outfits), the user keeps their own clothes first; tests/test_outfit_step.py drives
        the offer itself and checks exactly when it appears."""
        step = await self.expect("sendMessage")
        if step.text == self.t("outfit-offer"):
            keep = OutfitCb(doc=doc_id, id=OWN_CLOTHES)
            assert keep.pack() in self.buttons(step)
            await self.press(keep)
            step = await self.expect("sendMessage")
        assert step.text == self.t("preview-making"), step.text
        name = document_name(load_catalogue().get(doc_id), self.lang)
        caption = self.t("preview-caption", document=name)
        if (await self.session()).get("outfit"):  # the clothes are synthesised, and the caption says so
            caption = f"{caption}\n{self.t('preview-synthesised-outfit')}"
        photo = await self.expect("sendPhoto")
        # and when the engine completed the shoulder line, the caption says that too (whether it
        # did depends on the selfie and the document: tests that know assert it themselves)
        # and where the authority wants an unaltered photo, a replaced background is pointed out
        spec = load_catalogue().get(doc_id)
        body = ["", f"\n{self.t('preview-synthesised-body')}"]
        tr = Translator(self.env.i18n, self.lang)
        note = ["", f"\n{preview_note(tr, self.lang, spec, colour_list(tr, spec), True)}"]
        if (await self.session()).get("background_choice") == "kept":  # the framing outgrew the wall
            unaltered = preview_note(tr, self.lang, spec, colour_list(tr, spec), True)
            note.append(
                f"\n{self.t('preview-keep-failed')}" + ("" if unaltered is None else f"\n{unaltered}")
            )
        assert photo.text in {caption + b + n for b in body for n in note}, photo.text
        assert AdjustCb(doc=doc_id, move=Move.up).pack() in self.buttons(photo)
        assert max(Image.open(io.BytesIO(photo.file.data)).size) <= 800
        return photo

    async def get_files(self) -> list[RecordedRequest]:
        await self.press(NavCb(to=Nav.files))
        await self.expect("sendMessage", "delivery-making")
        return await self.receive_files()

    async def receive_files(self, timeout: float = 30) -> list[RecordedRequest]:
        """The documents sent after "delivery-making", up to the closing "delivery-done" message."""
        documents = []
        while True:
            request = await self.user.wait_for(("sendDocument", "sendMessage", "sendPhoto"), timeout=timeout)
            if request.method != "sendDocument":
                break
            documents.append(request)
        assert request.method == "sendMessage" and request.text == self.t("delivery-done")
        assert NavCb(to=Nav.another).pack() in self.buttons(request)
        return documents


def selfie(samples_dir: Path, name: str = SELFIE) -> bytes:
    return (samples_dir / name).read_bytes()


def blank_jpeg(size: tuple[int, int] = (900, 1200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 205, 210)).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()
