"""The outfit step of the pipeline: measure the body once, then dress it in one or more outfits.

`OutfitFitter` owns the two models the step needs (pose landmarker, skin/clothes/hair parser),
loaded on first use and reused for every photo, and the backends by name. `prepare` runs the
models (≈ 60 ms on one CPU core); `fit` then costs only the backend's work, which is what lets a
contact sheet show four outfits for little more than the price of one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engine.context import Context, Options
from engine.errors import EditNotAllowed
from engine.face_regions import transform
from engine.outfits.backend import FitResult, OutfitBackend, Scene
from engine.outfits.body import Body, head_polygon, measure, polygon_mask, pose_view
from engine.outfits.catalogue import Outfit, load_outfits, outfit_allowed
from engine.outfits.hair import find_hair
from engine.outfits.parsing import ClothesParser
from engine.outfits.pose import ShoulderFinder
from engine.outfits.template import TemplateBackend
from engine.warp import source_coverage
from specs.schema import DocumentSpec

# Backends by name, each built from (model_dir, threads); a GPU inpainting backend registers here.
BACKENDS: dict[str, Callable[[Path | None, int | None], OutfitBackend]] = {
    TemplateBackend.name: lambda _model_dir, _threads: TemplateBackend(),
}


def check_outfit_allowed(spec: DocumentSpec, options: Options) -> None:
    """Raise EditNotAllowed when `options.outfit` may not be applied to a `spec` photo."""
    if options.outfit is None:
        return
    load_outfits().get(options.outfit)  # an unknown id fails before any work is done
    if not outfit_allowed(spec):
        raise EditNotAllowed(
            f"{spec.names.en} photos must not be edited: the clothes cannot be changed. "
            "Wear the clothes you want in the photo.",
            code="outfit_not_allowed",
            spec=spec.id,
        )
    if options.keep_background:
        raise EditNotAllowed(
            "Changing the outfit also repaints the background around the shoulders, "
            "so it cannot be combined with keep-background.",
            code="outfit_needs_new_background",
        )


@dataclass(frozen=True)
class Prepared:
    """A photo measured for dressing: reusable for every outfit."""

    scene: Scene
    body: Body


class OutfitFitter:
    def __init__(self, model_dir: Path | None = None, threads: int | None = None) -> None:
        self.model_dir = model_dir
        self.threads = threads
        self._pose: ShoulderFinder | None = None
        self._parser: ClothesParser | None = None
        self._backends: dict[str, OutfitBackend] = {}

    def close(self) -> None:
        if self._pose is not None:
            self._pose.close()
            self._pose = None

    def parser(self) -> ClothesParser:
        """The skin/clothes/hair parser, loaded on first use; the matting's remnant check shares it."""
        if self._parser is None:
            self._parser = ClothesParser(self.model_dir, self.threads)
        return self._parser

    def backend(self, name: str = TemplateBackend.name) -> OutfitBackend:
        if name not in self._backends:
            try:
                factory = BACKENDS[name]
            except KeyError:
                raise ValueError(f"unknown outfit backend {name!r}; known: {', '.join(BACKENDS)}") from None
            self._backends[name] = factory(self.model_dir, self.threads)
        return self._backends[name]

    def prepare(self, ctx: Context, foreground: np.ndarray, alpha: np.ndarray) -> Prepared:
        """Measure the person of a placed, matted photo. `foreground`/`alpha`: output-size float32."""
        assert ctx.image is not None and ctx.face is not None and ctx.placement is not None
        if self._pose is None:
            self._pose = ShoulderFinder(self.model_dir)
        size = ctx.placement.size
        view, view_to_output = pose_view(ctx.image.rgb, ctx.placement.matrix, size)
        shoulders = self._pose.find(view)
        pixels = np.clip(foreground * 255.0 + 0.5, 0, 255).astype(np.uint8)
        parsing = self.parser().parse(pixels)
        landmarks = transform(ctx.face.landmarks, ctx.placement.matrix)
        inside = source_coverage(ctx.placement.matrix, size, (ctx.image.width, ctx.image.height))
        head = polygon_mask(head_polygon(landmarks), size)
        hair = find_hair(foreground, alpha, parsing, head, inside)
        silhouette = alpha * (1.0 - hair.front)  # hair over the shoulders hides their outline
        body = measure(landmarks, shoulders, view_to_output, parsing.skin * alpha, silhouette, hair.front)
        scene = Scene(foreground=foreground, alpha=alpha, parsing=parsing, inside=inside, hair=hair)
        return Prepared(scene, body)

    def fit(self, prepared: Prepared, outfit: Outfit | str, backend: str = TemplateBackend.name) -> FitResult:
        """Dress a prepared photo; `outfit` is a catalogue id or an `Outfit` (one not in the catalogue
        works too, e.g. while designing a new one)."""
        chosen = load_outfits().get(outfit) if isinstance(outfit, str) else outfit
        return self.backend(backend).fit(prepared.scene, prepared.body, chosen)

    def dress(self, ctx: Context, foreground: np.ndarray, alpha: np.ndarray, outfit: str) -> FitResult:
        """Prepare and fit in one call (the pipeline's single-outfit path)."""
        return self.fit(self.prepare(ctx, foreground, alpha), outfit)
