"""The default outfit backend: a drawn garment, warped onto the body and layered with the person.

CPU only and deterministic. The garment raster comes from `GarmentCache` (drawn once per outfit
and scale step), so a warm fit costs a spline warp and the layering.
"""

from __future__ import annotations

import numpy as np

from engine.outfits.backend import FitResult, Scene
from engine.outfits.body import Body
from engine.outfits.catalogue import Outfit
from engine.outfits.composite import compose, work_rows
from engine.outfits.drawing import GarmentCache
from engine.outfits.warp import template_maps, warp_garment


class TemplateBackend:
    name = "template"

    def __init__(self, cache: GarmentCache | None = None) -> None:
        self.cache = cache or GarmentCache()

    def fit(self, scene: Scene, body: Body, outfit: Outfit) -> FitResult:
        anchors = np.array(outfit.anchors.as_list(), np.float64)
        layers = self.cache.get(outfit, body.scale / outfit.anchors.shoulder_half_width)
        top = work_rows(body, scene.size)  # rows above are head only: neither warped nor layered
        ux, uy = template_maps(anchors, body.targets(), scene.size)
        garment = warp_garment(layers, (ux[top:], uy[top:]))
        return compose(scene, body, garment, outfit, top)
