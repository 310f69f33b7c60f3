"""What the authority allows, told before the selfie: edit policy, glasses advice, unverified figures,
and the honest answer when a searched-for document is not in the catalogue.

Why a module of its own: these lines are driven by catalogue data (`spec.edits.policy`,
`spec.policy.glasses`, `spec.unverified_figures`, `SearchHit.missing`), not by the conversation's
state, so the capture guide, the preview and the document search can all ask the same questions
here. Nothing in it talks to Telegram.
"""

from __future__ import annotations

from bot.conversation.naming import country_name, document_name, size_text
from bot.conversation.texts import Translator
from specs import Catalogue, DocumentSpec
from specs.schema import EditPolicy, Figure, GlassesPolicy
from specs.search import Missing

# The search's type words, as the `kind` selector of document-missing reads them.
MISSING_KINDS = {"passport", "visa", "evisa", "id_card", "residence_permit", "driving_licence"}


def size_label(t: Translator, spec: DocumentSpec) -> str:
    """'35×45 mm, 413×531 px', marked "unverified" when the size rests on secondary data only."""
    text = size_text(spec)
    if Figure.size in spec.unverified_figures:
        text += f", {t('unverified-mark')}"
    return text


def glasses_key(spec: DocumentSpec) -> str:
    """The capture tip for glasses: off where forbidden, a warning where only advised against."""
    if spec.policy.glasses is GlassesPolicy.forbidden:
        return "capture-glasses-off"
    if spec.policy.glasses is GlassesPolicy.not_recommended:
        return "capture-glasses-not-recommended"
    return "capture-glasses-ok"


def policy_lines(t: Translator, lang: str, spec: DocumentSpec, catalogue: Catalogue) -> list[str]:
    """Lines that go before the capture tips: an office-only document says our photo cannot serve
    it (and which documents it can), and a document whose figures are unverified says so."""
    lines: list[str] = []
    if spec.edits.policy is EditPolicy.office_only:
        served = [catalogue.get(doc_id) for doc_id in spec.edits.serves if doc_id in catalogue]
        lines.append(
            t(
                "capture-edit-office-only",
                document=document_name(spec, lang),
                count=len(served),
                documents=", ".join(document_name(other, lang) for other in served),
            )
        )
    if spec.unverified_figures:
        lines.append(t("capture-unverified", count=len(spec.unverified_figures)))
    return lines


def background_line(t: Translator, spec: DocumentSpec, colours: str) -> str:
    """The background tip: kept as taken (no edits), kept first (the authority wants an unaltered
    photo), or replaced."""
    if not spec.edits.background_replacement:
        return t("capture-background-real", colours=colours)
    if spec.edits.policy is EditPolicy.unaltered:
        return t("capture-edit-unaltered", colours=colours)
    return t("capture-background-any")


def preview_note(t: Translator, lang: str, spec: DocumentSpec, colours: str, replaced: bool) -> str | None:
    """The reminder under a preview whose background was replaced although the authority wants an
    unaltered photo (the user chose it); None when there is nothing to remind."""
    if not replaced or spec.edits.policy is not EditPolicy.unaltered:
        return None
    return t("preview-edit-unaltered", document=document_name(spec, lang), colours=colours)


def missing_text(t: Translator, lang: str, missing: Missing) -> str:
    """ "We don't have the Thai passport yet", with what we can offer instead."""
    kind = missing.type_word if missing.type_word in MISSING_KINDS else "other"
    return t("document-missing", country=country_name(missing.country, lang, t), kind=kind)
