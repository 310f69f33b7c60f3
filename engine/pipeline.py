"""The orchestrator: the numbered stages, read top to bottom.

1 decode → 2 face → 3 checks → 5 geometry → 4 matting (in the output frame) → 6 background →
7 enhance → 8 export. Matting runs after geometry on purpose: it only needs the pixels that end
up in the photo, at the photo's resolution (~0.2–1 MP), which is what keeps a 12 MP selfie under
a second. `Engine` owns the models (loaded once, reused for every photo; one per worker).
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import cast

import cv2
import numpy as np

from engine import background, enhance
from engine.audit import audit, audit_check
from engine.body_completion import complete_body
from engine.checks import HandsModel, HeadwearModel, run_checks
from engine.context import Context, Options, Placement
from engine.decode import decode
from engine.errors import EditNotAllowed
from engine.export_files import export_all
from engine.face import FaceAnalyzer
from engine.face_regions import FACE_OVAL, polygon_mask, skin_mask, transform
from engine.geometry import FaceInFrame, place
from engine.least_edit import keeps_own_background
from engine.matting import MattingSession, new_session
from engine.matting.base import ProbabilityModel
from engine.matting.choke import choke_low_contrast
from engine.matting.cleanup import clean_matte, head_zone
from engine.matting.colour_remnants import drop_colour_remnants
from engine.matting.consensus import SECOND_OPINION, busy, drop_remnants, shoulder_row
from engine.matting.despill import despill
from engine.memory import return_freed_memory
from engine.outfits.fitter import OutfitFitter, check_outfit_allowed
from engine.padding import trim_padding
from engine.placement_checks import placement_checks, shoulders
from engine.warp import warp
from engine.watermark import add_watermark
from specs.schema import DocumentSpec

log = logging.getLogger(__name__)


class Engine:
    def __init__(self, model_dir: Path | None = None, threads: int | None = None) -> None:
        self.model_dir = model_dir
        self.threads = threads
        self.faces = FaceAnalyzer(model_dir, threads)
        self.headwear = HeadwearModel(model_dir, threads)
        self.hands = HandsModel(model_dir)
        self._matting: dict[str, MattingSession] = {}
        self.outfits = OutfitFitter(model_dir, threads)  # loads its models on first use

    def close(self) -> None:
        self.faces.close()
        self.outfits.close()
        self.hands.close()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def matting(self, name: str) -> MattingSession:
        if name not in self._matting:
            self._matting[name] = new_session(name, self.model_dir, self.threads)
        return self._matting[name]

    # --- stages 1–3: the fast "fix issues" step -----------------------------------------

    def analyze(self, data: bytes, spec: DocumentSpec, options: Options | None = None) -> Context:
        """Decode, find the face and run the quality checks. Raises BadInput for unusable input."""
        ctx = Context(spec=spec, options=options or Options())
        px = spec.output_pixels
        return_freed_memory()  # what the last photo freed, before this one's 12 MP arrays
        with timed(ctx, "decode"):
            ctx.image = trim_padding(decode(data, min_size=(px.width // 2, px.height // 2)))
        with timed(ctx, "face"):
            ctx.face, head = self.faces.analyze(ctx.image.rgb)
            ctx.person_mask = head.mask
        with timed(ctx, "checks"):
            ctx.checks = run_checks(
                ctx.image.rgb,
                ctx.face,
                head,
                spec,
                jpeg_quality=ctx.image.jpeg_quality,
                headwear=self.headwear,
                hands=self.hands,
            )
        with timed(ctx, "geometry"):  # the framing this selfie allows: judged before any preview
            ctx.placement = self._place(ctx)
            ctx.checks.append(shoulders(ctx))
        return ctx

    def _place(self, ctx: Context, whole_frame: bool | None = None) -> Placement:
        assert ctx.image is not None and ctx.face is not None
        spec, px = ctx.spec, ctx.spec.output_pixels
        if whole_frame is None:
            whole_frame = ctx.options.keep_background
        return place(
            ctx.face,
            spec.frame(),
            (px.width, px.height),
            (ctx.image.width, ctx.image.height),
            ctx.options.adjust,
            max_roll_deg=spec.policy.max_roll_deg,
            whole_frame=whole_frame,
        )

    def background_keepable(self, ctx: Context) -> bool:
        """Whether an analysed selfie's own wall could be kept for its document, asked before any
        colour or outfit is chosen (the least-edit test): the bot offers "keep my own background"
        first where it holds, and says why not where it does not."""
        asked = dataclasses.replace(
            ctx.options, background=None, outfit=None, keep_background=False, least_edit=True
        )
        probe = dataclasses.replace(ctx, options=asked)
        return keeps_own_background(probe, lambda: self._place(probe, whole_frame=True), self.faces.segmenter)

    # --- stages 5, 4, 6, 7: the photo ------------------------------------------------------

    def render(self, ctx: Context) -> Context:
        """Place, matte, recolour and enhance; fills ctx.placement and ctx.photo."""
        assert ctx.image is not None and ctx.face is not None
        spec, options = ctx.spec, ctx.options
        check_outfit_allowed(spec, options)
        # a context may be rendered again (adjustments, the outfit sheet): nothing of the last
        # render may leak into this one's report (a kept background must not read as replaced)
        ctx.alpha = ctx.foreground = ctx.created = ctx.background_rgb = None
        ctx.audit = []
        with timed(ctx, "least_edit"):
            replace = not keeps_own_background(
                ctx, lambda: self._place(ctx, whole_frame=True), self.faces.segmenter
            )
        if replace and not spec.edits.background_replacement:
            raise EditNotAllowed(
                f"{spec.names.en} photos must not be edited: the background cannot be replaced. "
                "Take the photo in front of a plain wall of an allowed colour and use keep-background.",
                spec=spec.id,
            )
        if options.retouch != "none" and not spec.edits.retouching:
            raise EditNotAllowed(f"{spec.names.en} does not allow retouching.", code="retouch_not_allowed")
        px = spec.output_pixels
        size = (px.width, px.height)
        with timed(ctx, "geometry"):
            ctx.placement = self._place(ctx, whole_frame=not replace)
            pixels, inside = warp(ctx.image.rgb, ctx.placement)
            points = transform(ctx.face.landmarks, ctx.placement.matrix)
            face_mask = polygon_mask(points, FACE_OVAL, size)
        if replace:
            ctx.background_rgb = background.choose_colour(spec, options.background)
            with timed(ctx, "matting"):
                matte = self.matting(options.matting).matte(pixels)
                alpha, zone = matte.alpha * inside, head_zone(ctx.placement, ctx.face)
            if options.matting != SECOND_OPINION and busy(pixels, alpha):
                with timed(ctx, "consensus"):
                    alpha, _ = drop_remnants(
                        alpha,
                        pixels,
                        cast("ProbabilityModel", self.matting(SECOND_OPINION)),  # u2netp: has .probability
                        zone,
                        shoulder_row(ctx.placement, ctx.face),
                    )
            with timed(ctx, "remnants"):
                frame = FaceInFrame.of(ctx.placement, ctx.face)
                # the parser loads only when a candidate piece needs it (most photos have none)
                alpha, _ = drop_colour_remnants(
                    alpha, pixels, inside, frame, lambda rgb: self.outfits.parser().parse(rgb)
                )
            with timed(ctx, "matting"):
                alpha = choke_low_contrast(alpha, pixels)
                alpha, ctx.cleanup = clean_matte(alpha, zone)
            with timed(ctx, "completion"):
                completion = complete_body(
                    alpha, matte.foreground, inside, ctx.placement, ctx.face, skin=skin_mask(points, size)
                )
                ctx.alpha, ctx.foreground = completion.alpha, completion.foreground
            with timed(ctx, "despill"):
                ctx.foreground = despill(ctx.foreground, ctx.alpha, pixels, frame.chin[1])
                ctx.created = completion.created
            person = ctx.alpha > 0.5
            base = ctx.foreground
        else:
            person = self.faces.segmenter.probability(pixels) > 0.5
            person = cv2.resize(person.astype(np.uint8), size, interpolation=cv2.INTER_NEAREST).astype(bool)
            base = pixels.astype(np.float32) / 255.0
        with timed(ctx, "enhance"):
            improved = base
            if not spec.edits.no_edit:  # no-edit channels get the pixels as taken, only cropped
                improved = enhance.enhance(base, person, face_mask, options.adjust.brightness)
            if options.retouch == "light":
                improved = enhance.retouch_light(improved, skin_mask(points, size))
            ctx.enhanced = improved
        if options.outfit is not None:  # the garment becomes part of the foreground and its alpha
            assert ctx.alpha is not None
            with timed(ctx, "outfit"):
                fitted = self.outfits.dress(ctx, improved, ctx.alpha, options.outfit)
                improved, ctx.alpha = fitted.foreground, fitted.alpha
        with timed(ctx, "background"):
            if replace:
                assert ctx.alpha is not None and ctx.background_rgb is not None
                ctx.photo = background.composite(improved, ctx.alpha, ctx.background_rgb)
            else:
                ctx.photo = np.clip(improved * 255 + 0.5, 0, 255).astype(np.uint8)
            clean = ctx.photo
            if options.watermark:
                ctx.photo = add_watermark(ctx.photo)
        ctx.checks = [c for c in ctx.checks if c.id not in _PLACEMENT_IDS] + placement_checks(
            ctx, person, pixels
        )
        with timed(ctx, "audit"):
            ctx.audit = audit(ctx, clean, pixels)
            check = audit_check(ctx.audit)
            if check is not None:
                ctx.checks.append(check)
        return ctx

    # --- everything: `idphoto make` -------------------------------------------------------

    def make(
        self,
        data: bytes,
        spec: DocumentSpec,
        options: Options,
        out_dir: Path,
        papers: Sequence[str] = ("4x6", "a4", "letter"),
        force: bool = False,
    ) -> Context:
        ctx = self.analyze(data, spec, options)
        if ctx.blocking and not force:
            export_all(ctx, out_dir, papers=(), report_only=True)
            return ctx
        self.render(ctx)
        with timed(ctx, "export"):  # the render's own findings (the artifact audit) block too
            export_all(ctx, out_dir, papers=papers, report_only=bool(ctx.blocking) and not force)
        return ctx


_PLACEMENT_IDS = {"no_room", "shoulders_cut", "background_colour", "cutout"}


@contextmanager
def timed(ctx: Context, stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        ctx.timings[stage] = ctx.timings.get(stage, 0.0) + time.perf_counter() - start
        log.info("stage %s %.1f ms", stage, ctx.timings[stage] * 1000)
