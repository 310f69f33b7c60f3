"""One image showing a user's photo in several outfits: the bot's outfit step and the gallery.

The photo is placed, matted and enhanced once, the person measured once, and only the fit is
repeated per outfit, so four outfits cost about one render plus four warps. Cells carry a number
badge (1, 2, 3…) that the bot's buttons refer to; names stay in the bot's own languages.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

import cv2
import numpy as np

from engine.background import composite
from engine.context import Context
from engine.outfits.catalogue import Audience, Outfit, load_outfits
from engine.outfits.fabric import hex_rgb
from engine.outfits.fitter import check_outfit_allowed
from engine.watermark import add_watermark
from specs.schema import DocumentSpec

if TYPE_CHECKING:
    from engine.pipeline import Engine

GAP = 12  # px between cells
LUMA = np.array([0.2126, 0.7152, 0.0722], np.float32)  # relative luminance of linear-ish RGB
BADGE = (32, 32, 32)


@dataclasses.dataclass(frozen=True)
class OutfitSheet:
    image: np.ndarray  # H×W×3 uint8
    outfit_ids: tuple[str, ...]  # in cell order: badge 1 is outfit_ids[0]
    cells: tuple[np.ndarray, ...]  # each dressed photo at full output size


def suggest_outfits(spec: DocumentSpec, audience: Audience | None = None, count: int = 4) -> list[str]:
    """Outfits that read well on this document's background, for `audience` (None: adults, so a
    child's clothes appear only when asked for a child): clothing close to the background's
    lightness is left out (a white shirt on a white wall loses the shoulders), dark clothing comes
    first where the rules ask for contrast; then the catalogue's order, one colour per style
    before a second colour of any style."""
    background = hex_rgb(spec.background.colours[0].rgb)
    light_wall = float(background @ LUMA) > 0.6
    fitting: list[Outfit] = []
    for outfit in load_outfits().outfit:
        wanted = (
            (audience, Audience.any) if audience is not None else (Audience.men, Audience.women, Audience.any)
        )
        if outfit.audience not in wanted:
            continue
        lightness = float(hex_rgb(outfit.base_colour) @ LUMA)
        if abs(lightness - (0.95 if light_wall else 0.5)) < 0.15:
            continue
        fitting.append(outfit)
    styles: set[str] = set()
    first: list[Outfit] = []
    then: list[Outfit] = []
    for outfit in fitting:
        style = outfit.id.rsplit("_", 1)[0]
        (then if style in styles else first).append(outfit)
        styles.add(style)
    first.sort(key=lambda o: not (o.dark and light_wall))
    return [o.id for o in (first + then)[:count]]


def outfit_sheet(
    engine: Engine,
    ctx: Context,
    outfit_ids: Sequence[str] | None = None,
    *,
    columns: int | None = None,
    cell_width: int = 360,
    include_original: bool = False,
    captions: bool = False,
) -> OutfitSheet:
    """Render `ctx`'s photo (analysed, not necessarily rendered) in each outfit and tile the results.

    Raises EditNotAllowed when the document does not accept an outfit. `ctx` itself is left as
    it was: the work happens on a copy. Previews carry the watermark when `ctx.options.watermark`.
    """
    ids = list(outfit_ids) if outfit_ids is not None else suggest_outfits(ctx.spec)
    if not ids:
        raise ValueError("no outfits to show")
    # outfits are fitted to a cut-out person: the plain photo has its background replaced too
    options = dataclasses.replace(ctx.options, outfit=None, least_edit=False)
    for outfit_id in ids:
        check_outfit_allowed(ctx.spec, dataclasses.replace(options, outfit=outfit_id))
    work = dataclasses.replace(ctx, options=options, timings={}, outputs={})
    engine.render(work)
    assert work.enhanced is not None and work.alpha is not None and work.background_rgb is not None
    prepared = engine.outfits.prepare(work, work.enhanced, work.alpha)
    cells = []
    if include_original:
        assert work.photo is not None
        cells.append(work.photo)
    for outfit_id in ids:
        fitted = engine.outfits.fit(prepared, outfit_id)
        cells.append(composite(fitted.foreground, fitted.alpha, work.background_rgb))
    if ctx.options.watermark:
        cells = [add_watermark(c) for c in cells]
    names = None
    if captions:
        catalogue = load_outfits()
        names = (["original"] if include_original else []) + [catalogue.get(i).names.en for i in ids]
    image = tile(cells, columns, cell_width, first_badge=0 if include_original else 1, captions=names)
    return OutfitSheet(image=image, outfit_ids=tuple(ids), cells=tuple(cells))


def tile(
    cells: Sequence[np.ndarray],
    columns: int | None = None,
    cell_width: int = 360,
    first_badge: int = 1,
    captions: Sequence[str] | None = None,
) -> np.ndarray:
    """Cells (same size) in a grid on white, each resized to `cell_width` and numbered from
    `first_badge` (0 leaves the first cell unnumbered: the original); optional ASCII captions
    under the cells (for review sheets; the bot names outfits in its own languages)."""
    count = len(cells)
    columns = columns or (count if count <= 3 else int(np.ceil(np.sqrt(count))))  # four: 2 × 2
    rows = -(-count // columns)
    h, w = cells[0].shape[:2]
    cell_h = round(h * cell_width / w)
    caption_h = 0 if captions is None else max(16, cell_width // 14)
    pitch = cell_h + caption_h + GAP
    sheet = np.full((rows * pitch + GAP, columns * cell_width + (columns + 1) * GAP, 3), 255, np.uint8)
    for i, cell in enumerate(cells):
        r, c = divmod(i, columns)
        y, x = GAP + r * pitch, GAP + c * (cell_width + GAP)
        if captions is not None:
            scale = caption_h / 40
            origin = (x + 4, y + cell_h + round(caption_h * 0.8))
            cv2.putText(
                sheet, captions[i], origin, cv2.FONT_HERSHEY_SIMPLEX, scale, (40, 40, 40), 1, cv2.LINE_AA
            )
        small = cv2.resize(cell, (cell_width, cell_h), interpolation=cv2.INTER_AREA)
        sheet[y : y + cell_h, x : x + cell_width] = small
        number = i + first_badge
        if first_badge == 0 and i == 0:
            continue
        _badge(sheet, (x + 8, y + 8), str(number), max(18, cell_width // 12))
    return sheet


def _badge(image: np.ndarray, corner: tuple[int, int], text: str, size: int) -> None:
    """A filled circle (a pill for two digits) with a white number, top-left at `corner`."""
    scale = size / 40
    thickness = max(1, round(size / 16))
    (tw, th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, scale, thickness)
    r = size // 2
    half = max(0, tw // 2 + size // 5 - r)  # extra half-width beyond the circle
    centre = (corner[0] + r + half, corner[1] + r)
    for dx in (-half, half):
        cv2.circle(image, (centre[0] + dx, centre[1]), r, BADGE, -1, lineType=cv2.LINE_AA)
    cv2.rectangle(image, (centre[0] - half, centre[1] - r), (centre[0] + half, centre[1] + r), BADGE, -1)
    origin = (centre[0] - tw // 2, centre[1] + th // 2)
    cv2.putText(image, text, origin, cv2.FONT_HERSHEY_SIMPLEX, scale, (255, 255, 255), thickness, cv2.LINE_AA)
