"""What travels through the job queue: small JSON models, never pixels.

`ok` means "the job produced what was asked": for analyze that is the check list (blocking
checks are reported as `status="fail"` entries with `ok=True`; the conversation decides what to
show), for render it is the files. `ok=False` carries a stable `error_code` the bot translates:
the engine's own codes (`no_face`, `multiple_faces`, `corrupt_image`, `edit_not_allowed`, ... see
engine/errors.py and engine/decode.py) plus the ones below.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

# error codes added by the job layer (the engine's codes pass through unchanged)
SELFIE_MISSING = "selfie_missing"  # the selfie was deleted (/delete) or expired: ask for it again
UNKNOWN_DOCUMENT = "unknown_document"  # doc_id not in the catalogue (a stale button)
CHECKS_FAILED = "checks_failed"  # render refused: blocking checks (listed in `checks`)
INTERNAL = "internal"  # a bug or a crash; the user may retry, the job is not cached

Paper = Literal["4x6", "10x15", "5x7", "a4", "letter", "l"]  # engine/print_layout.py PAPERS


class CheckView(BaseModel):
    """One quality check as the bot shows it; the text comes from the bot's catalogues by `id`."""

    id: str
    status: Literal["pass", "warn", "fail"]
    measured: float | str | None
    unit: str
    allowed: str


class AnalyzeResult(BaseModel):
    ok: bool
    error_code: str | None = None
    error_params: dict[str, Any] = {}
    checks: list[CheckView] = []
    # the selfie's own wall already meets the document (the engine's least-edit test, before any
    # colour is chosen): the style step offers "keep my own background" first; None = not judged
    # (a no-edit document, blocking checks, or a result stored by an older release)
    background_keepable: bool | None = None

    @property
    def blocking(self) -> list[CheckView]:
        return [c for c in self.checks if c.status == "fail"]

    @property
    def warnings(self) -> list[CheckView]:
        return [c for c in self.checks if c.status == "warn"]


class StyledRequest(BaseModel):
    """What every picture of one document from one selfie shares: the style the user chose.

    `shift`, `zoom` and `brightness` are the preview adjustments, each -1..1 (engine Adjustments).
    """

    selfie_key: str
    doc_id: str
    background: str | None = None
    shift: float = Field(default=0, ge=-1, le=1)
    zoom: float = Field(default=0, ge=-1, le=1)
    brightness: float = Field(default=0, ge=-1, le=1)

    def style(self) -> dict[str, Any]:
        """Just the shared fields, to build another request with the same style."""
        return self.model_dump(include=set(StyledRequest.model_fields))


class RenderRequest(StyledRequest):
    """A preview (watermarked, ≤ 800 px) or the final files of one document from one selfie.

    `papers` are the print sheets to make with the final files; empty = the engine's default set.
    `outfit` is a catalogue outfit id (engine/outfits/catalogue.toml); None keeps the user's clothes.
    """

    preview: bool = True
    papers: list[Paper] = []
    outfit: str | None = None
    # the user's answer where keeping their own background was offered (report.json `user_choice`)
    background_choice: Literal["kept", "replaced"] | None = None
    # the user declared their head covering religious or medical (report.json `user_choice`)
    headwear_declared: bool = False


class RenderResult(BaseModel):
    ok: bool
    error_code: str | None = None
    error_params: dict[str, Any] = {}
    # file name → absolute path in the PhotoStore results folder of this job: "preview.jpg", or
    # "photo.jpg", "sheet_4x6.jpg", "sheet_a4.pdf", "report.txt", "report.json", ...
    files: dict[str, str] = {}
    checks: list[CheckView] = []
    # what the engine did to the selfie (report.json's `edits_applied`): the preview says plainly
    # when part of the photo is synthesised ("body_completed", "outfit")
    edits: list[str] = []


class OutfitSheetRequest(StyledRequest):
    """The user's photo in a few outfits, tiled into one numbered contact sheet (the outfit step).

    Always a watermarked preview. The style fields match the preview's, so the sheet shows what
    the chosen outfit will look like. `outfits` are catalogue ids in cell order; empty = the
    engine's suggestions for the document (engine.outfits.sheet.suggest_outfits).
    """

    outfits: list[str] = Field(default=[], max_length=9)  # one-digit badges
    # whose outfits the suggestions are (the catalogue's audiences); None: every audience
    audience: str | None = Field(default=None, pattern="^(men|women|child)$")


class OutfitSheetResult(BaseModel):
    ok: bool
    error_code: str | None = None
    error_params: dict[str, Any] = {}
    files: dict[str, str] = {}  # "outfits.jpg" → absolute path in the PhotoStore results folder
    outfits: list[str] = []  # the outfit in each numbered cell: badge 1 is outfits[0]
