"""The typed view of what the conversation remembers per user (stored as FSM data).

Why a model: FSM data is a plain dict in Redis or memory; reading it through one pydantic model
gives every handler the same names and defaults, and tolerates data written by an older release
(unknown keys are ignored, missing ones take defaults). Only ids, flags and numbers are kept here:
the selfie itself lives in the PhotoStore under `selfie_key`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, cast

from aiogram.fsm.context import FSMContext
from pydantic import BaseModel, ConfigDict, Field

from bot.jobs.protocol import OutfitSheetRequest, Paper, RenderRequest, StyledRequest

ADJUST_STEP = 0.25  # one tap on a preview adjustment, as a share of the room the spec allows
ADJUST_LIMIT = 1.0
RECENT_LIMIT = 3


class Session(BaseModel):
    model_config = ConfigDict(extra="ignore")

    # Kept across documents and /cancel; erased only by /delete.
    lang: str | None = None  # the user's own choice (/language); None = follow Telegram
    consent: bool = False
    recent: list[str] = Field(default_factory=list)  # recently used document ids, newest first

    # The current job.
    doc_id: str | None = None
    selfie_key: str | None = None
    album: str | None = None  # media_group_id already taken, so the rest of an album is ignored
    background: str | None = None
    outfit: str | None = None  # catalogue outfit id; None = the user's own clothes
    outfit_for: str | None = None  # "men" | "women" | "child": whom the contact sheet dresses
    # the selfie's own wall already meets the document (analysis): "keep my own background" comes first
    wall_keepable: bool | None = None
    # the answer where keeping one's own background was offered; recorded in the report
    background_choice: Literal["kept", "replaced"] | None = None
    # the user went on past the head-covering warning, whose button says the covering is
    # religious or medical: recorded in the report (it is about the person, so it outlives a
    # change of document and ends with the selfie)
    headwear_declared: bool = False
    shift: float = 0.0
    zoom: float = 0.0
    brightness: float = 0.0
    reuse: bool = False  # "another document from the same selfie": skip the capture step
    resume: str | None = None  # the state to return to after /language
    delivered: list[str] = Field(default_factory=list)  # render keys already sent as files
    checks: list[str] = Field(default_factory=list)  # the last selfie's issues, "id:fail|warn" (for support)
    failed_checks: int = 0  # selfies in a row that failed: from 2 on, "Talk to a person" is offered
    before_support: str | None = None  # the state to return to when a support ticket ends

    def choose_document(self, doc_id: str) -> None:
        """A new document: forget its style and adjustments, keep the selfie (same-selfie reuse)."""
        self.doc_id = doc_id
        self.background = self.outfit = self.background_choice = self.wall_keepable = None
        self.shift = self.zoom = self.brightness = 0.0
        self.recent = [doc_id, *(d for d in self.recent if d != doc_id)][:RECENT_LIMIT]

    def new_selfie(self, key: str) -> None:
        self.selfie_key = key
        self.outfit_for = None  # a new selfie may be someone else (a parent, then the child)
        self.checks = []
        self.headwear_declared = False
        self.reuse = False
        self.background = self.outfit = self.background_choice = self.wall_keepable = None
        self.shift = self.zoom = self.brightness = 0.0

    def reset_job(self) -> None:
        """/cancel and /new: drop the current document and selfie, keep language and consent."""
        self.doc_id = self.selfie_key = self.album = self.background = self.outfit = None
        self.background_choice = self.wall_keepable = self.outfit_for = None
        self.reuse = self.headwear_declared = False
        self.shift = self.zoom = self.brightness = 0.0


async def load(state: FSMContext) -> Session:
    return Session.model_validate(await state.get_data())


async def save(state: FSMContext, session: Session) -> None:
    """Write the session's fields; keys other features keep in the same FSM data stay untouched."""
    await state.update_data(session.model_dump())


def _style(session: Session) -> StyledRequest:
    """The session's selfie, document, background and adjustments, shared by every job of it."""
    assert session.selfie_key is not None and session.doc_id is not None
    return StyledRequest(
        selfie_key=session.selfie_key,
        doc_id=session.doc_id,
        background=session.background,
        shift=session.shift,
        zoom=session.zoom,
        brightness=session.brightness,
    )


def render_request(session: Session, *, preview: bool, papers: Sequence[str] | None = None) -> RenderRequest:
    """The engine job for the session's selfie, document, style (outfit included) and adjustments."""
    return RenderRequest(
        **_style(session).style(),
        preview=preview,
        papers=cast("list[Paper]", list(papers or [])),  # validated by the model
        outfit=session.outfit,
        background_choice=session.background_choice,
        headwear_declared=session.headwear_declared,
    )


def outfit_sheet_request(session: Session) -> OutfitSheetRequest:
    """The contact sheet for the session's selfie and document, styled like its preview; the
    engine picks the outfits that suit the document's background, for whom the user said."""
    return OutfitSheetRequest(**_style(session).style(), audience=session.outfit_for)
