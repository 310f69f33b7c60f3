"""Outfits: dress the person in a suit, blazer, shirt or plain top (issue 7).

Modules, one concern each: catalogue (data + schema), shapes/fabric/drawing (the procedural
garments), pose (shoulders), parsing (skin/clothes/hair), body (where the garment goes), warp
(thin-plate spline), composite (layering), backend/template (the backend contract and the default
backend), fitter (the pipeline step), sheet (contact sheets).
"""

from engine.outfits.backend import FitResult, OutfitBackend, Scene
from engine.outfits.catalogue import Outfit, OutfitCatalogue, UnknownOutfit, load_outfits, outfit_allowed

__all__ = [
    "FitResult",
    "Outfit",
    "OutfitBackend",
    "OutfitCatalogue",
    "Scene",
    "UnknownOutfit",
    "load_outfits",
    "outfit_allowed",
]
