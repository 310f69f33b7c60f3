"""Document catalogue: official photo rules as validated data files (no ML imports here)."""

from specs.catalogue import Catalogue, SpecError, UnknownDocument, load_catalogue
from specs.schema import DocumentSpec, EditPolicy, Figure, Frame
from specs.trust import trust_summary

__all__ = [
    "Catalogue",
    "DocumentSpec",
    "EditPolicy",
    "Figure",
    "Frame",
    "SpecError",
    "UnknownDocument",
    "load_catalogue",
    "trust_summary",
]
