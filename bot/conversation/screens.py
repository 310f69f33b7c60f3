"""The screens that open a step: each sets the state and sends the step's first message.

Why a module of their own: several routers lead into the same step (a photo sent before consent
shows the consent card; /new, /start and "another document" all open the picker), and keeping the
openers here keeps the handler modules free of import cycles. Nothing here talks to the engine;
the steps that do (review, preview, delivery) live in their routers.
"""

from __future__ import annotations

import asyncio
import io
from urllib.parse import urlencode

from aiogram.types import BufferedInputFile

from bot.conversation import keyboards as kb
from bot.conversation import policy
from bot.conversation.naming import document_name
from bot.conversation.session import Session
from bot.conversation.states import Flow
from bot.conversation.texts import I18n, Translator, language_names
from bot.conversation.turn import Turn
from specs import Catalogue, DocumentSpec, load_catalogue
from specs.schema import ExpressionPolicy
from specs.template import draw_template
from specs.vocabulary import load_vocabulary

PICKER_SIZE = 6  # documents offered on the picker: recent first, then the popular ones


async def show_languages(turn: Turn, i18n: I18n) -> None:
    await turn.state.set_state(Flow.language)
    await turn.say("language-prompt", kb.languages(language_names(i18n)))


async def show_consent(turn: Turn) -> None:
    await turn.state.set_state(Flow.consent)
    await turn.say("consent-card", kb.consent(turn.t), hours=turn.retention_hours)


def picker_documents(session: Session, catalogue: Catalogue) -> list[DocumentSpec]:
    """Recently used documents, then the catalogue's popular ones, without repeats."""
    ids = [*session.recent, *load_vocabulary().search.popular]
    chosen = [doc_id for doc_id in dict.fromkeys(ids) if doc_id in catalogue]
    return [catalogue.get(doc_id) for doc_id in chosen[:PICKER_SIZE]]


async def show_picker(turn: Turn, session: Session, prompt: str = "document-prompt") -> None:
    await turn.state.set_state(Flow.document)
    specs = picker_documents(session, turn.catalogue)
    await turn.say(prompt, kb.documents(turn.t, specs, turn.lang))


def _example_png(spec: DocumentSpec) -> bytes:
    buffer = io.BytesIO()
    draw_template(spec).save(buffer, format="PNG")
    return buffer.getvalue()


def colour_label(t: Translator, name: str) -> str:
    """A spec colour ('light grey') in the user's language; the raw name if we have no words."""
    key = "colour-" + "-".join(name.casefold().split())
    return t(key) if t.has(key) else name


def colour_list(t: Translator, spec: DocumentSpec) -> str:
    return ", ".join(colour_label(t, c.name) for c in spec.background.colours)


def guide_text(t: Translator, lang: str, spec: DocumentSpec, catalogue: Catalogue | None = None) -> str:
    """The capture tips, with the lines that depend on this document's rules: the authority's
    word on edits and glasses, and an "unverified" mark where figures rest on secondary data."""
    lines = [t("capture-guide", document=document_name(spec, lang), size=policy.size_label(t, spec))]
    lines.extend(policy.policy_lines(t, lang, spec, catalogue or load_catalogue()))
    lines.append(t(policy.glasses_key(spec)))
    smile = spec.policy.expression is ExpressionPolicy.natural_smile
    lines.append(t("capture-expression-smile" if smile else "capture-expression-neutral"))
    lines.append(policy.background_line(t, spec, colour_list(t, spec)))
    lines.append(t("capture-send"))
    return "\n".join(lines)


def camera_url(turn: Turn, doc_id: str | None) -> str | None:
    """The camera guide's page for this document in the user's language; None when the Mini App
    is not served (WEBAPP_URL unset) or no document is chosen yet."""
    base = turn.settings.webapp_url
    if base is None or doc_id is None or doc_id not in turn.catalogue:
        return None
    return f"{base}?{urlencode({'doc': doc_id, 'lang': turn.lang})}"


async def show_guide(turn: Turn, spec: DocumentSpec) -> None:
    """The capture step: an example drawn by the engine for this document, then the tips."""
    await turn.state.set_state(Flow.capture)
    example = await asyncio.to_thread(_example_png, spec)
    await turn.bot.send_photo(
        turn.chat_id,
        BufferedInputFile(example, filename="example.png"),
        caption=turn.t("capture-example", document=document_name(spec, turn.lang)),
    )
    await turn.bot.send_message(
        turn.chat_id,
        guide_text(turn.t, turn.lang, spec, turn.catalogue),
        reply_markup=kb.capture(turn.t, camera_url(turn, spec.id)),
    )


async def show_retake(turn: Turn) -> None:
    await turn.state.set_state(Flow.capture)
    session = await turn.session()
    await turn.say("capture-retake", kb.capture(turn.t, camera_url(turn, session.doc_id)))


async def proceed(turn: Turn, session: Session) -> None:
    """Once the language is known: the consent card, else the preselected document's guide,
    else the document picker."""
    await turn.save(session)
    if not session.consent:
        await show_consent(turn)
    elif session.doc_id is not None and session.doc_id in turn.catalogue:
        await show_guide(turn, turn.catalogue.get(session.doc_id))
    else:
        await show_picker(turn, session)
